import type { Presence } from './binary-m.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

/** Raw (unstandardised) complexity vectors: NaN for a location with k_c = 0 or a product with k_p = 0. */
export interface RawComplexity {
  kc: Float64Array;
  kp: Float64Array;
  /** eigenvalues of Mcc over the locations with k_c > 0, in decreasing order (the first is 1) */
  eigenvalues: Float64Array;
}

/**
 * Economic Complexity Index and Product Complexity Index by the eigenvector method (unstandardised).
 *
 *   Mcc = D_c^-1 M D_p^-1 M^T,   kc = eigenvector of Mcc for its second-largest eigenvalue lambda_2
 *   S   = D_c^-1/2 M D_p^-1 M^T D_c^-1/2  (symmetric, similar to Mcc, top eigenvector sqrt(k_c), lambda_1 = 1)
 *   kc  = v_2 / sqrt(k_c),  v_2 the eigenvector of S for lambda_2
 *   kp  = D_p^-1 M^T kc / lambda_2   ('products', the default)   or   D_p^-1 M^T kc   ('locations')
 *   sign: multiply both by -1 when corr(kc, k_c) < 0
 *
 * where D_c = diag(k_c) (diversity), D_p = diag(k_p) (ubiquity), both from `presence`. The two directions
 * differ only in the relative scale of kc and kp, which shows once PCI is standardised with kc's moments:
 * 'products' (kp an eigenvector of Mpp = D_p^-1 M^T D_c^-1 M and kc = D_c^-1 M kp, so kc = lambda_2 kc*) is
 * what py-ecomplexity computes and what the Atlas's Stata `ecomplexity` golden values agree with;
 * 'locations' (kp = D_p^-1 M^T kc, the average kc of the product's exporters) is the reflection of kc.
 * Eigenvalues are sorted explicitly. Only locations with k_c > 0 and products with k_p > 0 take part.
 *
 * Complexity O(sum_p k_p^2) to form S from M's sparse columns, O(nL^3) for the eigenvalues (Householder
 * tridiagonalisation), O(nnz(M)) for kp.
 *
 * @throws {ConvergenceError} when the eigenvalue iteration fails (not seen in practice)
 * @example
 *   // M = [[1, 1, 1], [1, 1, 0], [1, 0, 0]] (nested): kc is increasing in diversity
 *   const { kc } = eciPciEigenvector(presence(new Float64Array([1, 1, 1, 1, 1, 0, 1, 0, 0]), 3, 3), 3, 3)
 *   // kc[0] > kc[1] > kc[2]: the most diversified location ranks first
 *
 * References: Hidalgo, C. A. & Hausmann, R. (2009) PNAS 106(26), 10570-10575, doi:10.1073/pnas.0900943106;
 * Hausmann, R., Hidalgo, C. A. et al. (2014) The Atlas of Economic Complexity, MIT Press,
 * ISBN 978-0-262-52542-8 (technical box: Mcc and its second eigenvector).
 */
export function eciPciEigenvector(
  presence: Presence,
  nLocations: number,
  nProducts: number,
  options: { direction?: 'products' | 'locations' } = {},
): RawComplexity {
  const direction = options.direction ?? 'products';
  const { rows, diversity, ubiquity } = presence;
  // active locations (k_c > 0), in order; index map
  const idx = new Int32Array(nLocations).fill(-1);
  let n = 0;
  for (let c = 0; c < nLocations; c++) if ((diversity[c] as number) > 0) idx[c] = n++;
  // columns of M (over active locations): counting sort by product
  const colStart = new Int32Array(nProducts + 1);
  for (let k = 0; k < rows.cols.length; k++) {
    const at = (rows.cols[k] as number) + 1;
    colStart[at] = (colStart[at] as number) + 1;
  }
  for (let p = 0; p < nProducts; p++) colStart[p + 1] = (colStart[p + 1] as number) + (colStart[p] as number);
  const fill = colStart.slice(0, nProducts);
  const colRows = new Int32Array(rows.cols.length);
  const colVals = new Float64Array(rows.cols.length);
  for (let c = 0; c < nLocations; c++) {
    for (let k = rows.rowStart[c] as number; k < (rows.rowStart[c + 1] as number); k++) {
      const p = rows.cols[k] as number;
      const at = fill[p] as number;
      colRows[at] = idx[c] as number;
      colVals[at] = rows.vals[k] as number;
      fill[p] = at + 1;
    }
  }
  // S = D^-1/2 (sum_p m_p m_p^T / k_p) D^-1/2, upper triangle from each product's column, then mirrored
  const s = new Float64Array(n * n);
  for (let p = 0; p < nProducts; p++) {
    const kp = ubiquity[p] as number;
    if (!(kp > 0)) continue;
    const a = colStart[p] as number;
    const b = colStart[p + 1] as number;
    for (let i = a; i < b; i++) {
      const ri = colRows[i] as number;
      const vi = (colVals[i] as number) / kp;
      const row = ri * n;
      for (let j = i; j < b; j++) {
        const rj = colRows[j] as number;
        s[row + rj] = (s[row + rj] as number) + vi * (colVals[j] as number);
      }
    }
  }
  const sq = new Float64Array(n);
  for (let c = 0; c < nLocations; c++) if ((idx[c] as number) >= 0) sq[idx[c] as number] = Math.sqrt(diversity[c] as number);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const v = (s[i * n + j] as number) / ((sq[i] as number) * (sq[j] as number));
      s[i * n + j] = v;
      s[j * n + i] = v;
    }
  }
  const { values, vectors } = symmetricEigen(s, n, n >= 2 ? [1] : []);
  const v2 = vectors[0] ?? new Float64Array(n).fill(NaN);
  // remove any component along the known top eigenvector u_1 = sqrt(k_c) / |sqrt(k_c)|
  let uu = 0;
  let uv = 0;
  for (let i = 0; i < n; i++) {
    uu += (sq[i] as number) ** 2;
    uv += (sq[i] as number) * (v2[i] as number);
  }
  const lambda2 = values[1] ?? NaN;
  const kc = new Float64Array(nLocations).fill(NaN);
  for (let c = 0; c < nLocations; c++) {
    const i = idx[c] as number;
    if (i < 0) continue;
    const v = (v2[i] as number) - (uv / uu) * (sq[i] as number);
    kc[c] = v / (sq[i] as number);
  }
  // sign: corr(kc, diversity) > 0
  let mk = 0;
  let md = 0;
  for (let c = 0; c < nLocations; c++) {
    if ((idx[c] as number) < 0) continue;
    mk += kc[c] as number;
    md += diversity[c] as number;
  }
  mk /= n;
  md /= n;
  let cov = 0;
  for (let c = 0; c < nLocations; c++) {
    if ((idx[c] as number) < 0) continue;
    cov += ((kc[c] as number) - mk) * ((diversity[c] as number) - md);
  }
  const sign = cov < 0 ? -1 : 1;
  for (let c = 0; c < nLocations; c++) kc[c] = (kc[c] as number) * sign;
  // kp = D_p^-1 M^T kc (with kc before the 'products' rescaling), then kc rescaled
  const kp = new Float64Array(nProducts);
  for (let c = 0; c < nLocations; c++) {
    if ((idx[c] as number) < 0) continue;
    const x = kc[c] as number;
    for (let k = rows.rowStart[c] as number; k < (rows.rowStart[c + 1] as number); k++) {
      const p = rows.cols[k] as number;
      kp[p] = (kp[p] as number) + (rows.vals[k] as number) * x;
    }
  }
  for (let p = 0; p < nProducts; p++) {
    const u = ubiquity[p] as number;
    kp[p] = u > 0 ? (kp[p] as number) / u : NaN;
  }
  if (direction === 'products') for (let c = 0; c < nLocations; c++) kc[c] = (kc[c] as number) * lambda2;
  return { kc, kp, eigenvalues: values };
}
