// Target markets for one product: rank the importing countries by import size, import growth and the presence
// of peer exporters (exporters similar to the subject), and choose the peers by cosine similarity of export
// vectors. Pure functions over typed arrays; the services map country and product codes to indices.
import { percentileRanks } from './opportunities.ts';

/** Bilateral flows of one product: row r is `value[r]` exported by `exporter[r]` to `importer[r]` in `year[r]`. */
export interface ProductFlows {
  importer: Int32Array;
  exporter: Int32Array;
  /** index into `years` */
  year: Int32Array;
  value: Float64Array;
}

export interface TargetMarketWeights { size: number; growth: number; peers: number }

export const DEFAULT_MARKET_WEIGHTS: TargetMarketWeights = { size: 0.5, growth: 0.25, peers: 0.25 };

export interface TargetMarketOptions {
  nImporters: number;
  nExporters: number;
  /** the calendar years of the year indices, ascending (one entry, e.g. [0], when the data have no year) */
  years: ArrayLike<number>;
  /** the exporter index of the subject, or -1 when there is none */
  subject: number;
  /** 1 for each peer exporter (length nExporters); the subject is never counted as its own peer */
  peers: Uint8Array;
  /** an importer index left out of the ranking (the subject itself as an importer), or -1 */
  exclude?: number;
  weights?: TargetMarketWeights;
}

export interface TargetMarkets {
  /** the latest year index with any flow (-1 when there is none) */
  latest: number;
  /** imports of the product in the latest year */
  size: Float64Array;
  /** compound annual growth of the importer's total between its first and last year with imports; NaN with fewer than two */
  growth: Float64Array;
  /** share of the latest year's imports coming from peers; NaN when size is 0 or there are no peers */
  peerShare: Float64Array;
  /** 1 when the subject exported the product to the importer in the latest year */
  alreadyExports: Uint8Array;
  /** rank percentiles in [0, 1] among the ranked importers (NaN when not ranked or the measure is NaN) */
  sizePct: Float64Array;
  growthPct: Float64Array;
  peerPct: Float64Array;
  /** weighted mean of the available percentiles, in [0, 1]; NaN for importers not ranked (size 0 or excluded) */
  score: Float64Array;
  /** the weights used after renormalisation (growth 0 with one year, peers 0 without peers) */
  weights: TargetMarketWeights;
}

/** Rank percentiles (`percentileRanks`) of the finite values of the ranked entries; NaN elsewhere. */
function finitePercentiles(x: Float64Array, ranked: Uint8Array): Float64Array {
  return percentileRanks(x, Uint8Array.from(ranked, (r, i) => (r === 1 && Number.isFinite(x[i]) ? 1 : 0)));
}

/**
 * Target markets of one product for a subject exporter.
 *
 *   size_i      = sum_e X_{e,i,T}                                  (T = latest year with any flow)
 *   growth_i    = (V_{i,t1} / V_{i,t0})^(1 / (y_t1 - y_t0)) - 1      (V_{i,t} = sum_e X_{e,i,t}; t0, t1 the first and
 *                                                                    last years with V > 0; NaN with fewer than two)
 *   peerShare_i = sum_{e in peers, e != subject} X_{e,i,T} / size_i
 *   score_i     = sum_k w_k pct_k(i) / sum_k w_k                     (k over size, growth, peers with a finite pct)
 *
 * Ranked importers are those with size_i > 0 other than `exclude`; pct_k are their rank percentiles
 * (`percentileRanks` of opportunities.ts: 0 for the smallest, 1 for the largest, ties at their mean rank, 0.5 for a lone one). The growth weight is set to 0 when the data have a single year and the peers weight when no
 * peer is flagged; an importer whose own growth is NaN (one year with imports) is scored on the other measures.
 * Complexity O(rows + nImporters log nImporters).
 *
 * @example
 *   // one importer, imports 100 in 2015 and 121 in 2017: growth = (121 / 100)^(1/2) - 1 = 0.1
 *
 * Reference: the import size and growth filters of export-market selection models such as the Decision Support
 * Model (Cuyvers, L., Steenkamp, E. & Viviers, W. (2012), in Cuyvers, L. & Viviers, W. (eds.) Export Promotion:
 * A Decision Support Model Approach, Sun Media); the weights are ClusterAtlas's own (docs/methods-complexity.md).
 */
export function targetMarkets(flows: ProductFlows, options: TargetMarketOptions): TargetMarkets {
  const { nImporters: nI, years, subject, peers } = options;
  const nY = years.length;
  const byYear = new Float64Array(nI * nY);
  let latest = -1;
  for (let r = 0; r < flows.value.length; r++) {
    const v = flows.value[r] as number;
    if (!(v > 0)) continue;
    const t = flows.year[r] as number;
    const k = (flows.importer[r] as number) * nY + t;
    byYear[k] = (byYear[k] as number) + v;
    if (t > latest) latest = t;
  }
  let anyPeer = false;
  for (let e = 0; e < peers.length; e++) if (peers[e] === 1 && e !== subject) anyPeer = true;
  const size = new Float64Array(nI);
  const fromPeers = new Float64Array(nI);
  const alreadyExports = new Uint8Array(nI);
  for (let r = 0; r < flows.value.length; r++) {
    const v = flows.value[r] as number;
    if (!(v > 0) || flows.year[r] !== latest) continue;
    const i = flows.importer[r] as number;
    const e = flows.exporter[r] as number;
    size[i] = (size[i] as number) + v;
    if (e === subject) alreadyExports[i] = 1;
    else if (peers[e] === 1) fromPeers[i] = (fromPeers[i] as number) + v;
  }
  const growth = new Float64Array(nI).fill(Number.NaN);
  const peerShare = new Float64Array(nI).fill(Number.NaN);
  const ranked = new Uint8Array(nI);
  for (let i = 0; i < nI; i++) {
    let t0 = -1;
    let t1 = -1;
    for (let t = 0; t < nY; t++) {
      if ((byYear[i * nY + t] as number) > 0) {
        if (t0 < 0) t0 = t;
        t1 = t;
      }
    }
    if (t0 >= 0 && t1 > t0) {
      const span = (years[t1] as number) - (years[t0] as number);
      growth[i] = ((byYear[i * nY + t1] as number) / (byYear[i * nY + t0] as number)) ** (1 / span) - 1;
    }
    if ((size[i] as number) > 0) {
      if (anyPeer) peerShare[i] = (fromPeers[i] as number) / (size[i] as number);
      if (i !== (options.exclude ?? -1)) ranked[i] = 1;
    }
  }
  const given = options.weights ?? DEFAULT_MARKET_WEIGHTS;
  const weights = { size: given.size, growth: nY > 1 ? given.growth : 0, peers: anyPeer ? given.peers : 0 };
  const sizePct = finitePercentiles(size, ranked);
  const growthPct = finitePercentiles(growth, ranked);
  const peerPct = finitePercentiles(peerShare, ranked);
  const score = new Float64Array(nI).fill(Number.NaN);
  for (let i = 0; i < nI; i++) {
    if (ranked[i] !== 1) continue;
    let sum = 0;
    let w = 0;
    const add = (weight: number, pct: number) => {
      if (weight > 0 && Number.isFinite(pct)) {
        sum += weight * pct;
        w += weight;
      }
    };
    add(weights.size, sizePct[i] as number);
    add(weights.growth, growthPct[i] as number);
    add(weights.peers, peerPct[i] as number);
    score[i] = w > 0 ? sum / w : Number.NaN;
  }
  return { latest, size, growth, peerShare, alreadyExports, sizePct, growthPct, peerPct, score, weights };
}

/**
 * The k exporters most similar to the subject: cosine similarity of export value vectors over all products.
 *
 *   sim(s, e) = sum_p X_sp X_ep / (||X_s|| ||X_e||)
 *
 * over the rows of a location-major matrix X (nLocations x nProducts; export values, or any non-negative rows
 * such as RCA or M). Rows with a zero norm and the subject itself are never chosen; ties go to the lower index.
 * Returns the chosen rows by decreasing similarity. Complexity O(nLocations nProducts + nLocations log nLocations).
 *
 * @example
 *   // s = (1, 0), a = (2, 0), b = (1, 1): sim(s, a) = 1, sim(s, b) = 1 / sqrt(2) = 0.7071...
 *
 * Reference: Salton, G. & McGill, M. J. (1983) Introduction to Modern Information Retrieval, McGraw-Hill
 * (cosine similarity of vectors); used here to pick peer exporters with a similar export basket.
 */
export function similarExporters(values: Float64Array, nLocations: number, nProducts: number, subject: number, k = 10): { index: Int32Array; similarity: Float64Array } {
  const norm = new Float64Array(nLocations);
  for (let c = 0; c < nLocations; c++) {
    let s = 0;
    for (let p = 0; p < nProducts; p++) s += (values[c * nProducts + p] as number) ** 2;
    norm[c] = Math.sqrt(s);
  }
  const ns = norm[subject] ?? 0;
  const sims: { c: number; sim: number }[] = [];
  if (subject >= 0 && subject < nLocations && ns > 0) {
    for (let c = 0; c < nLocations; c++) {
      if (c === subject || !((norm[c] as number) > 0)) continue;
      let dot = 0;
      for (let p = 0; p < nProducts; p++) dot += (values[subject * nProducts + p] as number) * (values[c * nProducts + p] as number);
      sims.push({ c, sim: dot / (ns * (norm[c] as number)) });
    }
  }
  sims.sort((a, b) => b.sim - a.sim || a.c - b.c);
  const chosen = sims.slice(0, Math.max(0, k));
  return { index: Int32Array.from(chosen, (s) => s.c), similarity: Float64Array.from(chosen, (s) => s.sim) };
}

/** Flags (1 = peer) of length n for the given indices. */
export function peerFlags(n: number, index: ArrayLike<number>): Uint8Array {
  const flags = new Uint8Array(n);
  for (let k = 0; k < index.length; k++) flags[index[k] as number] = 1;
  return flags;
}
