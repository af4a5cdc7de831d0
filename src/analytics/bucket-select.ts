// Exact selection of order statistics through buckets of the values' high 32 bits: the building block of
// `percentilesRadix` and of the per-category thresholds in `clusterMapping` (which also uses the one-pass
// bracket selection `BracketSelection` at the end of this file for its single-percentile quantities). Internal (not re-exported by
// the barrel): its callers run the one pass over their data themselves, inlined in their own loops.
//
//   key(x)    = the high 32 bits of x's IEEE 754 bit pattern as an Int32, flipped for negative x
//               (key ^= (key >> 31) & 0x7fffffff), non-decreasing in x;
//   bucket(x) = clamp((key(x) >> shift) - base, 0, BUCKETS - 1), also non-decreasing in x,
//
// so every value in a lower bucket is <= every value in a higher one, and the value of rank k (0-based, in
// ascending order) lies in the bucket where the running count of values passes k. A caller
//   1. plans the buckets from a few sampled values (`plan`) and makes room for n values (`reserve`);
//   2. in one pass over its values, for value j in bucket b: counts[b]++, next[j] = head[b], head[b] = j
//      (a linked list of each bucket's values);
//   3. looks for NaN itself where `mayHoldNaN` says there could be one, then calls `want(n, ps)`, which
//      marks the buckets that hold the ranks type-7 percentiles need (floor(h) and, when h is
//      fractional, the next rank), `collect`, which copies the values of those buckets only (walking
//      their lists), and `finish`, which selects the exact order statistics within each bucket
//      (quickselect) and interpolates.
// The plan spreads the sampled range over the middle quarter of the buckets; values far outside it fall
// into the end buckets, which costs time (a bigger selection) but never exactness. Expected time O(n) for
// any number of percentiles, plus O(BUCKETS) per selection.
//
// Reference: radix (bucket) selection as in Alabi, T., Blanchard, J. D., Gordon, B. & Steinbach, R. (2012)
// "Fast k-selection algorithms for graphics processing units", ACM J. Experimental Algorithmics 17,
// doi:10.1145/2133803.2345676; type-7 quantiles of Hyndman & Fan (1996), doi:10.1080/00031305.1996.10473566.

/** Number of buckets. */
export const BUCKETS = 512;
/** Values sampled to plan the buckets. */
const SAMPLES = 16;

/** Scratch space and state of one selection; reuse one per stream of samples. */
export class BucketSelection {
  /** Values per bucket (step 2), then the number of values in the buckets below each bucket. */
  readonly counts = new Int32Array(BUCKETS + 1);
  /** The last value index put in each bucket (-1: none), and for each value the one put before it. */
  readonly head = new Int32Array(BUCKETS);
  next = new Int32Array(256);
  /** bucket = clamp((key >> shift) - base, 0, BUCKETS - 1). */
  shift = 0;
  base = 0;
  private readonly wanted = new Uint8Array(BUCKETS);
  private chosen = new Float64Array(256);
  private n = 0;
  private nRanks = 0;
  private rankAt = new Float64Array(16);
  private bucketAt = new Int32Array(16);
  private valueAt = new Float64Array(16);
  private readonly start = new Int32Array(BUCKETS + 1);
  private readonly uniform = new Uint8Array(BUCKETS);

  /** Makes room for n values. */
  reserve(n: number): void {
    if (this.next.length < n) {
      const size = Math.max(n, 2 * this.next.length);
      this.next = new Int32Array(size);
      this.chosen = new Float64Array(size);
    }
  }

  /**
   * Plans the buckets from up to SAMPLES of the n values values[first], values[first + step], ...,
   * skipping NaN, and empties them. Call before step 2.
   */
  plan(values: Float64Array, first: number, step: number, n: number): void {
    let min = Infinity;
    let max = -Infinity;
    const stride = n > SAMPLES ? Math.floor(n / SAMPLES) : 1;
    for (let i = 0; i < n && i < stride * SAMPLES; i += stride) {
      const v = values[first + i * step] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    this.planRange(min, max);
  }

  /** Plans the buckets for values mostly between min and max, and empties them. */
  planRange(min: number, max: number): void {
    if (!(min <= max)) min = max = 1; // no sample, or only NaN
    const minKey = keyOf(min);
    const maxKey = keyOf(max);
    let shift = 0;
    while ((maxKey >> shift) - (minKey >> shift) >= BUCKETS / 4) shift++;
    this.shift = shift;
    this.base = (((maxKey >> shift) + (minKey >> shift)) >> 1) - BUCKETS / 2;
    this.counts.fill(0);
    this.head.fill(-1);
  }

  /**
   * After step 2: false when no value can be a NaN. A NaN's key lies beyond those of +-Infinity, so its
   * bucket is at or above the bucket of +Infinity, or at or below that of -Infinity; true when any of
   * those buckets holds a value (then the caller looks for NaN itself).
   */
  mayHoldNaN(): boolean {
    const { counts } = this;
    for (let b = this.bucketOfValue(Infinity); b < BUCKETS; b++) if ((counts[b] as number) > 0) return true;
    for (let b = this.bucketOfValue(-Infinity); b >= 0; b--) if ((counts[b] as number) > 0) return true;
    return false;
  }

  /** The bucket of a value under the current plan. */
  bucketOfValue(x: number): number {
    const b = (keyOf(x) >> this.shift) - this.base;
    return b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
  }

  /**
   * After step 2 over n values: turns the counts into running sums and marks the buckets that hold the
   * ranks needed for the percentiles ps (type 7). n = 0 marks none.
   */
  want(n: number, ps: ArrayLike<number>): void {
    this.n = n;
    const { counts, wanted } = this;
    wanted.fill(0);
    this.nRanks = 0;
    if (n === 0) return;
    let below = 0;
    for (let b = 0; b <= BUCKETS; b++) {
      const c = counts[b] as number;
      counts[b] = below;
      below += c;
    }
    const nps = ps.length;
    if (this.rankAt.length < 2 * nps) {
      this.rankAt = new Float64Array(2 * nps);
      this.bucketAt = new Int32Array(2 * nps);
      this.valueAt = new Float64Array(2 * nps);
    }
    const { rankAt, bucketAt } = this;
    for (let j = 0; j < nps; j++) {
      const h = (n - 1) * (ps[j] as number);
      const k = Math.floor(h);
      rankAt[2 * j] = k;
      rankAt[2 * j + 1] = h === k ? -1 : k + 1;
    }
    this.nRanks = 2 * nps;
    for (let q = 0; q < 2 * nps; q++) {
      const rank = rankAt[q] as number;
      if (rank < 0) continue;
      // The last bucket b with counts[b] <= rank (counts is non-decreasing).
      let lo = 0;
      let hi = BUCKETS - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((counts[mid] as number) <= rank) lo = mid;
        else hi = mid - 1;
      }
      bucketAt[q] = lo;
      wanted[lo] = 1;
    }
  }

  /**
   * Copies the values of the wanted buckets (value j is values[first + j * step]) into scratch space,
   * bucket after bucket in ascending order, noting which buckets hold a single distinct value.
   */
  collect(values: Float64Array, first: number, step: number): void {
    const { wanted, head, next, chosen, start, uniform } = this;
    let m = 0;
    for (let b = 0; b < BUCKETS; b++) {
      if (wanted[b] === 0) continue;
      start[b] = m;
      let low = Infinity;
      let high = -Infinity;
      for (let j = head[b] as number; j >= 0; j = next[j] as number) {
        const v = values[first + j * step] as number;
        chosen[m++] = v;
        if (v < low) low = v;
        if (v > high) high = v;
      }
      uniform[b] = low === high ? 1 : 0;
    }
  }

  /**
   * out[outOffset + j] = the type-7 percentile ps[j] of the n values (the ps given to `want`), from the
   * collected values: a rank in a bucket of equal values (ties, such as many regions with one
   * establishment) takes that value at once, any other is found by quickselect within its bucket.
   */
  finish(ps: ArrayLike<number>, out: Float64Array, outOffset: number): void {
    const { counts, start, uniform, chosen, rankAt, bucketAt, valueAt, n, nRanks } = this;
    // Ranks come in ascending order within each p (k, k + 1); ranks of different p are independent, so
    // each search covers its whole bucket.
    for (let q = 0; q < nRanks; q++) {
      const rank = rankAt[q] as number;
      if (rank < 0) continue;
      const b = bucketAt[q] as number;
      const from = start[b] as number;
      if (uniform[b] === 1) {
        valueAt[q] = chosen[from] as number;
        continue;
      }
      const to = from + (counts[b + 1] as number) - (counts[b] as number) - 1;
      const position = from + rank - (counts[b] as number);
      quickselect(chosen, position, from, to);
      valueAt[q] = chosen[position] as number;
    }
    for (let j = 0; j < ps.length; j++) {
      const h = (n - 1) * (ps[j] as number);
      const k = Math.floor(h);
      const low = valueAt[2 * j] as number;
      out[outOffset + j] = n === 0 ? NaN : h === k ? low : low + (h - k) * ((valueAt[2 * j + 1] as number) - low);
    }
  }
}

/** key(x): the high 32 bits of x as an Int32, flipped for negative x; non-decreasing in x. */
const keyScratch = new Float64Array(1);
const keyWords = new Int32Array(keyScratch.buffer);
/** Index of a double's high word among the two Int32 over its bytes: 1 on little-endian machines. */
export const HIGH = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;
function keyOf(x: number): number {
  keyScratch[0] = x;
  const key = keyWords[HIGH] as number;
  return key ^ ((key >> 31) & 0x7fffffff);
}

/** Moves the k-th smallest of a[left..right] to index k, with a[left..k-1] <= a[k] <= a[k+1..right]. */
export function quickselect(a: Float64Array, k: number, left: number, right: number): void {
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

/** Values sampled at most to plan a bracket. */
const BRACKET_SAMPLES = 256;
/** Samples of fewer values than this take the whole range as the bracket. */
const BRACKET_MIN = 512;

/**
 * Exact selection of one type-7 percentile in one pass with a bracket: a cheaper relative of the bucket
 * selection above for quantities that need a single percentile.
 *
 *   [lo, hi] = the sampled values of ranks q - d and q + d in a sorted sample of s values, q = p (s - 1),
 *              d = 2.5 sqrt(s p (1 - p)) + 2 (some 2.5 standard deviations of the sample rank, and 2),
 *
 * and in one pass over the n values the caller counts below (v < lo) and above (v > hi) and appends the
 * values in [lo, hi] to `buffer` (m of them); NaN falls in none of the three. The values of ranks
 * below .. below + m - 1 (ascending, 0-based, among the values that are not NaN) are then exactly those in
 * the buffer, so when the ranks type 7 needs (floor(h), and floor(h) + 1 when h is fractional) lie there,
 * quickselect within the buffer finds them; otherwise (an unlucky sample) `select` collects every value
 * again and selects among all of them. Either way the result is exact. Expected time O(n) plus
 * O(s log s) for the sample.
 */
export class BracketSelection {
  lo = -Infinity;
  hi = Infinity;
  /** After the caller's pass: values below lo, above hi, and in the buffer. */
  below = 0;
  above = 0;
  m = 0;
  buffer = new Float64Array(256);
  readonly sample = new Float64Array(BRACKET_SAMPLES);

  /** Makes room for n values. */
  reserve(n: number): void {
    if (this.buffer.length < n) this.buffer = new Float64Array(Math.max(n, 2 * this.buffer.length));
  }

  /** Where to sample n values: every stride-th, count of them (0: no sample needed, whole range). */
  static stride(n: number): number {
    return n < BRACKET_MIN ? 0 : Math.floor(n / BRACKET_SAMPLES);
  }

  /**
   * Plans the bracket for percentile p from sample[0 .. count) (the caller's sampled values, NaN allowed;
   * count 0: the whole range).
   */
  plan(count: number, p: number): void {
    this.lo = -Infinity;
    this.hi = Infinity;
    const sorted = this.sample.subarray(0, count).sort(); // NaN last
    let s = count;
    while (s > 0 && sorted[s - 1] !== sorted[s - 1]) s--;
    if (s < 16) return;
    const q = p * (s - 1);
    const d = 2.5 * Math.sqrt(s * p * (1 - p)) + 2;
    const from = Math.floor(q - d);
    const to = Math.ceil(q + d);
    if (from >= 0) this.lo = sorted[from] as number;
    if (to <= s - 1) this.hi = sorted[to] as number;
  }

  /**
   * After the pass: the type-7 percentile p of the values values[first + j * step], j < n, that are not
   * NaN (skipNaN), or of all n values (NaN when one is NaN); NaN when there are none.
   */
  select(p: number, values: Float64Array, first: number, step: number, n: number, skipNaN: boolean): number {
    const valid = this.below + this.m + this.above;
    if (valid < n && !skipNaN) return NaN;
    if (valid === 0) return NaN;
    const h = (valid - 1) * p;
    const k = Math.floor(h);
    const last = h === k ? k : k + 1;
    let { buffer } = this;
    let from = this.below;
    let m = this.m;
    if (k < from || last >= from + m) {
      // The bracket missed: every value that is not NaN.
      m = 0;
      for (let j = 0, i = first; j < n; j++, i += step) {
        const v = values[i] as number;
        buffer[m] = v;
        m += +(v === v);
      }
      from = 0;
      buffer = this.buffer;
    }
    const position = k - from;
    quickselect(buffer, position, 0, m - 1);
    const low = buffer[position] as number;
    if (h === k) return low;
    let high = Infinity; // rank k + 1: the minimum right of position k
    for (let i = position + 1; i < m; i++) if ((buffer[i] as number) < high) high = buffer[i] as number;
    return low + (h - k) * (high - low);
  }
}
