// The ECharts part of the programme's planned vs achieved bars by region. Imported only with import(), so
// ECharts lands in a chunk fetched when the page draws its charts.
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent, type GridComponentOption, LegendComponent, type LegendComponentOption, TooltipComponent, type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { RegionBar } from './transform.ts';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface RegionChartInput {
  bars: RegionBar[];
  plannedName: string;
  achievedName: string;
  /** the tooltip of bar i, plain text lines */
  describe: (i: number) => string[];
}

export interface RegionChartHandle {
  update(input: RegionChartInput): void;
  resize(): void;
  dispose(): void;
}

export const PLANNED_COLOR = '#9aa3b5';
export const ACHIEVED_COLOR = '#0072B2';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The ECharts option (pure: also used by tests). Horizontal bars, the first region at the top. */
export function regionOption(input: RegionChartInput): Option {
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
    legend: { top: 0, data: [input.plannedName, input.achievedName] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const i = Number(p?.dataIndex ?? -1);
        return input.describe(i).map(escape).join('<br>');
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: input.bars.map((b) => b.label), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      { type: 'bar', name: input.plannedName, data: input.bars.map((b) => b.planned), itemStyle: { color: PLANNED_COLOR }, barGap: '10%' },
      {
        type: 'bar', name: input.achievedName, data: input.bars.map((b) => b.achieved), itemStyle: { color: ACHIEVED_COLOR },
        label: { show: true, position: 'right', fontSize: 11 },
      },
    ],
  };
}

export function createRegionChart(element: HTMLDivElement): RegionChartHandle {
  const chart = init(element, undefined, { renderer: 'canvas' });
  return {
    update: (input) => {
      chart.resize();
      chart.setOption(regionOption(input), { notMerge: true });
    },
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
