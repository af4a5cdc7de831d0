// Planned vs achieved outputs by region, drawn by the lazily loaded ECharts chunk (region-chart.ts).
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLazyChart } from '../../hooks/useLazyChart.ts';
import type { RegionChartHandle, RegionChartInput } from './region-chart.ts';
import { percentText, type RegionBar, regionChartHeight } from './transform.ts';

export function RegionChart({ bars, ready = true }: { bars: RegionBar[]; ready?: boolean }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const { box, chart, state } = useLazyChart<RegionChartHandle>(() => import('./region-chart.ts').then((m) => m.createRegionChart));
  const input = useMemo<RegionChartInput>(() => ({
    bars,
    plannedName: t('programme.planned'),
    achievedName: t('programme.achieved'),
    describe: (i) => {
      const bar = bars[i];
      if (!bar) return [];
      return [
        bar.label,
        t('programme.tooltipPlanned', { value: format.integer(bar.planned) }),
        t('programme.tooltipAchieved', { value: format.integer(bar.achieved) }),
        t('programme.tooltipRate', { value: percentText(bar.rate, format.locale) }),
      ];
    },
  }), [bars, t, format]);

  useEffect(() => {
    if (state === 'ready') chart.current?.update(input);
  }, [state, input]);

  return (
    <div className="ev-chart-box">
      <div
        ref={box}
        className="ev-chart"
        data-testid="ev-region-chart"
        data-state={state === 'ready' && ready ? 'ready' : state === 'failed' ? 'failed' : 'loading'}
        data-bars={bars.length}
        role="img"
        aria-label={t('programme.byRegionLabel', { n: bars.length })}
        style={{ height: regionChartHeight(bars.length) }}
      />
      {state === 'loading' && <p className="ev-muted" role="status">{t('chart.loading')}</p>}
      {state === 'failed' && <p className="error" role="alert">{t('chart.failed')}</p>}
    </div>
  );
}
