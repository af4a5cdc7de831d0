// The printable cluster report (/evaluation/clusters/:id/report): KPI board with statuses, the excellence radar
// and scores, the position among peers, the ranked goals, the internationalisation strategy and the sources;
// a Print button and the XLSX download. The app's navigation is hidden in print (report.css).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { evaluationPaths } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import '../../i18n/cluster-evaluation.ts';
import './cluster-evaluation.css';
import { Rag, useKpiLabels } from './common.tsx';
import { ExcellenceResults } from './ExcellenceTab.tsx';
import { GoalResults } from './GoalsTab.tsx';
import { PeerResults } from './PeersTab.tsx';
import { useExcellence, useGoals, useKpis, usePeers, useStrategy } from './queries.ts';
import './report.css';
import { StrategyRecord } from './StrategyTab.tsx';
import { kpiRow, summaryCounts, today } from './transform.ts';
import { clusterIdOf } from './view.ts';

export default function ClusterReport() {
  const { t } = useTranslation('clusterEvaluation');
  const id = clusterIdOf(useParams().id);
  if (id === null) return <p className="error" role="alert">{t('badId')}</p>;
  return <Report id={id} />;
}

function Report({ id }: { id: number }) {
  const { t, i18n } = useTranslation('clusterEvaluation');
  const format = useFormat();
  const kpis = useKpis(id);
  const labels = useKpiLabels();
  const excellence = useExcellence(id);
  const peers = usePeers(id);
  const goals = useGoals(id);
  const strategy = useStrategy(id);
  const rows = useMemo(() => (kpis.data?.items ?? []).map((s) => kpiRow(s, i18n.language)), [kpis.data, i18n.language]);
  const queries = [kpis, excellence, peers, goals, strategy];
  const ready = queries.every((q) => !q.isPending);
  const name = kpis.data?.name ?? excellence.data?.clusterName ?? '';
  const sources = useMemo(() => {
    const all = new Set<string>();
    for (const r of rows) if (r.source) all.add(r.source === 'registry' ? t('kpi.fromRegistry') : r.source);
    for (const p of excellence.data?.practices ?? []) if (p.source) all.add(p.source);
    return [...all];
  }, [rows, excellence.data, t]);
  const illustrative = rows.some((r) => r.illustrative) || (excellence.data?.assessments.some((a) => a.illustrative) ?? false) || (strategy.data?.illustrative ?? false);

  return (
    <article className="ce-page ce-report" data-testid="ce-report" data-state={ready ? 'ready' : 'loading'}>
      <div className="ce-report-tools">
        <Link to={`/evaluation/clusters/${id}`}>{t('report.back')}</Link>
        <button type="button" onClick={() => window.print()} data-testid="ce-print">{t('report.print')}</button>
        <a className="button-link" href={evaluationPaths.clusterReportXlsx(id)} download data-testid="ce-report-xlsx">{t('report.xlsx')}</a>
      </div>
      <header className="ce-head">
        <h1>{t('report.title')}{name && <>: <span data-testid="ce-cluster-name">{name}</span></>}</h1>
        <p className="ce-muted">{t('report.date', { date: format.date(today()) })}{illustrative && <IllustrativeBadge />}</p>
      </header>

      <section className="ce-report-section" data-testid="ce-report-kpis">
        <h2>{t('tabs.kpis')}</h2>
        {kpis.isPending ? <Loading /> : kpis.isError ? <ErrorMessage error={kpis.error} /> : (
          <>
            <ul className="ce-summary" data-testid="ce-kpi-summary">
              {summaryCounts(kpis.data).map(({ status, count }) => <li key={status} data-status={status} data-count={count}><Rag status={status} /> <strong>{count}</strong></li>)}
            </ul>
            <table className="ce-table">
              <thead>
                <tr>
                  <th>{t('kpi.indicator')}</th><th>{t('kpi.group')}</th><th className="ce-num">{t('kpi.year')}</th><th className="ce-num">{t('kpi.actual')}</th>
                  <th className="ce-num">{t('kpi.target')}</th><th className="ce-num">{t('kpi.progress')}</th><th>{t('kpi.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.code}>
                    <td>{r.name} <span className="ce-unit">({labels.unit(r.unit)})</span>{r.illustrative && <span className="ce-star" title={t('report.illustrativeMark')}>*</span>}</td>
                    <td>{labels.group(r.group)}</td><td className="ce-num">{r.year ?? '—'}</td>
                    <td className="ce-num">{format.decimal(r.actual)}</td><td className="ce-num">{format.decimal(r.target)}</td>
                    <td className="ce-num">{r.progress === null ? '—' : `${format.decimal(r.progress)}%`}</td><td><Rag status={r.status} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section className="ce-report-section" data-testid="ce-report-excellence">
        <h2>{t('tabs.excellence')}</h2>
        {excellence.isPending ? <Loading /> : excellence.isError ? <ErrorMessage error={excellence.error} />
          : excellence.data.assessments.length === 0 ? <p className="ce-muted">{t('excellence.none')}</p>
            : <ExcellenceResults data={excellence.data} print />}
      </section>

      <section className="ce-report-section" data-testid="ce-report-peers">
        <h2>{t('tabs.peers')}</h2>
        {peers.isPending ? <Loading /> : peers.isError ? <ErrorMessage error={peers.error} /> : <PeerResults data={peers.data} board={kpis.data} chart={false} />}
      </section>

      <section className="ce-report-section" data-testid="ce-report-goals">
        <h2>{t('tabs.goals')}</h2>
        {goals.isPending ? <Loading /> : goals.isError ? <ErrorMessage error={goals.error} /> : <GoalResults data={goals.data} members={false} />}
      </section>

      <section className="ce-report-section" data-testid="ce-report-strategy">
        <h2>{t('tabs.strategy')}</h2>
        {strategy.isPending ? <Loading /> : strategy.isError ? <ErrorMessage error={strategy.error} /> : <StrategyRecord strategy={strategy.data} />}
      </section>

      <section className="ce-report-section" data-testid="ce-report-sources">
        <h2>{t('report.sources')}</h2>
        {sources.length === 0 ? <p className="ce-muted">—</p> : <ul>{sources.map((s) => <li key={s}>{s}</li>)}</ul>}
        <p className="ce-muted ce-small">{t('report.methodNote')}</p>
        {illustrative && <p className="ce-muted ce-small">* {t('report.illustrativeMark')}</p>}
      </section>
    </article>
  );
}
