import type { SparseRows } from './binary-m.ts';

/** Whether the proximity diagonal phi_pp counts in density, COI and COG: 'zero' (atlas) or 'keep' (py). */
export type DiagonalConvention = 'zero' | 'keep';

/**
 * Density (feasibility) of each product for each location, and distance = 1 - density.
 *
 *   d_cp = sum_p' M_cp' phi_pp' / sum_p' phi_pp',    distance_cp = 1 - d_cp
 *
 * where M is the presence matrix (as sparse rows) and phi the symmetric proximity (`proximity`, nP x nP).
 * With diagonal 'zero' (the Atlas's Stata code) phi_pp is taken as 0 in both sums; with 'keep'
 * (py-ecomplexity) as it is (1). A product whose proximities sum to 0 has NaN density. For a binary M,
 * d_cp is in [0, 1].
 *
 * Complexity O(nnz(M) * nP): for each location only the rows of phi of the products it exports are added
 * (M phi from M's sparse rows, never a dense triple loop).
 *
 * @throws {RangeError} when phi.length !== nProducts^2
 * @example
 *   // 2 products with phi_01 = 0.5; a location exporting product 0 only, diagonal kept:
 *   // d_0 = 1 / 1.5 = 0.667, d_1 = 0.5 / 1.5 = 0.333; diagonal zero: d_0 = 0 / 0.5 = 0, d_1 = 0.5 / 0.5 = 1
 *
 * Reference: Hausmann, R. et al. (2014) The Atlas of Economic Complexity, MIT Press, ISBN 978-0-262-52542-8;
 * Hidalgo, C. A. et al. (2007) Science 317(5837), 482-487, doi:10.1126/science.1144581.
 */
export function density(
  rows: SparseRows,
  phi: Float64Array,
  nLocations: number,
  nProducts: number,
  options: { diagonal?: DiagonalConvention } = {},
): Float64Array {
  return densityKernel(rows, phi, nLocations, nProducts, options.diagonal ?? 'keep', null).density;
}

/**
 * The shared kernel of density and COG: d (as above) and, with weights w, g_cp = sum_p' M_cp' phi_pp' w_p'
 * (diagonal per the convention), plus the proximity sums s_p. Internal helper.
 */
export function densityKernel(
  rows: SparseRows,
  phi: Float64Array,
  nLocations: number,
  nProducts: number,
  diagonal: DiagonalConvention,
  weights: Float64Array | null,
): { density: Float64Array; weighted: Float64Array | null; sums: Float64Array } {
  const n = nProducts;
  if (phi.length !== n * n) throw new RangeError('`density` requires phi.length = nProducts * nProducts');
  const zero = diagonal === 'zero';
  const sums = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const row = p * n;
    let s = 0;
    for (let q = 0; q < n; q++) s += phi[row + q] as number;
    sums[p] = zero ? s - (phi[row + p] as number) : s;
  }
  const dens = new Float64Array(nLocations * n);
  const weighted = weights ? new Float64Array(nLocations * n) : null;
  const w = weights ?? new Float64Array(n);
  const { rowStart, cols, vals } = rows;
  let binary = true;
  for (let k = 0; k < vals.length; k++) if (vals[k] !== 1) binary = false;
  for (let c = 0; c < nLocations; c++) {
    const a = rowStart[c] as number;
    const b = rowStart[c + 1] as number;
    accumulateRows(dens, weighted, c * n, phi, n, cols, vals, w, a, b, binary);
    const out = c * n;
    if (zero) {
      for (let k = a; k < b; k++) {
        const q = cols[k] as number;
        const f = (vals[k] as number) * (phi[q * n + q] as number);
        dens[out + q] = (dens[out + q] as number) - f;
        if (weighted) weighted[out + q] = (weighted[out + q] as number) - f * (w[q] as number);
      }
    }
    for (let p = 0; p < n; p++) {
      const s = sums[p] as number;
      dens[out + p] = s > 0 ? (dens[out + p] as number) / s : NaN;
    }
  }
  return { density: dens, weighted, sums };
}

/**
 * d[out + p] += sum_k m_k phi[q_k, p] and, when g is given, g[out + p] += sum_k m_k w_q_k phi[q_k, p], over the
 * sparse entries a..b of one row of M. Eight proximity rows are added per pass over the output row, so the
 * output is loaded and stored once per eight products (the kernel is bound by those memory operations).
 */
function accumulateRows(
  d: Float64Array,
  g: Float64Array | null,
  out: number,
  phi: Float64Array,
  n: number,
  cols: Int32Array,
  vals: Float64Array,
  w: Float64Array,
  a: number,
  b: number,
  binary: boolean,
): void {
  let k = a;
  for (; k + 7 < b; k += 8) {
    const q0 = cols[k] as number, q1 = cols[k + 1] as number, q2 = cols[k + 2] as number, q3 = cols[k + 3] as number;
    const q4 = cols[k + 4] as number, q5 = cols[k + 5] as number, q6 = cols[k + 6] as number, q7 = cols[k + 7] as number;
    const m0 = vals[k] as number, m1 = vals[k + 1] as number, m2 = vals[k + 2] as number, m3 = vals[k + 3] as number;
    const m4 = vals[k + 4] as number, m5 = vals[k + 5] as number, m6 = vals[k + 6] as number, m7 = vals[k + 7] as number;
    const r0 = q0 * n, r1 = q1 * n, r2 = q2 * n, r3 = q3 * n, r4 = q4 * n, r5 = q5 * n, r6 = q6 * n, r7 = q7 * n;
    if (g) {
      const w0 = m0 * (w[q0] as number), w1 = m1 * (w[q1] as number), w2 = m2 * (w[q2] as number), w3 = m3 * (w[q3] as number);
      const w4 = m4 * (w[q4] as number), w5 = m5 * (w[q5] as number), w6 = m6 * (w[q6] as number), w7 = m7 * (w[q7] as number);
      if (binary) {
        for (let p = 0; p < n; p++) {
          const f0 = phi[r0 + p] as number, f1 = phi[r1 + p] as number, f2 = phi[r2 + p] as number, f3 = phi[r3 + p] as number;
          const f4 = phi[r4 + p] as number, f5 = phi[r5 + p] as number, f6 = phi[r6 + p] as number, f7 = phi[r7 + p] as number;
          d[out + p] = (d[out + p] as number) + (f0 + f1 + f2 + f3 + f4 + f5 + f6 + f7);
          g[out + p] = (g[out + p] as number) + (w0 * f0 + w1 * f1 + w2 * f2 + w3 * f3 + w4 * f4 + w5 * f5 + w6 * f6 + w7 * f7);
        }
      } else {
        for (let p = 0; p < n; p++) {
          const f0 = phi[r0 + p] as number, f1 = phi[r1 + p] as number, f2 = phi[r2 + p] as number, f3 = phi[r3 + p] as number;
          const f4 = phi[r4 + p] as number, f5 = phi[r5 + p] as number, f6 = phi[r6 + p] as number, f7 = phi[r7 + p] as number;
          d[out + p] = (d[out + p] as number) + (m0 * f0 + m1 * f1 + m2 * f2 + m3 * f3 + m4 * f4 + m5 * f5 + m6 * f6 + m7 * f7);
          g[out + p] = (g[out + p] as number) + (w0 * f0 + w1 * f1 + w2 * f2 + w3 * f3 + w4 * f4 + w5 * f5 + w6 * f6 + w7 * f7);
        }
      }
    } else {
      for (let p = 0; p < n; p++) {
        d[out + p] = (d[out + p] as number) + (m0 * (phi[r0 + p] as number) + m1 * (phi[r1 + p] as number) + m2 * (phi[r2 + p] as number)
          + m3 * (phi[r3 + p] as number) + m4 * (phi[r4 + p] as number) + m5 * (phi[r5 + p] as number) + m6 * (phi[r6 + p] as number)
          + m7 * (phi[r7 + p] as number));
      }
    }
  }
  for (; k < b; k++) {
    const q = cols[k] as number;
    const m = vals[k] as number;
    const r = q * n;
    if (g) {
      const mw = m * (w[q] as number);
      for (let p = 0; p < n; p++) {
        const f = phi[r + p] as number;
        d[out + p] = (d[out + p] as number) + m * f;
        g[out + p] = (g[out + p] as number) + mw * f;
      }
    } else {
      for (let p = 0; p < n; p++) d[out + p] = (d[out + p] as number) + m * (phi[r + p] as number);
    }
  }
}
