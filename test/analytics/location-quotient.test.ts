import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locationQuotient } from '../../src/analytics/location-quotient.ts';
import { assertAllClose as assertClose } from '../helpers/close.ts';

test('locationQuotient is 1 in every category for a region that mirrors the nation', () => {
  // Regions [1, 2, 3], [1, 4, 3], [1, 0, 3]: the nation is [3, 6, 9], proportional to region 0.
  const lq = locationQuotient(new Float64Array([1, 2, 3, 1, 4, 3, 1, 0, 3]), 3, 3);
  assertClose(lq.subarray(0, 3), [1, 1, 1]);
  // Traded/local split does not change this: region 0 mirrors the nation within each type too.
  const split = locationQuotient(new Float64Array([1, 2, 3, 1, 4, 3, 1, 0, 3]), 3, 3, { traded: new Uint8Array([1, 0, 1]) });
  assertClose(split.subarray(0, 3), [1, 1, 1]);
});

test('locationQuotient of a hand-computed 3 regions x 2 categories table', () => {
  // r0 = [10, 30] (E_r = 40), r1 = [30, 30] (60), r2 = [60, 40] (100); E_c = [100, 100], E = 200.
  // LQ_00 = (10/40) / (100/200) = 0.5    LQ_01 = (30/40) / 0.5 = 1.5
  // LQ_10 = (30/60) / 0.5      = 1      LQ_11 = 1
  // LQ_20 = (60/100) / 0.5     = 1.2    LQ_21 = (40/100) / 0.5 = 0.8
  const lq = locationQuotient(new Float64Array([10, 30, 30, 30, 60, 40]), 3, 2);
  assertClose(lq, [0.5, 1.5, 1, 1, 1.2, 0.8]);
});

test('locationQuotient with traded flags uses traded totals for traded and local totals for local categories', () => {
  // 2 regions x 3 categories, categories 0 and 1 traded, 2 local.
  // r0 = [10, 30 | 60], r1 = [30, 30 | 40]; E_c = [40, 60, 100].
  // Traded totals: r0 40, r1 60, nation 100. Local totals: r0 60, r1 40, nation 100.
  // LQ_00 = (10/40) / (40/100) = 0.625     LQ_01 = (30/40) / (60/100) = 1.25    LQ_02 = (60/60) / (100/100) = 1
  // LQ_10 = (30/60) / (40/100) = 1.25      LQ_11 = (30/60) / (60/100) = 5/6     LQ_12 = (40/40) / 1 = 1
  const employment = new Float64Array([10, 30, 60, 30, 30, 40]);
  assertClose(locationQuotient(employment, 2, 3, { traded: new Uint8Array([1, 1, 0]) }), [0.625, 1.25, 1, 1.25, 5 / 6, 1]);
  // Without the split, totals are over all categories: E_r = 100, 100; E = 200.
  // LQ_00 = (10/100) / (40/200) = 0.5, LQ_01 = 0.3 / 0.3 = 1, LQ_02 = 0.6 / 0.5 = 1.2, ...
  assertClose(locationQuotient(employment, 2, 3), [0.5, 1, 1.2, 1.5, 1, 0.8]);
  // All flags 1 (or all 0) is the same as no split.
  assertClose(locationQuotient(employment, 2, 3, { traded: new Uint8Array([1, 1, 1]) }), [0.5, 1, 1.2, 1.5, 1, 0.8]);
});

test('locationQuotient returns NaN where a region or category has no employment', () => {
  // r0 = [0, 0] has no employment: its row is NaN. Category 1 has none nationally: its column is NaN.
  assertClose(locationQuotient(new Float64Array([0, 0, 5, 0, 5, 0]), 3, 2), [NaN, NaN, 1, NaN, 1, NaN]);
  // With the split, a region with no local employment has NaN for its local categories only.
  // r0 = [10 | 0], r1 = [10 | 20]: LQ_00 = (10/10) / (20/20) = 1, LQ_01 = 0/0 -> NaN, LQ_11 = (20/20) / (20/20) = 1.
  assertClose(locationQuotient(new Float64Array([10, 0, 10, 20]), 2, 2, { traded: new Uint8Array([1, 0]) }), [1, NaN, 1, 1]);
  assertClose(locationQuotient(new Float64Array(4), 2, 2), [NaN, NaN, NaN, NaN]);
  assert.equal(locationQuotient(new Float64Array(0), 0, 0).length, 0);
  assertClose(locationQuotient(new Float64Array([NaN, 1, 1, 1]), 2, 2), [NaN, NaN, NaN, NaN]);
});

test('locationQuotient rejects a shape mismatch or a bad traded flag with a RangeError', () => {
  assert.throws(() => locationQuotient(new Float64Array(5), 2, 3), {
    name: 'RangeError',
    message: '`locationQuotient` requires employment.length = nRegions * nCategories',
  });
  assert.throws(() => locationQuotient(new Float64Array(6), 2.5, 3), RangeError);
  assert.throws(() => locationQuotient(new Float64Array(6), 2, 3, { traded: new Uint8Array(2) }), {
    name: 'RangeError',
    message: '`locationQuotient` requires traded.length = nCategories',
  });
  assert.throws(() => locationQuotient(new Float64Array(6), 2, 3, { traded: new Uint8Array([0, 2, 1]) }), RangeError);
});

test('locationQuotient returns a new array and leaves its inputs unchanged', () => {
  const employment = new Float64Array([10, 30, 60, 30, 30, 40]);
  const traded = new Uint8Array([1, 1, 0]);
  const employmentCopy = employment.slice();
  const tradedCopy = traded.slice();
  const lq = locationQuotient(employment, 2, 3, { traded });
  assert.notEqual(lq.buffer, employment.buffer);
  assert.deepEqual(employment, employmentCopy);
  assert.deepEqual(traded, tradedCopy);
});
