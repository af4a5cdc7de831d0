// Peers: clusters of the same specialisation in other regions and countries with their similarity and
// excellence score, and the cluster's indicators against the peer median (percentile chart).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiBoard, PeerView } from '../../api/evaluation.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { Chart } from './Chart.tsx';
import { barsHeight, percentileOption } from './chart-options.ts';
import { useKpis, usePeers } from './queries.ts';
import { indicatorName, peerRows } from './transform.ts';

export function PeersTab({ id }: { id: number }) {
  const { t } = useTranslation('clusterEvaluation');
  const peers = usePeers(id);
  const kpis = useKpis(id);
  if (peers.isPending) return <Loading />;
  if (peers.isError) return <ErrorMessage error={peers.error} onRetry={() => void peers.refetch()} />;
  return (
    <div className="ce-tab-body" data-testid="ce-peers">
      <h2>{t('peers.title')}</h2>
      <p className="ce-muted">{t('peers.hint')}</p>
      <PeerResults data={peers.data} board={kpis.data} />
    </div>
  );
}

/** Also used by the report (without the chart when printing is not needed). */
export function PeerResults({ data, board, chart = true }: { data: PeerView; board: KpiBoard | undefined; chart?: boolean }) {
  const { t, i18n } = useTranslation('clusterEvaluation');
  const format = useFormat();
  const names = useMemo(() => new Map((board?.items ?? []).map((s) => [s.indicator.code, indicatorName(s.indicator, i18n.language)])), [board, i18n.language]);
  const rows = useMemo(() => peerRows(data, names, t('peers.excellence')), [data, names, t]);
  const withPercentile = useMemo(() => rows.filter((r) => r.percentile !== null), [rows]);
  const option = useMemo(() => percentileOption(withPercentile, { axis: t('peers.percentile'), median: t('peers.median') }), [withPercentile, t]);

  return (
    <>
      {data.peers.length === 0 ? <p className="ce-muted">{t('peers.none')}</p> : (
        <div className="ce-table-scroll">
          <table className="ce-table" data-testid="ce-peer-table">
            <thead>
              <tr>
                <th>{t('peers.cluster')}</th>
                <th>{t('peers.country')}</th>
                <th>{t('peers.territories')}</th>
                <th className="ce-num">{t('peers.similarity')}</th>
                <th className="ce-num">{t('peers.excellence')}</th>
              </tr>
            </thead>
            <tbody>
              {data.peers.map((p) => (
                <tr key={p.clusterId} data-id={p.clusterId}>
                  <td><Link to={`/evaluation/clusters/${p.clusterId}`}>{p.name}</Link></td>
                  <td>{p.country}</td>
                  <td>{p.territories.join(', ') || '—'}</td>
                  <td className="ce-num">{format.integer(Math.round(p.similarity * 100))}%</td>
                  <td className="ce-num">{format.decimal(p.excellence === null ? null : Math.round(p.excellence * 10) / 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('peers.position')}</h3>
      <div className="ce-table-scroll">
        <table className="ce-table" data-testid="ce-peer-indicators">
          <thead>
            <tr>
              <th>{t('kpi.indicator')}</th>
              <th className="ce-num">{t('peers.value')}</th>
              <th className="ce-num">{t('peers.median')}</th>
              <th className="ce-num">{t('peers.percentile')}</th>
              <th className="ce-num">{t('peers.n')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <td>{r.name}</td>
                <td className="ce-num">{format.decimal(r.value)}</td>
                <td className="ce-num">{format.decimal(r.peerMedian)}</td>
                <td className="ce-num">{r.percentile === null ? '—' : format.integer(Math.round(r.percentile))}</td>
                <td className="ce-num">{format.integer(r.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart && withPercentile.length > 0 && <Chart option={option} label={t('peers.position')} testId="ce-peer-chart" height={barsHeight(withPercentile.length)} />}
    </>
  );
}
