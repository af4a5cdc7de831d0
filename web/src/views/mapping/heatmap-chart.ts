// The ECharts part of the LQ heatmap. Imported only with import(), so ECharts lands in a chunk fetched when
// the mapping page draws the heatmap, never with the main bundle. Canvas: about ten thousand cells.
import { HeatmapChart, type HeatmapSeriesOption, ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent, type GridComponentOption, TooltipComponent, type TooltipComponentOption, VisualMapContinuousComponent,
  type VisualMapComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { HEATMAP_LAYOUT, type Heatmap, heatmapSize, LQ_COLORS, LQ_LOG_LIMIT, type Mark, MARKS, NO_DATA_COLOR } from './transform.ts';

use([HeatmapChart, ScatterChart, GridComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer]);

type Option = ComposeOption<HeatmapSeriesOption | ScatterSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;

export interface HeatmapHandlers {
  /** The tooltip of the cell at column x, row y (matrix index i), as HTML with its text escaped. */
  describe: (x: number, y: number, i: number) => string;
  onCell: (x: number, y: number) => void;
}

export interface HeatmapChartHandle {
  update(heatmap: Heatmap, grouped: boolean, handlers: HeatmapHandlers): void;
  resize(): void;
  dispose(): void;
}

const STAR = 'path://M0,-10L2.94,-4.05L9.51,-3.09L4.76,1.55L5.88,8.09L0,5L-5.88,8.09L-4.76,1.55L-9.51,-3.09L-2.94,-4.05Z';
const INK = '#1d2330';
const MARK_STYLE: Record<Mark, { symbol: string; scale: number; color: string; border: number }> = {
  strongStarred: { symbol: STAR, scale: 0.8, color: INK, border: 0 },
  starred: { symbol: STAR, scale: 0.8, color: '#ffffff', border: 1 },
  strong: { symbol: 'circle', scale: 0.36, color: INK, border: 0 },
};

function option(heatmap: Heatmap, grouped: boolean, handlers: HeatmapHandlers, width: number): Option {
  const { right } = heatmapSize(heatmap.rows.length, heatmap.columns.length, grouped);
  const column = Math.max(1, (width - HEATMAP_LAYOUT.left - right) / Math.max(1, heatmap.columns.length));
  const cell = Math.min(column, HEATMAP_LAYOUT.row);
  const indexOf = (data: unknown, at: number) => (Array.isArray(data) ? Number(data[at]) : -1);
  const groupLabels = heatmap.rows.map((r, i) => (i === 0 || heatmap.rows[i - 1]!.group !== r.group ? r.groupLabel : ''));
  const axisText = { fontSize: 10, color: '#3a4150' };
  return {
    animation: false,
    grid: {
      left: HEATMAP_LAYOUT.left, right, top: HEATMAP_LAYOUT.top, bottom: HEATMAP_LAYOUT.bottom,
      show: true, backgroundColor: NO_DATA_COLOR, borderWidth: 0,
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const data = p?.data;
        const at = p?.seriesType === 'heatmap' ? 3 : 2;
        return handlers.describe(indexOf(data, 0), indexOf(data, 1), indexOf(data, at));
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: heatmap.columns.map((c) => c.label),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { ...axisText, interval: 0, rotate: column < 18 ? 90 : 0 },
    },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: heatmap.rows.map((r) => r.label),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { ...axisText, interval: 0, width: HEATMAP_LAYOUT.left - 12, overflow: 'truncate' },
      },
      {
        type: 'category',
        inverse: true,
        position: 'right',
        show: grouped,
        data: groupLabels,
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { ...axisText, fontWeight: 'bold', interval: 0, width: right - 10, overflow: 'truncate' },
      },
    ],
    visualMap: {
      type: 'continuous', show: false, min: -LQ_LOG_LIMIT, max: LQ_LOG_LIMIT, dimension: 2, seriesIndex: 0, inRange: { color: LQ_COLORS },
    },
    series: [
      {
        type: 'heatmap',
        data: heatmap.cells,
        progressive: 0,
        itemStyle: { borderColor: '#ffffff', borderWidth: column > 6 ? 0.5 : 0 },
        emphasis: { itemStyle: { borderColor: INK, borderWidth: 1.5 } },
      },
      ...MARKS.map((mark): ScatterSeriesOption => ({
        type: 'scatter',
        name: mark,
        data: heatmap.marks[mark],
        symbol: MARK_STYLE[mark].symbol,
        symbolSize: Math.max(3, cell * MARK_STYLE[mark].scale),
        itemStyle: { color: MARK_STYLE[mark].color, borderColor: INK, borderWidth: MARK_STYLE[mark].border, opacity: 1 },
        emphasis: { scale: 1.4 },
        z: 3,
      })),
    ],
  };
}

export function createHeatmapChart(element: HTMLElement): HeatmapChartHandle {
  const chart = init(element, undefined, { renderer: 'canvas' });
  let handlers: HeatmapHandlers | null = null;
  let last: { heatmap: Heatmap; grouped: boolean } | null = null;
  chart.on('click', (params) => {
    const data = params.data;
    if (handlers && Array.isArray(data)) handlers.onCell(Number(data[0]), Number(data[1]));
  });
  const draw = () => {
    if (last && handlers) chart.setOption(option(last.heatmap, last.grouped, handlers, element.clientWidth), { notMerge: true });
  };
  return {
    update: (heatmap, grouped, next) => {
      handlers = next;
      last = { heatmap, grouped };
      chart.resize();
      draw();
    },
    resize: () => {
      chart.resize();
      draw();
    },
    dispose: () => chart.dispose(),
  };
}
