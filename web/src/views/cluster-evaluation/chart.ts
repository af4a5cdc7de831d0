// The ECharts part of the evaluation views: one generic chart that draws an option built by chart-options.ts.
// Imported only with import(), so ECharts loads on demand.
import { BarChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from './chart-options.ts';

use([BarChart, LineChart, RadarChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, RadarComponent, TooltipComponent, CanvasRenderer]);

export interface ChartHandle {
  update(option: ChartOption): void;
  resize(): void;
  dispose(): void;
}

export function createChart(element: HTMLDivElement): ChartHandle {
  const chart = init(element, undefined, { renderer: 'canvas' });
  return {
    update: (option) => chart.setOption(option, { notMerge: true }),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
