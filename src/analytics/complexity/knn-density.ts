import type { SparseRows } from './binary-m.ts';

/**
 * k-nearest-neighbour density: density over each product's k closest products only.
 *
 *   d^k_cp = sum_{p' in N_k(p)} M_cp' phi_pp' / sum_{p' in N_k(p)} phi_pp'
 *
 * where N_k(p) are the k products p' != p with the largest phi_pp' (ties broken by the lower index), M the
 * presence matrix as sparse rows and phi the symmetric proximity (nP x nP). With k >= nP - 1 this is the
 * density with the diagonal set to 0 (the atlas convention). NaN when the k proximities sum to 0.
 *
 * Complexity O(nP^2 log nP) to choose the neighbours, O(nnz(M) * k) for the densities.
 *
 * @throws {RangeError} when k is not a positive integer or phi.length !== nProducts^2
 * @example
 *   // products 0-1-2 with phi_01 = 0.8, phi_02 = 0.1: with k = 1 product 0 only looks at product 1
 *
 * Reference: py-ecomplexity (Harvard Growth Lab), option `knn`; Hausmann, R. et al. (2014) The Atlas of
 * Economic Complexity, MIT Press, ISBN 978-0-262-52542-8.
 */
export function knnDensity(rows: SparseRows, phi: Float64Array, nLocations: number, nProducts: number, k: number): Float64Array {
  const n = nProducts;
  if (!Number.isInteger(k) || k < 1) throw new RangeError('`knnDensity` requires k to be a positive integer');
  if (phi.length !== n * n) throw new RangeError('`knnDensity` requires phi.length = nProducts * nProducts');
  const kk = Math.min(k, n - 1);
  // neighbours of p as a 0/1 mask column: nb[p] = list of p'
  const nb = new Int32Array(n * kk);
  const den = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let p = 0; p < n; p++) {
    const row = p * n;
    const cand = order.filter((q) => q !== p);
    cand.sort((a, b) => (phi[row + b] as number) - (phi[row + a] as number) || a - b);
    let s = 0;
    for (let j = 0; j < kk; j++) {
      const q = cand[j] as number;
      nb[p * kk + j] = q;
      s += phi[row + q] as number;
    }
    den[p] = s;
  }
  const out = new Float64Array(nLocations * n);
  const present = new Float64Array(n);
  for (let c = 0; c < nLocations; c++) {
    const a = rows.rowStart[c] as number;
    const b = rows.rowStart[c + 1] as number;
    for (let i = a; i < b; i++) present[rows.cols[i] as number] = rows.vals[i] as number;
    for (let p = 0; p < n; p++) {
      const row = p * n;
      let s = 0;
      for (let j = 0; j < kk; j++) {
        const q = nb[p * kk + j] as number;
        s += (present[q] as number) * (phi[row + q] as number);
      }
      const d = den[p] as number;
      out[c * n + p] = d > 0 ? s / d : NaN;
    }
    for (let i = a; i < b; i++) present[rows.cols[i] as number] = 0;
  }
  return out;
}
