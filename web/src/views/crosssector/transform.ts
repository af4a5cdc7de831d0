// Pure helpers of the cross-sector charts: community colours, the network graph's nodes and edges, and the
// sector x sector matrix of ratios. No ECharts here (the chart modules import it), so tests run without it.
import type { SectorLink, SectorMeasures } from '../../api/crosssector.ts';

/** Colour-blind-safe qualitative palette (Okabe-Ito, then Paul Tol's muted); communities beyond it repeat. */
export const COMMUNITY_COLORS: readonly string[] = [
  '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#332288',
  '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499',
];
export const NO_COMMUNITY_COLOR = '#9aa1ad';

/** The colour of a community (a non-negative integer); anything else is grey. */
export function communityColor(community: number | null | undefined): string {
  if (community === null || community === undefined || !Number.isInteger(community) || community < 0) return NO_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length]!;
}

export const NODE_MIN = 8;
export const NODE_MAX = 46;

/** The community of a sector without one (isolated): sorted last, drawn grey. */
export const NO_COMMUNITY = -1;

export interface NetworkNode {
  id: string;
  name: string;
  /** NO_COMMUNITY when the sector has none */
  community: number;
  color: string;
  /** symbol size: square root of activity, between NODE_MIN and NODE_MAX */
  size: number;
  activity: number;
  degree: number;
  selected: boolean;
}

export interface NetworkEdge { source: string; target: string; ratio: number; weight: number; width: number }

export interface NetworkData { nodes: NetworkNode[]; edges: NetworkEdge[]; communities: number[] }

/**
 * Nodes (every sector of the answer) and edges (the significant links at or above the threshold, self-links and
 * links to unknown sectors left out; a pair listed in both directions drawn once, with the larger ratio).
 */
export function toNetwork(
  sectors: readonly SectorMeasures[], links: readonly SectorLink[],
  options: { threshold: number; selected: string; name: (s: SectorMeasures) => string },
): NetworkData {
  const maxActivity = Math.max(0, ...sectors.map((s) => s.activity));
  const nodes = sectors.map((s): NetworkNode => ({
    id: s.sector,
    name: options.name(s),
    community: s.community ?? NO_COMMUNITY,
    color: communityColor(s.community),
    size: maxActivity > 0 ? NODE_MIN + (NODE_MAX - NODE_MIN) * Math.sqrt(Math.max(0, s.activity) / maxActivity) : NODE_MIN,
    activity: s.activity,
    degree: s.degree,
    selected: s.sector === options.selected,
  }));
  const known = new Set(nodes.map((n) => n.id));
  const pairs = new Map<string, SectorLink>();
  for (const link of links) {
    if (!link.significant || link.ratio === null || link.ratio < options.threshold || link.from === link.to) continue;
    if (!known.has(link.from) || !known.has(link.to)) continue;
    const key = link.from < link.to ? `${link.from}\u0000${link.to}` : `${link.to}\u0000${link.from}`;
    const seen = pairs.get(key);
    if (!seen || link.ratio > (seen.ratio ?? 0)) pairs.set(key, link);
  }
  const edges = [...pairs.values()].map((l): NetworkEdge => ({
    source: l.from, target: l.to, ratio: l.ratio ?? 0, weight: l.weight, width: edgeWidth(l.ratio ?? 0),
  }));
  const communities = [...new Set(nodes.map((n) => n.community))].sort(byCommunity);
  return { nodes, edges, communities };
}

/** Communities in order, the sectors without one last. */
export function byCommunity(a: number, b: number): number {
  return (a === NO_COMMUNITY ? 1 : 0) - (b === NO_COMMUNITY ? 1 : 0) || a - b;
}

/** Edge width by ratio: 0.6 px at a ratio of 1, growing with its logarithm, at most 6 px. */
export function edgeWidth(ratio: number): number {
  if (!(ratio > 1)) return 0.6;
  return Math.min(6, 0.6 + 1.6 * Math.log2(ratio));
}

/** The ratio's colour scale of the heatmap, on log2(ratio) from −LIMIT (fewer links than expected) to +LIMIT. */
export const RATIO_LOG_LIMIT = 3;
export const RATIO_COLORS: readonly string[] = ['#2166ac', '#67a9cf', '#d1e5f0', '#f7f7f7', '#fddbc7', '#ef8a62', '#b2182b'];

export interface MatrixAxis { code: string; label: string; community: number }

export interface Matrix {
  rows: MatrixAxis[];
  columns: MatrixAxis[];
  /** [column, row, log2(ratio) clamped, index into `links`] */
  cells: [number, number, number, number][];
  links: SectorLink[];
}

/** log2 of a ratio, clamped to ±RATIO_LOG_LIMIT; zero links (ratio 0) at the low end, an unknown one (null) at 1. */
export function ratioScale(ratio: number | null): number {
  if (ratio === null) return 0;
  if (!(ratio > 0)) return -RATIO_LOG_LIMIT;
  return Math.max(-RATIO_LOG_LIMIT, Math.min(RATIO_LOG_LIMIT, Math.log2(ratio)));
}

/**
 * The sector x sector matrix: sectors with at least one link, ordered by community and then by activity
 * (largest first), so communities show as blocks; the same order on both axes. A symmetric source (patents:
 * each pair listed once) fills both cells of a pair with its one link.
 */
export function toMatrix(sectors: readonly SectorMeasures[], links: readonly SectorLink[], name: (s: SectorMeasures) => string, symmetric = false): Matrix {
  const linked = new Set(links.flatMap((l) => [l.from, l.to]));
  const ordered = sectors.filter((s) => linked.has(s.sector))
    .sort((a, b) => byCommunity(a.community ?? NO_COMMUNITY, b.community ?? NO_COMMUNITY) || b.activity - a.activity || a.sector.localeCompare(b.sector));
  const axis = ordered.map((s): MatrixAxis => ({ code: s.sector, label: `${s.sector} ${name(s)}`, community: s.community ?? NO_COMMUNITY }));
  const position = new Map(axis.map((a, i) => [a.code, i]));
  const kept: SectorLink[] = [];
  const cells: Matrix['cells'] = [];
  for (const link of links) {
    const x = position.get(link.to);
    const y = position.get(link.from);
    if (x === undefined || y === undefined) continue;
    cells.push([x, y, ratioScale(link.ratio), kept.length]);
    if (symmetric && x !== y) cells.push([y, x, ratioScale(link.ratio), kept.length]);
    kept.push(link);
  }
  return { rows: axis, columns: axis, cells, links: kept };
}

/** The heatmap's height and least width for n sectors. */
export function matrixSize(n: number): { height: number; minWidth: number } {
  const cell = n > 40 ? 12 : 18;
  return { height: 150 + n * cell, minWidth: 260 + n * Math.min(cell, 14) };
}
