// An outcome's event study, drawn by the lazily loaded ECharts chunk (event-study-chart.ts).
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImpactOutcome } from '../../api/evaluation.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLazyChart } from '../../hooks/useLazyChart.ts';
import type { EventStudyChartHandle, EventStudyInput } from './event-study-chart.ts';
import { numberText } from './transform.ts';

export function EventStudyChart({ outcome, yName }: { outcome: ImpactOutcome; yName: string }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const { box, chart, state } = useLazyChart<EventStudyChartHandle>(() => import('./event-study-chart.ts').then((m) => m.createEventStudyChart));
  const input = useMemo<EventStudyInput>(() => ({
    points: outcome.eventStudy,
    xName: t('impact.eventTime'),
    yName,
    describe: (i) => {
      const p = outcome.eventStudy[i];
      if (!p) return [];
      const n = (v: number) => numberText(v, format.locale, 3);
      return [
        t('impact.tooltipTime', { time: p.eventTime }),
        t('impact.tooltipEstimate', { value: n(p.estimate) }),
        t('impact.tooltipCi', { low: n(p.ciLow), high: n(p.ciHigh) }),
        t('impact.tooltipPairs', { n: p.pairs }),
      ];
    },
  }), [outcome, yName, t, format]);

  useEffect(() => {
    if (state === 'ready') chart.current?.update(input);
  }, [state, input]);

  return (
    <div className="ev-chart-box">
      <div
        ref={box}
        className="ev-chart ev-event-chart"
        data-testid="ev-event-chart"
        data-outcome={outcome.outcome}
        data-state={state}
        data-points={outcome.eventStudy.length}
        role="img"
        aria-label={t('impact.eventStudyLabel')}
      />
      {state === 'loading' && <p className="ev-muted" role="status">{t('chart.loading')}</p>}
      {state === 'failed' && <p className="error" role="alert">{t('chart.failed')}</p>}
    </div>
  );
}
