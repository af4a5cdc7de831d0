import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentile, percentileSorted, percentilesInPlace, percentilesRadix } from '../../src/analytics/percentile.ts';
import { assertCloseTo as close } from '../helpers/close.ts';

test('percentile of 0, 1, ..., n-1 is (n-1)p: type 7 interpolates linearly between ranks', () => {
  const values = [4, 0, 3, 1, 2];
  for (const p of [0, 0.1, 0.25, 0.5, 0.6, 0.75, 0.9, 1]) close(percentile(values, p), 4 * p);
});

test('percentile matches numpy.percentile (default method "linear") on hand-computed arrays', () => {
  // numpy 2.4.6: np.percentile([1,2,3,4], [25, 50]) -> [1.75, 2.5]
  //   by hand: h = 3 * 0.25 = 0.75 -> 1 + 0.75 * (2 - 1) = 1.75; h = 1.5 -> 2 + 0.5 * (3 - 2) = 2.5
  close(percentile([1, 2, 3, 4], 0.25), 1.75);
  close(percentile([1, 2, 3, 4], 0.5), 2.5);
  // numpy: np.percentile([15,20,35,40,50], 40) -> 29.0; by hand h = 4 * 0.4 = 1.6 -> 20 + 0.6 * 15 = 29
  close(percentile([15, 20, 35, 40, 50], 0.4), 29);
  // numpy: np.percentile([3,1,4,1,5,9,2,6], 90) -> 6.9; sorted 1 1 2 3 4 5 6 9, h = 7 * 0.9 = 6.3 -> 6 + 0.3 * 3
  close(percentile([3, 1, 4, 1, 5, 9, 2, 6], 0.9), 6.9);
  // numpy: np.percentile([0.7,0.9,1.2,2], [25,50,75,90]) -> [0.85, 1.05, 1.4, 1.76]
  const sorted = [0.7, 0.9, 1.2, 2];
  [0.85, 1.05, 1.4, 1.76].forEach((expected, k) => close(percentileSorted(sorted, [0.25, 0.5, 0.75, 0.9][k] as number), expected));
});

test('percentile treats ties as ordinary values', () => {
  // numpy: np.percentile([1,2,2,2,9], [25,50,75]) -> [2, 2, 2]
  for (const p of [0.25, 0.5, 0.75]) assert.equal(percentile([2, 9, 2, 1, 2], p), 2);
  for (const p of [0, 0.3, 1]) assert.equal(percentile([7, 7, 7], p), 7);
});

test('percentile with p = 0 is the minimum and with p = 1 the maximum', () => {
  assert.equal(percentile([5, -3, 8, 1], 0), -3);
  assert.equal(percentile([5, -3, 8, 1], 1), 8);
  assert.equal(percentileSorted([-3, 1, 5, 8], 1), 8);
});

test('percentile of one value is that value for every p', () => {
  for (const p of [0, 0.25, 0.5, 0.9, 1]) assert.equal(percentile([42], p), 42);
});

test('percentile returns NaN for an empty sample and when a value is NaN', () => {
  assert.ok(Number.isNaN(percentile([], 0.5)));
  assert.ok(Number.isNaN(percentileSorted(new Float64Array(0), 0)));
  assert.ok(Number.isNaN(percentile([1, NaN, 3], 0.1)));
});

test('percentile keeps infinities at the ends without producing NaN', () => {
  assert.equal(percentile([1, Infinity, 2], 1), Infinity);
  assert.equal(percentile([1, Infinity, 2], 0.5), 2);
});

test('percentile requires p in [0, 1]', () => {
  assert.throws(() => percentile([1, 2], 1.5), { name: 'RangeError', message: '`percentile` requires p in [0, 1]' });
  assert.throws(() => percentile([1, 2], -0.1), RangeError);
  assert.throws(() => percentileSorted([1, 2], NaN), { name: 'RangeError', message: '`percentileSorted` requires p in [0, 1]' });
});

test('percentile sorts a copy and leaves its input unchanged', () => {
  const values = new Float64Array([9, 1, 4, 2]);
  const copy = values.slice();
  close(percentile(values, 0.5), 3);
  assert.deepEqual(values, copy);
  const array = Object.freeze([9, 1, 4, 2]);
  close(percentile(array, 0.75), 5.25); // sorted 1 2 4 9, h = 2.25 -> 4 + 0.25 * 5
});

test('percentilesInPlace gives exactly the sorted-array percentiles, with ties, in any order of p', () => {
  // A deterministic linear congruential generator: heavy ties (values 0..9) and continuous values.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ps = [0.9, 0.25, 0.5, 0, 1, 0.75, 0.1];
  for (const n of [1, 2, 3, 5, 10, 101, 1000]) {
    for (const tied of [true, false]) {
      const values = Float64Array.from({ length: n }, () => (tied ? Math.floor(next() * 10) : next() * 100 - 50));
      const sorted = values.slice().sort();
      const result = percentilesInPlace(values, ps);
      ps.forEach((p, i) => assert.equal(result[i], percentileSorted(sorted, p), `n = ${n}, p = ${p}`));
      assert.deepEqual(values.slice().sort(), sorted); // reordered, never changed
    }
  }
  // numpy: np.percentile([9,1,4,2], [25, 50]) -> [1.75, 3.0]
  assert.deepEqual(percentilesInPlace(new Float64Array([9, 1, 4, 2]), [0.25, 0.5]), [1.75, 3]);
  assert.deepEqual(percentilesInPlace(new Float64Array(0), [0.5]).map(Number.isNaN), [true]);
  assert.deepEqual(percentilesInPlace(new Float64Array([1, NaN]), [0, 1]).map(Number.isNaN), [true, true]);
  assert.throws(() => percentilesInPlace(new Float64Array([1]), [2]), {
    name: 'RangeError',
    message: '`percentilesInPlace` requires p in [0, 1]',
  });
});

test('percentilesRadix gives exactly the sorted-array percentiles on small and large samples of many shapes', () => {
  // A deterministic linear congruential generator. Shapes: heavy ties, uniform, log-normal-like spreads over
  // 20 orders of magnitude, mixed signs with infinities, values equal to 12 digits (one bucket), huge and
  // tiny outliers that fall outside the sampled range (end buckets), and half zeros.
  let seed = 2024;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const shapes: ((u: number) => number)[] = [
    (u) => Math.floor(u * 10),
    (u) => u * 200 - 100,
    (u) => Math.exp(46 * (u - 0.5)),
    (u) => (u < 0.5 ? 1 : Math.round(Math.exp(6 * u))),
    (u) => (u < 0.01 ? Infinity : u < 0.02 ? -Infinity : u - 0.5),
    (u) => 1 + u * 1e-12,
    (u) => (u < 0.03 ? 1e300 * u : u < 0.06 ? -1e-300 * u : u),
    (u) => (u < 0.5 ? 0 : u),
  ];
  const ps = [0.9, 0.25, 0.5, 0, 1, 0.75, 0.1, 0.999];
  for (const n of [1, 2, 3, 10, 63, 64, 65, 200, 1000, 5000]) {
    shapes.forEach((shape, s) => {
      const values = Float64Array.from({ length: n }, () => shape(next()));
      const copy = values.slice();
      const sorted = values.slice().sort();
      const result = percentilesRadix(values, ps);
      ps.forEach((p, i) => {
        // Same number (NaN where both ends of the interpolation are the same infinity, as in the reference).
        const expected = percentileSorted(sorted, p);
        const actual = result[i] as number;
        assert.ok(actual === expected || (Number.isNaN(actual) && Number.isNaN(expected)), `shape ${s}, n = ${n}, p = ${p}: ${actual}`);
      });
      assert.deepEqual(values, copy); // not even reordered
    });
  }
});

test('percentilesRadix returns NaN for an empty sample or one with a NaN, and checks its arguments', () => {
  // numpy: np.percentile([9,1,4,2], [25, 50]) -> [1.75, 3.0]
  assert.deepEqual([...percentilesRadix(new Float64Array([9, 1, 4, 2]), [0.25, 0.5])], [1.75, 3]);
  assert.ok(Number.isNaN(percentilesRadix(new Float64Array(0), [0.5])[0]));
  // One NaN among values whose buckets span a wide range (from 0 up), and among values of one size.
  const withNaN = Float64Array.from({ length: 1000 }, (_, i) => (i === 777 ? NaN : i));
  assert.deepEqual([...percentilesRadix(withNaN, [0, 0.5, 1])].map(Number.isNaN), [true, true, true]);
  const narrow = Float64Array.from({ length: 1000 }, (_, i) => (i === 3 ? NaN : 1 + i * 1e-9));
  assert.deepEqual([...percentilesRadix(narrow, [0.5])].map(Number.isNaN), [true]);
  const negative = Float64Array.from({ length: 1000 }, (_, i) => (i === 500 ? -NaN : -i));
  assert.deepEqual([...percentilesRadix(negative, [0.5])].map(Number.isNaN), [true]);
  assert.deepEqual([...percentilesRadix(new Float64Array([1, NaN]), [0.5])].map(Number.isNaN), [true]);
  const out = new Float64Array(3).fill(-1);
  assert.equal(percentilesRadix(Float64Array.from({ length: 101 }, (_, i) => 100 - i), [0.5, 0.25], out), out);
  assert.deepEqual([...out], [50, 25, -1]);
  assert.throws(() => percentilesRadix(new Float64Array([1]), [1.5]), {
    name: 'RangeError',
    message: '`percentilesRadix` requires p in [0, 1]',
  });
  assert.throws(() => percentilesRadix(new Float64Array([1]), [0.5, 0.6], new Float64Array(1)), RangeError);
});

test('percentilesRadix works on a view into a larger buffer and leaves the rest of it alone', () => {
  const buffer = Float64Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 1000) - 500);
  const view = buffer.subarray(1000, 2500);
  const sorted = view.slice().sort();
  const result = percentilesRadix(view, [0.1, 0.5, 0.9]);
  [0.1, 0.5, 0.9].forEach((p, i) => assert.equal(result[i], percentileSorted(sorted, p)));
});
