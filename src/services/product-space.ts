// The product space of a trade dataset seen from one location: the Atlas HS4 layout (data/trade/product_space_hs4_*,
// built by data/scripts/build-trade-data.ts; read once) with each node's RCA, M (exported with advantage), export
// value of the location and world export value, from the dataset's complexity (services/complexity-view.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { marginTotals } from '../analytics/complexity/matrix-input.ts';
import type { ComputedComplexity } from './complexity-view.ts';
import { NotFoundError } from './errors.ts';
import { parseCsvRecords } from './files/csv-records.ts';

export const PRODUCT_SPACE_NODES_FILE = fileURLToPath(new URL('../../data/trade/product_space_hs4_nodes.csv', import.meta.url));
export const PRODUCT_SPACE_EDGES_FILE = fileURLToPath(new URL('../../data/trade/product_space_hs4_edges.csv', import.meta.url));

export interface LayoutNode { product: string; x: number; y: number; sector: string; color: string; label: string }
export interface ProductSpaceLayout { nodes: LayoutNode[]; edges: [number, number][] }

let cache: ProductSpaceLayout | undefined;

/** The layout from the two files' text: nodes in file order, edges as pairs of node indices. */
export function parseProductSpace(nodesText: string, edgesText: string): ProductSpaceLayout {
  const nodes = parseCsvRecords(nodesText).rows.map((r) => {
    const x = Number(r.x);
    const y = Number(r.y);
    if (!r.product || !Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`product_space_hs4_nodes.csv: bad row ${JSON.stringify(r)}`);
    return { product: r.product, x, y, sector: r.sector ?? '', color: r.color ?? '', label: r.label ?? '' };
  });
  const index = new Map(nodes.map((n, i) => [n.product, i]));
  const edges = parseCsvRecords(edgesText).rows.map((r): [number, number] => {
    const a = index.get(r.source ?? '');
    const b = index.get(r.target ?? '');
    if (a === undefined || b === undefined) throw new Error(`product_space_hs4_edges.csv: edge to no node ${JSON.stringify(r)}`);
    return [a, b];
  });
  return { nodes, edges };
}

/** The HS4 product space layout, read from data/trade/ on first use. */
export function productSpaceLayout(): ProductSpaceLayout {
  cache ??= parseProductSpace(readFileSync(PRODUCT_SPACE_NODES_FILE, 'utf8'), readFileSync(PRODUCT_SPACE_EDGES_FILE, 'utf8'));
  return cache;
}

const num = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);

/**
 * The layout's nodes with one location's figures; nodes whose product the dataset lacks get nulls and m 0.
 *
 * @throws {NotFoundError} for an unknown location
 */
export function locationProductSpace(view: ComputedComplexity, location: string, layout = productSpaceLayout()) {
  const { run: { input, result }, names } = view;
  const c = input.locations.indexOf(location);
  if (c < 0) throw new NotFoundError('location', location);
  const nP = input.products.length;
  const index = new Map(input.products.map((p, i) => [p, i]));
  const world = marginTotals(input.values, input.locations.length, nP).colTotal;
  let matched = 0;
  let exported = 0;
  const nodes = layout.nodes.map((n) => {
    const p = index.get(n.product);
    if (p === undefined) {
      return { ...n, nameEn: n.label || null, rca: null, m: 0, value: null, worldValue: null };
    }
    matched++;
    const m = (result.m[c * nP + p] as number) >= 1 ? 1 : 0;
    exported += m;
    return {
      ...n, nameEn: names[p]?.en || n.label || null, rca: num(result.rca[c * nP + p]), m,
      value: num(input.values[c * nP + p]), worldValue: world[p] as number,
    };
  });
  return {
    dataset: view.dataset, preset: view.preset, year: view.year, location,
    counts: { nodes: layout.nodes.length, edges: layout.edges.length, matched, exported },
    nodes, edges: layout.edges,
  };
}
