import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rca, rpop } from '../../../src/analytics/complexity/rca.ts';
import { presence } from '../../../src/analytics/complexity/binary-m.ts';
import { assertAllClose, assertCloseTo } from '../../helpers/close.ts';
import { randomExports } from './fixtures.ts';

test('rca is 1 everywhere for a location that mirrors the world', () => {
  // rows [1, 2, 3] and [2, 4, 6] are proportional: the world is [3, 6, 9]
  assertAllClose(rca(new Float64Array([1, 2, 3, 2, 4, 6]), 2, 3), [1, 1, 1, 1, 1, 1]);
});

test('rca of a hand-computed 2 x 2 table', () => {
  // [1, 3], [3, 3]: x_c = [4, 6], x_p = [4, 6], x = 10; RCA_00 = (1/4) / (4/10) = 0.625
  assertAllClose(rca(new Float64Array([1, 3, 3, 3]), 2, 2), [0.625, 1.25, 1.25, 0.8333333333333334]);
});

test('the export-weighted mean RCA of every product is 1', () => {
  const nL = 9;
  const nP = 14;
  const x = randomExports(nL, nP, 3);
  const r = rca(x, nL, nP);
  let total = 0;
  const rowTotal = new Float64Array(nL);
  for (let k = 0; k < x.length; k++) rowTotal[Math.floor(k / nP)] = (rowTotal[Math.floor(k / nP)] as number) + (x[k] as number);
  rowTotal.forEach((t) => (total += t));
  for (let p = 0; p < nP; p++) {
    let s = 0;
    for (let c = 0; c < nL; c++) s += ((rowTotal[c] as number) / total) * (r[c * nP + p] as number);
    assertCloseTo(s, 1, 1e-12);
  }
});

test('rpop compares exports per inhabitant with the world', () => {
  // x_p = [4, 6], pop = 5: RPOP_00 = (1 / 1) / (4 / 5) = 1.25, RPOP_11 = (3 / 4) / (6 / 5) = 0.625
  assertAllClose(rpop(new Float64Array([1, 3, 3, 3]), new Float64Array([1, 4]), 2, 2), [1.25, 2.5, 0.9375, 0.625]);
  assert.throws(() => rpop(new Float64Array(4), new Float64Array(3), 2, 2), RangeError);
});

test('presence applies the threshold strictly (atlas) or not (py)', () => {
  const r = new Float64Array([1, 1.5, 0.5, 1]);
  assert.deepEqual([...presence(r, 2, 2, { strict: true }).m], [0, 1, 0, 0]);
  const py = presence(r, 2, 2, { strict: false });
  assert.deepEqual([...py.m], [1, 1, 0, 1]);
  assert.deepEqual([...py.diversity], [2, 1]);
  assert.deepEqual([...py.ubiquity], [1, 2]);
  assert.deepEqual([...presence(r, 2, 2, { continuous: true }).m], [1, 1.5, 0.5, 1]);
});
