import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locationQuotient } from '../../src/analytics/location-quotient.ts';
import { clusterStars, type Stars } from '../../src/analytics/stars.ts';

const f64 = (values: readonly number[]) => new Float64Array(values);
const plain = (s: Stars) => ({
  size: [...s.size],
  specialisation: [...s.specialisation],
  focus: [...s.focus],
  productivity: [...s.productivity],
  stars: [...s.stars],
});

// 3 regions x 2 categories, region-major. Category 0: emp 10 50 90; category 1: 100 in every region.
//   E_r = 110, 150, 190.
//   Category 0: P90(emp) = 50 + 0.8 * 40 = 82 -> size for r2 only.
//               LQ (given) 0.3 1.1 2.1 -> specialisation (>= 2) for r2 only.
//               f = 10/110, 50/150, 90/190 = 0.0909, 0.3333, 0.4737; P90 = 0.3333 + 0.8 * 0.1404 = 0.4456 -> r2.
//               wages 5 9 7: P90 = 7 + 0.8 * 2 = 8.6 -> r1.
//   Category 1: emp tied at 100, P90 = 100 -> size for every region (ties at the threshold count).
//               LQ 1 1 1 -> no specialisation.
//               f = 0.909, 0.667, 0.526; P90 = 0.667 + 0.8 * 0.2424 = 0.861 -> r0.
//               wages NaN 4 4: r0's wage is missing and left out; P90 of [4, 4] = 4 -> r1 and r2.
const employment = f64([10, 100, 50, 100, 90, 100]);
const lq = f64([0.3, 1, 1.1, 1, 2.1, 1]);
const wages = f64([5, NaN, 9, 4, 7, 4]);

test('clusterStars gives a region that mirrors the nation no specialisation star and the defaults are 10%, LQ 2', () => {
  assert.deepEqual({ ...clusterStars.defaults }, { sizeTop: 0.1, specialisation: 2, focusTop: 0.1, productivityTop: 0.1 });
  // Regions [1, 2, 3], [1, 4, 3], [1, 0, 3]: region 0 mirrors the nation, so LQ 1 < 2 in every category.
  const emp = f64([1, 2, 3, 1, 4, 3, 1, 0, 3]);
  const stars = clusterStars(emp, locationQuotient(emp, 3, 3), 3, 3);
  assert.deepEqual([...stars.specialisation.subarray(0, 3)], [0, 0, 0]);
});

test('clusterStars without wages counts size, specialisation and focus (hand-computed 3 x 2 table)', () => {
  const expected = {
    size: [0, 1, 0, 1, 1, 1],
    specialisation: [0, 0, 0, 0, 1, 0],
    focus: [0, 1, 0, 0, 1, 0],
    productivity: [0, 0, 0, 0, 0, 0],
    stars: [0, 2, 0, 1, 3, 1],
  };
  assert.deepEqual(plain(clusterStars(employment, lq, 3, 2)), expected);
  assert.deepEqual(plain(clusterStars(employment, lq, 3, 2, null)), expected);
});

test('clusterStars with wages adds the productivity star and skips missing wages', () => {
  assert.deepEqual(plain(clusterStars(employment, lq, 3, 2, wages)), {
    size: [0, 1, 0, 1, 1, 1],
    specialisation: [0, 0, 0, 0, 1, 0],
    focus: [0, 1, 0, 0, 1, 0],
    productivity: [0, 0, 1, 1, 0, 1],
    stars: [0, 2, 1, 2, 3, 2],
  });
});

test('clusterStars thresholds are configurable and undefined options keep the defaults', () => {
  // sizeTop 0.5: P50 of category 0's emp = 50 -> r1 and r2. specialisation 1: LQ >= 1 -> r1 and r2 in
  // category 0 and every region in category 1. focusTop 1: P0 = the minimum -> every region.
  const s = clusterStars(employment, lq, 3, 2, null, { sizeTop: 0.5, specialisation: 1, focusTop: 1 });
  assert.deepEqual([...s.size], [0, 1, 1, 1, 1, 1]);
  assert.deepEqual([...s.specialisation], [0, 1, 1, 1, 1, 1]);
  assert.deepEqual([...s.focus], [1, 1, 1, 1, 1, 1]);
  // productivityTop 0: only the highest wage (P100 = max) earns the star.
  assert.deepEqual([...clusterStars(employment, lq, 3, 2, wages, { productivityTop: 0 }).productivity], [0, 0, 1, 1, 0, 1]);
  const withUndefined = clusterStars(employment, lq, 3, 2, wages, { sizeTop: undefined, specialisation: undefined });
  assert.deepEqual(plain(withUndefined), plain(clusterStars(employment, lq, 3, 2, wages)));
});

test('clusterStars gives no star to a region without employment in the category', () => {
  // Region 0 has no employment in the only category (its LQ and wage are whatever the caller passed):
  // no star. Region 1 is then the only region, every percentile is its own value, and it earns all four.
  const s = clusterStars(f64([0, 5]), f64([5, 5]), 2, 1, f64([100, 1]));
  assert.deepEqual([...s.stars], [0, 4]);
  assert.deepEqual([...clusterStars(f64([0, 0]), f64([NaN, NaN]), 2, 1).stars], [0, 0]);
  assert.equal(clusterStars(f64([]), f64([]), 0, 4).stars.length, 0);
});

test('clusterStars rejects a shape mismatch or an out-of-range threshold with a RangeError', () => {
  assert.throws(() => clusterStars(employment, f64([1]), 3, 2), {
    name: 'RangeError',
    message: '`clusterStars` requires lq.length = nRegions * nCategories',
  });
  assert.throws(() => clusterStars(employment, lq, 3, 2, f64([1, 2])), {
    name: 'RangeError',
    message: '`clusterStars` requires wages.length = nRegions * nCategories',
  });
  assert.throws(() => clusterStars(employment, lq, 3, 2, null, { sizeTop: 1.5 }), {
    name: 'RangeError',
    message: '`clusterStars` requires sizeTop in [0, 1]',
  });
  assert.throws(() => clusterStars(employment, lq, 3, 2, null, { specialisation: NaN }), RangeError);
});

test('clusterStars returns new arrays and leaves its inputs unchanged', () => {
  const copies = [employment.slice(), lq.slice(), wages.slice()];
  const s = clusterStars(employment, lq, 3, 2, wages, { sizeTop: 0.2 });
  assert.equal(s.stars.length, 6);
  assert.deepEqual([employment, lq, wages], copies);
  assert.ok(Object.isFrozen(clusterStars.defaults));
});
