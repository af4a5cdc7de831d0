// One call (/calls/:id): what it asks for; a member's answer (express or decline interest); for its managers
// the answers, the screening report (accepted or screened out, the stage and the reason) with CSV/XLSX
// downloads, and the B2B slots and meetings of accepted organisations.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Call, Interest } from '../../api/calls.ts';
import { callPaths } from '../../api/calls.ts';
import type { SessionUser } from '../../api/types.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useCall, useCallResponses, useCloseCall, useRespond } from '../../hooks/useCalls.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useClusterList, useOrganization } from '../../hooks/usePartners.ts';
import { useSession } from '../../hooks/useSession.ts';
import '../../i18n/calls.ts';
import { useSectorNames, useTerritoryNames } from '../cluster-profile/reference-data.ts';
import './calls.css';
import { callTitle } from './form.ts';
import { KindLabel, StatusLabel } from './labels.tsx';
import { Meetings } from './Meetings.tsx';
import { Screening } from './Screening.tsx';

/** Mirrors the server: analysts and admins manage every call, a cluster manager the calls of their clusters. */
export function managesCall(user: SessionUser | null | undefined, call: Pick<Call, 'clusterId'>): boolean {
  if (!user) return false;
  if (user.role === 'admin' || user.role === 'analyst') return true;
  return user.role === 'cluster_manager' && call.clusterId !== null && user.clusterIds.includes(call.clusterId);
}

export default function CallPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('calls');
  const session = useSession();
  const user = session.data?.user;
  const call = useCall(id);
  if (call.isPending) return <div className="call-page"><Loading /></div>;
  if (call.isError) return <div className="call-page"><ErrorMessage error={call.error} onRetry={() => void call.refetch()} /></div>;
  const c = call.data;
  const manager = managesCall(user, c);
  return (
    <div className="call-page" data-testid="call-page" data-id={c.id}>
      <p><Link to="/calls">← {t('page.back')}</Link></p>
      <header>
        <h1 data-testid="call-title">{callTitle(c, i18n.language)}</h1>
        <p className="call-muted"><KindLabel kind={c.kind} /> · <StatusLabel status={c.status} /></p>
      </header>
      <CallFacts call={c} />
      {manager && <ManagerActions call={c} />}
      {user?.organizationId != null && <InterestPanel call={c} organizationId={user.organizationId} />}
      {!user && <p className="call-muted" data-testid="call-interest-sign-in"><Link to={`/sign-in?next=/calls/${c.id}`}>{t('interest.signIn')}</Link></p>}
      {manager && <Responses callId={id} />}
      {manager && <Screening call={c} />}
      <Meetings call={c} user={user ?? null} manager={manager} />
    </div>
  );
}

function CallFacts({ call }: { call: Call }) {
  const { t } = useTranslation('calls');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const localized = useLocalizedName();
  const clusters = useClusterList();
  const territoryName = useTerritoryNames();
  const sectors = useSectorNames();
  const any = <span className="call-muted">{t('page.any')}</span>;
  const list = (items: string[], name: (s: string) => string) => (items.length === 0 ? any : items.map(name).join(', '));
  const cluster = (clusters.data?.items ?? []).find((x) => x.id === call.clusterId);
  return (
    <section className="call-section" data-testid="call-facts">
      {call.description && <p>{call.description}</p>}
      <dl className="call-facts">
        {call.clusterId !== null && <><dt>{t('form.cluster')}</dt><dd><Link to={`/clusters/${call.clusterId}`}>{localized(cluster) || `#${call.clusterId}`}</Link></dd></>}
        <dt>{t('form.deadline')}</dt><dd data-testid="call-deadline">{format.date(call.deadline)}</dd>
        <dt>{t('form.sectors')}</dt><dd data-testid="call-sectors">{list(call.sectors, sectors.label)}</dd>
        <dt>{t('form.territories')}</dt><dd>{list(call.territories, (x) => territoryName(x))}</dd>
        <dt>{t('form.sizeClasses')}</dt><dd>{list(call.sizeClasses, (s) => tc(`size.${s as 'micro'}`))}</dd>
        <dt>{t('form.roles')}</dt><dd>{list(call.roles, (r) => tc(`orgRole.${r as 'producer'}`))}</dd>
        <dt>{t('form.certifications')}</dt><dd>{list(call.certifications, (s) => s)}</dd>
        {call.minEmployees !== null && <><dt>{t('form.minEmployees')}</dt><dd>{format.integer(call.minEmployees)}</dd></>}
        {call.minCompetitiveness !== null && <><dt>{t('form.minCompetitiveness')}</dt><dd>{format.decimal(call.minCompetitiveness)}</dd></>}
        {call.minReliability !== null && <><dt>{t('form.minReliability')}</dt><dd>{format.decimal(call.minReliability)}</dd></>}
        <dt>{t('form.fitThreshold')}</dt><dd data-testid="call-threshold">{format.decimal(call.fitThreshold)}</dd>
        <dt>{t('list.responses')}</dt>
        <dd data-testid="call-counts">
          {t('list.interestCount', { interested: call.interested ?? 0, declined: call.declined ?? 0 })}
          {' · '}{call.requireInterest ? t('page.requireInterest') : t('page.noInterestRequired')}
        </dd>
      </dl>
    </section>
  );
}

function ManagerActions({ call }: { call: Call }) {
  const { t } = useTranslation('calls');
  const close = useCloseCall(String(call.id));
  if (call.status !== 'open') return null;
  return (
    <p>
      <button type="button" className="secondary" data-testid="call-close" disabled={close.isPending} onClick={() => close.mutate()}>{t('page.close')}</button>
      {close.isError && <span className="error"> {close.error.message}</span>}
    </p>
  );
}

function InterestPanel({ call, organizationId }: { call: Call; organizationId: number }) {
  const { t } = useTranslation('calls');
  const localized = useLocalizedName();
  const organization = useOrganization(organizationId);
  const respond = useRespond(String(call.id));
  const [note, setNote] = useState('');
  const [answer, setAnswer] = useState<Interest | null>(null);
  const send = (interest: Interest) =>
    respond.mutate({ organizationId, interest, note: note.trim() || null }, { onSuccess: () => setAnswer(interest) });
  return (
    <section className="call-section" data-testid="call-interest" aria-label={t('interest.title')}>
      <h2>{t('interest.title')}</h2>
      <p className="call-muted">{t('interest.as', { name: localized(organization.data) || `#${organizationId}` })}</p>
      {call.status === 'open' ? (
        <div className="call-inline">
          <label className="call-field">
            <span>{t('interest.note')}</span>
            <input data-testid="call-interest-note" value={note} onChange={(e) => setNote(e.target.value)} size={40} />
          </label>
          <button type="button" data-testid="call-interest-yes" disabled={respond.isPending} onClick={() => send('interested')}>{t('interest.express')}</button>
          <button type="button" className="secondary" data-testid="call-interest-no" disabled={respond.isPending} onClick={() => send('declined')}>{t('interest.decline')}</button>
        </div>
      ) : <p className="call-muted"><StatusLabel status={call.status} /></p>}
      {answer && !respond.isPending && (
        <p role="status" data-testid="call-interest-saved" data-answer={answer}>
          {t('interest.saved')} {t('interest.current', { answer: t(`interest.${answer}`) })}
        </p>
      )}
      {respond.isError && <p className="error" role="alert" data-testid="call-interest-error">{respond.error.message}</p>}
    </section>
  );
}

function Responses({ callId }: { callId: string }) {
  const { t, i18n } = useTranslation('calls');
  const format = useFormat();
  const responses = useCallResponses(callId, true);
  return (
    <section className="call-section" data-testid="call-responses">
      <h2>{t('responses.title')}</h2>
      {responses.isPending && <Loading />}
      {responses.isError && <ErrorMessage error={responses.error} />}
      {responses.data && responses.data.length === 0 && <p className="call-muted">{t('responses.none')}</p>}
      {responses.data && responses.data.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead><tr><th scope="col">{t('responses.organization')}</th><th scope="col">{t('responses.answer')}</th><th scope="col">{t('responses.note')}</th><th scope="col">{t('responses.date')}</th></tr></thead>
            <tbody>
              {responses.data.map((r) => (
                <tr key={r.organizationId} data-testid="call-response" data-org={r.organizationId} data-interest={r.interest}>
                  <th scope="row"><Link to={`/organizations/${r.organizationId}`}>{(i18n.language === 'en' && r.nameEn) || r.nameRu || `#${r.organizationId}`}</Link></th>
                  <td>{t(`interest.${r.interest}`)}</td>
                  <td>{r.note ?? '—'}</td>
                  <td className="nowrap">{format.date(r.respondedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export const reportLink = (id: number, format: 'csv' | 'xlsx') => callPaths.report(id, format);
