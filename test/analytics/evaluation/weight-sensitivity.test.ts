// Weight sensitivity on a case solved by hand. Alternatives A = (1, 0), B = (0, 1), C = (0, 1), both criteria
// benefits, costs 2, 1, 1, budget 2, weights (w, 1 - w). Column norms 1 and sqrt 2, so v_A = (w, 0) and
// v_B = v_C = (0, (1 - w) / sqrt 2); the ideal is (w, (1 - w)/sqrt 2), the anti-ideal 0:
//   C_A = w / (w + (1 - w)/sqrt 2),   C_B = C_C = 1 - C_A.
// Top choice A  <=>  w > (1 - w)/sqrt 2  <=>  w > 1/(1 + sqrt 2) = sqrt 2 - 1 = 0.41421...
// Selection: {A} (value C_A) or {B, C} (value 2 C_B): {B, C} <=> C_A < 2/3 <=> w < sqrt 2 (1 - w) <=> w < 2 - sqrt 2 = 0.58579...
// At the equal weights w = 0.5: top A, selection {B, C}. Stability intervals of criterion 1's weight: top [sqrt 2 - 1, 1],
// selection [0, 2 - sqrt 2]; of criterion 2's weight (1 - w): top [0, 2 - sqrt 2], selection [sqrt 2 - 1, 1].
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reweight, weightSensitivity } from '../../../src/analytics/evaluation/weight-sensitivity.ts';
import { assertAllClose as closeAll, assertCloseTo as close } from '../../helpers/close.ts';

const matrix = Float64Array.of(1, 0, 0, 1, 0, 1);
const benefit = Uint8Array.of(1, 1);
const costs = Float64Array.of(2, 1, 1);

test('reweight keeps the ratios of the other weights, or shares the rest equally when they are all 0', () => {
  closeAll(reweight(Float64Array.of(0.5, 0.3, 0.2), 0, 0.6), [0.6, 0.24, 0.16], 1e-15);
  closeAll(reweight(Float64Array.of(1, 0, 0), 0, 0.4), [0.4, 0.3, 0.3], 1e-15);
});

test('the scan gives the hand-computed top choice and selection at each weight', () => {
  const r = weightSensitivity(matrix, 3, 2, Float64Array.of(1, 1), benefit, costs, 2);
  assert.equal(r.top, 0);
  assert.deepEqual([...r.selected], [0, 1, 1]);
  const first = r.criteria[0]!;
  assert.equal(first.weights.length, 21);
  close(first.current, 0.5);
  // w = 0, 0.05, ..., 0.4 -> B (index 1, tied with C, the lower index); 0.45 .. 1 -> A
  assert.deepEqual([...first.top], [...Array(9).fill(1), ...Array(12).fill(0)]);
  // w <= 0.55 -> {B, C}; w >= 0.6 -> {A}
  for (let s = 0; s < 21; s++) {
    assert.deepEqual([...first.selected.subarray(s * 3, s * 3 + 3)], s <= 11 ? [0, 1, 1] : [1, 0, 0], `step ${s}`);
  }
  // criterion 2 is the mirror image: its weight t means w = 1 - t
  assert.deepEqual([...r.criteria[1]!.top], [...Array(12).fill(0), ...Array(9).fill(1)]);
});

test('the stability intervals are the hand-computed ones, to the bisection tolerance', () => {
  const r = weightSensitivity(matrix, 3, 2, Float64Array.of(1, 1), benefit, costs, 2);
  const [first, second] = r.criteria as [NonNullable<(typeof r.criteria)[0]>, NonNullable<(typeof r.criteria)[0]>];
  close(first.topStable.lo, Math.SQRT2 - 1, 2e-6);
  assert.equal(first.topStable.hi, 1);
  assert.equal(first.selectionStable.lo, 0);
  close(first.selectionStable.hi, 2 - Math.SQRT2, 2e-6);
  assert.equal(second.topStable.lo, 0);
  close(second.topStable.hi, 2 - Math.SQRT2, 2e-6);
  close(second.selectionStable.lo, Math.SQRT2 - 1, 2e-6);
  assert.equal(second.selectionStable.hi, 1);
  // a finer tolerance gives finer ends
  const fine = weightSensitivity(matrix, 3, 2, Float64Array.of(1, 1), benefit, costs, 2, { steps: 5, tolerance: 1e-10 });
  close(fine.criteria[0]!.topStable.lo, Math.SQRT2 - 1, 2e-10);
});

test('a large budget selects everything at every weight; one criterion is stable over [0, 1]; bad options throw', () => {
  const all = weightSensitivity(matrix, 3, 2, Float64Array.of(3, 1), benefit, costs, 10);
  // except at the ends: at weight 0 (or 1) for a criterion A's (or B's and C's) closeness is 0, and an item of
  // value 0 is never taken, so the interval is open at both ends
  for (const c of all.criteria) {
    close(c.selectionStable.lo, 0, 1e-6);
    close(c.selectionStable.hi, 1, 1e-6);
    assert.ok(c.selected.subarray(3, 20 * 3).every((x) => x === 1));
  }
  assert.deepEqual([...all.criteria[0]!.selected.subarray(0, 3)], [0, 1, 1]);
  close(all.criteria[0]!.current, 0.75);
  const one = weightSensitivity(Float64Array.of(1, 2), 2, 1, Float64Array.of(1), Uint8Array.of(1), Float64Array.of(1, 1), 1);
  assert.equal(one.top, 1);
  assert.deepEqual(one.criteria[0]!.topStable, { lo: 0, hi: 1 });
  assert.throws(() => weightSensitivity(matrix, 3, 2, Float64Array.of(1, 1), benefit, costs, 2, { steps: 1 }), RangeError);
  assert.throws(() => weightSensitivity(matrix, 3, 2, Float64Array.of(1, 1), benefit, Float64Array.of(1), 2), RangeError);
});
