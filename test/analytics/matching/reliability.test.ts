// Reliability: the saturating parts and the Beta(2, 1) completion prior by hand; inactive organisations score 0.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reliability } from '../../../src/analytics/matching/reliability.ts';

const one = (o: { y: number; c: number; b: number; m: number; a: number; l: number }) =>
  reliability({
    yearsActive: Float64Array.of(o.y),
    completed: Float64Array.of(o.c),
    broken: Float64Array.of(o.b),
    memberships: Float64Array.of(o.m),
    active: Uint8Array.of(o.a),
    labels: Float64Array.of(o.l),
  })[0] as number;
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} vs ${b}`);

test('reliability follows the formula: 0.3 y/(y+5) + 0.4 (c+2)/(c+b+3) + 0.15 m/(m+1) + 0.15 l/(l+1)', () => {
  close(one({ y: 5, c: 2, b: 0, m: 1, a: 1, l: 0 }), 0.3 * 0.5 + 0.4 * (4 / 5) + 0.15 * 0.5);
  close(one({ y: 20, c: 8, b: 2, m: 3, a: 1, l: 1 }), 0.3 * 0.8 + 0.4 * (10 / 13) + 0.15 * 0.75 + 0.15 * 0.5);
  // a newcomer with no record: only the prior 2/3 of the contracts part
  close(one({ y: 0, c: 0, b: 0, m: 0, a: 1, l: 0 }), 0.4 * (2 / 3));
  close(one({ y: NaN, c: 0, b: 0, m: 0, a: 1, l: 0 }), 0.4 * (2 / 3));
});

test('reliability is 0 for an inactive organisation, lower with broken contracts, and within [0, 1]', () => {
  close(one({ y: 30, c: 50, b: 0, m: 5, a: 0, l: 5 }), 0);
  assert.ok(one({ y: 10, c: 5, b: 5, m: 1, a: 1, l: 0 }) < one({ y: 10, c: 5, b: 0, m: 1, a: 1, l: 0 }));
  const best = one({ y: 1e9, c: 1e9, b: 0, m: 1e9, a: 1, l: 1e9 });
  assert.ok(best <= 1 && best > 0.99);
});

test('reliability of empty input is empty and a length mismatch throws', () => {
  const e = new Float64Array(0);
  assert.equal(reliability({ yearsActive: e, completed: e, broken: e, memberships: e, active: new Uint8Array(0), labels: e }).length, 0);
  assert.throws(() => reliability({ yearsActive: new Float64Array(1), completed: e, broken: e, memberships: e, active: new Uint8Array(0), labels: e }), RangeError);
});
