// TOPSIS ranking of alternatives (clusters competing for support) on several criteria (issue 8,
// docs/methods-evaluation-decisions.md). Pure: typed arrays in and out, the decision matrix nAlt x nCrit row-major.

export interface TopsisResult {
  /** relative closeness to the ideal in [0, 1], per alternative (1 = the ideal itself) */
  closeness: Float64Array;
  /** 1 = best; alternatives whose closeness differs by at most 1e-12 share the better rank (1, 2, 2, 4) */
  rank: Int32Array;
}

const TIE = 1e-12;

/**
 * TOPSIS: the technique for order preference by similarity to the ideal solution.
 *
 *   r_ij = x_ij / sqrt(sum_i x_ij^2)             v_ij = w_j r_ij,   w_j = weights_j / sum_k weights_k
 *   A+_j = max_i v_ij (benefit) or min_i v_ij (cost);   A-_j the opposite
 *   d+_i = sqrt(sum_j (v_ij - A+_j)^2),   d-_i = sqrt(sum_j (v_ij - A-_j)^2),   C_i = d-_i / (d+_i + d-_i)
 *
 * where:
 *   x_ij  is alternative i's value on criterion j,
 *   benefit_j = 1 when more is better, 0 when less is better (a cost),
 *   C_i   the relative closeness: 1 at the ideal, 0 at the anti-ideal; ranks by C descending.
 *
 * Convention: a criterion column of zeros normalises to zeros (it cannot separate the alternatives) instead of
 * 0/0. When every alternative is equal on every weighted criterion (d+ = d- = 0) each C is 0.5. Ties (within
 * 1e-12) share the better rank. Complexity O(nAlt nCrit + nAlt log nAlt).
 *
 * @throws {RangeError} when nAlt or nCrit is not a non-negative integer, a length does not match, a value is not
 *   finite, a weight is negative or not finite, the weights sum to 0, or benefit holds other than 0 and 1
 * @example topsis(Float64Array.of(1, 0), 2, 1, Float64Array.of(1), Uint8Array.of(1)) // closeness [1, 0], rank [1, 2]
 *
 * Reference: Hwang, C.-L. & Yoon, K. (1981) Multiple Attribute Decision Making: Methods and Applications,
 * Lecture Notes in Economics and Mathematical Systems 186, Springer, doi:10.1007/978-3-642-48318-9, pp. 128-140.
 */
export function topsis(matrix: Float64Array, nAlt: number, nCrit: number, weights: Float64Array, benefit: Uint8Array): TopsisResult {
  if (!Number.isInteger(nAlt) || nAlt < 0) throw new RangeError('`topsis` requires nAlt to be a non-negative integer');
  if (!Number.isInteger(nCrit) || nCrit < 1) throw new RangeError('`topsis` requires nCrit to be a positive integer');
  if (matrix.length !== nAlt * nCrit) throw new RangeError('`topsis` requires matrix.length = nAlt * nCrit');
  if (weights.length !== nCrit) throw new RangeError('`topsis` requires weights.length = nCrit');
  if (benefit.length !== nCrit) throw new RangeError('`topsis` requires benefit.length = nCrit');
  let weightSum = 0;
  for (let j = 0; j < nCrit; j++) {
    const w = weights[j] as number;
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError('`topsis` requires non-negative finite weights');
    if (benefit[j] !== 0 && benefit[j] !== 1) throw new RangeError('`topsis` requires benefit to hold 0 (cost) or 1 (benefit)');
    weightSum += w;
  }
  if (!(weightSum > 0)) throw new RangeError('`topsis` requires weights with a positive sum');
  for (let k = 0; k < matrix.length; k++) {
    if (!Number.isFinite(matrix[k] as number)) throw new RangeError('`topsis` requires finite values');
  }
  const v = new Float64Array(nAlt * nCrit);
  const ideal = new Float64Array(nCrit);
  const anti = new Float64Array(nCrit);
  for (let j = 0; j < nCrit; j++) {
    let sq = 0;
    for (let i = 0; i < nAlt; i++) sq += (matrix[i * nCrit + j] as number) ** 2;
    const scale = sq > 0 ? (weights[j] as number) / weightSum / Math.sqrt(sq) : 0;
    let max = -Infinity;
    let min = Infinity;
    for (let i = 0; i < nAlt; i++) {
      const x = (matrix[i * nCrit + j] as number) * scale;
      v[i * nCrit + j] = x;
      if (x > max) max = x;
      if (x < min) min = x;
    }
    ideal[j] = benefit[j] === 1 ? max : min;
    anti[j] = benefit[j] === 1 ? min : max;
  }
  const closeness = new Float64Array(nAlt);
  for (let i = 0; i < nAlt; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < nCrit; j++) {
      const x = v[i * nCrit + j] as number;
      plus += (x - (ideal[j] as number)) ** 2;
      minus += (x - (anti[j] as number)) ** 2;
    }
    const dPlus = Math.sqrt(plus);
    const dMinus = Math.sqrt(minus);
    closeness[i] = dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 0.5;
  }
  return { closeness, rank: rankDescending(closeness) };
}

/**
 * Competition ranks of scores, highest first: 1 for the best, ties (within 1e-12) sharing the better rank and
 * the next rank skipping (1, 2, 2, 4). Deterministic: equal scores keep their input order in the sort.
 */
export function rankDescending(scores: Float64Array): Int32Array {
  const order = Array.from(scores, (_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const rank = new Int32Array(scores.length);
  order.forEach((alt, position) => {
    const prev = order[position - 1];
    rank[alt] = prev !== undefined && (scores[prev] as number) - (scores[alt] as number) <= TIE ? (rank[prev] as number) : position + 1;
  });
  return rank;
}
