// The export advisor behind `cluster-atlas opportunities`: for a location of a complexity input, or for a
// firm's or cluster's own product list (a pseudo-location whose M row is that list, against the input's
// proximity matrix), the products not yet exported with advantage (M = 0) ranked by feasibility (density) and
// attractiveness (PCI, COG, world market size) with a strategy's weights, each explained by the three
// exported products nearest to it (largest proximity phi).
//
// Unknown codes: an unknown --location is an error (exit 2); codes of a --products list that are not in the
// input (or have no exports at all) are left out with a warning, and only a list with no known code is an error.
import { PRESETS } from '../analytics/complexity/index.ts';
import { marginTotals } from '../analytics/complexity/matrix-input.ts';
import { cagr } from '../analytics/growth.ts';
import {
  nearestExported, personalOutlook, rankOpportunities, STRATEGIES, type OpportunityWeights, type StrategyName,
} from '../analytics/complexity/opportunities.ts';
import { csvCode, listCodes, type ComplexityRun } from './complexity-output.ts';
import { ValidationError } from './errors.ts';
import { FileFormatError, readTable } from './files/read-table.ts';

export const OPPORTUNITY_COLUMNS = [
  'rank', 'product', 'score', 'density', 'distance', 'pci', 'cog', 'world_value', 'world_growth', 'rca',
  'near_1', 'phi_1', 'near_2', 'phi_2', 'near_3', 'phi_3',
] as const;

export interface OpportunityRow {
  rank: number;
  product: string;
  /** in [0, 1]: the weighted mean of the components' rank percentiles */
  score: number;
  density: number;
  distance: number;
  pci: number;
  cog: number;
  /** the product's world export total (sum over every location of the input) */
  world_value: number;
  /** compound annual growth of the world total since the input's first year; NaN (empty) with one year */
  world_growth: number;
  /** the location's RCA in the product; NaN (empty) for a product list without --location */
  rca: number;
  near_1: string;
  phi_1: number;
  near_2: string;
  phi_2: number;
  near_3: string;
  phi_3: number;
}

export interface Opportunities {
  /** what was advised: `location X`, `N products of FILE`, or both */
  subject: string;
  /** products ranked (M = 0 with every component defined) */
  candidates: number;
  rows: OpportunityRow[];
  /** codes of the --products list that are not in the input or have no exports */
  unknownProducts: string[];
}

const WEIGHT_KEYS = ['density', 'pci', 'cog', 'size', 'growth'] as const;

/** The weights of --strategy or --weights (not both); balanced by default. */
export function resolveWeights(strategy: string | undefined, weights: string | undefined, prefix = ''): { weights: OpportunityWeights; label: string } {
  if (strategy !== undefined && weights !== undefined) {
    throw new ValidationError(`give ${prefix}strategy or ${prefix}weights, not both`, [{ row: 0, column: `${prefix}weights`, message: `conflicts with ${prefix}strategy` }]);
  }
  if (weights === undefined) {
    const name = strategy ?? 'balanced';
    if (!Object.hasOwn(STRATEGIES, name)) {
      throw new ValidationError(`${prefix}strategy ${name}: expected ${Object.keys(STRATEGIES).join(', ')}`,
        [{ row: 0, column: `${prefix}strategy`, message: 'unknown strategy' }]);
    }
    const w = STRATEGIES[name as StrategyName];
    return { weights: { ...w }, label: `strategy ${name} (${describe(w)})` };
  }
  const out: OpportunityWeights = { density: 0, pci: 0, cog: 0, size: 0, growth: 0 };
  for (const part of weights.split(',')) {
    const match = /^\s*([a-z_]+)\s*=\s*([0-9.eE+-]+)\s*$/.exec(part);
    const key = match?.[1] as (typeof WEIGHT_KEYS)[number] | undefined;
    const value = Number(match?.[2]);
    if (!match || !key || !WEIGHT_KEYS.includes(key) || !(value >= 0) || !Number.isFinite(value)) {
      throw new ValidationError(`${prefix}weights ${weights}: "${part.trim()}" is not NAME=NUMBER >= 0 with NAME one of ${WEIGHT_KEYS.join(', ')}`,
        [{ row: 0, column: `${prefix}weights`, message: 'expected density=0.5,pci=0.2,cog=0.2,size=0.1,growth=0.1' }]);
    }
    out[key] = value;
  }
  if (WEIGHT_KEYS.every((k) => out[k] === 0)) {
    throw new ValidationError(`${prefix}weights ${weights}: at least one weight must be positive`, [{ row: 0, column: `${prefix}weights`, message: 'all weights are 0' }]);
  }
  return { weights: out, label: `weights ${describe(out)}` };
}

function describe(w: OpportunityWeights): string {
  return WEIGHT_KEYS.map((k) => `${k}=${w[k] ?? 0}`).join(',');
}

/**
 * A firm's or cluster's product list: one code per line, or a CSV/XLSX file with a `product` column (other
 * columns ignored). Codes are kept as text; blanks skipped; repeated codes count once.
 */
export async function readProductList(path: string, name = path): Promise<string[]> {
  let codes: string[];
  try {
    // .xlsx is a workbook; anything else (.csv, .txt, no extension) is read as text
    const table = await readTable({ path }, path.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
    const header = table.header.map((h) => h.trim().toLowerCase());
    const column = header.indexOf('product');
    const rows: string[] = [];
    for await (const batch of table.batches) for (const { cells } of batch) rows.push((cells[Math.max(column, 0)] ?? '').trim());
    // no `product` header: a plain list, whose first line is a code too
    codes = column >= 0 ? rows : [(table.header[0] ?? '').trim(), ...rows];
  } catch (error) {
    if (error instanceof FileFormatError) throw new ValidationError(`${name}: ${error.message}`);
    throw error;
  }
  const list = [...new Set(codes.filter((c) => c !== ''))];
  if (list.length === 0) {
    throw new ValidationError(`${name}: no product codes (one per line, or a CSV with a product column)`,
      [{ row: 1, column: 'product', message: 'empty list' }]);
  }
  return list;
}

/** Ranks the opportunities of a location or of a product list (or both: the list's M row, the location's RCA). */
export function computeOpportunities(
  run: ComplexityRun,
  options: { location?: string; products?: readonly string[]; weights: OpportunityWeights; top?: number; name?: string },
): Opportunities {
  const { input, result } = run;
  const name = options.name ?? 'input';
  const nP = input.products.length;
  const droppedP = new Uint8Array(nP);
  for (const p of result.dropped.products) droppedP[p] = 1;

  let c = -1;
  if (options.location !== undefined) {
    const code = options.location.trim();
    c = input.locations.indexOf(code);
    if (c < 0) {
      throw new ValidationError(`--location ${code}: not a location of ${name} (it has ${input.locations.length}: ${listCodes(input.locations, 10)})`,
        [{ row: 0, column: '--location', message: 'unknown location' }]);
    }
    if (run.droppedLocations.includes(code)) {
      throw new ValidationError(`--location ${code}: its exports in ${name} are all 0, so it has no position in the product space`,
        [{ row: 0, column: '--location', message: 'no exports' }]);
    }
  }
  const diagonal = PRESETS[result.preset].diagonal;
  let m: Float64Array;
  let density: Float64Array;
  let distance: Float64Array;
  let cog: Float64Array;
  const unknownProducts: string[] = [];
  const subjects: string[] = [];
  if (options.products) {
    const index = new Map(input.products.map((p, i) => [p, i]));
    m = new Float64Array(nP);
    for (const code of options.products) {
      const p = index.get(code);
      if (p === undefined || droppedP[p]) unknownProducts.push(code);
      else m[p] = 1;
    }
    const known = options.products.length - unknownProducts.length;
    if (known === 0) {
      throw new ValidationError(`none of the ${options.products.length} listed products is a product with exports in ${name}: ${listCodes(unknownProducts, 10)}`,
        [{ row: 0, column: '--products', message: 'no known product' }]);
    }
    // dropped products have NaN proximity: they relate to nothing
    const phi = result.dropped.products.length > 0 ? result.proximity.map((v) => (Number.isNaN(v) ? 0 : v)) : result.proximity;
    const scaled = result.kp.map((v) => v / result.sd);
    ({ density, distance, cog } = personalOutlook(phi, nP, m, scaled, { diagonal }));
    subjects.push(`${known} listed product${known > 1 ? 's' : ''}`);
    if (c >= 0) subjects.push(`(RCA of location ${input.locations[c]})`);
  } else {
    m = result.m.subarray(c * nP, (c + 1) * nP);
    density = result.density.subarray(c * nP, (c + 1) * nP);
    distance = result.distance.subarray(c * nP, (c + 1) * nP);
    cog = result.cog.subarray(c * nP, (c + 1) * nP);
    subjects.push(`location ${input.locations[c]}`);
  }
  const size = marginTotals(input.values, input.locations.length, nP).colTotal;
  const candidates = new Uint8Array(nP);
  for (let p = 0; p < nP; p++) candidates[p] = !droppedP[p] && (m[p] as number) < 1 ? 1 : 0;
  // world market growth since the first year of the input, when it has several
  const base = input.firstYear;
  const growth = base && input.year !== null ? Float64Array.from(size, (v, p) => cagr(base.totals[p] as number, v, (input.year as number) - base.year)) : undefined;
  const { score, order } = rankOpportunities({ density, pci: result.pci, cog, size, growth }, candidates, options.weights);

  const phi = result.proximity;
  const top = Math.min(order.length, options.top ?? Infinity);
  const rows: OpportunityRow[] = [];
  for (let r = 0; r < top; r++) {
    const p = order[r] as number;
    const near = nearestExported(phi, nP, m, p, 3);
    const nearCode = (k: number) => (k < near.products.length ? input.products[near.products[k] as number] as string : '');
    const nearPhi = (k: number) => (k < near.phi.length ? near.phi[k] as number : Number.NaN);
    rows.push({
      rank: r + 1,
      product: input.products[p] as string,
      score: score[p] as number,
      density: density[p] as number,
      distance: distance[p] as number,
      pci: result.pci[p] as number,
      cog: cog[p] as number,
      world_value: size[p] as number,
      world_growth: growth ? growth[p] as number : Number.NaN,
      rca: c >= 0 ? result.rca[c * nP + p] as number : Number.NaN,
      near_1: nearCode(0), phi_1: nearPhi(0),
      near_2: nearCode(1), phi_2: nearPhi(1),
      near_3: nearCode(2), phi_3: nearPhi(2),
    });
  }
  return { subject: subjects.join(' '), candidates: order.length, rows, unknownProducts };
}

/** The rows as CSV (UTF-8 with BOM, `,`): numbers at full precision, undefined values empty, codes as text. */
export function opportunitiesCsv(rows: readonly OpportunityRow[]): string {
  const parts = [`\uFEFF${OPPORTUNITY_COLUMNS.join(',')}\n`];
  for (const row of rows) {
    parts.push(OPPORTUNITY_COLUMNS.map((k) => {
      const v = row[k];
      return typeof v === 'number' ? (Number.isNaN(v) ? '' : String(v)) : csvCode(v);
    }).join(','), '\n');
  }
  return parts.join('');
}

/** The rows as a JSON array of objects with the CSV's keys; undefined numbers and missing neighbours are null. */
export function opportunitiesJson(rows: readonly OpportunityRow[]): string {
  const clean = rows.map((row) => Object.fromEntries(OPPORTUNITY_COLUMNS.map((k) => {
    const v = row[k];
    if (typeof v === 'number') return [k, Number.isFinite(v) ? v : null];
    return [k, v === '' ? null : v];
  })));
  return `${JSON.stringify(clean, null, 2)}\n`;
}
