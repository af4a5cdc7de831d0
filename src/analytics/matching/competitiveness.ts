// Competitiveness of an organisation: labour productivity, revenue growth and export share, each as a
// percentile rank within its sector, and their mean. Pure, typed arrays in and out.

/**
 * Percentile rank of each value within its group (e.g. sector), mid-rank for ties:
 *
 *   p_i = (below_i + (equal_i - 1) / 2) / (n_g - 1)
 *
 * where:
 *   below_i  is the number of defined values in i's group smaller than x_i,
 *   equal_i  the number equal to x_i (i included),
 *   n_g      the number of defined (non-NaN) values in the group.
 *
 * So the smallest value gets 0, the largest 1, ties share the mean of their ranks, and a group with a single
 * defined value gives 0.5. NaN values stay NaN and do not count in n_g. Groups are any integers (negative
 * ones too). Complexity O(n log n).
 *
 * Convention: the "mid-rank" (average-rank) percentile, rank scaled to [0, 1] as (r - 1) / (n - 1), which is
 * `scipy.stats.rankdata(x, 'average')` minus one over n - 1.
 *
 * @throws {RangeError} when values and groups differ in length
 * @example sectorPercentiles(Float64Array.of(1, 2, 2, 5), Int32Array.of(0, 0, 0, 0)) // [0, 0.5, 0.5, 1]
 */
export function sectorPercentiles(values: Float64Array, groups: Int32Array): Float64Array {
  const n = values.length;
  if (groups.length !== n) throw new RangeError('`sectorPercentiles` requires values and groups of the same length');
  const out = new Float64Array(n).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) order.push(i);
  order.sort((a, b) => (groups[a] as number) - (groups[b] as number) || (values[a] as number) - (values[b] as number));
  const idx = Int32Array.from(order);
  let start = 0;
  while (start < idx.length) {
    const g = groups[idx[start] as number] as number;
    let end = start;
    while (end < idx.length && groups[idx[end] as number] === g) end++;
    const size = end - start;
    let i = start;
    while (i < end) {
      const v = values[idx[i] as number] as number;
      let j = i;
      while (j < end && values[idx[j] as number] === v) j++;
      // ranks i-start .. j-1-start (from 0); their mean over size - 1
      const mid = (i - start + (j - 1 - start)) / 2;
      const p = size === 1 ? 0.5 : mid / (size - 1);
      for (let k = i; k < j; k++) out[idx[k] as number] = p;
      i = j;
    }
    start = end;
  }
  return out;
}

/**
 * Competitiveness score: the mean of the defined percentiles of productivity, growth and export share within
 * the organisation's sector (see `sectorPercentiles`):
 *
 *   c_i = mean{ P_prod(i), P_growth(i), P_export(i) : defined },  NaN when none is defined
 *
 * where productivity is typically revenue per employee, growth the revenue growth rate, and export share
 * exports / revenue. Percentiles inside the sector compare like with like (a bakery is not measured against a
 * refinery), as in the European Cluster Observatory's productivity star (Ketels, C. & Protsiv, S. (2014)
 * "Methodology and findings report for a cluster mapping of related sectors", European Cluster Observatory).
 *
 * @throws {RangeError} when the arrays differ in length
 */
export function competitiveness(input: {
  productivity: Float64Array;
  growth: Float64Array;
  exportShare: Float64Array;
  sector: Int32Array;
}): { score: Float64Array; productivityPct: Float64Array; growthPct: Float64Array; exportPct: Float64Array } {
  const n = input.sector.length;
  if (input.productivity.length !== n || input.growth.length !== n || input.exportShare.length !== n) {
    throw new RangeError('`competitiveness` requires arrays of the same length');
  }
  const productivityPct = sectorPercentiles(input.productivity, input.sector);
  const growthPct = sectorPercentiles(input.growth, input.sector);
  const exportPct = sectorPercentiles(input.exportShare, input.sector);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    let m = 0;
    for (const p of [productivityPct[i] as number, growthPct[i] as number, exportPct[i] as number]) {
      if (!Number.isNaN(p)) {
        s += p;
        m++;
      }
    }
    score[i] = m === 0 ? NaN : s / m;
  }
  return { score, productivityPct, growthPct, exportPct };
}
