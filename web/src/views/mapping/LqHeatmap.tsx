// The region x industry heatmap of location quotients with marks for strong and starred cells: the row order
// and column set controls, the chart (ECharts, fetched on demand) and its legend.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyChart } from '../../hooks/useLazyChart.ts';
import type { MappingMatrix, MappingSummary } from '../../api/mapping.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import '../../i18n/mapping.ts';
import { useMappingFormat } from './format.ts';
import type { HeatmapChartHandle, HeatmapHandlers } from './heatmap-chart.ts';
import { type ColumnSet, type Heatmap, heatmapSize, LQ_COLORS, LQ_TICKS, type Mark, MARKS, ROW_ORDERS, type RowOrder, TOP_CATEGORIES, toHeatmap } from './transform.ts';

interface Props {
  summary: MappingSummary;
  matrix: MappingMatrix;
  rowOrder: RowOrder;
  columns: ColumnSet;
  groupName: (id: string) => string;
  onRowOrder: (order: RowOrder) => void;
  onColumns: (columns: ColumnSet) => void;
  /** A click on a cell: its region and category. */
  onCell: (region: string, category: string) => void;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const TICK_LABELS: Record<number, string> = { 0.125: '⅛', 0.25: '¼', 0.5: '½' };

export function LqHeatmap({ summary, matrix, rowOrder, columns, groupName, onRowOrder, onColumns, onCell }: Props) {
  const { t, i18n } = useTranslation('mapping');
  const name = useLocalizedName();
  const format = useMappingFormat();
  const heatmap = useMemo(
    () => toHeatmap(summary, matrix, { rowOrder, columns, name, groupName, locale: format.locale }),
    // `name` is a new function on every render; what it returns changes only with the language.
    [summary, matrix, rowOrder, columns, groupName, format.locale, i18n.language],
  );
  const handlers = useMemo<HeatmapHandlers>(() => ({
    describe: (x, y, i) => {
      const row = heatmap.rows[y];
      const column = heatmap.columns[x];
      if (!row || !column || i < 0) return '';
      const stars = matrix.stars[i] ?? 0;
      const lines = [
        `<strong>${escape(row.label)}</strong>`,
        escape(`${column.code} ${column.name}`),
        escape(t('heatmap.tooltipLq', { value: format.lq(matrix.lq[i]) })),
        escape(t('heatmap.tooltipEmployment', { value: format.integer(matrix.employment[i]) })),
        escape(t('heatmap.tooltipStars', { value: stars })),
        ...(matrix.strong[i] === 1 ? [`<strong>${escape(t('heatmap.tooltipStrong'))}</strong>`] : []),
      ];
      return lines.join('<br>');
    },
    onCell: (x, y) => {
      const row = heatmap.rows[y];
      const column = heatmap.columns[x];
      if (row && column) onCell(row.id, column.code);
    },
  }), [heatmap, matrix, t, format, onCell]);

  const total = summary.categories.length;
  return (
    <>
      <form className="mapping-controls" onSubmit={(e) => e.preventDefault()} aria-label={t('heatmap.title')}>
        <label className="mapping-control">
          <span>{t('heatmap.rows')}</span>
          <select data-testid="heatmap-rows" value={rowOrder} onChange={(e) => onRowOrder(e.target.value as RowOrder)}>
            {ROW_ORDERS.map((order) => <option key={order} value={order}>{t(`heatmap.rowOrder.${order}`)}</option>)}
          </select>
        </label>
        {total > TOP_CATEGORIES && (
          <div className="mapping-control">
            <span id="heatmap-columns-label">{t('heatmap.columns')}</span>
            <div className="mapping-segmented" role="radiogroup" aria-labelledby="heatmap-columns-label" data-testid="heatmap-columns">
              {(['top', 'all'] as ColumnSet[]).map((set) => (
                <label key={set} className={columns === set ? 'checked' : undefined}>
                  <input type="radio" name="heatmap-columns" value={set} checked={columns === set} onChange={() => onColumns(set)} />
                  {set === 'top' ? t('heatmap.top', { n: TOP_CATEGORIES }) : t('heatmap.all', { n: total })}
                </label>
              ))}
            </div>
          </div>
        )}
      </form>
      <HeatmapChart
        heatmap={heatmap}
        grouped={rowOrder === 'oblast'}
        handlers={handlers}
        label={t('heatmap.label', { regions: heatmap.rows.length, categories: heatmap.columns.length })}
      />
      <HeatmapLegend />
    </>
  );
}

/** The chart: fetches the ECharts chunk once, draws, redraws on new data or language, resizes with its box. */
function HeatmapChart({ heatmap, grouped, handlers, label }: { heatmap: Heatmap; grouped: boolean; handlers: HeatmapHandlers; label: string }) {
  const { t } = useTranslation('mapping');
  const { box, chart, state } = useLazyChart<HeatmapChartHandle>(() => import('./heatmap-chart.ts').then((m) => m.createHeatmapChart));
  const size = heatmapSize(heatmap.rows.length, heatmap.columns.length, grouped);

  // The box takes its new size in the same render, so the chart measures it before drawing.
  useEffect(() => {
    if (state === 'ready') chart.current?.update(heatmap, grouped, handlers);
  }, [state, heatmap, grouped, handlers]);

  return (
    <div className="heatmap-scroll">
      <div
        ref={box}
        className="heatmap-chart"
        data-testid="lq-heatmap"
        data-state={state}
        data-rows={heatmap.rows.length}
        data-columns={heatmap.columns.length}
        role="img"
        aria-label={label}
        style={{ height: size.height, minWidth: size.minWidth }}
      />
      {state === 'loading' && <p className="heatmap-status" role="status">{t('heatmap.loading')}</p>}
      {state === 'failed' && <p className="heatmap-status error" role="alert">{t('heatmap.failed')}</p>}
    </div>
  );
}

function MarkIcon({ mark }: { mark: Mark }) {
  if (mark === 'strong') return <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle r="2.6" fill="#1d2330" /></svg>;
  return (
    <svg width="14" height="14" viewBox="-11 -11 22 22" aria-hidden="true">
      <path
        d="M0,-10L2.94,-4.05L9.51,-3.09L4.76,1.55L5.88,8.09L0,5L-5.88,8.09L-4.76,1.55L-9.51,-3.09L-2.94,-4.05Z"
        fill={mark === 'strongStarred' ? '#1d2330' : '#ffffff'}
        stroke="#1d2330"
        strokeWidth="1.5"
      />
    </svg>
  );
}

function HeatmapLegend() {
  const { t } = useTranslation('mapping');
  const format = useMappingFormat();
  return (
    <div className="heatmap-legend" data-testid="heatmap-legend">
      <div className="heatmap-scale">
        <span className="heatmap-legend-title">{t('heatmap.scale')}</span>
        <span className="heatmap-ramp" style={{ background: `linear-gradient(to right, ${LQ_COLORS.join(', ')})` }} aria-hidden="true" />
        <span className="heatmap-ticks" aria-hidden="true">
          {LQ_TICKS.map((tick) => <span key={tick}>{TICK_LABELS[tick] ?? format.integer(tick)}</span>)}
        </span>
        <span className="heatmap-ends"><span>← {t('heatmap.below')}</span><span>{t('heatmap.above')} →</span></span>
      </div>
      <ul className="heatmap-marks">
        {MARKS.map((mark) => (
          <li key={mark}>
            <MarkIcon mark={mark} />
            {t(mark === 'strongStarred' ? 'heatmap.markStrongStarred' : mark === 'starred' ? 'heatmap.markStarred' : 'heatmap.markStrong')}
          </li>
        ))}
      </ul>
      <p className="mapping-muted heatmap-hint">{t('heatmap.clickHint')}</p>
    </div>
  );
}
