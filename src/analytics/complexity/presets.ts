import type { DiagonalConvention } from './density.ts';

/** Names of the conventions the engine reproduces. */
export type PresetName = 'atlas' | 'py';

/** How a preset builds M, treats the proximity diagonal and standardises ECI, PCI, COI and COG. */
export interface Preset {
  /** M = RCA > t (strict) or RCA >= t */
  strict: boolean;
  diagonal: DiagonalConvention;
  /** 'panel': mean and sample sd (N - 1) of the long location x product panel; 'locations': population sd over locations */
  moments: 'panel' | 'locations';
}

/**
 * The two reference conventions.
 *
 *   atlas (the Atlas's Stata `ecomplexity`): M = RCA > 1; phi_pp = 0 in density, COI and COG;
 *     mean m and sd s of kc over the long panel (each location's kc repeated once per product, N = nL nP,
 *     sample sd with N - 1); ECI = (kc - m) / s; PCI = (kp - m) / s; COG computed with kp / s;
 *     COI computed with kp, then z-scored with the same panel moments of COI.
 *   py (py-ecomplexity): M = RCA >= 1; phi_pp = 1 kept; m and s over locations, population sd (N);
 *     ECI = (kc - m) / s; PCI = (kp - m) / s (ECI's moments); COG computed with kp, divided by s;
 *     COI computed with kp, then z-scored with population moments over locations.
 *
 * In both, kp is the eigenvector of Mpp and kc = D_c^-1 M kp (`eciPciEigenvector`, direction 'products').
 *
 * References: Hausmann, R. et al. (2014) The Atlas of Economic Complexity, MIT Press, ISBN 978-0-262-52542-8,
 * and its Stata `ecomplexity` (Harvard Growth Lab); py-ecomplexity (Harvard Growth Lab, MIT licence).
 */
export const PRESETS: Readonly<Record<PresetName, Preset>> = Object.freeze({
  atlas: Object.freeze({ strict: true, diagonal: 'zero', moments: 'panel' } as const),
  py: Object.freeze({ strict: false, diagonal: 'keep', moments: 'locations' } as const),
});

/**
 * Mean and standard deviation of the finite entries of x with a preset's moments.
 *
 *   panel:     m = mean_c x_c,  s = sqrt(nProducts * sum_c (x_c - m)^2 / (nProducts * n - 1))
 *   locations: m = mean_c x_c,  s = sqrt(sum_c (x_c - m)^2 / n)
 *
 * where n is the number of finite entries (each location repeated nProducts times in the panel, so the
 * panel mean equals the mean over locations). Returns NaN moments for an empty x.
 */
export function presetMoments(x: Float64Array, moments: Preset['moments'], nProducts: number): { mean: number; sd: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (Number.isFinite(v)) {
      n++;
      sum += v;
    }
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (Number.isFinite(v)) ss += (v - mean) ** 2;
  }
  const sd = moments === 'panel' ? Math.sqrt((nProducts * ss) / (nProducts * n - 1)) : Math.sqrt(ss / n);
  return { mean, sd };
}
