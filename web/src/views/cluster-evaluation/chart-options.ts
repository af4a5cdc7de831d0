// ECharts options of the evaluation views (pure: also used by tests; only ECharts types are imported): the KPI
// trajectory, the excellence radar, the goals ranking and the peer percentiles.
import type { BarSeriesOption, LineSeriesOption, RadarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption, LegendComponentOption, MarkLineComponentOption, RadarComponentOption, TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { RadarData } from './transform.ts';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | RadarSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption
  | MarkLineComponentOption | RadarComponentOption | TooltipComponentOption
>;

/** Okabe-Ito colours: actual, target, expected / latest, previous. */
export const COLORS = { actual: '#0072B2', target: '#D55E00', expected: '#999999', latest: '#0072B2', previous: '#E69F00', bar: '#009E73', median: '#CC79A7' };

const FONT = { fontSize: 11 };

export function kpiOption(
  data: { years: number[]; actual: (number | null)[]; target: (number | null)[]; expected: (number | null)[] },
  texts: { actual: string; target: string; expected: string; unit: string },
): ChartOption {
  return {
    animation: false,
    color: [COLORS.actual, COLORS.target, COLORS.expected],
    tooltip: { trigger: 'axis', confine: true },
    legend: { top: 0, textStyle: FONT },
    grid: { left: 56, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: data.years.map(String), axisLabel: FONT },
    yAxis: { type: 'value', name: texts.unit, nameTextStyle: FONT, axisLabel: FONT, scale: true },
    series: [
      { type: 'line', name: texts.actual, data: data.actual, connectNulls: true, symbolSize: 8, lineStyle: { width: 3 } },
      { type: 'line', name: texts.target, data: data.target, connectNulls: false, symbol: 'diamond', symbolSize: 11, lineStyle: { width: 0 } },
      { type: 'line', name: texts.expected, data: data.expected, connectNulls: true, symbol: 'none', lineStyle: { type: 'dashed', width: 2 } },
    ],
  };
}

export function radarOption(data: RadarData, texts: { latest: string; previous: string }): ChartOption {
  const series: { name: string; value: number[]; color: string; dashed: boolean }[] = [];
  // an area without a score is drawn at 0 (the table beside says "no data")
  if (data.previous) series.push({ name: `${texts.previous} (${data.previous.date})`, value: data.previous.values.map((v) => v ?? 0), color: COLORS.previous, dashed: true });
  if (data.latest) series.push({ name: `${texts.latest} (${data.latest.date})`, value: data.latest.values.map((v) => v ?? 0), color: COLORS.latest, dashed: false });
  return {
    animation: false,
    tooltip: { trigger: 'item', confine: true },
    legend: { bottom: 0, textStyle: FONT },
    radar: {
      indicator: data.indicators.map((i) => ({ name: i.name, max: i.max })),
      radius: '62%',
      center: ['50%', '48%'],
      axisName: { color: '#1d2330', fontSize: 11 },
      splitNumber: 4,
    },
    series: [{
      type: 'radar',
      data: series.map((s) => ({
        name: s.name, value: s.value,
        itemStyle: { color: s.color },
        lineStyle: { color: s.color, width: 2, type: s.dashed ? 'dashed' : 'solid' },
        areaStyle: s.dashed ? { opacity: 0 } : { opacity: 0.18, color: s.color },
      })),
    }],
  };
}

/** A horizontal bar chart (the most important first, at the top), values in percent. */
export function rankingOption(items: { name: string; percent: number }[], texts: { axis: string }): ChartOption {
  const reversed = [...items].reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { left: 8, right: 40, top: 8, bottom: 28, containLabel: true },
    xAxis: { type: 'value', name: texts.axis, nameLocation: 'middle', nameGap: 22, nameTextStyle: FONT, axisLabel: FONT },
    yAxis: { type: 'category', data: reversed.map((i) => i.name), axisLabel: { ...FONT, width: 220, overflow: 'truncate' } },
    series: [{ type: 'bar', data: reversed.map((i) => i.percent), itemStyle: { color: COLORS.bar }, label: { show: true, position: 'right', formatter: '{c}%', ...FONT } }],
  };
}

/** The cluster's percentile among its peers per indicator (0-100), the peer median at 50. */
export function percentileOption(items: { name: string; percentile: number | null }[], texts: { axis: string; median: string }): ChartOption {
  const reversed = [...items].reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { left: 8, right: 24, top: 8, bottom: 28, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, name: texts.axis, nameLocation: 'middle', nameGap: 22, nameTextStyle: FONT, axisLabel: FONT },
    yAxis: { type: 'category', data: reversed.map((i) => i.name), axisLabel: { ...FONT, width: 220, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      data: reversed.map((i) => (i.percentile === null ? null : Math.round(i.percentile))),
      itemStyle: { color: COLORS.actual },
      markLine: { symbol: 'none', lineStyle: { color: COLORS.median, type: 'dashed' }, label: { formatter: texts.median, ...FONT }, data: [{ xAxis: 50 }] },
    }],
  };
}

/** Height of a horizontal bar chart of n rows. */
export const barsHeight = (n: number) => Math.max(140, 48 + n * 30);
