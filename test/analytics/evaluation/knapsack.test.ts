// The exact 0/1 knapsack against brute force over all 2^n subsets of many seeded random cases (n <= 15), with
// real and integer costs, tied values and ratios, zero costs and items costlier than the budget.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knapsack01 } from '../../../src/analytics/evaluation/knapsack.ts';
import { mulberry32 } from '../../../src/analytics/random.ts';

const SLACK = 1e-12;

/** The best total value over all subsets within the budget (same budget slack as knapsack01). */
function bruteForce(values: Float64Array, costs: Float64Array, budget: number): number {
  const n = values.length;
  let best = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let v = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        v += values[i]!;
        c += costs[i]!;
      }
    }
    if (c <= budget * (1 + SLACK) + SLACK && v > best) best = v;
  }
  return best;
}

function check(values: Float64Array, costs: Float64Array, budget: number, label: string): void {
  const r = knapsack01(values, costs, budget);
  let v = 0;
  let c = 0;
  r.selected.forEach((s, i) => {
    assert.ok(s === 0 || s === 1);
    if (s) {
      v += values[i]!;
      c += costs[i]!;
    }
  });
  assert.ok(Math.abs(v - r.value) <= 1e-9 * Math.max(1, v), `${label}: reported value ${r.value}, selected ${v}`);
  assert.ok(Math.abs(c - r.cost) <= 1e-9 * Math.max(1, c), `${label}: reported cost`);
  assert.ok(c <= budget * (1 + SLACK) + 1e-9, `${label}: cost ${c} over budget ${budget}`);
  const best = bruteForce(values, costs, budget);
  assert.ok(Math.abs(r.value - best) <= 1e-9 * Math.max(1, best), `${label}: value ${r.value}, brute force ${best}`);
}

test('knapsack01 matches brute force on 600 seeded random cases with real costs', () => {
  const random = mulberry32(20261128);
  for (let k = 0; k < 600; k++) {
    const n = 1 + Math.floor(random() * 15);
    const values = Float64Array.from({ length: n }, () => random() * 10);
    const costs = Float64Array.from({ length: n }, () => random() * 10);
    // some items costlier than the budget, a few free ones
    const budget = random() * 5 * n * 0.6;
    if (k % 7 === 0) costs[0] = budget + 1;
    if (k % 11 === 0) costs[n - 1] = 0;
    check(values, costs, budget, `case ${k}`);
  }
});

test('knapsack01 matches brute force on 400 cases with small integers: many ties of value and of ratio', () => {
  const random = mulberry32(7);
  for (let k = 0; k < 400; k++) {
    const n = 1 + Math.floor(random() * 15);
    const values = Float64Array.from({ length: n }, () => Math.floor(random() * 4));
    const costs = Float64Array.from({ length: n }, () => 1 + Math.floor(random() * 4));
    const budget = Math.floor(random() * 2 * n);
    check(values, costs, budget, `case ${k}`);
  }
});

test('the textbook case, free items, worthless items, items over the budget, and an empty budget', () => {
  // 60/10, 100/20, 120/30 with budget 50: the greedy ratio order takes 1 and 2 (160) but 2 and 3 give 220
  const r = knapsack01(Float64Array.of(60, 100, 120), Float64Array.of(10, 20, 30), 50);
  assert.deepEqual([...r.selected], [0, 1, 1]);
  assert.equal(r.value, 220);
  assert.equal(r.cost, 50);
  // a free item with value is always taken; a zero or negative value never; cost 7 > budget 5 never
  const f = knapsack01(Float64Array.of(1, 0, -2, 9, 3), Float64Array.of(0, 0, 1, 7, 5), 5);
  assert.deepEqual([...f.selected], [1, 0, 0, 0, 1]);
  assert.equal(f.value, 4);
  const none = knapsack01(Float64Array.of(5, 1), Float64Array.of(1, 0), 0);
  assert.deepEqual([...none.selected], [0, 1]);
  // real costs that add up to the budget only up to rounding: 0.1 + 0.2 fits 0.3
  assert.deepEqual([...knapsack01(Float64Array.of(1, 1), Float64Array.of(0.1, 0.2), 0.3).selected], [1, 1]);
});

test('ties are broken deterministically: the first optimal set in order of value per cost, then index', () => {
  // three identical items, room for two: the first two
  assert.deepEqual([...knapsack01(Float64Array.of(1, 1, 1), Float64Array.of(1, 1, 1), 2).selected], [1, 1, 0]);
  // {0} (value 2, cost 2) ties {1, 2} (value 2, cost 2); item 0's ratio 1 equals theirs: index order takes 0 first
  assert.deepEqual([...knapsack01(Float64Array.of(2, 1, 1), Float64Array.of(2, 1, 1), 2).selected], [1, 0, 0]);
  // same totals, item 2 has the best ratio (3 per 1): {1, 2} = 6 ties {0} = 6; ratio order takes 2 then 1
  assert.deepEqual([...knapsack01(Float64Array.of(6, 3, 3), Float64Array.of(4, 3, 1), 4).selected], [0, 1, 1]);
  // and the same input always gives the same answer
  const a = knapsack01(Float64Array.of(1, 1, 1, 1), Float64Array.of(1, 1, 1, 1), 2).selected;
  const b = knapsack01(Float64Array.of(1, 1, 1, 1), Float64Array.of(1, 1, 1, 1), 2).selected;
  assert.deepEqual([...a], [...b]);
});

test('knapsack01 rejects bad shapes and values', () => {
  assert.throws(() => knapsack01(Float64Array.of(1), Float64Array.of(1, 2), 3), RangeError);
  assert.throws(() => knapsack01(Float64Array.of(1), Float64Array.of(-1), 3), RangeError);
  assert.throws(() => knapsack01(Float64Array.of(NaN), Float64Array.of(1), 3), RangeError);
  assert.throws(() => knapsack01(Float64Array.of(1), Float64Array.of(1), -1), RangeError);
  assert.throws(() => knapsack01(Float64Array.of(1), Float64Array.of(1), Infinity), RangeError);
});
