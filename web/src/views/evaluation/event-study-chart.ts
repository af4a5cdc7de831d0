// The ECharts part of an outcome's event study: the estimate per year relative to joining a cluster, with its
// 95% interval as error bars, a zero line and a vertical line at event time 0 (the year of joining).
// Imported only with import().
import { CustomChart, type CustomSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent, type GridComponentOption, MarkLineComponent, type MarkLineComponentOption, TooltipComponent, type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ImpactOutcome } from '../../api/evaluation.ts';

use([LineChart, CustomChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<LineSeriesOption | CustomSeriesOption | GridComponentOption | MarkLineComponentOption | TooltipComponentOption>;

export interface EventStudyInput {
  points: ImpactOutcome['eventStudy'];
  xName: string;
  yName: string;
  /** the tooltip of point i, plain text lines */
  describe: (i: number) => string[];
}

export interface EventStudyChartHandle {
  update(input: EventStudyInput): void;
  resize(): void;
  dispose(): void;
}

export const ESTIMATE_COLOR = '#0072B2';
export const PRE_COLOR = '#E69F00';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The x range: the event times, widened to include 0, with a year of margin on each side (whole years, so
 * that the ticks fall on them). */
export function eventRange(points: readonly { eventTime: number }[]): [number, number] {
  const times = points.map((p) => p.eventTime).filter(Number.isFinite);
  return [Math.floor(Math.min(0, ...times)) - 1, Math.ceil(Math.max(0, ...times)) + 1];
}

/** The ECharts option (pure: also used by tests). Points before event time 0 (the pre-period) are orange. */
export function eventStudyOption(input: EventStudyInput): Option {
  const points = [...input.points].sort((a, b) => a.eventTime - b.eventTime);
  const [min, max] = eventRange(points);
  return {
    animation: false,
    grid: { left: 56, right: 16, top: 16, bottom: 44 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const time = Array.isArray(p?.value) ? Number(p.value[0]) : NaN;
        const i = input.points.findIndex((q) => q.eventTime === time);
        return input.describe(i).map(escape).join('<br>');
      },
    },
    xAxis: {
      type: 'value', min, max, interval: 1, name: input.xName, nameLocation: 'middle', nameGap: 26, splitLine: { show: false },
      axisLine: { onZero: false }, axisLabel: { formatter: (v: number) => (v > min && v < max ? String(v) : '') },
    },
    yAxis: { type: 'value', name: input.yName, nameLocation: 'middle', nameGap: 44, scale: true, axisLine: { onZero: false, show: true } },
    series: [
      {
        type: 'custom',
        name: 'ci',
        data: points.map((p) => [p.eventTime, p.ciLow, p.ciHigh]),
        // both ends on the y axis, so that its range covers the whole intervals
        encode: { x: 0, y: [1, 2] },
        renderItem: (_params, api) => {
          const x = Number(api.value(0));
          const low = api.coord([x, Number(api.value(1))]);
          const high = api.coord([x, Number(api.value(2))]);
          const cap = 5;
          const color = x < 0 ? PRE_COLOR : ESTIMATE_COLOR;
          const style = { stroke: color, lineWidth: 1.5 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
              { type: 'line', shape: { x1: low[0]! - cap, y1: low[1], x2: low[0]! + cap, y2: low[1] }, style },
              { type: 'line', shape: { x1: high[0]! - cap, y1: high[1], x2: high[0]! + cap, y2: high[1] }, style },
            ],
          };
        },
        z: 2,
        silent: true,
      },
      {
        type: 'line',
        name: 'estimate',
        data: points.map((p) => ({ value: [p.eventTime, p.estimate], itemStyle: { color: p.eventTime < 0 ? PRE_COLOR : ESTIMATE_COLOR } })),
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { color: ESTIMATE_COLOR, width: 1.5 },
        z: 3,
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#1d2330', type: 'dashed', width: 1 },
          data: [{ yAxis: 0 }, { xAxis: 0 }],
        },
      },
    ],
  };
}

export function createEventStudyChart(element: HTMLDivElement): EventStudyChartHandle {
  const chart = init(element, undefined, { renderer: 'canvas' });
  return {
    update: (input) => {
      chart.resize();
      chart.setOption(eventStudyOption(input), { notMerge: true });
    },
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
