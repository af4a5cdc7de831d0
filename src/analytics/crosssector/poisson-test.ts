/**
 * One-sided Poisson test of an observed link weight against its expectation: the probability of a weight at
 * least as large under independence.
 *
 *   p = P(X >= x | X ~ Poisson(lambda)) = P(x, lambda) = gamma_lower(x, lambda) / Gamma(x)    (x > 0)
 *
 * where:
 *   x       is the observed weight M_ij (fractional counts allowed: the regularised incomplete gamma
 *           function is the continuous extension of the Poisson upper tail),
 *   lambda  is the expected weight E_ij (observedExpected).
 *
 * Convention: x <= 0 gives p = 1; lambda <= 0 with x > 0 gives p = 0; NaN in gives NaN. The incomplete gamma
 * is computed as in Numerical Recipes 6.2: its series when lambda < x + 1, else the continued fraction, to a
 * relative 1e-15.
 *
 * Complexity O(sqrt(max(x, lambda))) iterations.
 *
 * @throws never
 * @example poissonUpperTail(3, 1) // 0.0803014 (1 - e^-1 (1 + 1 + 1/2))
 *
 * Reference: Johnson, N. L., Kemp, A. W. & Kotz, S. (2005), Univariate Discrete Distributions, 3rd ed.,
 * Wiley, eq. 4.37 (the Poisson-gamma relation), doi:10.1002/0471715816; Press et al. (2007), Numerical
 * Recipes, 3rd ed., section 6.2.
 */
export function poissonUpperTail(x: number, lambda: number): number {
  if (Number.isNaN(x) || Number.isNaN(lambda)) return NaN;
  if (x <= 0) return 1;
  if (lambda <= 0) return 0;
  return regularizedLowerGamma(x, lambda);
}

function regularizedLowerGamma(a: number, x: number): number {
  const lnPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.min(1, sum * Math.exp(lnPrefix));
  }
  // Lentz's continued fraction for the upper function Q(a, x).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - Math.exp(lnPrefix) * h);
}

/** Lanczos approximation (g = 7, n = 9), relative error < 1e-15 for a > 0. */
function logGamma(a: number): number {
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - logGamma(1 - a);
  const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  const z = a - 1;
  let s = g[0] as number;
  for (let i = 1; i < 9; i++) s += (g[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/**
 * The significant links of a matrix: more weight than expected, with a one-sided Poisson p-value below alpha.
 *
 *   significant_ij = i != j and M_ij > E_ij and poissonUpperTail(M_ij, E_ij) < alpha
 *
 * Convention: the diagonal (same-sector links) is never significant; alpha defaults to 0.05 without a
 * multiple-testing correction (pass alpha / number of cells for Bonferroni).
 *
 * Complexity O(n^2) tests.
 *
 * @throws {RangeError} when lengths differ from n * n or alpha is not in (0, 1)
 * @example significantLinks(m, expected, n) // Uint8Array of 0/1 per cell
 *
 * Reference: as poissonUpperTail.
 */
export function significantLinks(m: Float64Array, expected: Float64Array, n: number, alpha = 0.05): Uint8Array {
  if (m.length !== n * n || expected.length !== n * n) throw new RangeError('`significantLinks` requires m and expected of length n * n');
  if (!(alpha > 0 && alpha < 1)) throw new RangeError('`significantLinks` requires alpha in (0, 1)');
  const out = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      const x = m[k] as number;
      const e = expected[k] as number;
      if (i !== j && x > e && poissonUpperTail(x, e) < alpha) out[k] = 1;
    }
  }
  return out;
}
