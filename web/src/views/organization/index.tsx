// An organisation's page (/organizations/:id): its public profile (confidential figures only for those allowed),
// its clusters, "matches for me" (its top partners) and "calls for me" (open calls it passes the rules of; the
// server shows them to the organisation's own people, its clusters' managers and staff).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import type { Membership, Paged } from '../../api/types.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useCallsForOrganization } from '../../hooks/useCalls.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useClusterList, useOrganization, usePartners } from '../../hooks/usePartners.ts';
import { useSession } from '../../hooks/useSession.ts';
import '../../i18n/calls.ts';
import '../../i18n/partners.ts';
import { KindLabel } from '../calls/labels.tsx';
import { callTitle } from '../calls/form.ts';
import { useSectorNames, useTerritoryNames } from '../cluster-profile/reference-data.ts';
import { MatchList } from '../partners/MatchList.tsx';
import '../partners/partners.css';
import { canEditOrganization } from '../registry/columns.tsx';
import { sectorCodes } from '../partners/view.ts';

const MATCHES = 10;
const current0 = (items: Membership[] | undefined) => (items ?? []).filter((m) => !m.left);

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const localized = useLocalizedName();
  const session = useSession();
  const organization = useOrganization(/^\d+$/.test(id) ? id : null);
  const sectors = useSectorNames();
  const territoryName = useTerritoryNames();
  const clusters = useClusterList();
  const memberships = useQuery({
    queryKey: ['memberships', 'organization', id],
    queryFn: () => api<Paged<Membership>>(`/api/memberships?organizationId=${id}&limit=100`),
    enabled: /^\d+$/.test(id),
  });
  const matches = usePartners(/^\d+$/.test(id) ? {
    subject: { kind: 'organization', id: Number(id) }, mode: 'similar', top: MATCHES, weights: {},
    territory: '', country: '', role: '', sizeClass: '', sector: '', cluster: '',
  } : null);

  if (organization.isPending) return <div className="ptn-page"><Loading /></div>;
  if (organization.isError) return <div className="ptn-page"><ErrorMessage error={organization.error} /></div>;
  const o = organization.data;
  const user = session.data?.user;
  // Mirrors the server: the organisation's own people, its clusters' managers, analysts and admins.
  const mayAskCalls = !!user && (user.role === 'admin' || user.role === 'analyst' || user.organizationId === o.id
    || (user.role === 'cluster_manager' && current0(memberships.data?.items).some((m) => user.clusterIds.includes(m.clusterId))));
  const clusterById = new Map((clusters.data?.items ?? []).map((c) => [c.id, c]));
  const current = current0(memberships.data?.items);
  const figure = (key: 'employees' | 'revenue' | 'exports') => (o[key] === undefined ? null : (
    <><dt>{t(`organization.${key}`)}</dt><dd>{key === 'employees' ? format.integer(o[key]) : format.decimal(o[key])}</dd></>
  ));

  return (
    <div className="ptn-page" data-testid="organization-page" data-id={o.id}>
      <header>
        <p className="ptn-muted">{t('organization.title')}</p>
        <h1 data-testid="organization-name">{localized(o)}<IllustrativeBadge show={o.illustrative} /></h1>
        <p>
          {canEditOrganization(session.data?.user, o.id) && <><Link to={`/organizations/${o.id}/edit`} data-testid="organization-edit">{t('organization.edit')}</Link>{' · '}</>}
          <Link to={`/partners?org=${o.id}`} data-testid="organization-partners">{t('organization.allMatches')}</Link>
        </p>
      </header>
      <section className="ptn-panel" aria-label={t('organization.profile')}>
        <dl className="ptn-facts" data-testid="organization-facts">
          {o.unp && <><dt>{t('organization.unp')}</dt><dd>{o.unp}</dd></>}
          <dt>{t('compare.sectors')}</dt>
          <dd data-testid="organization-sectors">{sectorCodes(o).map((c) => <div key={c}>{sectors.label(c)}</div>)}{sectorCodes(o).length === 0 && '—'}</dd>
          <dt>{t('compare.roles')}</dt><dd>{o.roles.map((r) => tc(`orgRole.${r as 'producer'}`, { defaultValue: r })).join(', ') || '—'}</dd>
          <dt>{t('compare.territory')}</dt><dd>{territoryName(o.territoryId) || '—'}</dd>
          {o.address && <><dt>{t('organization.address')}</dt><dd>{o.address}</dd></>}
          <dt>{t('compare.sizeClass')}</dt><dd>{o.sizeClass ? tc(`size.${o.sizeClass}`) : '—'}</dd>
          {figure('employees')}{figure('revenue')}{figure('exports')}
          {o.foundedYear != null && <><dt>{t('compare.foundedYear')}</dt><dd>{o.foundedYear}</dd></>}
          {o.status && <><dt>{t('compare.status')}</dt><dd>{t(`organization.status.${o.status}`)}</dd></>}
          {(o.certifications?.length ?? 0) > 0 && <><dt>{t('compare.certifications')}</dt><dd>{o.certifications!.join(', ')}</dd></>}
          {(o.labels?.length ?? 0) > 0 && <><dt>{t('compare.labels')}</dt><dd>{o.labels!.join(', ')}</dd></>}
          {o.website && <><dt>{t('compare.website')}</dt><dd><a href={o.website} rel="noreferrer noopener" target="_blank">{o.website}</a></dd></>}
          {current.length > 0 && (
            <>
              <dt>{t('organization.memberOf')}</dt>
              <dd data-testid="organization-clusters">
                {current.map((m) => <div key={m.id}><Link to={`/clusters/${m.clusterId}`}>{localized(clusterById.get(m.clusterId)) || `#${m.clusterId}`}</Link> ({tc(`membershipRole.${m.role}`)})</div>)}
              </dd>
            </>
          )}
        </dl>
        {o.profile && <p className="ptn-intro">{o.profile}</p>}
      </section>
      <div className="ptn-two">
        <section aria-label={t('organization.matches')} data-testid="organization-matches">
          <h2>{t('organization.matches')}</h2>
          <p className="ptn-muted">{t('organization.matchesHint')}</p>
          {matches.isPending && <Loading />}
          {matches.isError && <ErrorMessage error={matches.error} />}
          {matches.data && <MatchList items={matches.data.items} subjectOrg={o.id} compact testId="organization-match-list" />}
        </section>
        {mayAskCalls && <CallsForMe orgId={o.id} />}
      </div>
    </div>
  );
}

function CallsForMe({ orgId }: { orgId: number }) {
  const { t } = useTranslation('partners');
  const { t: tcalls, i18n } = useTranslation('calls');
  const format = useFormat();
  const calls = useCallsForOrganization(orgId);
  // Only the organisation's own people, its clusters' managers and staff may ask: others see nothing here.
  if (calls.isError && calls.error instanceof ApiError && (calls.error.status === 401 || calls.error.status === 403)) return null;
  return (
    <section aria-label={t('organization.calls')} data-testid="organization-calls">
      <h2>{t('organization.calls')}</h2>
      <p className="ptn-muted">{t('organization.callsHint')}</p>
      {calls.isPending && <Loading />}
      {calls.isError && <ErrorMessage error={calls.error} />}
      {calls.data && calls.data.length === 0 && <p className="ptn-muted">{t('organization.noCalls')}</p>}
      {calls.data && calls.data.length > 0 && (
        <ul className="ptn-results compact">
          {calls.data.map((c) => (
            <li key={c.id} className="ptn-result" data-testid="organization-call" data-id={c.id}>
              <div className="ptn-result-head">
                <Link to={`/calls/${c.id}`} className="ptn-name">{callTitle(c, i18n.language)}</Link>
                <span className="ptn-muted"><KindLabel kind={c.kind} /> · {format.date(c.deadline)}</span>
                {c.score != null && <span className="ptn-score">{tcalls('forMe.fit', { score: format.decimal(c.score) })}</span>}
              </div>
              {c.interest && <p className="ptn-muted">{tcalls('interest.current', { answer: tcalls(`interest.${c.interest}`) })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
