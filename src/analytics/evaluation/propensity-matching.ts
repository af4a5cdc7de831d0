export interface MatchedPairs {
  /** firm index of each matched treated unit, in ascending firm order */
  treated: Int32Array;
  /** firm index of its control (a control may appear in several pairs: matching with replacement) */
  control: Int32Array;
  /** |logit_t - logit_c| of each pair */
  distance: Float64Array;
  /** treated units with no control within the caliper (left out) */
  nUnmatched: number;
}

/**
 * The caliper width on the logit of the propensity score: a multiple of the pooled SD of the logit.
 *
 *   width = c * sqrt((s_T^2 + s_C^2) / 2)
 *
 * where s_T, s_C are the sample SDs (n - 1) of the logit among treated (group 1) and controls (group 0); units
 * of any other group (e.g. -1, excluded) are ignored. c = 0.2 is Austin's (2011) recommendation.
 *
 * Convention: a group of fewer than two units contributes variance 0.
 *
 * Complexity O(n).
 *
 * @throws {RangeError} when logit.length !== group.length or c < 0
 * @example caliperWidth(Float64Array.of(0, 2, 1, 3), Int8Array.of(1, 1, 0, 0)) // 0.2 * sqrt(2)
 *
 * Reference: Austin, P. C. (2011) "Optimal caliper widths for propensity-score matching when estimating
 * differences in means and differences in proportions in observational studies", Pharmaceutical Statistics
 * 10(2), 150-161, doi:10.1002/pst.433.
 */
export function caliperWidth(logit: Float64Array, group: Int8Array, c = 0.2): number {
  if (logit.length !== group.length) throw new RangeError('`caliperWidth` requires logit.length = group.length');
  if (!(c >= 0)) throw new RangeError('`caliperWidth` requires c >= 0');
  const variance = (g: number) => {
    let n = 0;
    let s = 0;
    for (let i = 0; i < logit.length; i++) if (group[i] === g) { n++; s += logit[i] as number; }
    if (n < 2) return 0;
    const m = s / n;
    let ss = 0;
    for (let i = 0; i < logit.length; i++) if (group[i] === g) ss += ((logit[i] as number) - m) ** 2;
    return ss / (n - 1);
  };
  return c * Math.sqrt((variance(1) + variance(0)) / 2);
}

/**
 * 1:1 nearest-neighbour matching with replacement on the logit of the propensity score, within a caliper.
 *
 *   control(t) = argmin_{c : group_c = 0} |logit_t - logit_c|,  kept when that distance <= width
 *
 * where group is 1 for a treated unit, 0 for a potential control, anything else (e.g. -1) for a unit left out.
 *
 * Convention: controls are sorted once by logit; each treated unit finds its place by binary search and
 * compares the two neighbours; on a tie the lower logit (then the lower index) wins. Matching is with
 * replacement, so the result does not depend on the order of the treated units. NaN logits never match.
 *
 * Complexity O((nT + nC) log nC).
 *
 * @throws {RangeError} when logit.length !== group.length or width < 0
 * @example nearestNeighbourMatch(Float64Array.of(0, 0.1, 1), Int8Array.of(1, 0, 0), 0.5) // pairs 0 -> 1
 *
 * Reference: Rosenbaum, P. R. & Rubin, D. B. (1985) "Constructing a control group using multivariate matched
 * sampling methods that incorporate the propensity score", The American Statistician 39(1), 33-38,
 * doi:10.1080/00031305.1985.10479383; Austin, P. C. (2011), as caliperWidth; Stuart, E. A. (2010) "Matching
 * methods for causal inference: a review and a look forward", Statistical Science 25(1), 1-21,
 * doi:10.1214/09-STS313.
 */
export function nearestNeighbourMatch(logit: Float64Array, group: Int8Array, width: number): MatchedPairs {
  if (logit.length !== group.length) throw new RangeError('`nearestNeighbourMatch` requires logit.length = group.length');
  if (!(width >= 0)) throw new RangeError('`nearestNeighbourMatch` requires width >= 0');
  const n = logit.length;
  let nC = 0;
  for (let i = 0; i < n; i++) if (group[i] === 0 && !Number.isNaN(logit[i])) nC++;
  const order = new Int32Array(nC);
  for (let i = 0, k = 0; i < n; i++) if (group[i] === 0 && !Number.isNaN(logit[i])) order[k++] = i;
  order.sort((a, b) => (logit[a] as number) - (logit[b] as number) || a - b);
  const sorted = new Float64Array(nC);
  for (let k = 0; k < nC; k++) sorted[k] = logit[order[k] as number] as number;
  const treated: number[] = [];
  const control: number[] = [];
  const distance: number[] = [];
  let nUnmatched = 0;
  for (let i = 0; i < n; i++) {
    if (group[i] !== 1) continue;
    const v = logit[i] as number;
    // first position with sorted[pos] >= v
    let lo = 0;
    let hi = nC;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1; else hi = mid;
    }
    let best = -1;
    let bestD = Infinity;
    if (lo > 0) { best = lo - 1; bestD = v - (sorted[lo - 1] as number); }
    if (lo < nC) {
      const d = (sorted[lo] as number) - v;
      if (d < bestD) { best = lo; bestD = d; }
    }
    // equal logits below v: step back to the first of them (the lowest index among ties)
    if (best >= 0 && best === lo - 1) {
      while (best > 0 && sorted[best - 1] === sorted[best]) best--;
    }
    if (best < 0 || !(bestD <= width)) {
      nUnmatched++;
      continue;
    }
    treated.push(i);
    control.push(order[best] as number);
    distance.push(bestD);
  }
  return { treated: Int32Array.from(treated), control: Int32Array.from(control), distance: Float64Array.from(distance), nUnmatched };
}

export interface Balance {
  /** per covariate, before matching: all treated (group 1) vs all controls (group 0) */
  smdBefore: Float64Array;
  /** per covariate, after matching: matched treated vs their controls (a control counted once per pair) */
  smdAfter: Float64Array;
}

/**
 * Covariate balance: the standardized mean difference of each covariate before and after matching.
 *
 *   SMD_j = (mean_T(x_j) - mean_C(x_j)) / sqrt((s_T,j^2 + s_C,j^2) / 2)
 *
 * where the means are over all treated and controls (before) or over the matched pairs (after; a control used
 * k times counts k times), and the denominator is always the pooled SD of the groups before matching, so that
 * the change from before to after reflects the means only.
 *
 * Convention: |SMD| > 0.1 is the usual sign of imbalance; a zero denominator gives 0 when the means are equal,
 * else +-Infinity; NaN values propagate.
 *
 * Complexity O((n + pairs) * nCols).
 *
 * @throws {RangeError} when x.length !== group.length * nCols or the pair arrays differ in length
 * @example balance(x, group, pairs.treated, pairs.control, 3).smdAfter // Float64Array(3)
 *
 * Reference: Austin, P. C. (2009) "Balance diagnostics for comparing the distribution of baseline covariates
 * between treatment groups in propensity-score matched samples", Statistics in Medicine 28(25), 3083-3107,
 * doi:10.1002/sim.3697.
 */
export function balance(x: Float64Array, group: Int8Array, treated: Int32Array, control: Int32Array, nCols: number): Balance {
  const n = group.length;
  if (x.length !== n * nCols) throw new RangeError('`balance` requires x.length = group.length * nCols');
  if (treated.length !== control.length) throw new RangeError('`balance` requires treated.length = control.length');
  const smdBefore = new Float64Array(nCols);
  const smdAfter = new Float64Array(nCols);
  for (let j = 0; j < nCols; j++) {
    const moments = [0, 1].map((g) => {
      let m = 0;
      let s = 0;
      for (let i = 0; i < n; i++) if (group[i] === g) { m++; s += x[i * nCols + j] as number; }
      const mean = s / m;
      let ss = 0;
      for (let i = 0; i < n; i++) if (group[i] === g) ss += ((x[i * nCols + j] as number) - mean) ** 2;
      return { mean, variance: m > 1 ? ss / (m - 1) : 0 };
    }) as [{ mean: number; variance: number }, { mean: number; variance: number }];
    const pooled = Math.sqrt((moments[0].variance + moments[1].variance) / 2);
    const smd = (d: number) => (pooled > 0 ? d / pooled : d === 0 ? 0 : d / 0);
    smdBefore[j] = smd(moments[1].mean - moments[0].mean);
    let st = 0;
    let sc = 0;
    for (let k = 0; k < treated.length; k++) {
      st += x[(treated[k] as number) * nCols + j] as number;
      sc += x[(control[k] as number) * nCols + j] as number;
    }
    smdAfter[j] = treated.length > 0 ? smd((st - sc) / treated.length) : NaN;
  }
  return { smdBefore, smdAfter };
}
