import type { Presence } from './binary-m.ts';

/**
 * Product proximity (product space): the minimum of the two conditional probabilities that a location
 * exports one product with advantage given that it exports the other.
 *
 *   phi_pp' = C_pp' / max(k_p, k_p'),   C = M^T M   (C_pp' = number of locations exporting both)
 *
 * where M is the presence matrix and k_p the ubiquity (`presence`). The full symmetric matrix is returned,
 * diagonal included (phi_pp = 1 for a binary M and k_p > 0); the presets decide whether the diagonal counts
 * in density, COI and COG (atlas: no; py: yes). phi is 0 between products with k_p = k_p' = 0.
 * With a continuous M the same formula is applied to the RCA values (then phi is not bounded by 1).
 *
 * Complexity O(sum_c k_c^2) for C from M's sparse columns and rows (upper triangle, one row of C at a time,
 * then mirrored in tiles), O(nP^2) memory.
 *
 * @example
 *   // the Atlas's example: 17 locations export wine, 24 grapes, 11 both: phi = 11 / max(17, 24) = 0.4583...
 *
 * References: Hidalgo, C. A., Klinger, B., Barabasi, A.-L. & Hausmann, R. (2007) "The product space conditions
 * the development of nations", Science 317(5837), 482-487, doi:10.1126/science.1144581; Hausmann, R. et al.
 * (2014) The Atlas of Economic Complexity, MIT Press, ISBN 978-0-262-52542-8.
 */
export function proximity(presence: Presence, nLocations: number, nProducts: number): Float64Array {
  const { rows, ubiquity } = presence;
  const { rowStart, cols, vals } = rows;
  const n = nProducts;
  // columns of M: for product p, the locations c exporting it and the position of (c, p) in row c
  const colStart = new Int32Array(n + 1);
  for (let k = 0; k < cols.length; k++) {
    const at = (cols[k] as number) + 1;
    colStart[at] = (colStart[at] as number) + 1;
  }
  for (let p = 0; p < n; p++) colStart[p + 1] = (colStart[p + 1] as number) + (colStart[p] as number);
  const fill = colStart.slice(0, n);
  const colPos = new Int32Array(cols.length);
  const colLoc = new Int32Array(cols.length);
  for (let c = 0; c < nLocations; c++) {
    for (let k = rowStart[c] as number; k < (rowStart[c + 1] as number); k++) {
      const p = cols[k] as number;
      const at = fill[p] as number;
      colPos[at] = k;
      colLoc[at] = c;
      fill[p] = at + 1;
    }
  }
  // C[p, q] for q >= p, one row of C at a time (the row stays in cache): add the rest of each exporter's row
  const phi = new Float64Array(n * n);
  for (let p = 0; p < n; p++) {
    const base = p * n;
    for (let i = colStart[p] as number; i < (colStart[p + 1] as number); i++) {
      const k0 = colPos[i] as number;
      const end = rowStart[(colLoc[i] as number) + 1] as number;
      const v = vals[k0] as number;
      for (let k = k0; k < end; k++) {
        const at = base + (cols[k] as number);
        phi[at] = (phi[at] as number) + v * (vals[k] as number);
      }
    }
  }
  // phi = C / max(k_p, k_q), upper triangle mirrored to the lower one in 64 x 64 tiles
  const T = 64;
  for (let p0 = 0; p0 < n; p0 += T) {
    const p1 = Math.min(n, p0 + T);
    for (let q0 = p0; q0 < n; q0 += T) {
      const q1 = Math.min(n, q0 + T);
      for (let p = p0; p < p1; p++) {
        const kp = ubiquity[p] as number;
        const row = p * n;
        for (let q = Math.max(p, q0); q < q1; q++) {
          const m = Math.max(kp, ubiquity[q] as number);
          const v = m > 0 ? (phi[row + q] as number) / m : 0;
          phi[row + q] = v;
          phi[q * n + p] = v;
        }
      }
    }
  }
  return phi;
}
