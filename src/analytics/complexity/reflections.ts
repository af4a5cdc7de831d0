import { ConvergenceError } from '../errors.ts';
import type { Presence } from './binary-m.ts';

/**
 * The method of reflections, as first defined: N rounds of averaging between locations and products.
 *
 *   k_c,0 = k_c (diversity),  k_p,0 = k_p (ubiquity)
 *   k_c,N = (1 / k_c,0) sum_p M_cp k_p,N-1,   k_p,N = (1 / k_p,0) sum_c M_cp k_c,N-1
 *
 * So k_c,1 is the average ubiquity of the location's products and k_p,1 the average diversity of the
 * product's exporters. NaN for a location or product with k = 0.
 *
 * Complexity O(N nnz(M)).
 *
 * @throws {RangeError} when iterations is not a non-negative integer
 * @example
 *   // M = [[1, 1], [1, 0]]: k_c,0 = [2, 1], k_p,0 = [2, 1]; k_c,1 = [(2 + 1) / 2, 2] = [1.5, 2]
 *
 * Reference: Hidalgo, C. A. & Hausmann, R. (2009) "The building blocks of economic complexity", PNAS 106(26),
 * 10570-10575, doi:10.1073/pnas.0900943106.
 */
export function reflections(
  presence: Presence,
  nLocations: number,
  nProducts: number,
  iterations: number,
): { kc: Float64Array; kp: Float64Array } {
  if (!Number.isInteger(iterations) || iterations < 0) throw new RangeError('`reflections` requires a non-negative integer number of iterations');
  let kc: Float64Array = Float64Array.from(presence.diversity);
  let kp: Float64Array = Float64Array.from(presence.ubiquity);
  for (let it = 0; it < iterations; it++) {
    const nextC = averageOverProducts(presence, nLocations, kp);
    const nextP = averageOverLocations(presence, nLocations, nProducts, kc);
    kc = nextC;
    kp = nextP;
  }
  return { kc, kp };
}

/**
 * ECI and PCI (unstandardised) by iterated reflections until the location values stop changing: power
 * iteration on Mcc = D_c^-1 M D_p^-1 M^T with the constant eigenvector removed by z-scoring each round.
 *
 *   x_0 = z(k_c);   x_N = z(D_c^-1 M D_p^-1 M^T x_N-1)   until max_c |x_N - x_N-1| < tolerance
 *   x = x_N - (sum_c k_c x_N,c) / (sum_c k_c)     (the constant, lambda_1 = 1, component removed)
 *   kp = D_p^-1 M^T x,   kc = D_c^-1 M kp,   sign so that corr(kc, k_c) > 0
 *
 * where z(y) = (y - mean(y)) / sd(y) over the locations with k_c > 0. Converges (at rate lambda_3 / lambda_2)
 * to the eigenvector method's kc and kp, in the same relative scale (direction 'products'), so the presets
 * standardise both alike.
 *
 * Complexity O(iterations * nnz(M)).
 *
 * @throws {ConvergenceError} when maxIterations rounds do not reach the tolerance
 * @example
 *   methodOfReflections(presence(rcaValues, nL, nP), nL, nP, { tolerance: 1e-12 })   // { kc, kp, iterations }
 *
 * Reference: Hidalgo, C. A. & Hausmann, R. (2009) PNAS 106(26), 10570-10575, doi:10.1073/pnas.0900943106;
 * Hausmann, R. et al. (2014) The Atlas of Economic Complexity, MIT Press, ISBN 978-0-262-52542-8.
 */
export function methodOfReflections(
  presence: Presence,
  nLocations: number,
  nProducts: number,
  options: { maxIterations?: number; tolerance?: number } = {},
): { kc: Float64Array; kp: Float64Array; iterations: number } {
  const maxIterations = options.maxIterations ?? methodOfReflections.defaults.maxIterations;
  const tolerance = options.tolerance ?? methodOfReflections.defaults.tolerance;
  let x = zScore(Float64Array.from(presence.diversity, (d) => (d > 0 ? d : NaN)));
  for (let it = 1; it <= maxIterations; it++) {
    const next = zScore(averageOverProducts(presence, nLocations, averageOverLocations(presence, nLocations, nProducts, x)));
    let change = 0;
    for (let c = 0; c < nLocations; c++) {
      const d = Math.abs((next[c] as number) - (x[c] as number));
      if (d > change) change = d;
    }
    x = next;
    if (change < tolerance) {
      // remove the constant (lambda_1 = 1) component: the k_c-weighted mean (the left eigenvector of Mcc
      // for 1 is k_c), so that x is an eigenvector of Mcc, not one plus a constant; COI and COG use kp's level
      let sx = 0;
      let sk = 0;
      for (let c = 0; c < nLocations; c++) {
        const d = presence.diversity[c] as number;
        if (d > 0) {
          sx += d * (x[c] as number);
          sk += d;
        }
      }
      x = x.map((v) => v - sx / sk);
      const kp = averageOverLocations(presence, nLocations, nProducts, x);
      const kc = averageOverProducts(presence, nLocations, kp);
      let cov = 0;
      let md = 0;
      let n = 0;
      for (let c = 0; c < nLocations; c++) if (Number.isFinite(kc[c] as number)) { md += presence.diversity[c] as number; n++; }
      md /= n;
      for (let c = 0; c < nLocations; c++) if (Number.isFinite(kc[c] as number)) cov += (kc[c] as number) * ((presence.diversity[c] as number) - md);
      if (cov < 0) {
        for (let c = 0; c < nLocations; c++) kc[c] = -(kc[c] as number);
        for (let p = 0; p < nProducts; p++) kp[p] = -(kp[p] as number);
      }
      return { kc, kp, iterations: it };
    }
  }
  throw new ConvergenceError(`\`methodOfReflections\` did not converge in ${maxIterations} iterations`);
}
methodOfReflections.defaults = { maxIterations: 1000, tolerance: 1e-10 };

function zScore(y: Float64Array): Float64Array {
  let n = 0;
  let s = 0;
  for (let i = 0; i < y.length; i++) if (Number.isFinite(y[i] as number)) { n++; s += y[i] as number; }
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < y.length; i++) if (Number.isFinite(y[i] as number)) ss += ((y[i] as number) - mean) ** 2;
  const sd = Math.sqrt(ss / n);
  return y.map((v) => (v - mean) / sd);
}

/** (D_c^-1 M v)_c: the average of v over the location's products (NaN entries of v skipped; NaN when k_c = 0). */
function averageOverProducts(presence: Presence, nLocations: number, v: Float64Array): Float64Array {
  const { rows, diversity } = presence;
  const out = new Float64Array(nLocations);
  for (let c = 0; c < nLocations; c++) {
    let s = 0;
    for (let k = rows.rowStart[c] as number; k < (rows.rowStart[c + 1] as number); k++) s += (rows.vals[k] as number) * (v[rows.cols[k] as number] as number);
    const d = diversity[c] as number;
    out[c] = d > 0 ? s / d : NaN;
  }
  return out;
}

/** (D_p^-1 M^T v)_p: the average of v over the product's exporters (NaN when k_p = 0). */
function averageOverLocations(presence: Presence, nLocations: number, nProducts: number, v: Float64Array): Float64Array {
  const { rows, ubiquity } = presence;
  const out = new Float64Array(nProducts);
  for (let c = 0; c < nLocations; c++) {
    const x = v[c] as number;
    if (!Number.isFinite(x)) continue;
    for (let k = rows.rowStart[c] as number; k < (rows.rowStart[c + 1] as number); k++) {
      const p = rows.cols[k] as number;
      out[p] = (out[p] as number) + (rows.vals[k] as number) * x;
    }
  }
  for (let p = 0; p < nProducts; p++) {
    const u = ubiquity[p] as number;
    out[p] = u > 0 ? (out[p] as number) / u : NaN;
  }
  return out;
}
