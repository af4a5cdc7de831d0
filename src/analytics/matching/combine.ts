// The combined partner score: a weighted mean of the components.
import { COMPONENTS, type Component, type Weights } from './types.ts';

/**
 * Checks user weights: every component finite and >= 0, and at least one > 0. Missing components count as 0.
 *
 * @throws {RangeError} naming the component, e.g. "weight of text must be a finite number >= 0"
 */
export function checkWeights(weights: Partial<Weights>): Weights {
  const out = {} as Weights;
  let total = 0;
  for (const c of COMPONENTS) {
    const w = weights[c] ?? 0;
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`weight of ${c} must be a finite number >= 0`);
    out[c] = w;
    total += w;
  }
  if (total === 0) throw new RangeError('at least one weight must be > 0');
  return out;
}

/**
 * The partner score:
 *
 *   S = sum_k w_k c_k / sum_k w_k
 *
 * where c_k in [0, 1] is the value of component k (sector, complementarity, text, competitiveness, reliability,
 * geography, size) and w_k >= 0 its weight; S is in [0, 1]. A weighted arithmetic mean, the simple additive
 * weighting of multi-criteria decision analysis (Hwang, C.-L. & Yoon, K. (1981) "Multiple Attribute Decision
 * Making", Springer, doi:10.1007/978-3-642-48318-9). Unknown (NaN) components count as 0.
 */
export function combine(components: Record<Component, number>, weights: Weights): number {
  let s = 0;
  let w = 0;
  for (const c of COMPONENTS) {
    const v = components[c];
    if (!Number.isNaN(v)) s += weights[c] * v;
    w += weights[c];
  }
  return s / w;
}
