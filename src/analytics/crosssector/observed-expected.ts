export interface ObservedExpected {
  /** expected_ij = row_i * col_j / total */
  expected: Float64Array;
  /** ratio_ij = M_ij / expected_ij (NaN where expected is 0) */
  ratio: Float64Array;
  rowTotal: Float64Array;
  colTotal: Float64Array;
  total: number;
}

/**
 * Observed over expected link weights against independence of the two sides.
 *
 *   E_ij = M_i. * M_.j / M..        ratio_ij = M_ij / E_ij = M_ij * M.. / (M_i. * M_.j)
 *
 * where:
 *   M_ij  is the link weight from sector i to sector j (diagonal included in every total),
 *   M_i.  is the row total, M_.j the column total, M.. the grand total.
 *
 * Convention: ratio > 1 means more links than independence predicts. Where E_ij = 0 (an empty row or
 * column, or an empty matrix) the ratio is NaN.
 *
 * Complexity O(n^2).
 *
 * @throws {RangeError} when m.length !== n * n
 * @example observedExpected(Float64Array.of(2, 1, 1, 0), 2).ratio // [0.888..., 1.333..., 1.333..., 0]
 *
 * Reference: the independence model of a contingency table, Agresti, A. (2013), Categorical Data Analysis,
 * 3rd ed., Wiley, section 2.4 (ISBN 978-0-470-46363-5); used for co-occurrence "revealed relatedness" by
 * Neffke, F. & Henning, M. (2013), Strategic Management Journal 34(3), doi:10.1002/smj.2014.
 */
export function observedExpected(m: Float64Array, n: number): ObservedExpected {
  if (m.length !== n * n) throw new RangeError('`observedExpected` requires m.length = n * n');
  const rowTotal = new Float64Array(n);
  const colTotal = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = m[i * n + j] as number;
      rowTotal[i]! += v;
      colTotal[j]! += v;
      total += v;
    }
  }
  const expected = new Float64Array(n * n);
  const ratio = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const e = total > 0 ? ((rowTotal[i] as number) * (colTotal[j] as number)) / total : 0;
      expected[i * n + j] = e;
      ratio[i * n + j] = e > 0 ? (m[i * n + j] as number) / e : NaN;
    }
  }
  return { expected, ratio, rowTotal, colTotal, total };
}
