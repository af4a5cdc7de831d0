/** M stored by rows (locations), compressed: the products of row c are cols[rowStart[c] .. rowStart[c + 1]). */
export interface SparseRows {
  rowStart: Int32Array;
  cols: Int32Array;
  /** M_cp of each stored cell: all 1 for a binary M */
  vals: Float64Array;
}

/** M, its sparse rows, diversity and ubiquity. */
export interface Presence {
  /** M_cp, location-major; 0/1 unless continuous */
  m: Float64Array;
  rows: SparseRows;
  /** k_c = sum_p M_cp */
  diversity: Float64Array;
  /** k_p = sum_c M_cp */
  ubiquity: Float64Array;
  binary: boolean;
}

/**
 * Presence matrix M of economic complexity, with diversity and ubiquity.
 *
 *   M_cp = 1 if RCA_cp > t (strict, the Atlas's Stata `ecomplexity`) or RCA_cp >= t (py-ecomplexity), else 0
 *   M_cp = RCA_cp                        (continuous: no threshold)
 *   k_c  = sum_p M_cp   (diversity),     k_p = sum_c M_cp   (ubiquity)
 *
 * where RCA is `rca` (or `rpop`) and t the threshold (default 1). NaN RCA counts as absent. M is also
 * returned as sparse rows (only the non-zero cells), which the proximity, density and outlook kernels use.
 *
 * Complexity O(nLocations * nProducts).
 *
 * @throws {RangeError} when rca.length !== nLocations * nProducts or the threshold is not finite
 * @example
 *   presence(new Float64Array([0.625, 1.25, 1.25, 0.8]), 2, 2)
 *   // m = [0, 1, 1, 0], diversity = [1, 1], ubiquity = [1, 1]
 *
 * Reference: Hidalgo, C. A. & Hausmann, R. (2009) "The building blocks of economic complexity", PNAS 106(26),
 * 10570-10575, doi:10.1073/pnas.0900943106.
 */
export function presence(
  rca: Float64Array,
  nLocations: number,
  nProducts: number,
  options: { threshold?: number; strict?: boolean; continuous?: boolean } = {},
): Presence {
  if (rca.length !== nLocations * nProducts) throw new RangeError('`presence` requires rca.length = nLocations * nProducts');
  const threshold = options.threshold ?? presence.defaults.threshold;
  const strict = options.strict ?? presence.defaults.strict;
  const continuous = options.continuous ?? false;
  if (!Number.isFinite(threshold)) throw new RangeError('`presence` requires a finite threshold');
  const m = new Float64Array(rca.length);
  const diversity = new Float64Array(nLocations);
  const ubiquity = new Float64Array(nProducts);
  let nnz = 0;
  for (let k = 0; k < rca.length; k++) {
    const r = rca[k] as number;
    const v = continuous ? (r > 0 ? r : 0) : (strict ? r > threshold : r >= threshold) ? 1 : 0;
    if (v !== 0) {
      m[k] = v;
      nnz++;
    }
  }
  const rowStart = new Int32Array(nLocations + 1);
  const cols = new Int32Array(nnz);
  const vals = new Float64Array(nnz);
  let n = 0;
  for (let c = 0; c < nLocations; c++) {
    const row = c * nProducts;
    let kc = 0;
    for (let p = 0; p < nProducts; p++) {
      const v = m[row + p] as number;
      if (v !== 0) {
        cols[n] = p;
        vals[n++] = v;
        kc += v;
        ubiquity[p] = (ubiquity[p] as number) + v;
      }
    }
    diversity[c] = kc;
    rowStart[c + 1] = n;
  }
  return { m, rows: { rowStart, cols, vals }, diversity, ubiquity, binary: !continuous };
}
presence.defaults = { threshold: 1, strict: false };
