import { assertMatrix } from './errors.ts';

/** How a category's presence in a region is measured before the categories are correlated across regions. */
export type RelatednessMeasure = 'lq' | 'share';

/**
 * Co-location relatedness of categories: the Pearson correlation, across regions, of two categories'
 * location quotients (or of their shares of each region's employment). Categories that tend to be
 * over-represented in the same regions are related; the matrix is the similarity that cluster
 * definitions group on (`hierarchicalClustering`) and score (`validateClusters`).
 *
 *   x_rc   = LQ_rc = (E_rc / E_r) / (E_c / E)          (measure 'lq', the default)
 *          = s_rc  =  E_rc / E_r                       (measure 'share')
 *   z_rc   = (x_rc - mean_c) / sqrt(sum_r (x_rc - mean_c)^2),   mean_c = (1 / R) sum_r x_rc
 *   CR_ij  = sum_r z_ri z_rj                            (= Pearson correlation of columns i and j)
 *
 * where:
 *   E_rc  is employment of category c in region r (matrix index r * nCategories + c),
 *   E_r   is the region's total employment, sum_c E_rc; E_c = sum_r E_rc; E = sum_c E_c,
 *   R     is the number of regions used: those with E_r > 0 (a region with no employment, or with a NaN
 *         cell, has no defined LQ or share and is left out; E_c and E are taken over the regions used).
 *
 * Variant: unweighted correlation across regions of employment LQs, the "co-location of employment"
 * measure (LC) of Delgado, Porter & Stern (2016), Porter (2003); their paper also uses establishment
 * counts, which is the same call on an establishment matrix. The two measures give the same matrix:
 * LQ_rc = s_rc * (E / E_c) rescales each column by a constant, which a correlation ignores (both are
 * offered because both names are in use). The output is an nCategories x nCategories
 * Float64Array (index i * nCategories + j), symmetric, values in [-1, 1], diagonal exactly 1. A category
 * with zero variance across the regions used (no employment anywhere, the same LQ everywhere, or fewer
 * than two regions used) has an undefined correlation: its whole row and column, diagonal included, is NaN.
 *
 * Complexity O(R * nCategories^2) time (standardise once, then a blocked 4 x 4 dot-product kernel over
 * region blocks, upper triangle only), O(R * nCategories + nCategories^2) space.
 *
 * @throws {RangeError} when employment.length !== nRegions * nCategories or the measure is unknown
 * @example
 *   // 3 regions x 2 categories: [1, 1], [2, 1], [3, 4]; shares c0 = [0.5, 2/3, 3/7], c1 = [0.5, 1/3, 4/7]
 *   relatedness(new Float64Array([1, 1, 2, 1, 3, 4]), 3, 2, { measure: 'share' })
 *   // Float64Array [1, -1, -1, 1]   (two shares that sum to 1 are perfectly anti-correlated)
 *
 * References: Delgado, M., Porter, M. E. & Stern, S. (2016) "Defining clusters of related industries",
 * Journal of Economic Geography 16(1), 1-38, doi:10.1093/jeg/lbv017; Porter, M. E. (2003) "The economic
 * performance of regions", Regional Studies 37(6-7), 549-578, doi:10.1080/0034340032000108688.
 */
export function relatedness(
  employment: Float64Array,
  nRegions: number,
  nCategories: number,
  options: { measure?: RelatednessMeasure } = {},
): Float64Array {
  assertMatrix('relatedness', 'employment', employment, nRegions, nCategories);
  const measure = options.measure ?? relatedness.defaults.measure;
  if (measure !== 'lq' && measure !== 'share') {
    throw new RangeError("`relatedness` requires measure to be 'lq' or 'share'");
  }
  const nC = nCategories;

  // Regions used: positive total employment (a NaN cell makes the total NaN, which fails the test).
  const regionTotal = new Float64Array(nRegions);
  const used: number[] = [];
  for (let r = 0; r < nRegions; r++) {
    let total = 0;
    const row = r * nC;
    for (let c = 0; c < nC; c++) total += employment[row + c] as number;
    regionTotal[r] = total;
    if (total > 0) used.push(r);
  }
  const nU = used.length;

  // x_rc as shares; for LQ divide by the national share E_c / E (over the regions used).
  const scale = new Float64Array(nC).fill(1);
  if (measure === 'lq') {
    const categoryTotal = new Float64Array(nC);
    let nation = 0;
    for (const r of used) {
      const row = r * nC;
      for (let c = 0; c < nC; c++) categoryTotal[c] = (categoryTotal[c] as number) + (employment[row + c] as number);
      nation += regionTotal[r] as number;
    }
    // LQ_rc = s_rc * E / E_c; E_c = 0 makes the whole column NaN (Infinity * 0), hence zero variance below.
    for (let c = 0; c < nC; c++) scale[c] = (categoryTotal[c] as number) > 0 ? nation / (categoryTotal[c] as number) : NaN;
  }

  // Category-major, zero-padded to a multiple of 4 categories: z[c * nU + u], columns standardised.
  const nP = (nC + 3) & ~3;
  const z = new Float64Array(nP * nU);
  const mean = new Float64Array(nC);
  for (let u = 0; u < nU; u++) {
    const r = used[u] as number;
    const row = r * nC;
    const inv = 1 / (regionTotal[r] as number);
    for (let c = 0; c < nC; c++) {
      const x = (employment[row + c] as number) * inv * (scale[c] as number);
      z[c * nU + u] = x;
      mean[c] = (mean[c] as number) + x;
    }
  }
  const defined = new Uint8Array(nC);
  for (let c = 0; c < nC; c++) {
    const m = (mean[c] as number) / nU;
    const base = c * nU;
    let ss = 0;
    for (let u = 0; u < nU; u++) {
      const d = (z[base + u] as number) - m;
      z[base + u] = d;
      ss += d * d;
    }
    // Zero variance (or NaN): leave the column at 0 so the kernel stays NaN-free; the result is set to NaN.
    // A relative test catches a constant column whose deviations are rounding noise.
    if (ss > 0 && Number.isFinite(ss) && Math.sqrt(ss / nU) > 1e-12 * Math.abs(m)) {
      const inv = 1 / Math.sqrt(ss);
      for (let u = 0; u < nU; u++) z[base + u] = (z[base + u] as number) * inv;
      defined[c] = 1;
    } else {
      z.fill(0, base, base + nU);
    }
  }

  const acc = crossProductUpper(z, nP, nU);
  const out = new Float64Array(nC * nC);
  for (let i = 0; i < nC; i++) {
    for (let j = i; j < nC; j++) {
      let v: number;
      if (defined[i] === 0 || defined[j] === 0) v = NaN;
      else if (i === j) v = 1;
      else v = Math.min(1, Math.max(-1, acc[i * nP + j] as number));
      out[i * nC + j] = v;
      out[j * nC + i] = v;
    }
  }
  return out;
}

relatedness.defaults = Object.freeze({ measure: 'lq' as RelatednessMeasure });

/** Regions per block: a block of all padded columns (nP * 256 * 8 bytes, 1.2 MB at 600) stays in cache. */
const REGION_BLOCK = 256;

/**
 * acc[i * nP + j] = sum_u z[i * nU + u] * z[j * nU + u] for the 4 x 4 tiles on or above the diagonal
 * (nP is a multiple of 4). Sixteen running sums per tile keep each loaded value in use four times.
 */
function crossProductUpper(z: Float64Array, nP: number, nU: number): Float64Array {
  const acc = new Float64Array(nP * nP);
  for (let u0 = 0; u0 < nU; u0 += REGION_BLOCK) {
    const u1 = Math.min(nU, u0 + REGION_BLOCK);
    for (let i = 0; i < nP; i += 4) {
      const a0 = i * nU;
      const a1 = a0 + nU;
      const a2 = a1 + nU;
      const a3 = a2 + nU;
      for (let j = i; j < nP; j += 4) {
        const b0 = j * nU;
        const b1 = b0 + nU;
        const b2 = b1 + nU;
        const b3 = b2 + nU;
        let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
        let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
        let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (let u = u0; u < u1; u++) {
          const x0 = z[a0 + u] as number;
          const x1 = z[a1 + u] as number;
          const x2 = z[a2 + u] as number;
          const x3 = z[a3 + u] as number;
          const y0 = z[b0 + u] as number;
          const y1 = z[b1 + u] as number;
          const y2 = z[b2 + u] as number;
          const y3 = z[b3 + u] as number;
          s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
          s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
          s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
          s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
        }
        let o = i * nP + j;
        acc[o] = (acc[o] as number) + s00; acc[o + 1] = (acc[o + 1] as number) + s01;
        acc[o + 2] = (acc[o + 2] as number) + s02; acc[o + 3] = (acc[o + 3] as number) + s03;
        o += nP;
        acc[o] = (acc[o] as number) + s10; acc[o + 1] = (acc[o + 1] as number) + s11;
        acc[o + 2] = (acc[o + 2] as number) + s12; acc[o + 3] = (acc[o + 3] as number) + s13;
        o += nP;
        acc[o] = (acc[o] as number) + s20; acc[o + 1] = (acc[o + 1] as number) + s21;
        acc[o + 2] = (acc[o + 2] as number) + s22; acc[o + 3] = (acc[o + 3] as number) + s23;
        o += nP;
        acc[o] = (acc[o] as number) + s30; acc[o + 1] = (acc[o + 1] as number) + s31;
        acc[o + 2] = (acc[o + 2] as number) + s32; acc[o + 3] = (acc[o + 3] as number) + s33;
      }
    }
  }
  return acc;
}
