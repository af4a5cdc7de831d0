// A chart drawn by ECharts (chart.ts, loaded on demand) from an option: `data-state` is 'ready' once drawn.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyChart } from '../../hooks/useLazyChart.ts';
import type { ChartHandle } from './chart.ts';
import type { ChartOption } from './chart-options.ts';

export function Chart({ option, label, testId, height = 320 }: { option: ChartOption; label: string; testId?: string; height?: number }) {
  const { t } = useTranslation('clusterEvaluation');
  const { box, chart, state } = useLazyChart<ChartHandle>(() => import('./chart.ts').then((m) => m.createChart));
  const [drawn, setDrawn] = useState<ChartOption | null>(null);
  useEffect(() => {
    if (state !== 'ready') return;
    chart.current?.update(option);
    setDrawn(option);
  }, [state, option, chart]);
  return (
    <div className="ce-chart-box">
      <div
        ref={box}
        className="ce-chart"
        style={{ height }}
        data-testid={testId}
        data-state={state === 'failed' ? 'failed' : state === 'ready' && drawn === option ? 'ready' : 'loading'}
        role="img"
        aria-label={label}
      />
      {state === 'loading' && <p className="ce-muted" role="status">{t('chart.loading')}</p>}
      {state === 'failed' && <p className="error" role="alert">{t('chart.failed')}</p>}
    </div>
  );
}
