// Opportunity calls (/calls): the list, newest first, and for staff and cluster managers the form that posts one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useCallList } from '../../hooks/useCalls.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useClusterList } from '../../hooks/usePartners.ts';
import { useSession } from '../../hooks/useSession.ts';
import '../../i18n/calls.ts';
import { CallFormPanel } from './CallFormPanel.tsx';
import './calls.css';
import { callTitle } from './form.ts';
import { KindLabel, StatusLabel } from './labels.tsx';

export default function CallsPage() {
  const { t, i18n } = useTranslation('calls');
  const format = useFormat();
  const localized = useLocalizedName();
  const navigate = useNavigate();
  const session = useSession();
  const user = session.data?.user;
  const calls = useCallList();
  const clusters = useClusterList();
  const [posting, setPosting] = useState(false);
  const clusterName = (id: number | null) => (id === null ? '—' : localized((clusters.data?.items ?? []).find((c) => c.id === id)) || `#${id}`);
  const canPost = !!user && (user.role === 'admin' || user.role === 'analyst' || (user.role === 'cluster_manager' && user.clusterIds.length > 0));

  return (
    <div className="call-page" data-testid="calls-page">
      <header>
        <h1>{t('title')}</h1>
        <p className="call-muted">{t('intro')}</p>
      </header>
      {canPost && !posting && <p><button type="button" data-testid="call-post-open" onClick={() => setPosting(true)}>{t('post')}</button></p>}
      {!canPost && <p className="call-muted" data-testid="call-post-sign-in">{t('form.signIn')}</p>}
      {user && posting && (
        <CallFormPanel user={user} onCancel={() => setPosting(false)}
          onPosted={(call) => navigate(`/calls/${call.id}`, { state: { notice: t('form.posted') } })} />
      )}
      {calls.isPending && <Loading />}
      {calls.isError && <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />}
      {calls.data && calls.data.length === 0 && <p data-testid="calls-none">{t('none')}</p>}
      {calls.data && calls.data.length > 0 && (
        <div className="table-scroll">
          <table data-testid="calls-table">
            <thead>
              <tr>
                <th scope="col">{t('list.title')}</th>
                <th scope="col">{t('kind.label')}</th>
                <th scope="col">{t('list.cluster')}</th>
                <th scope="col">{t('list.deadline')}</th>
                <th scope="col">{t('status.label')}</th>
                <th scope="col">{t('list.responses')}</th>
              </tr>
            </thead>
            <tbody>
              {calls.data.map((call) => (
                <tr key={call.id} data-testid="call-row" data-id={call.id}>
                  <th scope="row"><Link to={`/calls/${call.id}`}>{callTitle(call, i18n.language)}</Link></th>
                  <td><KindLabel kind={call.kind} /></td>
                  <td>{clusterName(call.clusterId)}</td>
                  <td className="nowrap">{format.date(call.deadline)}</td>
                  <td><StatusLabel status={call.status} /></td>
                  <td>{t('list.interestCount', { interested: call.interested ?? 0, declined: call.declined ?? 0 })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
