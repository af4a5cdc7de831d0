// The ECharts part of the sector network: a force-directed `graph` series, node size by activity, colour by
// community, edges = significant links (width by ratio). Imported only with import(), so ECharts loads on demand.
import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { NetworkData } from './transform.ts';

use([GraphChart, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<GraphSeriesOption | TooltipComponentOption>;

export interface NetworkTexts {
  /** a community's name, e.g. "Community 1" (the legend is drawn in HTML beside the chart) */
  community: (community: number) => string;
  /** a node's tooltip (HTML, text escaped) and an edge's */
  node: (id: string) => string;
  edge: (source: string, target: string) => string;
}

export interface NetworkChartHandle {
  update(data: NetworkData, texts: NetworkTexts, onNode: (id: string) => void): void;
  resize(): void;
  dispose(): void;
}

const INK = '#1d2330';

/**
 * Force settings that keep a graph of n nodes inside the box (ECharts does not fit a force layout to its
 * box): less repulsion for larger graphs.
 */
export function forceOf(n: number) {
  const repulsion = Math.round(Math.max(25, Math.min(200, 6500 / Math.max(1, n))));
  return { repulsion, edgeLength: [30, 120] as [number, number], gravity: 0.2, friction: 0.2, layoutAnimation: false };
}

/** The ECharts option (pure: also used by tests). */
export function networkOption(data: NetworkData, texts: NetworkTexts): Option {
  const index = new Map(data.communities.map((c, i) => [c, i]));
  const categories = data.communities.map((c) => ({ name: texts.community(c), itemStyle: { color: data.nodes.find((n) => n.community === c)?.color } }));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        if (!p) return '';
        if (p.dataType === 'edge') {
          const edge = p.data as { source: string; target: string };
          return texts.edge(edge.source, edge.target);
        }
        return texts.node((p.data as { id: string }).id);
      },
    },
    series: [{
      type: 'graph',
      layout: 'force',
      top: 10, bottom: 10, left: 10, right: 10,
      roam: true,
      draggable: true,
      force: forceOf(data.nodes.length),
      categories,
      data: data.nodes.map((n) => ({
        id: n.id, name: n.name, value: n.activity, symbolSize: n.size, category: index.get(n.community) ?? 0,
        label: { show: n.size > 22 || n.selected, formatter: n.id },
        ...(n.selected ? { itemStyle: { borderColor: INK, borderWidth: 3 } } : {}),
      })),
      links: data.edges.map((e) => ({ source: e.source, target: e.target, value: e.ratio, lineStyle: { width: e.width } })),
      lineStyle: { color: 'source', opacity: 0.45, curveness: 0.08 },
      itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      label: { position: 'inside', fontSize: 10, color: '#ffffff' },
      emphasis: { focus: 'adjacency', lineStyle: { width: 4, opacity: 0.9 } },
    }],
  };
}

export function createNetworkChart(element: HTMLDivElement): NetworkChartHandle {
  const chart = init(element, undefined, { renderer: 'canvas' });
  let onNode: ((id: string) => void) | null = null;
  chart.on('click', (params) => {
    if (params.dataType === 'node' && onNode) onNode((params.data as { id: string }).id);
  });
  return {
    update: (data, texts, next) => {
      onNode = next;
      chart.setOption(networkOption(data, texts), { notMerge: true });
    },
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
