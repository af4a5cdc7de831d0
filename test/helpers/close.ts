// Comparisons with an explicit tolerance for the analytics tests; NaN expects NaN.
import assert from 'node:assert/strict';

export const TOLERANCE = 1e-12;

export function assertCloseTo(actual: number, expected: number, tolerance = TOLERANCE): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);
}

export function assertAllClose(actual: Float64Array, expected: readonly number[], tolerance = TOLERANCE): void {
  assert.equal(actual.length, expected.length);
  expected.forEach((value, i) => {
    const a = actual[i] as number;
    if (Number.isNaN(value)) assert.ok(Number.isNaN(a), `cell ${i}: ${a} is not NaN`);
    else assert.ok(Math.abs(a - value) <= tolerance, `cell ${i}: ${a} is not within ${tolerance} of ${value}`);
  });
}
