import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConcordance } from '../../../src/analytics/crosssector/concordance.ts';
import { isCrossSector, patentDistribution, patentLinkMatrices } from '../../../src/analytics/crosssector/fractional-counting.ts';
import { assertAllClose as closeAll } from '../../helpers/close.ts';

// divisions 21, 26, 62; classes A61 -> 21; H04 -> 26 (0.75), 62 (0.25); G06 -> 26, 62 (0.5 each)
const C = parseConcordance('NACE,A61,H04,G06\n21,1,0,0\n26,0,0.75,0.5\n62,0,0.25,0.5\n');

test('patentDistribution gives each of k codes 1/k, spread by the concordance shares', () => {
  // A61K 31/00; H04L 9/32: 0.5 * (1, 0, 0) + 0.5 * (0, 0.75, 0.25)
  closeAll(patentDistribution(Int32Array.of(0, 1), C), [0.5, 0.375, 0.125]);
  closeAll(patentDistribution(Int32Array.of(0), C), [1, 0, 0]);
  // a class given twice counts twice: (2 * H04 + G06) / 3
  closeAll(patentDistribution(Int32Array.of(1, 1, 2), C), [0, 2 / 3, 1 / 3]);
  closeAll(patentDistribution(new Int32Array(0), C), [0, 0, 0]);
  assert.throws(() => patentDistribution(Int32Array.of(3), C), RangeError);
});

test('isCrossSector needs two divisions at or above the threshold', () => {
  assert.equal(isCrossSector(Float64Array.of(0.5, 0.375, 0.125)), true);
  assert.equal(isCrossSector(Float64Array.of(0.95, 0.05, 0)), false);
  assert.equal(isCrossSector(Float64Array.of(0.75, 0.25, 0), 0.3), false);
  assert.equal(isCrossSector(Float64Array.of(1, 0, 0)), false);
  assert.throws(() => isCrossSector(Float64Array.of(1), 0), RangeError);
});

test('patentLinkMatrices sums d_i d_j per year, by hand on three patents', () => {
  // P1 = A61 + H04 (year 0), P2 = A61 (year 0), P3 = G06 (year 1), P4 = no codes (year 1, ignored)
  const batch = {
    offset: Int32Array.of(0, 2, 3, 4, 4), classOf: Int32Array.of(0, 1, 0, 2), yearOf: Int32Array.of(0, 0, 1, 1), nYears: 2,
  };
  const r = patentLinkMatrices(batch, C);
  // year 0: d1 = (0.5, 0.375, 0.125), d2 = (1, 0, 0); M = d1 d1' + d2 d2'
  // year 1: d3 = (0, 0.5, 0.5)
  closeAll(r.links, [
    1.25, 0.1875, 0.0625, 0.1875, 0.140625, 0.046875, 0.0625, 0.046875, 0.015625,
    0, 0, 0, 0, 0.25, 0.25, 0, 0.25, 0.25,
  ]);
  closeAll(r.activity, [1.5, 0.375, 0.125, 0, 0.5, 0.5]);
  closeAll(r.patents, [2, 1]);
  closeAll(r.crossSector, [1, 1]);
});

test('patentLinkMatrices equals the sum of outer products of patentDistribution', () => {
  const classOf = Int32Array.of(0, 1, 2, 1, 1, 2, 0, 0, 2);
  const offset = Int32Array.of(0, 3, 4, 6, 9);
  const r = patentLinkMatrices({ offset, classOf, yearOf: new Int32Array(4), nYears: 1 }, C);
  const expected = new Array<number>(9).fill(0);
  for (let p = 0; p < 4; p++) {
    const d = patentDistribution(classOf.subarray(offset[p], offset[p + 1]), C);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expected[i * 3 + j]! += (d[i] as number) * (d[j] as number);
  }
  closeAll(r.links, expected);
});

test('patentLinkMatrices rejects inconsistent arrays and leaves its inputs unchanged', () => {
  const classOf = Int32Array.of(0, 1);
  assert.throws(() => patentLinkMatrices({ offset: Int32Array.of(0, 3), classOf, yearOf: Int32Array.of(0), nYears: 1 }, C), RangeError);
  assert.throws(() => patentLinkMatrices({ offset: Int32Array.of(0, 2), classOf, yearOf: Int32Array.of(1), nYears: 1 }, C), RangeError);
  patentLinkMatrices({ offset: Int32Array.of(0, 2), classOf, yearOf: Int32Array.of(0), nYears: 1 }, C);
  assert.deepEqual([...classOf], [0, 1]);
});
