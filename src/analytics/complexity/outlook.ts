import type { Presence } from './binary-m.ts';
import { densityKernel, type DiagonalConvention } from './density.ts';

/** Density, distance, complexity outlook (unstandardised) and outlook gain, location-major. */
export interface Outlook {
  density: Float64Array;
  distance: Float64Array;
  /** COI_c = sum_p d_cp (1 - M_cp) pci_p, before any standardisation */
  coi: Float64Array;
  /** COG_cp; 0 where M_cp = 1 */
  cog: Float64Array;
  /** exact change of `coi` when M_cp flips from 0 to 1 (pci and phi fixed); 0 where M_cp = 1; NaN for a continuous M */
  gain: Float64Array;
}

/**
 * Complexity outlook index (COI), complexity outlook gain (COG) and the exact marginal outlook gain.
 *
 *   d_cp   = sum_p' M_cp' phi_pp' / s_p,   s_p = sum_p' phi_pp'                       (`density`)
 *   COI_c  = sum_p d_cp (1 - M_cp) pci_p
 *   COG_cp = (1 - M_cp) sum_p' (1 - M_cp') phi_pp' pci_p' / s_p'
 *   gain_cp = COI_c(M with M_cp = 1) - COI_c(M)
 *          = COG_cp - (1 - M_cp) phi_pp pci_p / s_p - d_cp pci_p        (for M_cp = 0; 0 where M_cp = 1)
 *
 * where phi is the symmetric proximity, pci the product complexity values the caller chooses (the presets
 * pass kp / sd(kc)), and the diagonal phi_pp is 0 in every sum with 'zero' (atlas) and kept with 'keep'
 * (py; then the phi_pp term of the gain is non-zero). Derivation of the gain: flipping M_cq only raises
 * d_cp by phi_pq / s_p for every p, and removes q's own term d_cq pci_q from COI (1 - M_cq becomes 0);
 * summing phi_qp pci_p / s_p (1 - M_cp) over p != q is COG_cq without its diagonal term. The gain is in
 * the units of pci (COG's units); the presets' COI standardisation is affine, so the standardised change
 * is gain / sd(COI) with the moments held fixed. Terms with an undefined density or pci (NaN) are left out.
 * (1 - M) X is computed as 1 X - M X from M's sparse rows.
 *
 * Complexity O(nnz(M) * nP) (one fused pass over the proximity rows of the exported products) + O(nP^2).
 *
 * @example
 *   // with M_cp = 1 everywhere COI = 0 and COG = 0; see test/analytics/complexity/outlook.test.ts
 *
 * Reference: Hausmann, R., Hidalgo, C. A. et al. (2014) The Atlas of Economic Complexity, MIT Press,
 * ISBN 978-0-262-52542-8 (complexity outlook, "opportunity value" and "opportunity gain").
 */
export function complexityOutlook(
  presence: Presence,
  phi: Float64Array,
  pci: Float64Array,
  nLocations: number,
  nProducts: number,
  options: { diagonal?: DiagonalConvention } = {},
): Outlook {
  const diagonal = options.diagonal ?? 'keep';
  const n = nProducts;
  const { m, rows, binary } = presence;
  // w_p' = pci_p' / s_p'; sums first (the kernel recomputes them identically)
  const s0 = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const row = p * n;
    let s = 0;
    for (let q = 0; q < n; q++) s += phi[row + q] as number;
    s0[p] = diagonal === 'zero' ? s - (phi[row + p] as number) : s;
  }
  const w = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const s = s0[p] as number;
    const v = (pci[p] as number) / s;
    w[p] = s > 0 && Number.isFinite(v) ? v : 0;
  }
  // total_p = sum_p' phi_pp' w_p' (1 X), the kernel gives sum_p' M_cp' phi_pp' w_p' (M X)
  const total = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const row = p * n;
    let t = 0;
    for (let q = 0; q < n; q++) t += (phi[row + q] as number) * (w[q] as number);
    total[p] = diagonal === 'zero' ? t - (phi[row + p] as number) * (w[p] as number) : t;
  }
  const { density: dens, weighted } = densityKernel(rows, phi, nLocations, n, diagonal, w);
  const mw = weighted as Float64Array;
  const distance = new Float64Array(dens.length);
  const coi = new Float64Array(nLocations);
  const cog = new Float64Array(dens.length);
  const gain = new Float64Array(dens.length);
  for (let c = 0; c < nLocations; c++) {
    const row = c * n;
    let sum = 0;
    for (let p = 0; p < n; p++) {
      const k = row + p;
      const d = dens[k] as number;
      distance[k] = 1 - d;
      const notM = 1 - (m[k] as number);
      const x = d * notM * (pci[p] as number);
      if (Number.isFinite(x)) sum += x;
      const g = notM * ((total[p] as number) - (mw[k] as number));
      cog[k] = notM === 0 ? 0 : g;
      if (!binary) gain[k] = NaN;
      else if (notM === 0) gain[k] = 0;
      else {
        const diag = diagonal === 'keep' ? (phi[p * n + p] as number) * (w[p] as number) : 0;
        const own = d * (pci[p] as number);
        gain[k] = g - diag - (Number.isFinite(own) ? own : 0);
      }
    }
    coi[c] = sum;
  }
  return { density: dens, distance, coi, cog, gain };
}
