import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fastestEmerging, linkGrowth } from '../../../src/analytics/crosssector/link-growth.ts';
import { observedExpected } from '../../../src/analytics/crosssector/observed-expected.ts';
import { pairLinkMatrices, sumYears } from '../../../src/analytics/crosssector/pair-links.ts';
import { poissonUpperTail, significantLinks } from '../../../src/analytics/crosssector/poisson-test.ts';
import { sectorMeasures } from '../../../src/analytics/crosssector/sector-measures.ts';
import { assertAllClose as closeAll, assertCloseTo as close } from '../../helpers/close.ts';

test('observedExpected on a 2 x 2 matrix computed by hand', () => {
  // rows (3, 1), columns (3, 1), total 4: E = [[9/4, 3/4], [3/4, 1/4]]
  const m = Float64Array.of(2, 1, 1, 0);
  const r = observedExpected(m, 2);
  closeAll(r.expected, [2.25, 0.75, 0.75, 0.25]);
  closeAll(r.ratio, [8 / 9, 4 / 3, 4 / 3, 0]);
  assert.equal(r.total, 4);
  assert.deepEqual([...m], [2, 1, 1, 0]);
});

test('observedExpected returns NaN ratios for an empty row and column', () => {
  const r = observedExpected(Float64Array.of(1, 0, 0, 0), 2);
  closeAll(r.ratio.subarray(0, 1), [1]);
  assert.ok(Number.isNaN(r.ratio[1]) && Number.isNaN(r.ratio[3]));
  assert.throws(() => observedExpected(new Float64Array(3), 2), RangeError);
});

test('poissonUpperTail matches the Poisson distribution at integers and is continuous between them', () => {
  close(poissonUpperTail(3, 1), 1 - 2.5 / Math.E, 1e-13); // 1 - e^-1 (1 + 1 + 1/2)
  close(poissonUpperTail(1, 2), 1 - Math.exp(-2), 1e-13);
  // R: ppois(29, 20, lower.tail = FALSE) = 0.02181822
  close(poissonUpperTail(30, 20), 0.02181822, 1e-8);
  const a = poissonUpperTail(2, 1.5);
  const b = poissonUpperTail(2.5, 1.5);
  const c = poissonUpperTail(3, 1.5);
  assert.ok(a > b && b > c);
  assert.equal(poissonUpperTail(0, 1), 1);
  assert.equal(poissonUpperTail(2, 0), 0);
  assert.ok(Number.isNaN(poissonUpperTail(NaN, 1)));
});

test('significantLinks flags off-diagonal cells well above independence only', () => {
  // rows and columns 10 each, total 30: E = 10/3 everywhere; P(X >= 10 | 10/3) = 0.0019
  const m = Float64Array.of(0, 10, 0, 10, 0, 0, 0, 0, 10);
  const { expected } = observedExpected(m, 3);
  assert.deepEqual([...significantLinks(m, expected, 3)], [0, 1, 0, 1, 0, 0, 0, 0, 0]);
  assert.deepEqual([...significantLinks(m, expected, 3, 0.001)], [0, 0, 0, 0, 0, 0, 0, 0, 0]);
});

test('pairLinkMatrices sums weights per year and rejects a negative weight', () => {
  const m = pairLinkMatrices(Int32Array.of(0, 0, 1), Int32Array.of(1, 1, 1), Int32Array.of(0, 1, 1), 2, 2, Float64Array.of(2, 3, 4));
  closeAll(m, [0, 2, 0, 0, 0, 3, 0, 4]);
  closeAll(sumYears(m, 4), [0, 5, 0, 4]);
  closeAll(pairLinkMatrices(Int32Array.of(1), Int32Array.of(0), Int32Array.of(0), 1, 2), [0, 0, 1, 0]);
  assert.throws(() => pairLinkMatrices(Int32Array.of(0), Int32Array.of(1), Int32Array.of(0), 1, 2, Float64Array.of(-1)), /non-negative/);
});

test('sectorMeasures: activity and cross-sector share, symmetric and directed', () => {
  const s = sectorMeasures(Float64Array.of(1, 1, 1, 0), 2, true);
  closeAll(s.activity, [2, 1]);
  closeAll(s.crossShare, [0.5, 1]);
  // directed [[1, 2], [0, 3]]: sector 0 row 3, column 1 -> 3 involved, 2 cross; sector 1 row 3, column 5 -> 5, 2
  const d = sectorMeasures(Float64Array.of(1, 2, 0, 3), 2, false);
  closeAll(d.activity, [3, 5]);
  closeAll(d.crossShare, [2 / 3, 0.4]);
  assert.ok(Number.isNaN(sectorMeasures(new Float64Array(1), 1, true).crossShare[0]));
});

test('linkGrowth is the log-linear slope as a yearly rate; fastestEmerging ranks off-diagonal links', () => {
  closeAll(linkGrowth(Float64Array.of(100, 121), [2020, 2022], 1), [0.1]);
  closeAll(linkGrowth(Float64Array.of(100, 0, 121), [2020, 2021, 2022], 1), [0.1]); // empty years are left out
  closeAll(linkGrowth(Float64Array.of(1, 2, 4), [0, 1, 2], 1), [1]); // doubling each year
  assert.ok(Number.isNaN(linkGrowth(Float64Array.of(0, 5), [0, 1], 1)[0]));
  const growth = Float64Array.of(NaN, 0.5, 0.2, NaN);
  assert.deepEqual([...fastestEmerging(growth, Float64Array.of(0, 10, 1, 0), 2)], [1, 2]);
  assert.deepEqual([...fastestEmerging(growth, Float64Array.of(0, 10, 1, 0), 2, 10, 5)], [1]);
  assert.deepEqual([...fastestEmerging(growth, Float64Array.of(0, 10, 1, 0), 2, 1)], [1]);
});
