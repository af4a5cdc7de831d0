// The product space of the selected place (its own query), drawn by the lazily loaded product-space-chart.ts:
// the products it exports with advantage coloured by sector, the others grey. Redrawn when the data or language change.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/QueryState.tsx';
import { useLazyChart } from '../../hooks/useLazyChart.ts';
import { useProductSpace } from '../../hooks/useOpportunities.ts';
import type { SpaceChartHandle, SpaceInput } from './product-space-chart.ts';

export function ProductSpace({ dataset, location, name }: { dataset: string; location: string; name: (code: string, nameEn: string | null) => string }) {
  const { t } = useTranslation('opportunities');
  const space = useProductSpace(dataset, location);
  const { box, chart, state } = useLazyChart<SpaceChartHandle>(() => import('./product-space-chart.ts').then((m) => m.createProductSpaceChart));
  const data = space.data;

  const input = useMemo<SpaceInput | null>(() => data ? {
    nodes: data.nodes.map((n) => ({
      code: n.product, name: name(n.product, n.nameEn), x: n.x, y: n.y, sector: t(`space.sectors.${n.sector}`, { defaultValue: n.sector }),
      color: n.color, rca: n.rca, exported: n.m === 1, worldValue: n.worldValue,
    })),
    edges: data.edges, otherName: t('space.other'), rcaName: t('space.rca'), missing: t('space.missing'),
  } : null, [data, name, t]);

  useEffect(() => {
    if (state === 'ready' && input) chart.current?.update(input);
  }, [state, input]);

  const ready = state === 'ready' && data && !space.isPlaceholderData ? 'ready' : state === 'failed' ? 'failed' : 'loading';
  return (
    <div className="opp-chart-box">
      {data && <p className="opp-muted" data-testid="opp-space-counts">{t('space.counts', { exported: data.counts.exported, matched: data.counts.matched, nodes: data.counts.nodes })}</p>}
      {space.isError && <ErrorMessage error={space.error} onRetry={() => void space.refetch()} />}
      <div
        ref={box}
        className="opp-chart opp-space"
        data-testid="opp-space"
        data-state={ready}
        data-nodes={data?.counts.nodes ?? 0}
        data-edges={data?.counts.edges ?? 0}
        data-exported={data?.counts.exported ?? 0}
        role="img"
        aria-label={t('space.title')}
      />
      {state === 'loading' && <p className="opp-muted" role="status">{t('scatter.loading')}</p>}
      {state === 'failed' && <p className="error" role="alert">{t('scatter.failed')}</p>}
    </div>
  );
}
