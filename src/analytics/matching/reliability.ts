// Reliability of an organisation as a partner: track record in years, contracts completed against broken,
// cluster memberships and excellence labels; zero when it is not active. Pure, typed arrays in and out.

export interface ReliabilityInput {
  /** years since founding (NaN when unknown: counts as 0) */
  yearsActive: Float64Array;
  /** contracts completed (as supplier or customer) */
  completed: Float64Array;
  /** contracts terminated before completion */
  broken: Float64Array;
  /** current cluster memberships */
  memberships: Float64Array;
  /** 1 when the registry status is active, 0 when liquidated, in liquidation or otherwise not active */
  active: Uint8Array;
  /** excellence labels and certifications held */
  labels: Float64Array;
}

/** Parameters of `reliability`: half-saturation constants and the weights of its parts (they sum to 1). */
export const RELIABILITY = Object.freeze({
  yearsHalf: 5,
  priorCompleted: 2,
  priorBroken: 1,
  membershipsHalf: 1,
  labelsHalf: 1,
  wYears: 0.3,
  wContracts: 0.4,
  wMemberships: 0.15,
  wLabels: 0.15,
});

/**
 * Reliability score in [0, 1]:
 *
 *   r_i = active_i * ( 0.30 y/(y+5) + 0.40 (c+2)/(c+b+3) + 0.15 m/(m+1) + 0.15 l/(l+1) )
 *
 * where:
 *   y  years active (NaN or negative count as 0); y/(y+5) saturates: 5 years give 0.5, 20 years 0.8,
 *   c  contracts completed, b contracts broken (terminated); (c+2)/(c+b+3) is the posterior mean of the
 *      completion rate under a Beta(2, 1) prior, so an organisation without contracts gets 2/3 and the
 *      evidence moves it (Bayesian average; Gelman et al. (2013) "Bayesian Data Analysis", 3rd ed., ch. 2),
 *   m  current cluster memberships, m/(m+1) saturating,
 *   l  excellence labels and certifications, l/(l+1) saturating,
 *   active_i  1 for active organisations, 0 for liquidated or in liquidation ones.
 * The weights and constants are ClusterAtlas's own (`RELIABILITY`). Complexity O(n).
 *
 * @throws {RangeError} when the arrays differ in length
 * @example reliability({ yearsActive: [5], completed: [2], broken: [0], memberships: [1], active: [1], labels: [0] })
 *   // 0.3*0.5 + 0.4*4/5 + 0.15*0.5 + 0 = 0.545
 */
export function reliability(input: ReliabilityInput): Float64Array {
  const n = input.active.length;
  for (const a of [input.yearsActive, input.completed, input.broken, input.memberships, input.labels]) {
    if (a.length !== n) throw new RangeError('`reliability` requires arrays of the same length');
  }
  const k = RELIABILITY;
  const out = new Float64Array(n);
  const pos = (x: number) => (x > 0 ? x : 0);
  for (let i = 0; i < n; i++) {
    if (input.active[i] !== 1) continue;
    const y = pos(input.yearsActive[i] as number);
    const c = pos(input.completed[i] as number);
    const b = pos(input.broken[i] as number);
    const m = pos(input.memberships[i] as number);
    const l = pos(input.labels[i] as number);
    out[i] =
      k.wYears * (y / (y + k.yearsHalf)) +
      k.wContracts * ((c + k.priorCompleted) / (c + b + k.priorCompleted + k.priorBroken)) +
      k.wMemberships * (m / (m + k.membershipsHalf)) +
      k.wLabels * (l / (l + k.labelsHalf));
  }
  return out;
}
