// How the TOPSIS ranking and the budget selection of clusters change when one criterion's weight changes
// (issue 8, docs/methods-evaluation-decisions.md): a scan of each weight over [0, 1] and the interval of the weight
// within which the top choice and the selected set stay as they are. Pure: uses topsis and knapsack01.
import { knapsack01 } from './knapsack.ts';
import { topsis } from './topsis.ts';

/** A weight interval [lo, hi] within [0, 1]. */
export interface WeightInterval { lo: number; hi: number }

export interface CriterionSensitivity {
  criterion: number;
  /** the criterion's current weight, after normalising the weights to sum 1 */
  current: number;
  /** the scanned weights 0, 1/(steps-1), ..., 1 */
  weights: Float64Array;
  /** the top-ranked alternative at each scanned weight (the lowest index among ties for rank 1) */
  top: Int32Array;
  /** the selected set at each scanned weight, steps x nAlt row-major, 1 = selected */
  selected: Uint8Array;
  /** the weights around `current` for which the top choice stays the current one */
  topStable: WeightInterval;
  /** the weights around `current` for which the selected set stays the current one */
  selectionStable: WeightInterval;
}

export interface WeightSensitivity {
  /** the top choice and the selection at the given weights */
  top: number;
  selected: Uint8Array;
  criteria: CriterionSensitivity[];
}

export interface WeightSensitivityOptions {
  /** scanned points over [0, 1], at least 2 (default 21: steps of 0.05) */
  steps?: number;
  /** precision of the interval ends found by bisection (default 1e-6) */
  tolerance?: number;
}

/**
 * Weights with criterion j's weight set to t and the others rescaled to keep their ratios:
 *
 *   w'_j = t,   w'_k = (1 - t) w_k / sum_{l != j} w_l   (k != j)
 *
 * where w are the weights normalised to sum 1. When the other weights are all 0 they share 1 - t equally.
 */
export function reweight(weights: Float64Array, j: number, t: number): Float64Array {
  let others = 0;
  for (let k = 0; k < weights.length; k++) if (k !== j) others += weights[k] as number;
  const out = new Float64Array(weights.length);
  for (let k = 0; k < weights.length; k++) {
    if (k === j) out[k] = t;
    else out[k] = others > 0 ? ((1 - t) * (weights[k] as number)) / others : (1 - t) / (weights.length - 1);
  }
  return out;
}

/**
 * One-at-a-time sensitivity of a TOPSIS ranking and of the budget selection to the criteria weights.
 *
 * For each criterion j and t on the grid 0, 1/(S-1), ..., 1 (S = steps), the weights become reweight(w, j, t)
 * (above), TOPSIS gives the closeness C(t) and ranks, and the selection maximises sum_i C_i(t) x_i subject to
 * sum_i cost_i x_i <= budget (knapsack01). The stability interval of j is the largest [lo, hi] around the
 * current weight w_j such that the grid points inside it give the current top choice (or the current
 * selection); each end is then refined by bisection between the last unchanged and the first changed point to
 * `tolerance`. Ends are 0 or 1 when nothing changes up to them.
 *
 * Convention: a change that starts and reverts between two grid points is not seen; use more steps to see
 * finer ones. Scores are TOPSIS closeness, so the selection favours high closeness per cost. With one criterion
 * its weight is always 1 after rescaling: the interval is [0, 1]. Complexity O(nCrit (steps + log(1/tolerance))
 * x (TOPSIS + knapsack)).
 *
 * @throws {RangeError} as topsis and knapsack01 do, or when costs.length !== nAlt or steps < 2
 * @example weightSensitivity(Float64Array.of(1, 0, 0, 1, 0, 1), 3, 2, Float64Array.of(1, 1), Uint8Array.of(1, 1), Float64Array.of(2, 1, 1), 2)
 *   .criteria[0].topStable // { lo: 0.414214 (sqrt 2 - 1), hi: 1 }
 *
 * Reference: Triantaphyllou, E. & Sánchez, A. (1997) "A sensitivity analysis approach for some deterministic
 * multi-criteria decision-making methods", Decision Sciences 28(1), 151-194,
 * doi:10.1111/j.1540-5915.1997.tb01306.x; proportional rescaling of the other weights as in Butler, J., Jia, J.
 * & Dyer, J. (1997) European Journal of Operational Research 103(3), 531-546, doi:10.1016/S0377-2217(96)00307-4.
 */
export function weightSensitivity(
  matrix: Float64Array, nAlt: number, nCrit: number, weights: Float64Array, benefit: Uint8Array,
  costs: Float64Array, budget: number, options: WeightSensitivityOptions = {},
): WeightSensitivity {
  const steps = options.steps ?? 21;
  const tolerance = options.tolerance ?? 1e-6;
  if (!Number.isInteger(steps) || steps < 2) throw new RangeError('`weightSensitivity` requires steps to be an integer >= 2');
  if (!(tolerance > 0)) throw new RangeError('`weightSensitivity` requires a positive tolerance');
  if (costs.length !== nAlt) throw new RangeError('`weightSensitivity` requires costs.length = nAlt');
  const evaluate = (w: Float64Array) => {
    const { closeness, rank } = topsis(matrix, nAlt, nCrit, w, benefit);
    return { top: rank.indexOf(1), selected: knapsack01(closeness, costs, budget).selected };
  };
  const base = evaluate(weights);
  let total = 0;
  for (const w of weights) total += w;
  const normalised = weights.map((w) => w / total);

  const criteria = Array.from({ length: nCrit }, (_, j): CriterionSensitivity => {
    const grid = Float64Array.from({ length: steps }, (__, s) => s / (steps - 1));
    const top = new Int32Array(steps);
    const selected = new Uint8Array(steps * nAlt);
    grid.forEach((t, s) => {
      // a single criterion keeps weight 1 after rescaling whatever t is
      const r = nCrit === 1 ? base : evaluate(reweight(normalised, j, t));
      top[s] = r.top;
      selected.set(r.selected, s * nAlt);
    });
    const current = normalised[j] as number;
    if (nCrit === 1) return { criterion: j, current, weights: grid, top, selected, topStable: { lo: 0, hi: 1 }, selectionStable: { lo: 0, hi: 1 } };
    const sameTop = (t: number) => evaluate(reweight(normalised, j, t)).top === base.top;
    const sameSet = (t: number) => sameSelection(evaluate(reweight(normalised, j, t)).selected, base.selected);
    const topAt = (s: number) => top[s] === base.top;
    const setAt = (s: number) => sameSelection(selected.subarray(s * nAlt, (s + 1) * nAlt), base.selected);
    return {
      criterion: j, current, weights: grid, top, selected,
      topStable: stableInterval(grid, current, topAt, sameTop, tolerance),
      selectionStable: stableInterval(grid, current, setAt, sameSet, tolerance),
    };
  });
  return { top: base.top, selected: base.selected, criteria };
}

function sameSelection(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Walks the grid out from `current` each way to the first point where `same` fails, then bisects that gap. */
function stableInterval(
  grid: Float64Array, current: number, sameAt: (s: number) => boolean, same: (t: number) => boolean, tolerance: number,
): WeightInterval {
  const bisect = (inside: number, outside: number) => {
    while (Math.abs(outside - inside) > tolerance) {
      const mid = (inside + outside) / 2;
      if (same(mid)) inside = mid;
      else outside = mid;
    }
    return inside;
  };
  let hi = 1;
  let last = current;
  for (let s = 0; s < grid.length; s++) {
    const t = grid[s] as number;
    if (t <= current) continue;
    if (!sameAt(s)) {
      hi = bisect(last, t);
      break;
    }
    last = t;
  }
  let lo = 0;
  last = current;
  for (let s = grid.length - 1; s >= 0; s--) {
    const t = grid[s] as number;
    if (t >= current) continue;
    if (!sameAt(s)) {
      lo = bisect(last, t);
      break;
    }
    last = t;
  }
  return { lo, hi };
}
