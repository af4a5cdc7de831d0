// Competitiveness: percentile ranks within sectors by hand (ties, NaN, groups of one) and the mean score.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { competitiveness, sectorPercentiles } from '../../../src/analytics/matching/competitiveness.ts';

const close = (a: ArrayLike<number>, b: number[]) => {
  assert.equal(a.length, b.length);
  for (let i = 0; i < b.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (Number.isNaN(y)) assert.ok(Number.isNaN(x), `[${i}] ${x} should be NaN`);
    else assert.ok(Math.abs(x - y) < 1e-12, `[${i}] ${x} vs ${y}`);
  }
};

test('sectorPercentiles gives 0 to the smallest, 1 to the largest and mid-ranks to ties', () => {
  close(sectorPercentiles(Float64Array.of(1, 2, 2, 5), Int32Array.of(0, 0, 0, 0)), [0, 0.5, 0.5, 1]);
  // ranks 0..4 of five; three tied at ranks 1,2,3 share 2/4
  close(sectorPercentiles(Float64Array.of(9, 3, 3, 3, 1), Int32Array.of(7, 7, 7, 7, 7)), [1, 0.5, 0.5, 0.5, 0]);
});

test('sectorPercentiles ranks within each group separately, keeps NaN, and gives 0.5 to a group of one', () => {
  const values = Float64Array.of(10, 100, 20, NaN, 5, 30, 7);
  const groups = Int32Array.of(1, 2, 1, 1, 3, 1, -4);
  // group 1: 10, 20, 30 (NaN left out) -> 0, 0.5, 1; group 2: one value; group 3: one; group -4: one
  close(sectorPercentiles(values, groups), [0, 0.5, 0.5, NaN, 0.5, 1, 0.5]);
});

test('sectorPercentiles of empty input is empty and a length mismatch throws', () => {
  assert.equal(sectorPercentiles(new Float64Array(0), new Int32Array(0)).length, 0);
  assert.throws(() => sectorPercentiles(new Float64Array(2), new Int32Array(1)), RangeError);
});

test('competitiveness is the mean of the defined percentiles, NaN when none is defined', () => {
  const r = competitiveness({
    productivity: Float64Array.of(1, 2, 3, NaN),
    growth: Float64Array.of(0.3, 0.1, NaN, NaN),
    exportShare: Float64Array.of(0, 0, 0.5, NaN),
    sector: Int32Array.of(0, 0, 0, 0),
  });
  close(r.productivityPct, [0, 0.5, 1, NaN]);
  close(r.growthPct, [1, 0, NaN, NaN]);
  close(r.exportPct, [0.25, 0.25, 1, NaN]);
  close(r.score, [(0 + 1 + 0.25) / 3, (0.5 + 0 + 0.25) / 3, 1, NaN]);
});

test('competitiveness leaves its inputs as they are', () => {
  const input = Object.freeze({
    productivity: Float64Array.of(3, 1),
    growth: Float64Array.of(1, 2),
    exportShare: Float64Array.of(0, 1),
    sector: Int32Array.of(1, 1),
  });
  competitiveness(input);
  close(input.productivity, [3, 1]);
});
