// The ECharts part of the product space view: a `graph` series with the layout's fixed positions (layout 'none'),
// the backbone edges as thin grey lines, the place's exported products (M = 1) in their sector's colour and the
// others light grey, node size by world market (square root). Imported only with import(), like scatter-chart.ts.
import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import { LegendComponent, type LegendComponentOption, TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([GraphChart, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<GraphSeriesOption | LegendComponentOption | TooltipComponentOption>;

export interface SpaceNode {
  code: string;
  name: string;
  x: number;
  y: number;
  /** the sector's localised name and colour */
  sector: string;
  color: string;
  rca: number | null;
  exported: boolean;
  worldValue: number | null;
}

export interface SpaceInput {
  nodes: SpaceNode[];
  edges: [number, number][];
  /** the legend entry of the products not exported with advantage */
  otherName: string;
  /** tooltip lines: 'RCA', the sector, and the text for a product the dataset lacks */
  rcaName: string;
  missing: string;
}

export interface SpaceChartHandle {
  update(input: SpaceInput): void;
  resize(): void;
  dispose(): void;
}

const GREY = '#d5d9e0';
const MIN_SIZE = 4;
const MAX_SIZE = 24;
/** exported products are drawn a little larger and outlined, so they stand out of the grey */
const EXPORTED_EXTRA = 2;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const round = (n: number) => Math.round(n * 100) / 100;

/** The ECharts option (pure: also used by tests). Exported nodes are drawn last, over the grey ones. */
export function productSpaceOption(input: SpaceInput): Option {
  const sectors = [...new Map(input.nodes.filter((n) => n.exported).map((n) => [n.sector, n.color])).entries()]
    .sort((a, b) => a[0].localeCompare(b[0]));
  const category = new Map(sectors.map(([name], i) => [name, i]));
  const other = sectors.length;
  const maxWorld = Math.max(1, ...input.nodes.map((n) => n.worldValue ?? 0));
  const order = input.nodes.map((_, i) => i).sort((a, b) => Number(input.nodes[a]!.exported) - Number(input.nodes[b]!.exported) || a - b);
  const position = new Map(order.map((i, k) => [i, k]));
  const data = order.map((i) => {
    const n = input.nodes[i]!;
    return {
      id: n.code, name: `${n.code} ${n.name}`, x: n.x, y: n.y, value: n.rca ?? undefined,
      category: n.exported ? category.get(n.sector)! : other,
      symbolSize: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((n.worldValue ?? 0) / maxWorld) + (n.exported ? EXPORTED_EXTRA : 0),
      sector: n.sector,
      ...(n.exported ? { itemStyle: { borderColor: '#1d2330', borderWidth: 0.6 } } : {}),
    };
  });
  const links = input.edges.map(([a, b]) => ({ source: position.get(a)!, target: position.get(b)! }));
  const categories = [...sectors.map(([name, color]) => ({ name, itemStyle: { color } })), { name: input.otherName, itemStyle: { color: GREY } }];
  return {
    animation: false,
    legend: { top: 0, type: 'scroll', data: categories.map((c) => c.name) },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        if (!p || p.dataType !== 'node') return '';
        const node = p.data as { name: string; value?: number; sector: string };
        const rca = node.value === undefined ? input.missing : `${escape(input.rcaName)}: ${round(node.value)}`;
        return `${escape(node.name)}<br>${escape(node.sector)}<br>${rca}`;
      },
    },
    series: [{
      type: 'graph',
      layout: 'none',
      top: 36, bottom: 8, left: 8, right: 8,
      roam: true,
      categories,
      data,
      links,
      lineStyle: { color: '#c3c8d1', width: 0.5, opacity: 0.6 },
      itemStyle: { borderColor: '#ffffff', borderWidth: 0.4 },
      emphasis: { focus: 'adjacency', lineStyle: { width: 1.5 } },
      label: { show: false },
    }],
  };
}

export function createProductSpaceChart(element: HTMLDivElement): SpaceChartHandle {
  const chart = init(element, undefined, { renderer: 'canvas' });
  return {
    update: (input) => chart.setOption(productSpaceOption(input), { notMerge: true }),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
