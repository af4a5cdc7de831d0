import { SingularMatrixError } from '../errors.ts';

export interface LogisticOptions {
  /** Newton-Raphson iterations before giving up (default 50). */
  maxIterations?: number;
  /** Convergence when |dev_old - dev_new| / (|dev_new| + 0.1) < tolerance (default 1e-10, R's glm criterion). */
  tolerance?: number;
  /** Ridge penalty lambda >= 0 on the standardized slopes, not the intercept (default 0). */
  ridge?: number;
}

export interface LogisticFit {
  /** [intercept, b_1 .. b_p] on the original scale of the columns. */
  coefficients: Float64Array;
  iterations: number;
  converged: boolean;
  /** true when some fitted probability is numerically 0 or 1 (< 1e-10 away): (quasi-)complete separation. */
  separation: boolean;
  /** the (unpenalized) log-likelihood at the returned coefficients */
  logLikelihood: number;
}

/**
 * Logistic regression by Newton-Raphson (iteratively reweighted least squares), with an intercept added.
 *
 *   P(y_i = 1) = p_i = 1 / (1 + exp(-eta_i)),   eta_i = b_0 + sum_j b_j x_ij
 *   maximise  l(b) = sum_i [y_i ln p_i + (1 - y_i) ln(1 - p_i)] - (lambda / 2) sum_{j>=1} bs_j^2
 *   step      (Z'WZ + lambda I*) delta = Z'(y - p) - lambda bs*,   W = diag(p_i (1 - p_i))
 *
 * where:
 *   x      is the row-major design (nRows x nCols, no intercept column),
 *   Z      the design with each column standardized (centred, divided by its SD) plus a column of ones,
 *   bs     the coefficients on that standardized scale (mapped back to the original scale on return),
 *   I*, bs*  the identity / coefficients with the intercept entry set to 0 (the intercept is not penalized).
 *
 * Convention: columns are standardized internally (better conditioning; lambda is then scale-free). A constant
 * column gets coefficient 0. A step that lowers the penalized log-likelihood is halved (up to 30 times).
 * Convergence is R's glm rule on the deviance. Under perfect separation the unpenalized maximum does not
 * exist: the deviance still converges towards 0 while slopes grow, and `separation` is reported; a small
 * ridge (e.g. 1e-3) keeps the coefficients finite and the fitted probabilities away from 0 and 1.
 * Not converging within maxIterations is reported (`converged: false`), not thrown.
 *
 * Complexity O(iterations * nRows * nCols^2).
 *
 * @throws {RangeError} when x.length !== nRows * nCols, y.length !== nRows, y is not 0/1, or an option is out of range
 * @throws {SingularMatrixError} when Z'WZ + lambda I* is not positive definite (collinear columns without ridge)
 * @example logisticRegression(Float64Array.of(0, 0, 1, 1), Uint8Array.of(0, 1, 0, 1), 4, 1).coefficients // [0, 0]
 *
 * Reference: McCullagh, P. & Nelder, J. A. (1989), Generalized Linear Models, 2nd ed., Chapman & Hall,
 * section 2.5 (IRLS); Hosmer, D. W., Lemeshow, S. & Sturdivant, R. X. (2013), Applied Logistic Regression,
 * 3rd ed., Wiley, doi:10.1002/9781118548387; le Cessie, S. & van Houwelingen, J. C. (1992) "Ridge estimators
 * in logistic regression", Applied Statistics 41(1), 191-201, doi:10.2307/2347628.
 */
export function logisticRegression(
  x: Float64Array, y: ArrayLike<number>, nRows: number, nCols: number, options: LogisticOptions = {},
): LogisticFit {
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-10;
  const lambda = options.ridge ?? 0;
  if (!Number.isInteger(nRows) || nRows < 1 || !Number.isInteger(nCols) || nCols < 0) {
    throw new RangeError('`logisticRegression` requires nRows >= 1 and nCols >= 0 integers');
  }
  if (x.length !== nRows * nCols) throw new RangeError('`logisticRegression` requires x.length = nRows * nCols');
  if (y.length !== nRows) throw new RangeError('`logisticRegression` requires y.length = nRows');
  if (!(lambda >= 0) || !(tolerance > 0) || !(maxIterations >= 1)) {
    throw new RangeError('`logisticRegression` requires ridge >= 0, tolerance > 0 and maxIterations >= 1');
  }
  for (let i = 0; i < nRows; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new RangeError('`logisticRegression` requires y of 0 and 1');
  }
  const p = nCols + 1;
  // Column means and SDs for the internal standardization.
  const mean = new Float64Array(nCols);
  const sd = new Float64Array(nCols);
  for (let i = 0; i < nRows; i++) for (let j = 0; j < nCols; j++) mean[j] = (mean[j] as number) + (x[i * nCols + j] as number);
  for (let j = 0; j < nCols; j++) mean[j] = (mean[j] as number) / nRows;
  for (let i = 0; i < nRows; i++) {
    for (let j = 0; j < nCols; j++) {
      const d = (x[i * nCols + j] as number) - (mean[j] as number);
      sd[j] = (sd[j] as number) + d * d;
    }
  }
  for (let j = 0; j < nCols; j++) sd[j] = Math.sqrt((sd[j] as number) / nRows);
  const z = new Float64Array(p);
  const zRow = (i: number) => {
    z[0] = 1;
    for (let j = 0; j < nCols; j++) {
      const s = sd[j] as number;
      z[j + 1] = s > 0 ? ((x[i * nCols + j] as number) - (mean[j] as number)) / s : 0;
    }
  };
  const b = new Float64Array(p);
  const penalized = (coef: Float64Array) => {
    let ll = 0;
    for (let i = 0; i < nRows; i++) {
      zRow(i);
      let eta = 0;
      for (let j = 0; j < p; j++) eta += (z[j] as number) * (coef[j] as number);
      // ln p = -ln(1 + e^-eta), ln(1 - p) = -ln(1 + e^eta), computed stably
      ll -= y[i] === 1 ? softplus(-eta) : softplus(eta);
    }
    let pen = 0;
    for (let j = 1; j < p; j++) pen += (coef[j] as number) ** 2;
    return { ll, objective: ll - 0.5 * lambda * pen };
  };
  let current = penalized(b);
  let converged = false;
  let iterations = 0;
  const hessian = new Float64Array(p * p);
  const gradient = new Float64Array(p);
  const trial = new Float64Array(p);
  while (iterations < maxIterations) {
    iterations++;
    hessian.fill(0);
    gradient.fill(0);
    for (let i = 0; i < nRows; i++) {
      zRow(i);
      let eta = 0;
      for (let j = 0; j < p; j++) eta += (z[j] as number) * (b[j] as number);
      const mu = 1 / (1 + Math.exp(-eta));
      const w = mu * (1 - mu);
      const r = (y[i] as number) - mu;
      for (let j = 0; j < p; j++) {
        const zj = z[j] as number;
        gradient[j] = (gradient[j] as number) + zj * r;
        for (let k = 0; k <= j; k++) hessian[j * p + k] = (hessian[j * p + k] as number) + w * zj * (z[k] as number);
      }
    }
    for (let j = 1; j < p; j++) {
      gradient[j] = (gradient[j] as number) - (lambda * (b[j] as number));
      // a constant column has an all-zero row: give it a unit diagonal so that its coefficient stays 0
      hessian[j * p + j] = (hessian[j * p + j] as number) + lambda + ((sd[j - 1] as number) > 0 ? 0 : 1);
    }
    const delta = solveCholesky(hessian, gradient, p);
    let step = 1;
    let next = current;
    for (let half = 0; half <= 30; half++) {
      for (let j = 0; j < p; j++) trial[j] = (b[j] as number) + step * (delta[j] as number);
      next = penalized(trial);
      if (next.objective >= current.objective - 1e-12 * Math.abs(current.objective)) break;
      step /= 2;
    }
    b.set(trial);
    const devOld = -2 * current.objective;
    const devNew = -2 * next.objective;
    current = next;
    if (Math.abs(devOld - devNew) / (Math.abs(devNew) + 0.1) < tolerance) {
      converged = true;
      break;
    }
  }
  // Back to the original scale: b_j = bs_j / sd_j, b_0 = bs_0 - sum_j bs_j mean_j / sd_j.
  const coefficients = new Float64Array(p);
  coefficients[0] = b[0] as number;
  for (let j = 0; j < nCols; j++) {
    const s = sd[j] as number;
    const c = s > 0 ? (b[j + 1] as number) / s : 0;
    coefficients[j + 1] = c;
    coefficients[0] = (coefficients[0] as number) - (c * (mean[j] as number));
  }
  let separation = false;
  for (let i = 0; i < nRows && !separation; i++) {
    zRow(i);
    let eta = 0;
    for (let j = 0; j < p; j++) eta += (z[j] as number) * (b[j] as number);
    separation = Math.abs(eta) > 23; // 1 / (1 + e^23) ~ 1e-10
  }
  return { coefficients, iterations, converged, separation, logLikelihood: current.ll };
}

/**
 * The linear predictor (logit of the fitted probability) of each row.
 *
 *   eta_i = b_0 + sum_j b_j x_ij
 *
 * Complexity O(nRows * nCols).
 *
 * @throws {RangeError} when x.length !== nRows * (coefficients.length - 1)
 * @example linearPredictor(Float64Array.of(1, 2), Float64Array.of(2), 1) // [3]
 *
 * Reference: as logisticRegression.
 */
export function linearPredictor(coefficients: Float64Array, x: Float64Array, nRows: number): Float64Array {
  const nCols = coefficients.length - 1;
  if (nCols < 0 || x.length !== nRows * nCols) throw new RangeError('`linearPredictor` requires x.length = nRows * (coefficients.length - 1)');
  const out = new Float64Array(nRows);
  for (let i = 0; i < nRows; i++) {
    let eta = coefficients[0] as number;
    for (let j = 0; j < nCols; j++) eta += (coefficients[j + 1] as number) * (x[i * nCols + j] as number);
    out[i] = eta;
  }
  return out;
}

function softplus(t: number): number {
  return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
}

/** Solves A d = g for a symmetric positive definite A given by its lower triangle (row-major p x p). */
function solveCholesky(a: Float64Array, g: Float64Array, p: number): Float64Array {
  const l = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let s = a[j * p + j] as number;
    for (let k = 0; k < j; k++) s -= (l[j * p + k] as number) ** 2;
    if (!(s > 1e-12 * Math.max(1, a[j * p + j] as number))) {
      throw new SingularMatrixError('`logisticRegression` found collinear columns (the information matrix is singular); drop one or set a ridge');
    }
    const d = Math.sqrt(s);
    l[j * p + j] = d;
    for (let i = j + 1; i < p; i++) {
      let t = a[i * p + j] as number;
      for (let k = 0; k < j; k++) t -= (l[i * p + k] as number) * (l[j * p + k] as number);
      l[i * p + j] = t / d;
    }
  }
  const out = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let t = g[i] as number;
    for (let k = 0; k < i; k++) t -= (l[i * p + k] as number) * (out[k] as number);
    out[i] = t / (l[i * p + i] as number);
  }
  for (let i = p - 1; i >= 0; i--) {
    let t = out[i] as number;
    for (let k = i + 1; k < p; k++) t -= (l[k * p + i] as number) * (out[k] as number);
    out[i] = t / (l[i * p + i] as number);
  }
  return out;
}
