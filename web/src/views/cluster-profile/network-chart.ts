// The ECharts part of the cooperation network. Imported only with import(), so ECharts lands in its own
// chunk that is fetched when a profile with contracts is opened, never with the main bundle.
import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { KIND_COLORS, type Network, nodeSize } from './to-network.ts';

use([GraphChart, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<GraphSeriesOption | TooltipComponentOption>;

export interface NetworkLabels {
  kind: (kind: keyof typeof KIND_COLORS) => string;
  contracts: (count: number) => string;
  illustrative: string;
}

export interface NetworkChart {
  update(network: Network, labels: NetworkLabels): void;
  resize(): void;
  dispose(): void;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const short = (name: string) => (name.length > 28 ? `${name.slice(0, 26)}…` : name);

function option(network: Network, labels: NetworkLabels): Option {
  return {
    animation: false,
    tooltip: { trigger: 'item', confine: true },
    series: [{
      type: 'graph',
      layout: 'circular',
      circular: { rotateLabel: false },
      roam: true,
      draggable: true,
      autoCurveness: true,
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 9,
      label: { show: true, position: 'bottom', fontSize: 12, color: '#1d2330', width: 150, overflow: 'truncate', formatter: (p) => short(String(p.name)) },
      edgeLabel: { show: true, fontSize: 11, color: '#5b6475', formatter: (p) => labels.kind((p.data as { kind: keyof typeof KIND_COLORS }).kind) },
      emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
      data: network.nodes.map((n) => ({
        id: String(n.id),
        name: n.name,
        value: n.contracts,
        symbolSize: nodeSize(n.contracts),
        itemStyle: {
          color: n.member ? '#0b5cad' : '#ffffff',
          borderColor: n.member ? '#ffffff' : '#0b5cad',
          borderWidth: 2,
        },
        tooltip: {
          formatter: () => `${escape(n.name)}<br>${escape(labels.contracts(n.contracts))}${n.illustrative ? `<br>${escape(labels.illustrative)}` : ''}`,
        },
      })),
      links: network.links.map((l) => ({
        source: String(l.source),
        target: String(l.target),
        kind: l.kind,
        lineStyle: { color: KIND_COLORS[l.kind], width: 2, opacity: 0.85, type: l.illustrative ? 'dashed' : 'solid' },
        tooltip: { formatter: () => `${escape(labels.kind(l.kind))}${l.title ? `: ${escape(l.title)}` : ''}` },
      })),
    }],
  };
}

export function createNetworkChart(element: HTMLElement): NetworkChart {
  const chart = init(element, undefined, { renderer: 'svg' });
  return {
    update: (network, labels) => chart.setOption(option(network, labels), { notMerge: true }),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
