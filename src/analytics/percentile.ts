import { BUCKETS, BucketSelection, HIGH, quickselect } from './bucket-select.ts';

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

/**
 * Several percentiles of one sample at once by radix (bucket) selection (type 7, see above), leaving the
 * values unchanged: the same numbers as `percentileSorted` on a sorted copy, several times faster than
 * `percentilesInPlace` on thousands of values.
 *
 *   key(x)    = the high 32 bits of x's IEEE 754 bit pattern, flipped for negative x to keep the order,
 *   bucket(x) = clamp((key(x) >> s) - b, 0, 511),  s and b planned from 16 sampled keys
 *
 * where:
 *   key and bucket are non-decreasing in x, so every value in a lower bucket is <= every value in a higher
 *   one, and the value of rank k lies in the bucket where the running count of values passes k.
 *
 * One pass counts the values per bucket (and links each bucket's values into a list); then only the values
 * of the one or two buckets that hold a needed rank (floor(h) and, when h is fractional, the next rank)
 * are copied out, and quickselect among those gives the exact order statistics: the result is exact, not
 * binned (see bucket-select.ts). Samples under 64 values are sorted instead. Returns NaN for every p when
 * the sample is empty or holds a NaN (as `percentile` does).
 *
 * Complexity O(n) expected time for any number of p; O(n) scratch space, kept between calls.
 *
 * @throws {RangeError} when a p is not in [0, 1], or out is shorter than ps
 * @example percentilesRadix(new Float64Array([9, 1, 4, 2]), [0.25, 0.5]) // Float64Array [1.75, 3]
 *
 * Reference: radix (bucket) selection as in Alabi, T., Blanchard, J. D., Gordon, B. & Steinbach, R. (2012)
 * "Fast k-selection algorithms for graphics processing units", ACM J. Experimental Algorithmics 17,
 * doi:10.1145/2133803.2345676; quantiles as Hyndman & Fan (1996) above.
 */
export function percentilesRadix(values: Float64Array, ps: ArrayLike<number>, out = new Float64Array(ps.length)): Float64Array {
  for (let j = 0; j < ps.length; j++) {
    const p = ps[j] as number;
    if (!(p >= 0 && p <= 1)) throw new RangeError('`percentilesRadix` requires p in [0, 1]');
  }
  if (out.length < ps.length) throw new RangeError('`percentilesRadix` requires out.length >= ps.length');
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  radixPercentiles(values, words, 0, values.length, ps, out, 0);
  return out;
}

/** Samples smaller than this are sorted instead. */
const SMALL = 64;
const selection = new BucketSelection();

/**
 * Type-7 percentiles of values[start .. start + n) into out[outOffset .. outOffset + ps.length), by radix
 * selection (see `percentilesRadix`); values are not changed. `words` is an Int32Array over the same bytes
 * as `values`. The p are trusted to lie in [0, 1].
 */
function radixPercentiles(
  values: Float64Array,
  words: Int32Array,
  start: number,
  n: number,
  ps: ArrayLike<number>,
  out: Float64Array,
  outOffset: number,
): void {
  const nps = ps.length;
  const end = start + n;
  if (n < SMALL) {
    const sorted = values.slice(start, end);
    let nan = n === 0;
    for (let i = 0; i < n; i++) if (sorted[i] !== sorted[i]) nan = true;
    sorted.sort();
    for (let j = 0; j < nps; j++) out[outOffset + j] = nan ? NaN : percentileSorted(sorted, ps[j] as number);
    return;
  }
  // One pass: values per bucket, and each bucket's list of values.
  selection.reserve(n);
  selection.plan(values, start, 1, n);
  const { counts, head, next, shift, base } = selection;
  for (let j = 0, w = 2 * start + HIGH; j < n; j++, w += 2) {
    let key = words[w] as number;
    key ^= (key >> 31) & 0x7fffffff;
    let b = (key >> shift) - base;
    b = b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
    counts[b] = (counts[b] as number) + 1;
    next[j] = head[b] as number;
    head[b] = j;
  }
  if (selection.mayHoldNaN()) {
    for (let i = start; i < end; i++) {
      if (values[i] !== values[i]) {
        for (let j = 0; j < nps; j++) out[outOffset + j] = NaN;
        return;
      }
    }
  }
  selection.want(n, ps);
  selection.collect(values, start, 1);
  selection.finish(ps, out, outOffset);
}
