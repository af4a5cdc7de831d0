import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cagr, shiftShare } from '../../src/analytics/growth.ts';
import { assertAllClose as assertClose, assertCloseTo as close } from '../helpers/close.ts';

test('cagr recovers the rate of a value compounded at a constant rate', () => {
  for (const [rate, years] of [[0.05, 10], [-0.2, 3], [0, 7], [0.1, 2]] as const) {
    close(cagr(250, 250 * (1 + rate) ** years, years), rate);
  }
  close(cagr(100, 121, 2), 0.1); // sqrt(1.21) - 1
  close(cagr(1, 4, 0.5), 15); // fractional years: 4^2 - 1
  assert.equal(cagr(100, 0, 3), -1);
});

test('cagr returns NaN when start <= 0, years <= 0, end < 0 or an argument is NaN', () => {
  const cases: [number, number, number][] = [[0, 10, 2], [-5, 10, 2], [10, 20, 0], [10, 20, -1], [10, -1, 2], [NaN, 1, 1], [1, NaN, 1], [1, 1, NaN]];
  for (const args of cases) {
    assert.ok(Number.isNaN(cagr(...args)), `cagr(${args.join(', ')}) is not NaN`);
  }
});

test('shiftShare of a region that grows like the nation has no industry-mix or regional component', () => {
  // One category, every region grows 10%: NS = 0.1 e0, IM = RS = 0.
  const s = shiftShare(new Float64Array([100, 300]), new Float64Array([110, 330]), 2, 1);
  assertClose(s.national, [10, 30]);
  assertClose(s.industryMix, [0, 0]);
  assertClose(s.regional, [0, 0]);
});

test('shiftShare on a hand-computed 2 regions x 2 categories table', () => {
  // e0: r0 = [100, 100], r1 = [100, 200]; E0_c = [200, 300], E0 = 500.
  // e1: r0 = [150,  90], r1 = [110, 210]; E1_c = [260, 300], E1 = 560.
  // G = 560/500 - 1 = 0.12; g_0 = 0.3, g_1 = 0.
  // r0c0: NS = 100 * 0.12 = 12, IM = 100 * (0.3 - 0.12) = 18,  RS = 100 * (0.5 - 0.3) = 20   (sum 50)
  // r0c1: NS = 12,             IM = 100 * (0 - 0.12)    = -12, RS = 100 * (-0.1 - 0)  = -10  (sum -10)
  // r1c0: NS = 12,             IM = 18,                        RS = 100 * (0.1 - 0.3) = -20  (sum 10)
  // r1c1: NS = 200 * 0.12 = 24, IM = 200 * (-0.12)      = -24, RS = 200 * (0.05 - 0)  = 10   (sum 10)
  const s = shiftShare(new Float64Array([100, 100, 100, 200]), new Float64Array([150, 90, 110, 210]), 2, 2);
  assertClose(s.national, [12, 12, 12, 24]);
  assertClose(s.industryMix, [18, -12, 18, -24]);
  assertClose(s.regional, [20, -10, -20, 10]);
});

test('shiftShare components add up to the change in every cell', () => {
  const e0 = new Float64Array([12, 7, 0, 31, 4, 9, 18, 2, 6]);
  const e1 = new Float64Array([15, 5, 3, 29, 8, 9, 20, 0, 7]);
  const s = shiftShare(e0, e1, 3, 3);
  for (let i = 0; i < e0.length; i++) {
    close((s.national[i] as number) + (s.industryMix[i] as number) + (s.regional[i] as number), (e1[i] as number) - (e0[i] as number));
  }
});

test('shiftShare gives a cell starting at 0 all its change as regional, and NaN without a national base', () => {
  // r0 = [0 -> 5, 10 -> 10], r1 = [10 -> 10, 10 -> 10]: cell r0c0 has no base, so NS = IM = 0, RS = 5.
  const s = shiftShare(new Float64Array([0, 10, 10, 10]), new Float64Array([5, 10, 10, 10]), 2, 2);
  assert.equal(s.national[0], 0);
  assert.equal(s.industryMix[0], 0);
  assert.equal(s.regional[0], 5);
  // A category new to the whole nation: same convention.
  const fresh = shiftShare(new Float64Array([10, 0]), new Float64Array([10, 4]), 1, 2);
  assertClose(fresh.regional, [0, 4]);
  // E0 = 0: G is undefined, so every component is NaN.
  const none = shiftShare(new Float64Array([0, 0]), new Float64Array([1, 2]), 2, 1);
  assertClose(none.national, [NaN, NaN]);
  assertClose(none.industryMix, [NaN, NaN]);
  assertClose(none.regional, [NaN, NaN]);
  assert.equal(shiftShare(new Float64Array(0), new Float64Array(0), 0, 0).national.length, 0);
});

test('shiftShare rejects arrays of the wrong length with a RangeError', () => {
  assert.throws(() => shiftShare(new Float64Array(4), new Float64Array(3), 2, 2), {
    name: 'RangeError',
    message: '`shiftShare` requires employment1.length = nRegions * nCategories',
  });
});

test('shiftShare returns new arrays and leaves its inputs unchanged', () => {
  const e0 = new Float64Array([100, 100, 100, 200]);
  const e1 = new Float64Array([150, 90, 110, 210]);
  const copies = [e0.slice(), e1.slice()];
  const s = shiftShare(e0, e1, 2, 2);
  assert.notEqual(s.national.buffer, e0.buffer);
  assert.deepEqual([e0, e1], copies);
});
