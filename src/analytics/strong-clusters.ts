import { assertMatrix } from './errors.ts';
import { percentilesInPlace } from './percentile.ts';

/** One 0/1 flag per region x category cell (index r * nCategories + c) for each class. */
export interface ClusterClasses {
  strong: Uint8Array;
  strong10: Uint8Array;
  significant: Uint8Array;
  qualifying: Uint8Array;
}

/**
 * U.S. Cluster Mapping classification of regional clusters into strong, strong (top decile),
 * significant and qualifying, from location quotients, employment and establishments.
 *
 * For each category c, over the regions R_c = { r : emp_rc > 0 }:
 *
 *   strong_rc      = LQ_rc >= P75(LQ_c) and LQ_rc >= 1 and emp_rc > P25(emp_c) and est_rc > P25(est_c)
 *   strong10_rc    = LQ_rc >= P90(LQ_c) and LQ_rc >= 1 and emp_rc > P25(emp_c) and est_rc > P25(est_c)
 *   significant_rc = LQ_rc >  P50(LQ_c)                and emp_rc > P25(emp_c) and est_rc > P25(est_c)
 *   qualifying_rc  = LQ_rc >  P25(LQ_c)                and emp_rc > P25(emp_c) and est_rc > P25(est_c)
 *
 * where:
 *   LQ_rc, emp_rc, est_rc  are the location quotient, employment and establishments of c in region r,
 *   Pq(x_c)                is the q-th percentile of x over the regions in R_c, type 7 (linear
 *                          interpolation between closest ranks, numpy's default), the value
 *                          `percentileSorted` gives, found by selection (`percentilesInPlace`).
 *
 * Convention: regions with emp_rc = 0 (or NaN) are left out of the percentiles and get 0 in every flag.
 * The employment and establishment tests are strict (">"), so a region at the 25th percentile fails them;
 * in particular a category present in only one region gets 0 everywhere, since every percentile is that
 * region's own value and emp > P25(emp) = emp is false. The LQ tests are ">=" for strong and ">" for
 * significant and qualifying, as stated above. A NaN LQ or establishment count among R_c makes that
 * category's thresholds NaN and all its flags 0 (supply finite values, e.g. 0 establishments, to avoid it).
 *
 * Complexity O(nRegions * nCategories) expected time (quickselect per category), O(nRegions) extra space
 * besides the output.
 *
 * @throws {RangeError} when lq, employment or establishments has length !== nRegions * nCategories
 * @example
 *   // One category, 5 regions with LQ 0.5, 0.8, 1, 1.5, 3; emp 10, 20, 30, 40, 50; est 1, 2, 3, 4, 5.
 *   // P25/P50/P75/P90(LQ) = 0.8, 1, 1.5, 2.4; P25(emp) = 20; P25(est) = 2.
 *   classifyClusters(lq, emp, est, 5, 1)
 *   // strong [0,0,0,1,1], strong10 [0,0,0,0,1], significant [0,0,0,1,1], qualifying [0,0,1,1,1]
 *
 * Reference: Delgado, M., Porter, M. E. & Stern, S. (2016) "Defining clusters of related industries",
 * Journal of Economic Geography 16(1), 1-38, doi:10.1093/jeg/lbv017, and the U.S. Cluster Mapping
 * Project's definition of strong clusters (clustermapping.us).
 */
export function classifyClusters(
  lq: Float64Array,
  employment: Float64Array,
  establishments: Float64Array,
  nRegions: number,
  nCategories: number,
): ClusterClasses {
  assertMatrix('classifyClusters', 'lq', lq, nRegions, nCategories);
  assertMatrix('classifyClusters', 'employment', employment, nRegions, nCategories);
  assertMatrix('classifyClusters', 'establishments', establishments, nRegions, nCategories);
  const size = nRegions * nCategories;
  const strong = new Uint8Array(size);
  const strong10 = new Uint8Array(size);
  const significant = new Uint8Array(size);
  const qualifying = new Uint8Array(size);
  const lqBuffer = new Float64Array(nRegions);
  const empBuffer = new Float64Array(nRegions);
  const estBuffer = new Float64Array(nRegions);
  for (let c = 0; c < nCategories; c++) {
    let n = 0;
    for (let r = 0; r < nRegions; r++) {
      const i = r * nCategories + c;
      const e = employment[i] as number;
      if (!(e > 0)) continue;
      lqBuffer[n] = lq[i] as number;
      empBuffer[n] = e;
      estBuffer[n] = establishments[i] as number;
      n++;
    }
    if (n === 0) continue;
    // Selection, not sorting: the buffers are scratch space and may be reordered.
    const [lq25, lq50, lq75, lq90] = percentilesInPlace(lqBuffer.subarray(0, n), [0.25, 0.5, 0.75, 0.9]) as [number, number, number, number];
    const [emp25] = percentilesInPlace(empBuffer.subarray(0, n), [0.25]) as [number];
    const [est25] = percentilesInPlace(estBuffer.subarray(0, n), [0.25]) as [number];
    for (let r = 0; r < nRegions; r++) {
      const i = r * nCategories + c;
      const e = employment[i] as number;
      if (!(e > 0 && e > emp25 && (establishments[i] as number) > est25)) continue;
      const x = lq[i] as number;
      if (x >= 1 && x >= lq75) strong[i] = 1;
      if (x >= 1 && x >= lq90) strong10[i] = 1;
      if (x > lq50) significant[i] = 1;
      if (x > lq25) qualifying[i] = 1;
    }
  }
  return { strong, strong10, significant, qualifying };
}

