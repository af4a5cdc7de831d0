// A scatter chart drawn by the lazily loaded ECharts chunk (scatter-chart.ts); redrawn when its input changes.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyChart } from '../../hooks/useLazyChart.ts';
import type { ScatterChartHandle, ScatterInput } from './scatter-chart.ts';

export function Scatter({ input, label, testId }: { input: ScatterInput; label: string; testId: string }) {
  const { t } = useTranslation('opportunities');
  const { box, chart, state } = useLazyChart<ScatterChartHandle>(() => import('./scatter-chart.ts').then((m) => m.createScatterChart));

  useEffect(() => {
    if (state === 'ready') chart.current?.update(input);
  }, [state, input]);

  return (
    <div className="opp-chart-box">
      <div
        ref={box}
        className="opp-chart"
        data-testid={testId}
        data-state={state}
        data-highlighted={input.highlighted.length}
        data-points={input.highlighted.length + input.others.length}
        role="img"
        aria-label={label}
      />
      {state === 'loading' && <p className="opp-muted" role="status">{t('scatter.loading')}</p>}
      {state === 'failed' && <p className="error" role="alert">{t('scatter.failed')}</p>}
    </div>
  );
}
