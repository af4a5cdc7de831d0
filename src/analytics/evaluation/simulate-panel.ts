import { mulberry32 } from '../random.ts';
import type { ImpactPanel } from './impact.ts';

export interface SimulatePanelOptions {
  nFirms: number;
  /** years in the panel (default 10) */
  nYears?: number;
  /** default 2014 */
  firstYear?: number;
  /** share of firms that become members at some point (default 0.2) */
  memberShare?: number;
  /** true effect on each log outcome at event time 0 (default 0.05) */
  effect?: number;
  /** growth of the effect per year after joining: effect * (1 + effectGrowth * k) (default 0) */
  effectGrowth?: number;
  /** violated parallel trends: members grow this much faster per year before joining (default 0) */
  preTrend?: number;
  /** strength of the selection on size and productivity (default 1; 0 = random membership) */
  selection?: number;
  /** SD of the idiosyncratic noise of each log outcome (default 0.05) */
  noise?: number;
  seed?: number;
}

export interface SimulatedPanel {
  panel: ImpactPanel;
  /** the true effect on ln(1 + employment), ln(1 + revenue) and ln(1 + exports) at event time k (0 for k < 0) */
  effectAt: (k: number) => number;
}

/**
 * A seeded simulated firm x year panel with a known effect of cluster membership, for tests, the benchmark and
 * demonstrations.
 *
 *   l_it = alpha_i + tau_t + 0.02 t + eps_it + D_it effect (1 + effectGrowth k) + P_it preTrend (k + 1)
 *   P(member_i) = 1 / (1 + exp(-(a + selection (0.8 s_i + 0.6 q_i))))
 *
 * where:
 *   l_it     is ln(1 + y) of employment, revenue and exports (each with its own alpha_i, tau_t, eps_it), so
 *            y = exp(l) - 1 and the effect on ln(1 + y) is exact; a negative l (a few of the smallest firms'
 *            exports) is floored at 0, i.e. y = 0, so that no figure is negative,
 *   alpha_i  the firm's fixed effect: employment 3.5 + 0.8 s_i, revenue employment's + 2 + 0.5 q_i, exports
 *            revenue's - 1.5 + 0.3 s_i, with size s_i and productivity q_i standard normal truncated at +-3.5,
 *   tau_t    common year shocks N(0, 0.05^2), eps_it ~ N(0, noise^2),
 *   D_it     1 for a member from its join year g on (k = t - g >= 0), P_it 1 for a member before joining,
 *   a        set by bisection so that the expected member share is memberShare.
 * Join years are uniform over the panel years (so about 1 / nYears of members join in the first year and have
 * no pre-period). productivity = revenue / employment (level).
 *
 * Complexity O(nFirms * nYears).
 *
 * @throws {RangeError} when nFirms < 1, nYears < 2 or memberShare not in (0, 1)
 * @example simulatePanel({ nFirms: 1000, seed: 7 }).panel.outcomes.map((o) => o.name) // ['employment', 'revenue', 'exports', 'productivity']
 *
 * Reference: the data-generating process of staggered-adoption simulations, e.g. Callaway & Sant'Anna (2021),
 * section 5, doi:10.1016/j.jeconom.2020.12.001.
 */
export function simulatePanel(options: SimulatePanelOptions): SimulatedPanel {
  const { nFirms } = options;
  const nYears = options.nYears ?? 10;
  const firstYear = options.firstYear ?? 2014;
  const memberShare = options.memberShare ?? 0.2;
  const effect = options.effect ?? 0.05;
  const effectGrowth = options.effectGrowth ?? 0;
  const preTrend = options.preTrend ?? 0;
  const selection = options.selection ?? 1;
  const noise = options.noise ?? 0.05;
  if (!Number.isInteger(nFirms) || nFirms < 1 || !Number.isInteger(nYears) || nYears < 2) {
    throw new RangeError('`simulatePanel` requires nFirms >= 1 and nYears >= 2 integers');
  }
  if (!(memberShare > 0 && memberShare < 1)) throw new RangeError('`simulatePanel` requires memberShare in (0, 1)');
  const rng = mulberry32(options.seed ?? 1);
  let spare = NaN;
  const normal = () => {
    if (!Number.isNaN(spare)) {
      const v = spare;
      spare = NaN;
      return v;
    }
    const u = 1 - rng();
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * rng();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
  const clamp = (v: number) => Math.max(-3.5, Math.min(3.5, v));
  const size = new Float64Array(nFirms);
  const prod = new Float64Array(nFirms);
  const score = new Float64Array(nFirms);
  for (let i = 0; i < nFirms; i++) {
    size[i] = clamp(normal());
    prod[i] = clamp(normal());
    score[i] = selection * (0.8 * (size[i] as number) + 0.6 * (prod[i] as number));
  }
  const share = (a: number) => {
    let s = 0;
    for (let i = 0; i < nFirms; i++) s += 1 / (1 + Math.exp(-(a + (score[i] as number))));
    return s / nFirms;
  };
  let lo = -30;
  let hi = 30;
  for (let it = 0; it < 60; it++) {
    const mid = (lo + hi) / 2;
    if (share(mid) < memberShare) lo = mid; else hi = mid;
  }
  const a = (lo + hi) / 2;
  const memberSince = new Int32Array(nFirms);
  for (let i = 0; i < nFirms; i++) {
    if (rng() < 1 / (1 + Math.exp(-(a + (score[i] as number))))) memberSince[i] = firstYear + Math.floor(rng() * nYears);
  }
  const effectAt = (k: number) => (k >= 0 ? effect * (1 + effectGrowth * k) : 0);
  const shock = () => Float64Array.from({ length: nYears }, () => 0.05 * normal());
  const [shockE, shockR, shockX] = [shock(), shock(), shock()];
  const n = nFirms * nYears;
  const employment = new Float64Array(n);
  const revenue = new Float64Array(n);
  const exports = new Float64Array(n);
  const productivity = new Float64Array(n);
  for (let i = 0; i < nFirms; i++) {
    const s = size[i] as number;
    const fe = 3.5 + 0.8 * s;
    const fr = fe + 2 + 0.5 * (prod[i] as number);
    const fx = fr - 1.5 + 0.3 * s;
    const g = memberSince[i] as number;
    for (let t = 0; t < nYears; t++) {
      const k = firstYear + t - g;
      const shift = g === 0 ? 0 : k >= 0 ? effectAt(k) : preTrend * (k + 1);
      const common = 0.02 * t + shift;
      const at = i * nYears + t;
      const e = level(fe + (shockE[t] as number) + common + noise * normal());
      const r = level(fr + (shockR[t] as number) + common + noise * normal());
      employment[at] = e;
      revenue[at] = r;
      exports[at] = level(fx + (shockX[t] as number) + common + noise * normal());
      productivity[at] = e > 0 ? r / e : NaN;
    }
  }
  return {
    panel: {
      nFirms, nYears, firstYear, memberSince,
      outcomes: [
        { name: 'employment', values: employment },
        { name: 'revenue', values: revenue },
        { name: 'exports', values: exports },
        { name: 'productivity', values: productivity },
      ],
    },
    effectAt,
  };
}

/** y = exp(l) - 1, never below 0. */
function level(l: number): number {
  return l > 0 ? Math.expm1(l) : 0;
}
