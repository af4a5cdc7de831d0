/**
 * Percentile (quantile) of a sample by linear interpolation between closest ranks.
 *
 *   h = (n - 1) p,  Q(p) = x_(floor h) + (h - floor h) (x_(ceil h) - x_(floor h))
 *
 * where:
 *   x_(k)  is the k-th smallest value, counting from 0,
 *   n      is the number of values,
 *   p      is the probability in [0, 1] (0.25 for the 25th percentile).
 *
 * Convention: type 7 of Hyndman & Fan (1996), the default of R's `quantile` and of numpy's
 * `percentile`/`quantile` (method "linear"). Q(0) is the minimum and Q(1) the maximum; ties are ordinary
 * values, so [1, 2, 2, 2, 9] has Q(0.25) = Q(0.5) = Q(0.75) = 2.
 *
 * Complexity O(1) for `percentileSorted`; O(n log n) for `percentile`, which sorts a copy; expected O(n)
 * per requested p for `percentilesInPlace`, which selects instead of sorting (quickselect).
 *
 * Reference: Hyndman, R. J. & Fan, Y. (1996) "Sample quantiles in statistical packages",
 * The American Statistician 50(4), 361-365, doi:10.1080/00031305.1996.10473566. Used for the cluster
 * thresholds of Delgado, Porter & Stern (2016), doi:10.1093/jeg/lbv017.
 */

/**
 * Percentile of values already sorted in ascending order (type 7, see above). The order is trusted,
 * not checked. Returns NaN for an empty sample, and NaN when an interpolation endpoint is NaN.
 *
 * @throws {RangeError} when p is not in [0, 1]
 * @example percentileSorted([1, 2, 3, 4], 0.25) // 1.75  (h = 0.75: 1 + 0.75 * (2 - 1))
 */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError('`percentileSorted` requires p in [0, 1]');
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  if (h === lo) return low;
  const high = sorted[lo + 1] as number;
  return low + (h - lo) * (high - low);
}

/**
 * Percentile of unsorted values (type 7, see above): sorts a copy, so the input is left as it is.
 * Returns NaN for an empty sample and, like numpy's default, NaN when any value is NaN.
 *
 * @throws {RangeError} when p is not in [0, 1]
 * @example percentile([9, 1, 4, 2], 0.5) // 3  (sorted 1, 2, 4, 9; h = 1.5: 2 + 0.5 * (4 - 2))
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError('`percentile` requires p in [0, 1]');
  const copy = Float64Array.from(values as ArrayLike<number>);
  for (let i = 0; i < copy.length; i++) if (Number.isNaN(copy[i])) return NaN;
  return percentileSorted(copy.sort(), p);
}

/**
 * Several percentiles of one sample at once, without a full sort (type 7, see above): quickselect
 * (Hoare, median-of-three pivot) finds each needed rank, so the cost is expected O(n) per p instead of
 * O(n log n). Meant for hot loops such as the per-category thresholds over thousands of regions.
 * The buffer is REORDERED in place (its values are kept); pass a copy if the order matters.
 * Returns one value per p, in the order given; all NaN for an empty sample or when any value is NaN.
 *
 * @throws {RangeError} when a p is not in [0, 1]
 * @example percentilesInPlace(new Float64Array([9, 1, 4, 2]), [0.25, 0.5]) // [1.75, 3]
 */
export function percentilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  for (const p of ps) {
    if (!(p >= 0 && p <= 1)) throw new RangeError('`percentilesInPlace` requires p in [0, 1]');
  }
  const n = values.length;
  let hasNaN = n === 0;
  for (let i = 0; i < n && !hasNaN; i++) hasNaN = Number.isNaN(values[i]);
  if (hasNaN) return ps.map(() => NaN);
  // Visit the ranks in ascending order: once rank k is in place, everything right of it is >= values[k],
  // so the next (larger) rank only needs to be searched for in [k, n).
  const order = ps.map((_, i) => i).sort((a, b) => (ps[a] as number) - (ps[b] as number));
  const result = new Array<number>(ps.length);
  let left = 0;
  for (const index of order) {
    const h = (n - 1) * (ps[index] as number);
    const k = Math.floor(h);
    quickselect(values, k, left, n - 1);
    left = k;
    const low = values[k] as number;
    if (h === k) {
      result[index] = low;
      continue;
    }
    let high = Infinity; // the (k + 1)-th smallest is the minimum of what lies right of k
    for (let i = k + 1; i < n; i++) if ((values[i] as number) < high) high = values[i] as number;
    result[index] = low + (h - k) * (high - low);
  }
  return result;
}

/** Moves the k-th smallest of a[left..right] to index k, with a[left..k-1] <= a[k] <= a[k+1..right]. */
function quickselect(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as the pivot.
    const x = a[left] as number;
    const y = a[mid] as number;
    const z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[left..j] <= pivot <= a[i..right], and a[j+1..i-1] == pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}
