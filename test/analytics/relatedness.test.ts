import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relatedness } from '../../src/analytics/relatedness.ts';
import { assertAllClose, assertCloseTo } from '../helpers/close.ts';

const f64 = (values: readonly number[]) => new Float64Array(values);

/** Pearson correlation of two plain arrays, written out directly (the reference for the blocked kernel). */
function pearson(x: readonly number[], y: readonly number[]): number {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, r) => {
    const dx = xi - mx;
    const dy = (y[r] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** Seeded uniform numbers in [0, 1) (mulberry32), so the random cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('relatedness of two categories whose shares sum to one is -1, and 1 on the diagonal', () => {
  // Regions [1, 1], [2, 1], [3, 4]: shares of category 1 are 1 - shares of category 0.
  assertAllClose(relatedness(f64([1, 1, 2, 1, 3, 4]), 3, 2, { measure: 'share' }), [1, -1, -1, 1]);
  assertAllClose(relatedness(f64([1, 1, 2, 1, 3, 4]), 3, 2), [1, -1, -1, 1]);
});

test('relatedness of a hand-computed 4 regions x 3 categories table', () => {
  // r0 = [10, 10, 20], r1 = [20, 10, 10], r2 = [10, 20, 10], r3 = [20, 20, 40]; E_r = 40, 40, 40, 80.
  // Shares x 16: c0 = [4, 8, 4, 4] (mean 5), c1 = [4, 4, 8, 4] (mean 5), c2 = [8, 4, 4, 8] (mean 6).
  // Deviations: c0 = [-1, 3, -1, -1], c1 = [-1, -1, 3, -1], c2 = [2, -2, -2, 2]; sums of squares 12, 12, 16.
  //   CR_01 = (1 - 3 - 3 + 1) / sqrt(12 * 12) = -4 / 12        = -1/3
  //   CR_02 = (-2 - 6 + 2 - 2) / sqrt(12 * 16) = -8 / (8 sqrt 3) = -1/sqrt(3)
  //   CR_12 = (-2 + 2 - 6 - 2) / sqrt(12 * 16)                  = -1/sqrt(3)
  // LQs are the shares divided by E_c / E = [0.3, 0.3, 0.4], a constant per column: the same correlations.
  const employment = f64([10, 10, 20, 20, 10, 10, 10, 20, 10, 20, 20, 40]);
  const s = -1 / Math.sqrt(3);
  const expected = [1, -1 / 3, s, -1 / 3, 1, s, s, s, 1];
  assertAllClose(relatedness(employment, 4, 3, { measure: 'share' }), expected);
  assertAllClose(relatedness(employment, 4, 3, { measure: 'lq' }), expected);
  assert.equal(relatedness.defaults.measure, 'lq');
});

test('relatedness equals a direct Pearson correlation of LQ columns on random data (blocks and padding)', () => {
  // 300 regions (more than one 256-region block) x 11 categories (not a multiple of the 4 x 4 tile).
  const nR = 300;
  const nC = 11;
  const rng = random(7);
  const employment = new Float64Array(nR * nC);
  for (let i = 0; i < employment.length; i++) employment[i] = Math.floor(rng() * rng() * 500);
  const total = (r: number) => Array.from(employment.subarray(r * nC, (r + 1) * nC)).reduce((a, b) => a + b, 0);
  const column = (c: number) => Array.from({ length: nR }, (_, r) => (employment[r * nC + c] as number) / total(r));
  const expected: number[] = [];
  for (let i = 0; i < nC; i++) for (let j = 0; j < nC; j++) expected.push(i === j ? 1 : pearson(column(i), column(j)));
  const cr = relatedness(employment, nR, nC);
  assertAllClose(cr, expected, 1e-12);
  for (let i = 0; i < nC; i++) {
    assert.equal(cr[i * nC + i], 1);
    for (let j = 0; j < nC; j++) {
      assert.equal(cr[i * nC + j], cr[j * nC + i]);
      assert.ok(Math.abs(cr[i * nC + j] as number) <= 1);
    }
  }
});

test('relatedness returns NaN rows and columns, diagonal included, for a category with zero variance', () => {
  // r0 = [1, 1, 2], r1 = [3, 1, 4], r2 = [2, 3, 5]: category 2 is half of every region (share 0.5, zero
  // variance); categories 0 and 1 share the other half, so CR_01 = -1.
  const cr = relatedness(f64([1, 1, 2, 3, 1, 4, 2, 3, 5]), 3, 3);
  assertAllClose(cr, [1, -1, NaN, -1, 1, NaN, NaN, NaN, NaN]);
  // A category with no employment anywhere (LQ 0/0, share 0 everywhere) is NaN under both measures.
  const none = f64([1, 0, 2, 3, 0, 1, 2, 0, 2]);
  for (const measure of ['lq', 'share'] as const) {
    const m = relatedness(none, 3, 3, { measure });
    assert.ok(Number.isNaN(m[1] as number) && Number.isNaN(m[4] as number) && Number.isNaN(m[7] as number));
    assertCloseTo(m[2] as number, -1);
  }
});

test('relatedness leaves out regions with no employment or with a NaN cell', () => {
  const base = [10, 10, 20, 20, 10, 10, 10, 20, 10, 20, 20, 40];
  const expected = relatedness(f64(base), 4, 3);
  assertAllClose(relatedness(f64([0, 0, 0, ...base]), 5, 3), Array.from(expected));
  assertAllClose(relatedness(f64([...base, 5, NaN, 1]), 5, 3), Array.from(expected));
});

test('relatedness is all NaN with fewer than two regions, and empty for no categories', () => {
  assertAllClose(relatedness(f64([1, 2]), 1, 2), [NaN, NaN, NaN, NaN]);
  assertAllClose(relatedness(f64([0, 0, 0, 0]), 2, 2), [NaN, NaN, NaN, NaN]);
  assertAllClose(relatedness(new Float64Array(0), 0, 2), [NaN, NaN, NaN, NaN]);
  assert.equal(relatedness(new Float64Array(0), 3, 0).length, 0);
});

test('relatedness rejects a shape mismatch or an unknown measure with a RangeError', () => {
  assert.throws(() => relatedness(new Float64Array(5), 2, 3), {
    name: 'RangeError',
    message: '`relatedness` requires employment.length = nRegions * nCategories',
  });
  assert.throws(() => relatedness(new Float64Array(6), 2, 3, { measure: 'count' as 'lq' }), {
    name: 'RangeError',
    message: "`relatedness` requires measure to be 'lq' or 'share'",
  });
});

test('relatedness returns a new array and leaves its input unchanged', () => {
  const employment = f64([10, 10, 20, 20, 10, 10, 10, 20, 10, 20, 20, 40]);
  const copy = employment.slice();
  const cr = relatedness(employment, 4, 3);
  assert.notEqual(cr.buffer, employment.buffer);
  assert.deepEqual(employment, copy);
});
