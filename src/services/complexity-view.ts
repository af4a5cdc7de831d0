// Economic complexity of a stored trade dataset, computed on request and cached per database, dataset version
// (its import time) and preset: the locations (diversity, ECI, COI, rank), the products (ubiquity, PCI, name)
// and, for one location, its ranked export opportunities (each explained by the nearest products it already
// exports) and the products it exports with their RCA. The engine is src/analytics/complexity/; the ranking is
// the `opportunities` command's (services/opportunities.ts).
import type { PresetName } from '../analytics/complexity/index.ts';
import type { OpportunityWeights } from '../analytics/complexity/opportunities.ts';
import type { Database } from '../db/database.ts';
import { computeComplexity, type ComplexityRun } from './complexity-output.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { computeOpportunities } from './opportunities.ts';
import type { Page, Paged } from './pagination.ts';
import { loadTradeMatrix, productNames, tradeDataset } from './trade-data.ts';
import { resultCache } from './result-cache.ts';

export interface ComplexityQuery {
  dataset: string;
  /** 'atlas' (default) or 'py' */
  preset?: PresetName;
}

export interface ComputedComplexity {
  dataset: string;
  preset: PresetName;
  year: number | null;
  run: ComplexityRun;
  /** English (and Russian, where known) names of the products, '' when the classification has none */
  names: { en: string; ru: string | null }[];
  /** 1 for the highest ECI; null for locations without ECI */
  rank: (number | null)[];
  /** milliseconds taken by the computation (load and engine) */
  millis: number;
}

const cached = resultCache<ComputedComplexity>(8);

/** The complexity of a dataset with a preset (cached). @throws {NotFoundError} for an unknown dataset */
export async function computeDatasetComplexity(db: Database, query: ComplexityQuery): Promise<ComputedComplexity> {
  const preset = query.preset ?? 'atlas';
  const dataset = await tradeDataset(db, query.dataset);
  if (!dataset) throw new NotFoundError('trade dataset', query.dataset);
  return cached(db, `${dataset.id}\u0000${dataset.importedAt}\u0000${preset}`, () => compute(db, dataset, preset));
}

async function compute(db: Database, dataset: { id: string; classification: string; year: number | null }, preset: PresetName): Promise<ComputedComplexity> {
  const started = performance.now();
  const input = await loadTradeMatrix(db, dataset.id);
  const run = computeComplexity(input, { preset, name: `dataset ${dataset.id}` });
  const known = await productNames(db, dataset.classification);
  const names = input.products.map((p) => known.get(p) ?? { en: '', ru: null });
  const eci = run.result.eci;
  const order = input.locations.map((_, c) => c).filter((c) => Number.isFinite(eci[c])).sort((a, b) => (eci[b] as number) - (eci[a] as number) || a - b);
  const rank: (number | null)[] = input.locations.map(() => null);
  order.forEach((c, i) => { rank[c] = i + 1; });
  return { dataset: dataset.id, preset, year: dataset.year, run, names, rank, millis: performance.now() - started };
}

/** A number for JSON: null when undefined (NaN, dropped or absent). */
const num = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);

export function complexityLocations(view: ComputedComplexity) {
  const { run: { input, result }, rank } = view;
  const items = input.locations.map((location, c) => ({
    location, diversity: num(result.diversity[c]), eci: num(result.eci[c]), coi: num(result.coi[c]), rank: rank[c] ?? null,
  }));
  return { dataset: view.dataset, preset: view.preset, year: view.year, dropped: view.run.droppedLocations, items };
}

export function complexityProducts(view: ComputedComplexity) {
  const { run: { input, result }, names } = view;
  const items = input.products.map((product, p) => ({
    product, nameEn: names[p]?.en || null, nameRu: names[p]?.ru ?? null, ubiquity: num(result.ubiquity[p]), pci: num(result.pci[p]),
  }));
  return { dataset: view.dataset, preset: view.preset, year: view.year, dropped: view.run.droppedProducts, items };
}

export interface OpportunityItem {
  rank: number;
  product: string;
  nameEn: string | null;
  score: number;
  density: number | null;
  distance: number | null;
  pci: number | null;
  cog: number | null;
  worldValue: number;
  /** compound annual growth of the world total since `growthFrom`; null with one year of data */
  worldGrowth: number | null;
  rca: number | null;
  /** the explanation: up to three exported products nearest to this one, by proximity phi */
  near: { product: string; nameEn: string | null; phi: number }[];
}

/**
 * One location's opportunities (products with M = 0, ranked with the weights) and the products it exports
 * with advantage (M = 1), by RCA descending. With `products` (a firm's or cluster's own HS codes), the list
 * replaces the location's M row: a personal density against the dataset's proximity matrix, with the
 * location's RCA shown next to each product; `exported` is then the list's known products.
 *
 * @throws {NotFoundError} for an unknown location
 * @throws {ValidationError} for a location whose exports are all 0, or a product list with no known code
 */
export function locationOpportunities(
  view: ComputedComplexity,
  options: { location: string; products?: readonly string[]; weights: OpportunityWeights; strategy: string } & Page,
) {
  const { run: { input, result }, names } = view;
  const c = input.locations.indexOf(options.location);
  if (c < 0) throw new NotFoundError('location', options.location);
  const index = new Map(input.products.map((p, i) => [p, i]));
  const name = (code: string) => names[index.get(code) as number]?.en || null;
  let ranked;
  try {
    ranked = computeOpportunities(view.run, { location: options.location, products: options.products, weights: options.weights, name: `dataset ${view.dataset}` });
  } catch (error) {
    if (error instanceof ValidationError) {
      const column = error.errors[0]?.column === '--products' ? 'products' : 'location';
      throw new ValidationError(error.message.replace(/^--location /, 'location '), [{ row: 0, column, message: error.errors[0]?.message ?? 'invalid' }]);
    }
    throw error;
  }
  const items: OpportunityItem[] = ranked.rows.slice(options.offset, options.offset + options.limit).map((r) => ({
    rank: r.rank, product: r.product, nameEn: name(r.product), score: r.score, density: num(r.density), distance: num(r.distance),
    pci: num(r.pci), cog: num(r.cog), worldValue: r.world_value, worldGrowth: num(r.world_growth), rca: num(r.rca),
    near: ([[r.near_1, r.phi_1], [r.near_2, r.phi_2], [r.near_3, r.phi_3]] as const)
      .filter(([code]) => code !== '').map(([code, phi]) => ({ product: code, nameEn: name(code), phi })),
  }));
  const nP = input.products.length;
  const exported: { product: string; nameEn: string | null; rca: number; value: number }[] = [];
  const listed = options.products ? new Set(options.products) : null;
  for (let p = 0; p < nP; p++) {
    if (listed ? listed.has(input.products[p] as string) && !ranked.unknownProducts.includes(input.products[p] as string) : (result.m[c * nP + p] as number) >= 1) {
      exported.push({ product: input.products[p] as string, nameEn: names[p]?.en || null, rca: result.rca[c * nP + p] as number, value: input.values[c * nP + p] as number });
    }
  }
  exported.sort((a, b) => b.rca - a.rca || (a.product < b.product ? -1 : 1));
  const page: Paged<OpportunityItem> = { items, total: ranked.candidates };
  return {
    dataset: view.dataset, preset: view.preset, year: view.year, location: options.location,
    eci: num(result.eci[c]), coi: num(result.coi[c]), diversity: num(result.diversity[c]), rank: view.rank[c] ?? null,
    strategy: options.strategy, weights: options.weights, growthFrom: input.firstYear?.year ?? null, ...page, exported,
    products: options.products ? [...options.products] : null, unknownProducts: ranked.unknownProducts,
  };
}
