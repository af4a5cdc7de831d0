import { ConvergenceError } from '../errors.ts';
import type { Presence } from './binary-m.ts';

/**
 * Fitness of locations and complexity of products (the Fitness-Complexity algorithm).
 *
 *   F~_c(n) = sum_p M_cp Q_p(n-1),          Q~_p(n) = 1 / sum_c M_cp / F_c(n-1)
 *   F_c(n)  = F~_c(n) / mean_c F~_c(n),     Q_p(n)  = Q~_p(n) / mean_p Q~_p(n),    F(0) = Q(0) = 1
 *
 * iterated until max(|F(n) - F(n-1)|, |Q(n) - Q(n-1)|) < tolerance. Locations with k_c = 0 and products with
 * k_p = 0 take no part (NaN). The map is non-linear: a product exported by a low-fitness location gets a low
 * complexity (the harmonic sum is dominated by the least fit exporter). For strongly nested matrices some
 * fitnesses decay towards 0 without converging; then ConvergenceError is thrown.
 *
 * Complexity O(iterations * nnz(M)).
 *
 * @throws {ConvergenceError} when maxIterations rounds do not reach the tolerance
 * @example
 *   // M = [[1, 1, 0], [0, 1, 1]]: F = [1, 1], Q = [1.2, 0.6, 1.2] (the shared product is the least complex)
 *
 * Reference: Tacchella, A., Cristelli, M., Caldarelli, G., Gabrielli, A. & Pietronero, L. (2012) "A new
 * metrics for countries' fitness and products' complexity", Scientific Reports 2, 723, doi:10.1038/srep00723.
 */
export function fitnessComplexity(
  presence: Presence,
  nLocations: number,
  nProducts: number,
  options: { maxIterations?: number; tolerance?: number } = {},
): { fitness: Float64Array; complexity: Float64Array; iterations: number } {
  const maxIterations = options.maxIterations ?? fitnessComplexity.defaults.maxIterations;
  const tolerance = options.tolerance ?? fitnessComplexity.defaults.tolerance;
  const { rows, diversity, ubiquity } = presence;
  let f = Float64Array.from(diversity, (d) => (d > 0 ? 1 : NaN));
  let q = Float64Array.from(ubiquity, (u) => (u > 0 ? 1 : NaN));
  for (let it = 1; it <= maxIterations; it++) {
    const nf = new Float64Array(nLocations);
    const inv = new Float64Array(nProducts);
    for (let c = 0; c < nLocations; c++) {
      if (!((diversity[c] as number) > 0)) {
        nf[c] = NaN;
        continue;
      }
      const fc = f[c] as number;
      let s = 0;
      for (let k = rows.rowStart[c] as number; k < (rows.rowStart[c + 1] as number); k++) {
        const p = rows.cols[k] as number;
        const m = rows.vals[k] as number;
        s += m * (q[p] as number);
        inv[p] = (inv[p] as number) + m / fc;
      }
      nf[c] = s;
    }
    const nq = new Float64Array(nProducts);
    for (let p = 0; p < nProducts; p++) nq[p] = (ubiquity[p] as number) > 0 ? 1 / (inv[p] as number) : NaN;
    normaliseMean(nf);
    normaliseMean(nq);
    let change = 0;
    for (let c = 0; c < nLocations; c++) change = Math.max(change, Math.abs((nf[c] as number) - (f[c] as number)) || 0);
    for (let p = 0; p < nProducts; p++) change = Math.max(change, Math.abs((nq[p] as number) - (q[p] as number)) || 0);
    f = nf;
    q = nq;
    if (!f.some((v) => v === 0 || v === Infinity) && change < tolerance) return { fitness: f, complexity: q, iterations: it };
  }
  throw new ConvergenceError(`\`fitnessComplexity\` did not converge in ${maxIterations} iterations`);
}
fitnessComplexity.defaults = { maxIterations: 1000, tolerance: 1e-10 };

function normaliseMean(x: Float64Array): void {
  let s = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i] as number)) { s += x[i] as number; n++; }
  const mean = s / n;
  for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) / mean;
}
