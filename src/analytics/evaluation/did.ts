import { pairBootstrap, percentileInterval, replicateColumn } from './pair-bootstrap.ts';

export interface EventStudyPoint {
  /** k = year - join year; k = -1 is the base (0 by construction) */
  eventTime: number;
  estimate: number;
  ciLow: number;
  ciHigh: number;
  /** pairs observed at this event time */
  pairs: number;
}

export interface PreTrend {
  /** the placebo ATT of the pre-period: the mean over pairs of their mean D_k over k <= -2 */
  estimate: number;
  ciLow: number;
  ciHigh: number;
  /** the interval covers 0 */
  pass: boolean;
  pairs: number;
}

export interface DidResult {
  att: number;
  /** the bootstrap standard error of att */
  se: number;
  ciLow: number;
  ciHigh: number;
  /** pairs with a defined contribution (base year and at least one post year observed for both firms) */
  pairs: number;
  eventStudy: EventStudyPoint[];
  /** null when no pair has a year before k = -1 */
  preTrend: PreTrend | null;
}

export interface DidOptions {
  replications?: number;
  seed?: number;
  confidence?: number;
}

export interface PairContributions {
  /** nPairs x nStats, row-major: [att, pre-trend, D_k for each eventTimes[s]]; NaN where not defined */
  values: Float64Array;
  nStats: number;
  eventTimes: Int32Array;
}

/** Column of the pair contributions holding the pair's ATT, and its pre-trend placebo. */
export const ATT_COLUMN = 0;
export const PRETREND_COLUMN = 1;

/**
 * Per-pair contributions to the difference in differences and the event study, with staggered join years.
 *
 *   D_pk = (Y_t,g+k - Y_t,g-1) - (Y_c,g+k - Y_c,g-1)
 *   A_p  = mean_{k >= 0} D_pk             (the pair's ATT: mean post-join change minus the control's)
 *   P_p  = mean_{k <= -2} D_pk            (the same formula on the pre-join years: a placebo)
 *
 * where:
 *   y      is the outcome, firm-major (nFirms x nYears, already on the scale of the analysis, e.g. ln(1 + y)),
 *   t, c   the pair's treated firm and its matched control,
 *   g      the treated firm's join year (as a year index 1..nYears-1); the control gets the same pseudo-event
 *          year, so both are compared over the same calendar years,
 *   k      the event time year - g, k = -1 the base year (D_p,-1 = 0).
 *
 * Convention: a NaN outcome leaves that D_pk undefined (NaN); a NaN in the base year leaves the whole pair
 * undefined for this outcome. Event times run from -(nYears - 1) to nYears - 2.
 *
 * Complexity O(nPairs * nYears).
 *
 * @throws {RangeError} when y.length !== nFirms * nYears, the pair arrays differ in length, or a join index is
 *   not in 1..nYears-1
 * @example pairContributions(Float64Array.of(1, 4, 1, 2), 2, 2, Int32Array.of(0), Int32Array.of(1), Int32Array.of(1)).values // [2, NaN, 0, 2]
 *
 * Reference: Heckman, J. J., Ichimura, H. & Todd, P. E. (1997) "Matching as an econometric evaluation
 * estimator", Review of Economic Studies 64(4), 605-654, doi:10.2307/2971733 (matching on pre-treatment
 * characteristics, then differencing); Callaway, B. & Sant'Anna, P. H. C. (2021) "Difference-in-differences
 * with multiple time periods", Journal of Econometrics 225(2), 200-230, doi:10.1016/j.jeconom.2020.12.001
 * (group-time effects against the base year g - 1, aggregated by event time).
 */
export function pairContributions(
  y: Float64Array, nFirms: number, nYears: number, treated: Int32Array, control: Int32Array, join: Int32Array,
): PairContributions {
  if (y.length !== nFirms * nYears) throw new RangeError('`pairContributions` requires y.length = nFirms * nYears');
  if (treated.length !== control.length || treated.length !== join.length) {
    throw new RangeError('`pairContributions` requires treated, control and join of the same length');
  }
  const nK = Math.max(0, 2 * nYears - 2);
  const kMin = -(nYears - 1);
  const nStats = 2 + nK;
  const nPairs = treated.length;
  const values = new Float64Array(nPairs * nStats).fill(NaN);
  for (let p = 0; p < nPairs; p++) {
    const g = join[p] as number;
    if (!Number.isInteger(g) || g < 1 || g > nYears - 1) throw new RangeError('`pairContributions` requires join indexes in 1..nYears-1');
    const t = (treated[p] as number) * nYears;
    const c = (control[p] as number) * nYears;
    const baseT = y[t + g - 1] as number;
    const baseC = y[c + g - 1] as number;
    if (Number.isNaN(baseT) || Number.isNaN(baseC)) continue;
    const row = p * nStats;
    let post = 0;
    let nPost = 0;
    let pre = 0;
    let nPre = 0;
    for (let year = 0; year < nYears; year++) {
      const k = year - g;
      const d = ((y[t + year] as number) - baseT) - ((y[c + year] as number) - baseC);
      if (Number.isNaN(d)) continue;
      values[row + 2 + k - kMin] = d;
      if (k >= 0) { post += d; nPost++; } else if (k <= -2) { pre += d; nPre++; }
    }
    if (nPost > 0) values[row + ATT_COLUMN] = post / nPost;
    if (nPre > 0) values[row + PRETREND_COLUMN] = pre / nPre;
  }
  const eventTimes = new Int32Array(nK);
  for (let s = 0; s < nK; s++) eventTimes[s] = kMin + s;
  return { values, nStats, eventTimes };
}

/**
 * Difference in differences on matched pairs: the ATT, the event study and a pre-trend check, each with a
 * pair-bootstrap percentile interval.
 *
 *   ATT  = mean_p A_p,   beta_k = mean_{p observed at k} D_pk,   pre-trend = mean_p P_p    (see pairContributions)
 *
 * Convention: the pre-trend check passes when the interval of the pre-period placebo covers 0, i.e. before
 * joining the members did not drift away from their controls (relative to the base year). It is a check on the
 * average pre-period difference; the event-study coefficients for k <= -2 show each year. No year before the
 * base year (all pairs join in the second panel year) gives preTrend null. Intervals are percentile intervals
 * of the pair bootstrap (pairBootstrap), se its standard deviation.
 *
 * Complexity O(nPairs * nYears * replications).
 *
 * @throws {RangeError} as pairContributions and pairBootstrap
 * @example differenceInDifferences(y, nFirms, nYears, pairs.treated, pairs.control, join, { seed: 1 }).att
 *
 * Reference: as pairContributions; Roth, J., Sant'Anna, P. H. C., Bilinski, A. & Poe, J. (2023) "What's trending
 * in difference-in-differences?", Journal of Econometrics 235(2), 2218-2244, doi:10.1016/j.jeconom.2023.03.008
 * (pre-trend tests and their limits).
 */
export function differenceInDifferences(
  y: Float64Array, nFirms: number, nYears: number, treated: Int32Array, control: Int32Array, join: Int32Array,
  options: DidOptions = {},
): DidResult {
  const confidence = options.confidence ?? 0.95;
  const c = pairContributions(y, nFirms, nYears, treated, control, join);
  const nPairs = treated.length;
  const boot = pairBootstrap(c.values, nPairs, c.nStats, options.replications ?? 200, options.seed ?? 1);
  const defined = new Int32Array(c.nStats);
  for (let p = 0; p < nPairs; p++) {
    for (let s = 0; s < c.nStats; s++) if (!Number.isNaN(c.values[p * c.nStats + s])) defined[s] = (defined[s] as number) + 1;
  }
  const interval = (s: number) => percentileInterval(replicateColumn(boot, s), confidence);
  const att = interval(ATT_COLUMN);
  const eventStudy: EventStudyPoint[] = [];
  for (let s = 0; s < c.eventTimes.length; s++) {
    const pairs = defined[s + 2] as number;
    if (pairs === 0) continue;
    const eventTime = c.eventTimes[s] as number;
    if (eventTime === -1) {
      eventStudy.push({ eventTime, estimate: 0, ciLow: 0, ciHigh: 0, pairs });
      continue;
    }
    const ci = interval(s + 2);
    eventStudy.push({ eventTime, estimate: boot.estimate[s + 2] as number, ciLow: ci.low, ciHigh: ci.high, pairs });
  }
  let preTrend: PreTrend | null = null;
  const prePairs = defined[PRETREND_COLUMN] as number;
  if (prePairs > 0) {
    const ci = interval(PRETREND_COLUMN);
    preTrend = { estimate: boot.estimate[PRETREND_COLUMN] as number, ciLow: ci.low, ciHigh: ci.high, pass: ci.low <= 0 && ci.high >= 0, pairs: prePairs };
  }
  return {
    att: boot.estimate[ATT_COLUMN] as number, se: att.se, ciLow: att.low, ciHigh: att.high,
    pairs: defined[ATT_COLUMN] as number, eventStudy, preTrend,
  };
}
