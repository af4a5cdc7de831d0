import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentile, percentileSorted, percentilesInPlace } from '../../src/analytics/percentile.ts';
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
