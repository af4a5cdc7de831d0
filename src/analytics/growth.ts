import { assertMatrix } from './errors.ts';

/**
 * Compound annual growth rate between two observations.
 *
 *   CAGR = (end / start)^(1 / years) - 1
 *
 * where:
 *   start  is the value in the first year (e.g. employment),
 *   end    is the value in the last year,
 *   years  is the number of years between them (last year - first year, not the number of observations).
 *
 * Convention: a rate per year as a fraction (0.05 = 5% a year); years may be fractional. Returns NaN when
 * start <= 0 or years <= 0 (no defined rate), when end < 0, or when any argument is NaN. end = 0 gives -1.
 *
 * Complexity O(1).
 *
 * @throws never; undefined cases return NaN
 * @example cagr(100, 121, 2) // 0.1 (to rounding: 1.21^(1/2) - 1)
 *
 * Reference: the growth measure of the U.S. Cluster Mapping Project (Delgado, Porter & Stern 2016,
 * "Defining clusters of related industries", J. Economic Geography 16(1), doi:10.1093/jeg/lbv017) and of
 * the European Cluster Observatory (Ketels & Protsiv 2013/2014).
 */
export function cagr(start: number, end: number, years: number): number {
  if (!(start > 0) || !(years > 0) || !(end >= 0)) return NaN;
  return Math.pow(end / start, 1 / years) - 1;
}

/** Shift-share components per region x category cell (index r * nCategories + c). */
export interface ShiftShare {
  national: Float64Array;
  industryMix: Float64Array;
  regional: Float64Array;
}

/**
 * Shift-share decomposition of employment change into national growth, industry mix and regional
 * (competitive) components.
 *
 *   NS_rc = e0_rc * G
 *   IM_rc = e0_rc * (g_c - G)
 *   RS_rc = e0_rc * (g_rc - g_c)
 *   NS_rc + IM_rc + RS_rc = e1_rc - e0_rc
 *
 * where:
 *   e0_rc, e1_rc  are employment of category c in region r at the start and the end,
 *   G             is national growth, E1 / E0 - 1, with E = sum_r sum_c e_rc,
 *   g_c           is the category's national growth, E1_c / E0_c - 1, with E_c = sum_r e_rc,
 *   g_rc          is the cell's growth, e1_rc / e0_rc - 1.
 *
 * Convention: the classic Dunn (1960) decomposition with start-year weights, one period, the nation being
 * the sum of the regions. RS is computed as (e1_rc - e0_rc) - e0_rc * g_c, equal to the formula above
 * whenever e0_rc > 0 and extending it to cells that start at 0: there NS = IM = 0 and RS = e1_rc, so the
 * three components always add up to the change (no NaN to poison regional sums). When E0 = 0 there is no
 * national base and every component of every cell is NaN. Employment is assumed non-negative.
 *
 * Complexity O(nRegions * nCategories) time, O(nCategories) extra space besides the output.
 *
 * @throws {RangeError} when employment0 or employment1 has length !== nRegions * nCategories
 * @example
 *   // 2 regions x 1 category: e0 = [100, 100], e1 = [130, 90]; G = g_c = 0.1
 *   shiftShare(new Float64Array([100, 100]), new Float64Array([130, 90]), 2, 1)
 *   // national [10, 10], industryMix [0, 0], regional [20, -20]
 *
 * Reference: Dunn, E. S. (1960) "A statistical and analytical technique for regional analysis", Papers in
 * Regional Science 6(1), 97-112, doi:10.1111/j.1435-5597.1960.tb01705.x; used for cluster performance in
 * the U.S. Cluster Mapping Project (Delgado, Porter & Stern 2016, doi:10.1093/jeg/lbv017).
 */
export function shiftShare(
  employment0: Float64Array,
  employment1: Float64Array,
  nRegions: number,
  nCategories: number,
): ShiftShare {
  assertMatrix('shiftShare', 'employment0', employment0, nRegions, nCategories);
  assertMatrix('shiftShare', 'employment1', employment1, nRegions, nCategories);
  const size = nRegions * nCategories;
  const total0 = new Float64Array(nCategories);
  const total1 = new Float64Array(nCategories);
  let nation0 = 0;
  let nation1 = 0;
  for (let i = 0; i < size; i++) {
    const c = i % nCategories;
    total0[c] = (total0[c] as number) + (employment0[i] as number);
    total1[c] = (total1[c] as number) + (employment1[i] as number);
  }
  for (let c = 0; c < nCategories; c++) {
    nation0 += total0[c] as number;
    nation1 += total1[c] as number;
  }
  const national = new Float64Array(size);
  const industryMix = new Float64Array(size);
  const regional = new Float64Array(size);
  if (nation0 === 0) {
    national.fill(NaN);
    industryMix.fill(NaN);
    regional.fill(NaN);
    return { national, industryMix, regional };
  }
  const G = nation1 / nation0 - 1;
  for (let i = 0; i < size; i++) {
    const e0 = employment0[i] as number;
    const e1 = employment1[i] as number;
    if (e0 === 0) {
      regional[i] = e1;
      continue;
    }
    const c = i % nCategories;
    const gc = (total1[c] as number) / (total0[c] as number) - 1;
    national[i] = e0 * G;
    industryMix[i] = e0 * (gc - G);
    regional[i] = e1 - e0 - e0 * gc;
  }
  return { national, industryMix, regional };
}
