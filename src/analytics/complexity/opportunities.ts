import type { DiagonalConvention } from './density.ts';

/** Names of the strategy presets of the export advisor. */
export type StrategyName = 'low-hanging' | 'balanced' | 'long-jumps';

/** Weights of the components of an opportunity score (any non-negative numbers; they are normalised to sum 1). */
export interface OpportunityWeights {
  /** feasibility: density d_cp (= 1 - distance) */
  density: number;
  /** attractiveness: product complexity PCI_p */
  pci: number;
  /** attractiveness: complexity outlook gain COG_cp */
  cog: number;
  /** attractiveness: world market size, the product's world export total */
  size: number;
  /** attractiveness: world market growth (CAGR of the world total); used only when several years are loaded */
  growth?: number;
}

/**
 * The strategy presets, after the Atlas of Economic Complexity's "low-hanging fruit", "balanced portfolio" and
 * "long jumps" approaches to diversification: the closer a strategy stays to what the place already does, the
 * more weight on feasibility (density); the further it jumps, the more on attractiveness (PCI, COG).
 *
 *   low-hanging  density 0.60, pci 0.15, cog 0.15, size 0.10, growth 0.10   nearby products first
 *   balanced     density 0.40, pci 0.25, cog 0.25, size 0.10, growth 0.10   (the default)
 *   long-jumps   density 0.20, pci 0.35, cog 0.35, size 0.10, growth 0.10   complex, well-connected products even if far
 *
 * Growth counts only when the data hold several years; with one year its weight drops out and the other four
 * are normalised as they are (so single-year rankings do not depend on it).
 *
 * The weights are ClusterAtlas's own, documented here and in docs/data-formats.md; the Atlas names the
 * approaches but its web tool's exact weights are not reproduced.
 *
 * Reference: Hausmann, R. et al. (2014) The Atlas of Economic Complexity, MIT Press, ISBN 978-0-262-52542-8.
 */
export const STRATEGIES: Readonly<Record<StrategyName, Readonly<OpportunityWeights>>> = Object.freeze({
  'low-hanging': Object.freeze({ density: 0.6, pci: 0.15, cog: 0.15, size: 0.1, growth: 0.1 }),
  balanced: Object.freeze({ density: 0.4, pci: 0.25, cog: 0.25, size: 0.1, growth: 0.1 }),
  'long-jumps': Object.freeze({ density: 0.2, pci: 0.35, cog: 0.35, size: 0.1, growth: 0.1 }),
});

/** Per-product components of the score, for one location (or firm); all of length nProducts. */
export interface OpportunityComponents {
  density: Float64Array;
  pci: Float64Array;
  cog: Float64Array;
  size: Float64Array;
  /** world market growth per product (NaN where undefined); absent with one year of data */
  growth?: Float64Array;
}

/**
 * Rank percentiles of the masked entries of x: 0 for the smallest, 1 for the largest.
 *
 *   pct_i = (r_i - 1) / (n - 1)
 *
 * where r_i is the rank of x_i among the n masked entries in increasing order, ties sharing their average
 * rank; with n = 1 the one entry gets 0.5. Unmasked entries are NaN. Rank percentiles rather than z-scores
 * make the components comparable whatever their distribution: world market size is heavy-tailed, and as a
 * z-score one huge market would outweigh every other component.
 *
 * Complexity O(n log n).
 *
 * @throws {RangeError} when mask.length !== x.length, or a masked entry is NaN
 * @example
 *   percentileRanks(new Float64Array([10, 30, 20, 30]), new Uint8Array([1, 1, 1, 1]))  // [0, 5/6, 1/3, 5/6]
 */
export function percentileRanks(x: Float64Array, mask: Uint8Array): Float64Array {
  if (mask.length !== x.length) throw new RangeError('`percentileRanks` requires mask.length = x.length');
  const index: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (!mask[i]) continue;
    if (Number.isNaN(x[i])) throw new RangeError(`\`percentileRanks\` requires masked entries to be numbers (entry ${i} is NaN)`);
    index.push(i);
  }
  index.sort((a, b) => (x[a] as number) - (x[b] as number));
  const out = new Float64Array(x.length).fill(Number.NaN);
  const n = index.length;
  for (let a = 0; a < n;) {
    let b = a + 1;
    while (b < n && x[index[b] as number] === x[index[a] as number]) b++;
    const rank = (a + b - 1) / 2; // 0-based average rank of the tie group a..b-1
    for (let k = a; k < b; k++) out[index[k] as number] = n === 1 ? 0.5 : rank / (n - 1);
    a = b;
  }
  return out;
}

/**
 * Opportunity scores and their ranking.
 *
 *   score_p = sum_k w_k pct_k(p) / sum_k w_k,      k in {density, pci, cog, size[, growth]}
 *
 * growth takes part only when `components.growth` is given (several years of data); a candidate whose growth
 * is undefined (no world trade in the first year) gets the neutral percentile 0.5 for it.
 *
 * where pct_k is the rank percentile (`percentileRanks`) of component k among the candidates (products the
 * place does not yet export with advantage, M_cp = 0, whose components are all defined), so score is in
 * [0, 1]. Candidates are ordered by score descending, then density descending, then index. Non-candidates
 * get NaN and are not in `order`. Feasibility is density; distance = 1 - density ranks the same way reversed,
 * so it is not a separate component.
 *
 * Complexity O(nP log nP).
 *
 * @throws {RangeError} when the components or the mask differ in length, a weight is negative or not finite,
 *   or all weights are 0
 * @example
 *   // 3 candidates, density [0.1, 0.5, 0.3], pci [3, 1, 2], weights density 1, pci 1:
 *   // pct density [0, 1, 0.5], pct pci [1, 0, 0.5] -> scores [0.5, 0.5, 0.5]; order by density: [1, 2, 0]
 */
export function rankOpportunities(
  components: OpportunityComponents,
  candidates: Uint8Array,
  weights: OpportunityWeights,
): { score: Float64Array; order: Int32Array } {
  const n = candidates.length;
  const keys = ['density', 'pci', 'cog', 'size'] as const;
  for (const k of keys) {
    if (components[k].length !== n) throw new RangeError('`rankOpportunities` requires every component to have candidates.length entries');
    const w = weights[k];
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`\`rankOpportunities\` requires non-negative finite weights (${k} is ${w})`);
  }
  const growth = components.growth;
  const wGrowth = growth ? weights.growth ?? 0 : 0;
  if (growth && growth.length !== n) throw new RangeError('`rankOpportunities` requires growth to have candidates.length entries');
  if (!(wGrowth >= 0) || !Number.isFinite(wGrowth)) throw new RangeError(`\`rankOpportunities\` requires non-negative finite weights (growth is ${wGrowth})`);
  const total = weights.density + weights.pci + weights.cog + weights.size + wGrowth;
  if (!(total > 0)) throw new RangeError('`rankOpportunities` requires at least one positive weight');
  const mask = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    mask[p] = candidates[p] && keys.every((k) => Number.isFinite(components[k][p])) ? 1 : 0;
  }
  const score = new Float64Array(n).fill(Number.NaN);
  const list: number[] = [];
  for (let p = 0; p < n; p++) if (mask[p]) { score[p] = 0; list.push(p); }
  for (const k of keys) {
    if (weights[k] === 0) continue;
    const pct = percentileRanks(components[k], mask);
    const w = weights[k] / total;
    for (const p of list) score[p] = (score[p] as number) + w * (pct[p] as number);
  }
  if (growth && wGrowth > 0) {
    const defined = Uint8Array.from(mask, (m, p) => (m && Number.isFinite(growth[p]) ? 1 : 0));
    const pct = percentileRanks(growth, defined);
    for (const p of list) score[p] = (score[p] as number) + (wGrowth / total) * (defined[p] ? pct[p] as number : 0.5);
  }
  const d = components.density;
  list.sort((a, b) => (score[b] as number) - (score[a] as number) || (d[b] as number) - (d[a] as number) || a - b);
  return { score, order: Int32Array.from(list) };
}

/**
 * Density and complexity outlook gain of a pseudo-location whose M row is m (a firm's or a cluster's own
 * product list), against the proximity matrix of a whole table: the "export map" of one firm.
 *
 *   d_p   = sum_q m_q phi_pq / s_p,      s_p = sum_q phi_pq,       distance_p = 1 - d_p
 *   COG_p = (1 - m_p) sum_q (1 - m_q) phi_pq pci_q / s_q
 *
 * with phi_pp counted (diagonal 'keep', py) or not ('zero', atlas) in every sum, as in `density` and
 * `complexityOutlook`; pci is what the engine uses for COG (kp / sd(kc)). For m equal to a location's M row
 * these are that location's density and COG. A product with s_p = 0 has NaN density; terms with NaN pci or
 * s_q = 0 are left out of COG.
 *
 * Complexity O(nP^2).
 *
 * @throws {RangeError} when phi.length !== nP^2, m.length !== nP or pci.length !== nP
 * @example
 *   // 2 products, phi_01 = 0.5, m = [1, 0], diagonal 'keep': d = [1 / 1.5, 0.5 / 1.5]
 */
export function personalOutlook(
  phi: Float64Array,
  nProducts: number,
  m: ArrayLike<number>,
  pci: Float64Array,
  options: { diagonal?: DiagonalConvention } = {},
): { density: Float64Array; distance: Float64Array; cog: Float64Array } {
  const n = nProducts;
  if (phi.length !== n * n || m.length !== n || pci.length !== n) {
    throw new RangeError('`personalOutlook` requires phi of nProducts^2 entries and m, pci of nProducts');
  }
  const zero = (options.diagonal ?? 'keep') === 'zero';
  const sums = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    let s = 0;
    for (let q = 0; q < n; q++) if (!(zero && q === p)) s += phi[p * n + q] as number;
    sums[p] = s;
  }
  // w_q = (1 - m_q) pci_q / s_q: the weight of product q in every COG
  const w = new Float64Array(n);
  for (let q = 0; q < n; q++) {
    const v = (1 - (m[q] as number)) * (pci[q] as number) / (sums[q] as number);
    w[q] = Number.isFinite(v) ? v : 0;
  }
  const density = new Float64Array(n);
  const distance = new Float64Array(n);
  const cog = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const row = p * n;
    let a = 0;
    let g = 0;
    for (let q = 0; q < n; q++) {
      if (zero && q === p) continue;
      const f = phi[row + q] as number;
      a += (m[q] as number) * f;
      g += f * (w[q] as number);
    }
    const s = sums[p] as number;
    density[p] = s > 0 ? a / s : Number.NaN;
    distance[p] = 1 - (density[p] as number);
    const free = 1 - (m[p] as number);
    cog[p] = free === 0 ? 0 : free * g; // 0, not -0, where the product is made
  }
  return { density, distance, cog };
}

/**
 * The products a place already exports (m_q = 1) that are nearest to product p: the k largest proximities
 * phi_pq, q != p, phi_pq > 0, in decreasing order (ties by index). They explain a suggestion: "close to what
 * you already make". Fewer than k when fewer are related.
 *
 * Complexity O(nP k).
 *
 * @throws {RangeError} when phi.length !== nP^2, m.length !== nP, or p is out of range
 * @example
 *   // phi row of p: [0, 0.2, 0.7, 0.4], m = [1, 1, 0, 1], k = 2 -> products [3, 1], phi [0.4, 0.2]
 */
export function nearestExported(
  phi: Float64Array,
  nProducts: number,
  m: ArrayLike<number>,
  p: number,
  k = 3,
): { products: Int32Array; phi: Float64Array } {
  const n = nProducts;
  if (phi.length !== n * n || m.length !== n) throw new RangeError('`nearestExported` requires phi of nProducts^2 entries and m of nProducts');
  if (!Number.isInteger(p) || p < 0 || p >= n) throw new RangeError('`nearestExported` requires 0 <= p < nProducts');
  const best: number[] = [];
  const row = p * n;
  for (let q = 0; q < n; q++) {
    if (q === p || (m[q] as number) < 1) continue;
    const f = phi[row + q] as number;
    if (!(f > 0)) continue;
    let at = best.length;
    while (at > 0 && (phi[row + (best[at - 1] as number)] as number) < f) at--;
    if (at < k) {
      best.splice(at, 0, q);
      if (best.length > k) best.pop();
    }
  }
  return { products: Int32Array.from(best), phi: Float64Array.from(best, (q) => phi[row + q] as number) };
}
