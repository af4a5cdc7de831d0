// The ECharts part of the sector x sector heatmap of observed/expected ratios (log scale, diverging colours:
// blue fewer links than expected, red more). Imported only with import(), like network-chart.ts.
import { HeatmapChart, type HeatmapSeriesOption } from 'echarts/charts';
import {
  GridComponent, type GridComponentOption, TooltipComponent, type TooltipComponentOption, VisualMapContinuousComponent, type VisualMapComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type Matrix, RATIO_COLORS, RATIO_LOG_LIMIT } from './transform.ts';

use([HeatmapChart, GridComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer]);

type Option = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption>;

export interface MatrixHandlers {
  /** the tooltip of a cell (index into matrix.links), HTML with its text escaped */
  describe: (i: number) => string;
  /** a click on a row's sector */
  onSector: (code: string) => void;
}

export interface MatrixChartHandle {
  update(matrix: Matrix, handlers: MatrixHandlers): void;
  resize(): void;
  dispose(): void;
}

export const MATRIX_LAYOUT = { left: 210, top: 110, right: 16, bottom: 12 };

/** The ECharts option (pure: also used by tests). */
export function matrixOption(matrix: Matrix, handlers: MatrixHandlers): Option {
  const axisText = { fontSize: 10, color: '#3a4150' };
  return {
    animation: false,
    grid: { ...MATRIX_LAYOUT, show: true, backgroundColor: '#f3f4f6', borderWidth: 0 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const data = p?.data;
        return Array.isArray(data) ? handlers.describe(Number(data[3])) : '';
      },
    },
    xAxis: {
      type: 'category', position: 'top', data: matrix.columns.map((c) => c.code),
      axisTick: { show: false }, axisLine: { show: false }, axisLabel: { ...axisText, interval: 0, rotate: 90 },
    },
    yAxis: {
      type: 'category', inverse: true, data: matrix.rows.map((r) => r.label),
      axisTick: { show: false }, axisLine: { show: false },
      axisLabel: { ...axisText, interval: 0, width: MATRIX_LAYOUT.left - 12, overflow: 'truncate' },
    },
    visualMap: { type: 'continuous', show: false, min: -RATIO_LOG_LIMIT, max: RATIO_LOG_LIMIT, dimension: 2, inRange: { color: [...RATIO_COLORS] } },
    series: [{
      type: 'heatmap',
      data: matrix.cells,
      progressive: 0,
      itemStyle: { borderColor: '#ffffff', borderWidth: matrix.rows.length > 40 ? 0 : 0.5 },
      emphasis: { itemStyle: { borderColor: '#1d2330', borderWidth: 1.5 } },
    }],
  };
}

export function createMatrixChart(element: HTMLDivElement): MatrixChartHandle {
  const chart = init(element, undefined, { renderer: 'canvas' });
  let last: { matrix: Matrix; handlers: MatrixHandlers } | null = null;
  chart.on('click', (params) => {
    const data = params.data;
    if (!last || !Array.isArray(data)) return;
    const row = last.matrix.rows[Number(data[1])];
    if (row) last.handlers.onSector(row.code);
  });
  return {
    update: (matrix, handlers) => {
      last = { matrix, handlers };
      chart.resize();
      chart.setOption(matrixOption(matrix, handlers), { notMerge: true });
    },
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
