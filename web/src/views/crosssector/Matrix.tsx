// The sector x sector heatmap of observed/expected ratios (matrix-chart.ts, loaded on demand) and its legend.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrossSectorLinks } from '../../api/crosssector.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLazyChart } from '../../hooks/useLazyChart.ts';
import type { MatrixChartHandle, MatrixHandlers } from './matrix-chart.ts';
import { escapeHtml, sectorName } from './names.ts';
import { matrixSize, RATIO_COLORS, toMatrix } from './transform.ts';

interface Props { data: CrossSectorLinks; ready: boolean; onSector: (code: string) => void }

/** Sources whose links are listed once per unordered pair. */
const SYMMETRIC = new Set(['patents']);

export function Matrix({ data, ready, onSector }: Props) {
  const { t, i18n } = useTranslation('crosssector');
  const format = useFormat();
  const language = i18n.language;
  const { box, chart, state } = useLazyChart<MatrixChartHandle>(() => import('./matrix-chart.ts').then((m) => m.createMatrixChart));
  const matrix = useMemo(() => toMatrix(data.sectors, data.items, (s) => sectorName(s, language), SYMMETRIC.has(data.source)), [data, language]);
  const handlers = useMemo<MatrixHandlers>(() => {
    const label = new Map(matrix.rows.map((r) => [r.code, r.label]));
    return {
      describe: (i) => {
        const link = matrix.links[i];
        if (!link) return '';
        return [
          `<strong>${escapeHtml(label.get(link.from) ?? link.from)} ${SYMMETRIC.has(data.source) ? '↔' : '→'} ${escapeHtml(label.get(link.to) ?? link.to)}</strong>`,
          escapeHtml(t('network.tooltipRatio', { value: format.decimal(link.ratio) })),
          escapeHtml(t('network.tooltipWeight', { value: format.decimal(link.weight), expected: format.decimal(link.expected) })),
          escapeHtml(link.significant ? t('matrix.significant') : t('matrix.notSignificant')),
        ].join('<br>');
      },
      onSector,
    };
  }, [matrix, t, format, onSector, data.source]);
  const size = matrixSize(matrix.rows.length);

  useEffect(() => {
    if (state === 'ready') chart.current?.update(matrix, handlers);
  }, [state, matrix, handlers]);

  return (
    <>
      <div className="cs-scroll">
        <div
          ref={box}
          className="cs-matrix"
          data-testid="cs-matrix"
          data-state={state === 'ready' && ready ? 'ready' : state === 'failed' ? 'failed' : 'loading'}
          data-rows={matrix.rows.length}
          data-cells={matrix.cells.length}
          role="img"
          aria-label={t('matrix.label', { n: matrix.rows.length })}
          style={{ height: size.height, minWidth: size.minWidth }}
        />
        {state === 'loading' && <p className="cs-muted" role="status">{t('chart.loading')}</p>}
        {state === 'failed' && <p className="error" role="alert">{t('chart.failed')}</p>}
      </div>
      <div className="cs-scale" aria-hidden="true">
        <span>← {t('matrix.fewer')}</span>
        <span className="cs-ramp" style={{ background: `linear-gradient(to right, ${RATIO_COLORS.join(', ')})` }} />
        <span>{t('matrix.more')} →</span>
        <span className="cs-ticks"><span>⅛</span><span>1</span><span>8</span></span>
      </div>
    </>
  );
}
