// TOPSIS on the fighter-aircraft example of Hwang & Yoon (1981), Multiple Attribute Decision Making, pp. 131-134
// (also Yoon & Hwang 1995, Multiple Attribute Decision Making: An Introduction, Sage): four aircraft on six
// attributes, maximum speed (Mach), ferry range (NM), maximum payload (lb), acquisition cost ($10^6, a cost),
// reliability and manoeuvrability (on a 1-9 interval scale), weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3.
// Published relative closeness: A1 0.643, A2 0.268, A3 0.613, A4 0.312 (A1 > A3 > A4 > A2).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankDescending, topsis } from '../../../src/analytics/evaluation/topsis.ts';
import { assertAllClose as closeAll } from '../../helpers/close.ts';

const aircraft = [
  [2.0, 1500, 20000, 5.5, 5, 9],
  [2.5, 2700, 18000, 6.5, 3, 5],
  [1.8, 2000, 21000, 4.5, 7, 7],
  [2.2, 1800, 20000, 5.0, 5, 5],
];
const weights = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3];
const benefit = [1, 1, 1, 0, 1, 1];

/** The textbook steps written out plainly on nested arrays, as an independent check. */
function byHand(x: number[][], w: number[], b: number[]): number[] {
  const cols = w.map((_, j) => Math.hypot(...x.map((row) => row[j]!)));
  const v = x.map((row) => row.map((value, j) => (w[j]! * value) / cols[j]!));
  const col = (j: number) => v.map((row) => row[j]!);
  const ideal = w.map((_, j) => (b[j] ? Math.max(...col(j)) : Math.min(...col(j))));
  const anti = w.map((_, j) => (b[j] ? Math.min(...col(j)) : Math.max(...col(j))));
  return v.map((row) => {
    const plus = Math.hypot(...row.map((value, j) => value - ideal[j]!));
    const minus = Math.hypot(...row.map((value, j) => value - anti[j]!));
    return minus / (plus + minus);
  });
}

test('the fighter-aircraft example gives the published closeness 0.643, 0.268, 0.613, 0.312 and ranks 1, 4, 2, 3', () => {
  const r = topsis(Float64Array.from(aircraft.flat()), 4, 6, Float64Array.from(weights), Uint8Array.from(benefit));
  // the book rounds every intermediate step to four decimals, so its A3 is 0.613 where the exact value is 0.61354:
  // agreement to 0.001
  closeAll(r.closeness, [0.643, 0.268, 0.613, 0.312], 0.001);
  closeAll(r.closeness, [0.6433, 0.2684, 0.6135, 0.3123], 0.00005);
  closeAll(r.closeness, byHand(aircraft, weights, benefit), 1e-14);
  assert.deepEqual([...r.rank], [1, 4, 2, 3]);
});

test('weights are normalised to sum 1: scaling them changes nothing', () => {
  const a = topsis(Float64Array.from(aircraft.flat()), 4, 6, Float64Array.from(weights), Uint8Array.from(benefit));
  const b = topsis(Float64Array.from(aircraft.flat()), 4, 6, Float64Array.from(weights, (w) => w * 10), Uint8Array.from(benefit));
  closeAll(b.closeness, [...a.closeness], 1e-14);
});

test('hand-computed small cases: one criterion, the cost direction, and a tie sharing rank 1', () => {
  // x = (3, 4): r = (0.6, 0.8), ideal 0.8, anti-ideal 0.6: C = (0, 1)
  closeAll(topsis(Float64Array.of(3, 4), 2, 1, Float64Array.of(1), Uint8Array.of(1)).closeness, [0, 1]);
  closeAll(topsis(Float64Array.of(3, 4), 2, 1, Float64Array.of(1), Uint8Array.of(0)).closeness, [1, 0]);
  // [[1, 0], [0, 1]], equal weights: v = [[.5, 0], [0, .5]], d+ = d- = 0.5 for both: C = 0.5, a tie
  const tie = topsis(Float64Array.of(1, 0, 0, 1), 2, 2, Float64Array.of(1, 1), Uint8Array.of(1, 1));
  closeAll(tie.closeness, [0.5, 0.5]);
  assert.deepEqual([...tie.rank], [1, 1]);
});

test('a criterion column of zeros gives no NaN and does not change the closeness of the others', () => {
  const withZero = topsis(Float64Array.of(3, 0, 4, 0, 5, 0), 3, 2, Float64Array.of(1, 1), Uint8Array.of(1, 0));
  const alone = topsis(Float64Array.of(3, 4, 5), 3, 1, Float64Array.of(1), Uint8Array.of(1));
  assert.ok(withZero.closeness.every((c) => Number.isFinite(c)));
  closeAll(withZero.closeness, [...alone.closeness], 1e-15);
  closeAll(alone.closeness, [0, 0.5, 1], 1e-15);
  // all alternatives equal: d+ = d- = 0, C = 0.5 for every one
  closeAll(topsis(new Float64Array(4), 2, 2, Float64Array.of(1, 1), Uint8Array.of(1, 1)).closeness, [0.5, 0.5]);
});

test('rankDescending gives competition ranks (1, 2, 2, 4) and topsis rejects bad shapes', () => {
  assert.deepEqual([...rankDescending(Float64Array.of(0.9, 0.5, 0.5, 0.1))], [1, 2, 2, 4]);
  assert.deepEqual([...rankDescending(Float64Array.of(0.1, 0.5, 0.9))], [3, 2, 1]);
  assert.throws(() => topsis(new Float64Array(3), 2, 2, Float64Array.of(1, 1), Uint8Array.of(1, 1)), RangeError);
  assert.throws(() => topsis(new Float64Array(4), 2, 2, Float64Array.of(0, 0), Uint8Array.of(1, 1)), RangeError);
  assert.throws(() => topsis(new Float64Array(4), 2, 2, Float64Array.of(-1, 2), Uint8Array.of(1, 1)), RangeError);
  assert.throws(() => topsis(new Float64Array(4), 2, 2, Float64Array.of(1, 1), Uint8Array.of(1, 2)), RangeError);
  assert.throws(() => topsis(Float64Array.of(1, NaN, 1, 1), 2, 2, Float64Array.of(1, 1), Uint8Array.of(1, 1)), RangeError);
});
