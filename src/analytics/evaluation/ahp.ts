// Saaty's Analytic Hierarchy Process (AHP) for prioritising a cluster's common goals from its members' pairwise
// judgements (issue 8, docs/methods-evaluation-decisions.md): priorities from the principal eigenvector, the
// consistency ratio, the reciprocal matrix from a list of judgements, and the group matrix by the element-wise
// geometric mean. Pure: typed arrays in and out, matrices n x n row-major.
import { ConvergenceError } from '../errors.ts';

/**
 * Saaty's random index RI(n): the mean consistency index of random reciprocal matrices of order n on the 1-9
 * scale, for n = 1..15 (index n - 1).
 *
 * Reference: Saaty, T. L. (1990) "How to make a decision: the analytic hierarchy process", European Journal of
 * Operational Research 48(1), 9-26, doi:10.1016/0377-2217(90)90057-I (n <= 10); Saaty, T. L. (1994)
 * Fundamentals of Decision Making and Priority Theory, RWS Publications (n = 11..15).
 */
export const SAATY_RANDOM_INDEX: readonly number[] = Object.freeze([
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
]);

/** A matrix with a consistency ratio above this is inconsistent enough to be revised (Saaty 1980). */
export const CR_LIMIT = 0.1;

const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 100_000;

export interface AhpPriorities {
  /** the principal right eigenvector, summing to 1 */
  weights: Float64Array;
  /** the principal eigenvalue (>= n for a positive reciprocal matrix, = n when consistent) */
  lambdaMax: number;
  /** consistency index (lambdaMax - n) / (n - 1); 0 for n <= 2 */
  ci: number;
  /** consistency ratio CI / RI(n); 0 for n <= 2, NaN for n > 15 (no tabulated RI) */
  cr: number;
}

/**
 * Priorities of a pairwise comparison matrix by Saaty's eigenvector method.
 *
 *   A w = lambdaMax w,  sum_i w_i = 1          CI = (lambdaMax - n) / (n - 1)          CR = CI / RI(n)
 *
 * where:
 *   A_ij  is how many times more important item i is than item j (positive; reciprocal: A_ji = 1 / A_ij),
 *   w     the principal (Perron) eigenvector, found by power iteration w <- A w / sum(A w) from w = 1/n until
 *         no component moves by more than 1e-12; then lambdaMax = sum_i (A w)_i since sum w = 1,
 *   RI(n) Saaty's random index (SAATY_RANDOM_INDEX).
 *
 * Convention: CR <= CR_LIMIT (0.1) is acceptably consistent. CI is clamped at 0 (rounding can put lambdaMax of a
 * consistent matrix a hair below n). For n <= 2 a reciprocal matrix is always
 * consistent: CI = CR = 0. For n > 15 CR is NaN. A positive matrix is primitive, so the iteration converges
 * (Perron-Frobenius). Complexity O(n^2) per iteration.
 *
 * @throws {RangeError} when n is not a positive integer, matrix.length !== n * n, or an entry is not a positive number
 * @throws {ConvergenceError} when the iteration does not settle within 100,000 steps
 * @example ahpPriorities(Float64Array.of(1, 2, 0.5, 1), 2) // { weights: [2/3, 1/3], lambdaMax: 2, ci: 0, cr: 0 }
 *
 * Reference: Saaty, T. L. (1980) The Analytic Hierarchy Process, McGraw-Hill; Saaty, T. L. (1990) "How to make a
 * decision: the analytic hierarchy process", European Journal of Operational Research 48(1), 9-26,
 * doi:10.1016/0377-2217(90)90057-I.
 */
export function ahpPriorities(matrix: Float64Array, n: number): AhpPriorities {
  assertSquare('ahpPriorities', matrix, n);
  for (let k = 0; k < matrix.length; k++) {
    const v = matrix[k] as number;
    if (!(v > 0 && Number.isFinite(v))) throw new RangeError('`ahpPriorities` requires positive finite entries');
  }
  let w = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let lambdaMax: number;
  for (let iteration = 0; ; iteration++) {
    if (iteration >= MAX_ITERATIONS) throw new ConvergenceError('`ahpPriorities` did not converge in 100000 iterations');
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += (matrix[i * n + j] as number) * (w[j] as number);
      next[i] = s;
      sum += s;
    }
    lambdaMax = sum;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = (next[i] as number) / sum;
      change = Math.max(change, Math.abs((next[i] as number) - (w[i] as number)));
    }
    [w, next] = [next, w];
    if (change <= TOLERANCE) break;
  }
  // lambdaMax >= n for a positive reciprocal matrix; rounding can put it a hair below n, which would give CI = -1e-16
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const cr = n <= 2 ? 0 : n > SAATY_RANDOM_INDEX.length ? NaN : ci / (SAATY_RANDOM_INDEX[n - 1] as number);
  return { weights: w, lambdaMax, ci, cr };
}

/** One judgement: item a is `value` times as important as item b (Saaty's 1-9 scale and reciprocals). */
export interface Judgement { a: number; b: number; value: number }

export type PairwiseProblem = 'missing' | 'contradiction' | 'out-of-scale' | 'self' | 'index';

/** A list of judgements that does not make a full reciprocal matrix; `pairs` are the item pairs concerned. */
export class PairwiseJudgementError extends RangeError {
  override name = 'PairwiseJudgementError';
  constructor(message: string, readonly problem: PairwiseProblem, readonly pairs: readonly (readonly [number, number])[]) {
    super(message);
  }
}

/** Judgements are compared to the scale ends and to each other with this relative slack (1/3 typed as 0.3333...). */
const SCALE_SLACK = 1e-9;

/**
 * The full reciprocal pairwise comparison matrix from judgements of pairs a != b:
 *
 *   A_ab = value,  A_ba = 1 / value,  A_ii = 1,   value in [1/9, 9]
 *
 * Every unordered pair {a, b} must be judged (in either order). A pair judged twice must agree (the second
 * value equal to the first, or to its reciprocal when given as b, a); an agreeing repeat is accepted.
 * Complexity O(n^2 + judgements).
 *
 * @throws {PairwiseJudgementError} (a RangeError) naming the first problem: an item index outside 0..n-1, a = b,
 *   a value outside [1/9, 9], a contradicting duplicate, or the missing pairs (all of them)
 * @throws {RangeError} when n is not a positive integer
 * @example pairwiseMatrix(2, [{ a: 0, b: 1, value: 3 }]) // [1, 3, 1/3, 1]
 *
 * Reference: Saaty, T. L. (1980) The Analytic Hierarchy Process, McGraw-Hill, chapter 1 (the 1-9 scale).
 */
export function pairwiseMatrix(n: number, judgements: readonly Judgement[]): Float64Array {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('`pairwiseMatrix` requires n to be a positive integer');
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  for (const { a, b, value } of judgements) {
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= n || b >= n) {
      throw new PairwiseJudgementError(`\`pairwiseMatrix\`: item ${a} or ${b} is not within 0..${n - 1}`, 'index', [[a, b]]);
    }
    if (a === b) throw new PairwiseJudgementError(`\`pairwiseMatrix\`: item ${a} is compared with itself`, 'self', [[a, b]]);
    if (!(value >= (1 / 9) * (1 - SCALE_SLACK) && value <= 9 * (1 + SCALE_SLACK))) {
      throw new PairwiseJudgementError(`\`pairwiseMatrix\`: judgement ${value} of pair (${a}, ${b}) is outside [1/9, 9]`, 'out-of-scale', [[a, b]]);
    }
    const old = m[a * n + b] as number;
    if (old !== 0) {
      if (Math.abs(old - value) > SCALE_SLACK * Math.max(old, value)) {
        throw new PairwiseJudgementError(
          `\`pairwiseMatrix\`: pair (${a}, ${b}) is judged twice with different values (${old} and ${value})`, 'contradiction', [[a, b]]);
      }
      continue;
    }
    m[a * n + b] = value;
    m[b * n + a] = 1 / value;
  }
  const missing: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (m[i * n + j] === 0) missing.push([i, j]);
  if (missing.length > 0) {
    const list = missing.map(([i, j]) => `(${i}, ${j})`).join(', ');
    throw new PairwiseJudgementError(`\`pairwiseMatrix\`: pair${missing.length > 1 ? 's' : ''} ${list} not judged`, 'missing', missing);
  }
  return m;
}

/**
 * The group's pairwise matrix from its members' matrices by the element-wise geometric mean:
 *
 *   G_ij = (prod_k A^(k)_ij)^(1/K) = exp((1/K) sum_k ln A^(k)_ij)
 *
 * where K is the number of members. The geometric mean, unlike the arithmetic one, keeps the matrix reciprocal
 * (G_ji = 1 / G_ij) and is the only mean that does so while satisfying unanimity and homogeneity.
 * Complexity O(K n^2).
 *
 * @throws {RangeError} when there are no matrices, a matrix's length is not n * n, or an entry is not positive
 * @example aggregateJudgements([Float64Array.of(1, 4, 0.25, 1), Float64Array.of(1, 1, 1, 1)], 2) // [1, 2, 0.5, 1]
 *
 * Reference: Aczél, J. & Saaty, T. L. (1983) "Procedures for synthesizing ratio judgements", Journal of
 * Mathematical Psychology 27(1), 93-102, doi:10.1016/0022-2496(83)90028-7; Forman, E. & Peniwati, K. (1998)
 * "Aggregating individual judgments and priorities with the analytic hierarchy process", European Journal of
 * Operational Research 108(1), 165-169, doi:10.1016/S0377-2217(97)00244-0 (AIJ).
 */
export function aggregateJudgements(matrices: readonly Float64Array[], n: number): Float64Array {
  if (matrices.length === 0) throw new RangeError('`aggregateJudgements` requires at least one matrix');
  const logSum = new Float64Array(n * n);
  for (const m of matrices) {
    assertSquare('aggregateJudgements', m, n);
    for (let k = 0; k < m.length; k++) {
      const v = m[k] as number;
      if (!(v > 0 && Number.isFinite(v))) throw new RangeError('`aggregateJudgements` requires positive finite entries');
      logSum[k]! += Math.log(v);
    }
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      // computed above the diagonal and mirrored, so that G_ji * G_ij = 1 exactly in floating point where possible
      if (i === j) out[i * n + j] = 1;
      else if (i < j) {
        const g = Math.exp((logSum[i * n + j] as number) / matrices.length);
        out[i * n + j] = g;
        out[j * n + i] = 1 / g;
      }
    }
  }
  return out;
}

function assertSquare(method: string, matrix: Float64Array, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`\`${method}\` requires n to be a positive integer`);
  if (matrix.length !== n * n) throw new RangeError(`\`${method}\` requires matrix.length = n * n`);
}
