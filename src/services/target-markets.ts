// Target markets of the export advisor (docs/methods-complexity.md, "Target markets"): for a product and a
// subject country, the importing countries ranked by import size, growth and the presence of peer exporters
// (src/analytics/complexity/target-markets.ts). `rankTargetMarkets` works on a bilateral table read from a file
// (the `markets` command); `targetMarkets` on a stored bilateral dataset, with peers chosen from the
// location x product trade dataset; without bilateral data it says so and gives the product's world exports.
import {
  peerFlags, similarExporters, targetMarkets as computeMarkets, type TargetMarketWeights,
} from '../analytics/complexity/target-markets.ts';
import type { Database } from '../db/database.ts';
import type { BilateralInput } from './bilateral-input.ts';
import { bilateralDatasetExists, loadProductFlows } from './bilateral-trade.ts';
import { csvCode } from './complexity-output.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { computeDatasetComplexity } from './complexity-view.ts';
import { tradeDataset } from './trade-data.ts';

export type MarketReason = 'large-market' | 'growing' | 'peers-present' | 'already-exports';

export interface MarketItem {
  rank: number;
  importer: string;
  /** imports of the product in the latest year */
  size: number;
  /** compound annual growth of the importer's imports; null with one year */
  growth: number | null;
  /** share of the latest year's imports from peer exporters; null without peers */
  peerShare: number | null;
  alreadyExports: boolean;
  score: number;
  reasons: MarketReason[];
}

export interface MarketRanking {
  product: string;
  location: string | null;
  /** the latest year (null when the data have no year) and the first one */
  year: number | null;
  firstYear: number | null;
  peers: string[];
  weights: TargetMarketWeights;
  total: number;
  items: MarketItem[];
}

/** The peers' source when no list is given: rows of export values over products (e.g. the trade dataset). */
export interface PeerMatrix { locations: string[]; nProducts: number; values: Float64Array }

export interface RankOptions {
  product: string;
  location?: string | null;
  /** explicit peer codes; otherwise the k most similar exporters of `peerMatrix` or, without it, of the input */
  peers?: string[];
  peerMatrix?: PeerMatrix;
  k?: number;
  limit?: number;
}

const num = (v: number) => (Number.isFinite(v) ? v : null);

/** Ranks the importers of one product in a bilateral table. @throws {ValidationError} when the product has no flows */
export function rankTargetMarkets(input: BilateralInput, options: RankOptions): MarketRanking {
  const p = input.products.indexOf(options.product);
  if (p < 0) throw new ValidationError(`product ${options.product} has no flows in the bilateral data`, [{ row: 0, column: 'product', message: 'unknown product' }]);
  const location = options.location ?? null;
  const subject = location === null ? -1 : input.exporters.indexOf(location);
  const peers = location === null ? [] : options.peers ?? choosePeers(input, location, options.peerMatrix, options.k ?? 10);
  const keep: number[] = [];
  for (let r = 0; r < input.value.length; r++) if (input.product[r] === p) keep.push(r);
  const ints = (a: Int32Array) => Int32Array.from(keep, (r) => a[r] as number);
  const years = input.years.length > 0 ? input.years : [0];
  const exporterIndex = new Map(input.exporters.map((c, k) => [c, k]));
  const result = computeMarkets(
    { importer: ints(input.importer), exporter: ints(input.exporter), year: ints(input.year), value: Float64Array.from(keep, (r) => input.value[r] as number) },
    {
      nImporters: input.importers.length, nExporters: input.exporters.length, years, subject,
      peers: peerFlags(input.exporters.length, peers.map((c) => exporterIndex.get(c) ?? -1).filter((k) => k >= 0)),
      exclude: location === null ? -1 : input.importers.indexOf(location),
    },
  );
  const order = input.importers.map((_, i) => i).filter((i) => Number.isFinite(result.score[i] as number))
    .sort((a, b) => (result.score[b] as number) - (result.score[a] as number) || (result.size[b] as number) - (result.size[a] as number)
      || (input.importers[a] as string).localeCompare(input.importers[b] as string));
  const items = order.slice(0, options.limit ?? order.length).map((i, k): MarketItem => {
    const reasons: MarketReason[] = [];
    if ((result.sizePct[i] as number) >= 0.75) reasons.push('large-market');
    if ((result.growth[i] as number) > 0 && (result.growthPct[i] as number) >= 0.5) reasons.push('growing');
    if ((result.peerShare[i] as number) > 0 && (result.peerPct[i] as number) >= 0.5) reasons.push('peers-present');
    if (result.alreadyExports[i] === 1) reasons.push('already-exports');
    return {
      rank: k + 1, importer: input.importers[i] as string, size: result.size[i] as number, growth: num(result.growth[i] as number),
      peerShare: num(result.peerShare[i] as number), alreadyExports: result.alreadyExports[i] === 1, score: result.score[i] as number, reasons,
    };
  });
  let first = -1;
  for (let r = 0; r < keep.length; r++) {
    const t = input.year[keep[r] as number] as number;
    if (first < 0 || t < first) first = t;
  }
  const hasYears = input.years.length > 0;
  return {
    product: options.product, location, year: hasYears && result.latest >= 0 ? (input.years[result.latest] as number) : null,
    firstYear: hasYears && first >= 0 ? (input.years[first] as number) : null, peers, weights: result.weights, total: order.length, items,
  };
}

/** The k exporters most similar to `location`: rows of `matrix`, or the input's exporter x product totals of its latest year. */
function choosePeers(input: BilateralInput, location: string, matrix: PeerMatrix | undefined, k: number): string[] {
  let m = matrix;
  if (!m) {
    const nP = input.products.length;
    const latest = input.value.length > 0 ? Math.max(...input.year) : 0;
    const values = new Float64Array(input.exporters.length * nP);
    for (let r = 0; r < input.value.length; r++) {
      if (input.year[r] !== latest) continue;
      const at = (input.exporter[r] as number) * nP + (input.product[r] as number);
      values[at] = (values[at] as number) + (input.value[r] as number);
    }
    m = { locations: input.exporters, nProducts: nP, values };
  }
  const subject = m.locations.indexOf(location);
  if (subject < 0) return [];
  const chosen = similarExporters(m.values, m.locations.length, m.nProducts, subject, k);
  return Array.from(chosen.index, (c) => m.locations[c] as string);
}

export interface MarketsQuery {
  /** the location x product trade dataset (peers, world size) */
  dataset: string;
  product: string;
  location: string;
  /** the bilateral dataset; the trade dataset's id when not given */
  bilateral?: string;
  peers?: string[];
  k?: number;
  limit?: number;
}

export type MarketsAnswer =
  | ({ bilateral: true; dataset: string; bilateralDataset: string; worldValue: number } & MarketRanking)
  | { bilateral: false; dataset: string; bilateralDataset: string; product: string; location: string; message: string; worldValue: number; year: number | null };

/** Ranked target markets from stored bilateral data, or `bilateral: false` with the product's world exports. */
export async function targetMarkets(db: Database, query: MarketsQuery): Promise<MarketsAnswer> {
  const trade = await tradeDataset(db, query.dataset);
  if (!trade) throw new NotFoundError('trade dataset', query.dataset);
  const bilateralDataset = query.bilateral ?? query.dataset;
  const exists = await bilateralDatasetExists(db, bilateralDataset);
  const flows = exists ? await loadProductFlows(db, bilateralDataset, query.product) : null;
  if (!flows || flows.value.length === 0) {
    const { rows } = await db.pool.query<{ v: number | null }>(
      'SELECT sum(value)::float8 AS v FROM trade_values WHERE dataset_id = $1 AND product = $2', [query.dataset, query.product]);
    const worldValue = Number(rows[0]?.v ?? 0);
    const message = exists
      ? `bilateral dataset ${bilateralDataset} has no flows of product ${query.product}; world exports of the product are ${worldValue}`
      : `no bilateral trade data loaded for ${bilateralDataset}: importers cannot be ranked; world exports of the product are ${worldValue}`;
    return { bilateral: false, dataset: query.dataset, bilateralDataset, product: query.product, location: query.location, message, worldValue, year: trade.year };
  }
  let peerMatrix: PeerMatrix | undefined;
  let worldValue = 0;
  // the dataset's matrix as the (cached) complexity view holds it
  const matrix = (await computeDatasetComplexity(db, { dataset: query.dataset })).run.input;
  const p = matrix.products.indexOf(query.product);
  const nP = matrix.products.length;
  if (p >= 0) for (let c = 0; c < matrix.locations.length; c++) worldValue += matrix.values[c * nP + p] as number;
  if (!query.peers) peerMatrix = { locations: matrix.locations, nProducts: nP, values: matrix.values };
  const ranking = rankTargetMarkets(flows, { product: query.product, location: query.location, peers: query.peers, peerMatrix, k: query.k, limit: query.limit });
  return { bilateral: true, dataset: query.dataset, bilateralDataset, worldValue, ...ranking };
}

const MARKET_COLUMNS = ['rank', 'importer', 'size', 'growth', 'peer_share', 'already_exports', 'score', 'reasons'] as const;

/** The ranking as CSV (UTF-8 with BOM): empty cells for growth or peer share that are not defined; reasons joined by ';'. */
export function marketsCsv(items: readonly MarketItem[]): string {
  const cell = (v: number | null) => (v === null ? '' : String(v));
  const lines = items.map((i) => [i.rank, csvCode(i.importer), i.size, cell(i.growth), cell(i.peerShare), i.alreadyExports ? 1 : 0, i.score, i.reasons.join(';')].join(','));
  return `\uFEFF${MARKET_COLUMNS.join(',')}\n${lines.map((l) => `${l}\n`).join('')}`;
}
