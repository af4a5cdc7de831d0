// The cluster profile (/clusters/:id): name, status and its history, specialisation, territory on a small
// map, coordinator, agreement, members, the cooperation network of contracts, joint projects and sources.
import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import type { ClusterProfile, Contract, Organization, Paged } from '../../api/types.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { canEditCluster, useSession } from '../../hooks/useSession.ts';
import { CooperationNetwork } from './CooperationNetwork.tsx';
import { MaturityPanel } from './MaturityPanel.tsx';
import { MembersTable } from './MembersTable.tsx';
import { MiniMap } from './MiniMap.tsx';
import { ProjectsList } from './ProjectsList.tsx';
import { useSectorNames } from './reference-data.ts';
import { StatusTimeline } from './StatusTimeline.tsx';
import './profile.css';

const notFound = (error: unknown) => error instanceof ApiError && error.status === 404;
const retry = (count: number, error: unknown) => !notFound(error) && count < 1;

export default function ClusterProfileView() {
  const { t } = useTranslation('cluster');
  const params = useParams();
  const id = /^\d+$/.test(params.id ?? '') ? Number(params.id) : null;
  const profile = useQuery({
    queryKey: ['cluster', id],
    queryFn: () => api<ClusterProfile>(`/api/clusters/${id}`),
    enabled: id !== null,
    retry,
  });
  const contracts = useQuery({
    queryKey: ['contracts', { clusterId: id }],
    queryFn: () => api<Paged<Contract>>(`/api/contracts?clusterId=${id}&limit=500`),
    enabled: id !== null,
  });

  if (id === null || notFound(profile.error)) {
    return (
      <section className="cluster-profile" data-testid="cluster-not-found">
        <h1>{t('title')}</h1>
        <p role="alert">{t('notFound', { id: params.id })}</p>
        <Link to="/registry/clusters">{t('allClusters')}</Link>
      </section>
    );
  }
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <ErrorMessage error={profile.error} onRetry={() => void profile.refetch()} />;
  return <Profile cluster={profile.data} contracts={contracts} />;
}

function Profile({ cluster, contracts }: { cluster: ClusterProfile; contracts: { data?: Paged<Contract>; isPending: boolean; error: unknown; refetch: () => unknown } }) {
  const { t } = useTranslation('cluster');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const localized = useLocalizedName();
  const sectors = useSectorNames();
  const session = useSession();
  const byOrganization = new Map(cluster.members.map((m) => [m.organizationId, m.organization]));
  const nameOf = (organizationId: number) => {
    const org = byOrganization.get(organizationId);
    return org ? localized(org) : t('network.outsider', { id: organizationId });
  };
  const coordinatorIsMember = cluster.coordinatorId !== null && byOrganization.has(cluster.coordinatorId);
  const coordinator = useQuery({
    queryKey: ['organization', cluster.coordinatorId],
    queryFn: () => api<Organization>(`/api/organizations/${cluster.coordinatorId}`),
    enabled: cluster.coordinatorId !== null && !coordinatorIsMember,
  });
  const coordinatorOrg = cluster.coordinatorId === null ? null : (byOrganization.get(cluster.coordinatorId) ?? coordinator.data ?? null);
  const memberCount = cluster.members.filter((m) => !m.left).length;

  return (
    <article className="cluster-profile" data-testid="cluster-profile">
      <header className="profile-header">
        <p className="breadcrumb"><Link to="/registry/clusters">{t('allClusters')}</Link></p>
        <h1>
          {localized(cluster)}
          <IllustrativeBadge show={cluster.illustrative} />
        </h1>
        <div className="profile-header-tools">
          <StatusBadge status={cluster.status} />
          <Link to={`/opportunities?cluster=${cluster.id}`} className="button-link" data-testid="cluster-opportunities">{t('exportOpportunities')}</Link>
          <Link to={`/evaluation/clusters/${cluster.id}`} className="button-link" data-testid="cluster-evaluation">{t('evaluation')}</Link>
          {canEditCluster(session.data?.user, cluster.id) && (
            <Link to={`/clusters/${cluster.id}/edit`} className="button-link" data-testid="edit-cluster">{t('edit')}</Link>
          )}
        </div>
        <p className="partial-note">{tc('partialData')}</p>
      </header>

      <div className="profile-grid">
        <section className="card profile-facts" aria-labelledby="facts-title">
          <h2 id="facts-title">{t('facts')}</h2>
          <dl className="facts">
            <dt>{t('specialisation')}</dt>
            <dd>
              {cluster.specialisation.length === 0 ? <NotRecorded /> : (
                <ul className="plain">{cluster.specialisation.map((code) => <li key={code}><code>{code}</code> {sectors.name(code)}</li>)}</ul>
              )}
            </dd>
            <dt>{t('coordinator')}</dt>
            <dd>
              {coordinatorOrg ? (
                <>{localized(coordinatorOrg)}<IllustrativeBadge show={coordinatorOrg.illustrative} /></>
              ) : cluster.coordinatorId !== null ? `#${cluster.coordinatorId}` : <NotRecorded />}
            </dd>
            <dt>{t('foundedYear')}</dt>
            <dd>{cluster.foundedYear ?? <NotRecorded />}</dd>
            {cluster.labels && cluster.labels.length > 0 && (
              <>
                <dt>{t('labels')}</dt>
                <dd><ul className="plain">{cluster.labels.map((label) => <li key={label}>{label}</li>)}</ul></dd>
              </>
            )}
            <dt>{t('agreement')}</dt>
            <dd>
              {cluster.agreementRef || cluster.agreementDate
                ? [cluster.agreementRef, cluster.agreementDate && t('agreementOf', { date: format.date(cluster.agreementDate) })].filter(Boolean).join(' ')
                : <NotRecorded />}
            </dd>
            <dt>{t('website')}</dt>
            <dd>{cluster.website ? <a href={cluster.website} rel="noopener noreferrer" target="_blank">{cluster.website}</a> : <NotRecorded />}</dd>
            <dt>{t('source')}</dt>
            <dd className="source">{cluster.source ? <Linkified text={cluster.source} /> : <NotRecorded />}</dd>
          </dl>
          {cluster.description && (
            <>
              <h3>{t('description')}</h3>
              <p className="description">{cluster.description}</p>
            </>
          )}
        </section>

        <section className="card" aria-labelledby="map-title">
          <h2 id="map-title">{t('map.title')}</h2>
          <MiniMap territoryIds={cluster.territories} />
        </section>

        <section className="card" aria-labelledby="history-title">
          <h2 id="history-title">{t('history.title')}</h2>
          <StatusTimeline history={cluster.statusHistory} />
        </section>
      </div>

      <MaturityPanel clusterId={cluster.id} />

      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">
          {t('members.title')} <span className="count">{t('memberCount', { count: memberCount, formatted: format.integer(memberCount) })}</span>
        </h2>
        <MembersTable members={cluster.members} />
      </section>

      <section className="card" aria-labelledby="network-title">
        <h2 id="network-title">{t('network.title')}</h2>
        {contracts.isPending ? <Loading /> : contracts.error ? (
          <ErrorMessage error={contracts.error} onRetry={() => void contracts.refetch()} />
        ) : (
          <CooperationNetwork members={cluster.members} contracts={contracts.data?.items ?? []} />
        )}
      </section>

      <section className="card" aria-labelledby="projects-title">
        <h2 id="projects-title">{t('projects.title')}</h2>
        <ProjectsList projects={cluster.projects} nameOf={nameOf} />
      </section>
    </article>
  );
}

function NotRecorded() {
  const { t } = useTranslation('cluster');
  return <span className="muted">{t('notRecorded')}</span>;
}

/** Text with its web addresses made into links (sources often list several). */
function Linkified({ text }: { text: string }): ReactNode {
  const parts = text.split(/(https?:\/\/[^\s;,]+[^\s;,.)])/);
  return parts.map((part, i) => (
    <Fragment key={i}>{i % 2 === 1 ? <a href={part} rel="noopener noreferrer" target="_blank">{part}</a> : part}</Fragment>
  ));
}
