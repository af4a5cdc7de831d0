// The ECharts part of the opportunities page: a scatter of two series (the highlighted points drawn over the
// others). Imported only with import(), so ECharts lands in a chunk fetched when the page draws its charts.
import { ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent, type GridComponentOption, LegendComponent, type LegendComponentOption, TooltipComponent, type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface ScatterPoint { x: number; y: number; label: string }

export interface ScatterInput {
  xName: string;
  yName: string;
  highlightedName: string;
  otherName: string;
  highlighted: ScatterPoint[];
  others: ScatterPoint[];
}

export interface ScatterChartHandle {
  update(input: ScatterInput): void;
  resize(): void;
  dispose(): void;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const round = (n: number) => Math.round(n * 1000) / 1000;

function option(input: ScatterInput): Option {
  const data = (points: ScatterPoint[]) => points.map((p) => ({ value: [p.x, p.y], name: p.label }));
  return {
    animation: false,
    grid: { left: 56, right: 20, top: 36, bottom: 48 },
    legend: { top: 4, data: [input.highlightedName, input.otherName] },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const value = (p?.value ?? []) as number[];
        return `${escape(String(p?.name ?? ''))}<br>${escape(input.xName)}: ${round(value[0] ?? 0)}<br>${escape(input.yName)}: ${round(value[1] ?? 0)}`;
      },
    },
    xAxis: { type: 'value', name: input.xName, nameLocation: 'middle', nameGap: 28, scale: true },
    yAxis: { type: 'value', name: input.yName, nameLocation: 'middle', nameGap: 40, scale: true },
    series: [
      { type: 'scatter', name: input.otherName, data: data(input.others), symbolSize: 6, itemStyle: { color: '#9aa3b5', opacity: 0.6 } },
      { type: 'scatter', name: input.highlightedName, data: data(input.highlighted), symbolSize: 11, z: 3, itemStyle: { color: '#d55e00', borderColor: '#1d2330', borderWidth: 1 } },
    ],
  };
}

export function createScatterChart(element: HTMLDivElement): ScatterChartHandle {
  const chart = init(element, undefined, { renderer: 'canvas' });
  return {
    update: (input) => chart.setOption(option(input), { notMerge: true }),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
