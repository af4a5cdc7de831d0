// Exact 0/1 knapsack with real-valued costs: which clusters to support within a budget so that the total score
// (e.g. TOPSIS closeness) is largest (issue 8, docs/methods-evaluation-decisions.md). Pure, typed arrays in and out.

export interface KnapsackResult {
  /** 1 for each item taken */
  selected: Uint8Array;
  /** the total value of the taken items */
  value: number;
  /** the total cost of the taken items (<= budget) */
  cost: number;
}

/**
 * The 0/1 knapsack problem solved exactly by depth-first branch and bound:
 *
 *   maximise sum_i v_i x_i   subject to   sum_i c_i x_i <= B,   x_i in {0, 1}
 *
 * where v_i is item i's value, c_i >= 0 its cost and B the budget. Items are searched in order of v_i / c_i
 * descending (then index ascending), each tried taken before left out; a branch is cut when its bound, the value
 * so far plus the greedy fractional (LP relaxation) fill of the remaining budget (Dantzig 1957), cannot beat the
 * best set found by more than the value tolerance.
 *
 * Conventions:
 *   - an item with c_i = 0 and v_i > 0 is always taken; an item with v_i <= 0 is never taken (it cannot add value);
 *     an item with c_i > B is never taken;
 *   - real costs are summed with a relative slack of 1e-12 (sum c <= B (1 + 1e-12) + 1e-12), so that costs such as
 *     0.1 + 0.2 fit a budget of 0.3;
 *   - ties (values within 1e-12 relative) go to the first optimal set in the search order above, so the same
 *     input always gives the same set: the one favouring items of higher value per cost, then lower index.
 * Complexity O(n log n) plus the search, exponential in the worst case but small for the tens to hundreds of
 * clusters of a support programme; each node costs O(n) for its bound.
 *
 * @throws {RangeError} when the lengths differ, a value is not finite, a cost is negative or not finite, or the
 *   budget is negative or not finite
 * @example knapsack01(Float64Array.of(60, 100, 120), Float64Array.of(10, 20, 30), 50) // selected [0, 1, 1], value 220, cost 50
 *
 * Reference: Kellerer, H., Pferschy, U. & Pisinger, D. (2004) Knapsack Problems, Springer,
 * doi:10.1007/978-3-540-24777-7, sections 2.4-2.5 (branch and bound, the Dantzig bound); Horowitz, E. & Sahni, S.
 * (1974) "Computing partitions with applications to the knapsack problem", Journal of the ACM 21(2), 277-292.
 */
export function knapsack01(values: Float64Array, costs: Float64Array, budget: number): KnapsackResult {
  const n = values.length;
  if (costs.length !== n) throw new RangeError('`knapsack01` requires values.length = costs.length');
  if (!(budget >= 0 && Number.isFinite(budget))) throw new RangeError('`knapsack01` requires a non-negative finite budget');
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i] as number)) throw new RangeError('`knapsack01` requires finite values');
    const ci = costs[i] as number;
    if (!(ci >= 0 && Number.isFinite(ci))) throw new RangeError('`knapsack01` requires non-negative finite costs');
  }
  const capacity = budget * (1 + COST_SLACK) + COST_SLACK;
  const selected = new Uint8Array(n);
  const items: number[] = [];
  for (let i = 0; i < n; i++) {
    const vi = values[i] as number;
    const ci = costs[i] as number;
    if (!(vi > 0) || ci > capacity) continue;
    if (ci === 0) selected[i] = 1;
    else items.push(i);
  }
  items.sort((a, b) => (values[b] as number) / (costs[b] as number) - (values[a] as number) / (costs[a] as number) || a - b);
  const m = items.length;
  const v = Float64Array.from(items, (i) => values[i] as number);
  const c = Float64Array.from(items, (i) => costs[i] as number);

  const taken = new Uint8Array(m);
  let best = new Uint8Array(m);
  let bestValue = -Infinity;
  const tolerance = (x: number) => VALUE_TIE * Math.max(1, Math.abs(x));

  /** The value so far plus the greedy fractional fill of `room` by items k.. (the LP relaxation). */
  const bound = (k: number, value: number, room: number): number => {
    let b = value;
    for (let j = k; j < m; j++) {
      const cj = c[j] as number;
      if (cj <= room) {
        room -= cj;
        b += v[j] as number;
      } else {
        b += ((v[j] as number) * room) / cj;
        break;
      }
    }
    return b;
  };

  const search = (k: number, value: number, room: number): void => {
    if (k === m) {
      if (value > bestValue + tolerance(bestValue) || bestValue === -Infinity) {
        bestValue = value;
        best = taken.slice();
      }
      return;
    }
    if (bestValue !== -Infinity && bound(k, value, room) <= bestValue + tolerance(bestValue)) return;
    const ck = c[k] as number;
    if (ck <= room) {
      taken[k] = 1;
      search(k + 1, value + (v[k] as number), room - ck);
      taken[k] = 0;
    }
    search(k + 1, value, room);
  };
  search(0, 0, capacity);

  for (let j = 0; j < m; j++) if (best[j] === 1) selected[items[j] as number] = 1;
  let value = 0;
  let cost = 0;
  for (let i = 0; i < n; i++) {
    if (selected[i] === 1) {
      value += values[i] as number;
      cost += costs[i] as number;
    }
  }
  return { selected, value, cost };
}

/** Relative slack of the budget check (see knapsack01). */
const COST_SLACK = 1e-12;
/** Relative difference below which two totals are a tie. */
const VALUE_TIE = 1e-12;
