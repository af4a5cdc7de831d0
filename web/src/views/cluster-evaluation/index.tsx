// A cluster's policy evaluation (/evaluation/clusters/:id): the KPI board, the management excellence
// self-assessment, its peers, the members' priorities among the common goals (AHP) and the
// internationalisation strategy, one tab each; the tab and the KPI drawn are kept in the URL.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { evaluationPaths } from '../../api/evaluation.ts';
import { useSession } from '../../hooks/useSession.ts';
import '../../i18n/cluster-evaluation.ts';
import './cluster-evaluation.css';
import { ExcellenceTab } from './ExcellenceTab.tsx';
import { GoalsTab } from './GoalsTab.tsx';
import { KpiTab } from './KpiTab.tsx';
import { PeersTab } from './PeersTab.tsx';
import { useExcellence, useKpis } from './queries.ts';
import { StrategyTab } from './StrategyTab.tsx';
import { clusterIdOf, type EvaluationView, readView, TABS, writeView } from './view.ts';

export default function ClusterEvaluationPage() {
  const { t } = useTranslation('clusterEvaluation');
  const id = clusterIdOf(useParams().id);
  if (id === null) return <div className="ce-page"><h1>{t('title')}</h1><p className="error" role="alert">{t('badId')}</p></div>;
  return <Page id={id} />;
}

function Page({ id }: { id: number }) {
  const { t } = useTranslation('clusterEvaluation');
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const update = useCallback(
    (change: Partial<EvaluationView>) => setParams((current) => writeView(current, { ...readView(current), ...change }), { replace: true }),
    [setParams],
  );
  const onIndicator = useCallback((indicator: string) => update({ indicator }), [update]);
  // the cluster's name comes with its KPI board or its assessments, whichever answers
  const kpis = useKpis(id);
  const excellence = useExcellence(id);
  const name = kpis.data?.name ?? excellence.data?.clusterName ?? '';
  const session = useSession();

  return (
    <div className="ce-page" data-testid="ce-page" data-tab={view.tab}>
      <header className="ce-head">
        <p className="breadcrumb">
          <Link to="/evaluation">{t('allEvaluation')}</Link> · <Link to={`/clusters/${id}`} data-testid="ce-profile-link">{t('profile')}</Link>
        </p>
        <h1>{t('title')}{name && <>: <span data-testid="ce-cluster-name">{name}</span></>}</h1>
        <p className="ce-muted ce-intro">{t('intro')}</p>
        <p className="ce-tools">
          <Link className="button-link" to={`/evaluation/clusters/${id}/report`} data-testid="ce-report-link">{t('report.open')}</Link>
          <a className="button-link" href={evaluationPaths.clusterReportXlsx(id)} download data-testid="ce-xlsx-link">{t('report.xlsx')}</a>
        </p>
      </header>
      <div className="ce-tabs" role="tablist" aria-label={t('tabs.label')}>
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`ce-tab-${tab}`}
            aria-selected={view.tab === tab}
            aria-controls="ce-panel"
            className={view.tab === tab ? 'ce-tab active' : 'ce-tab'}
            data-testid={`ce-tab-${tab}`}
            onClick={() => update({ tab })}
          >
            {t(`tabs.${tab}`)}
          </button>
        ))}
      </div>
      <section id="ce-panel" role="tabpanel" aria-labelledby={`ce-tab-${view.tab}`} className="ce-panel">
        {view.tab === 'kpis' && <KpiTab id={id} indicator={view.indicator} onIndicator={onIndicator} />}
        {view.tab === 'excellence' && <ExcellenceTab id={id} />}
        {view.tab === 'peers' && <PeersTab id={id} />}
        {view.tab === 'goals' && <GoalsTab id={id} />}
        {view.tab === 'strategy' && <StrategyTab id={id} />}
        {session.isSuccess && !session.data.user && <p className="ce-muted ce-small ce-sign-in"><Link to="/sign-in">{t('signInHint')}</Link></p>}
      </section>
    </div>
  );
}
