// Impact of cluster membership (docs/methods-evaluation-impact.md): propensity-score matching of members to
// non-members once, then a matched difference in differences with an event study, a pre-trend check and
// pair-bootstrap intervals per outcome, and a verdict that says plainly when the data cannot support one.
import { differenceInDifferences, type DidResult } from './did.ts';
import { linearPredictor, logisticRegression } from './logistic-regression.ts';
import { balance, caliperWidth, nearestNeighbourMatch } from './propensity-matching.ts';

export interface ImpactPanel {
  nFirms: number;
  nYears: number;
  /** the calendar year of year index 0 */
  firstYear: number;
  /** the calendar year each firm joined a cluster, 0 = never a member */
  memberSince: Int32Array;
  /** values firm-major (nFirms x nYears); NaN = not observed */
  outcomes: { name: string; values: Float64Array }[];
  /** pre-treatment characteristics, one value per firm; default: each outcome in the first panel year */
  covariates?: { name: string; values: Float64Array }[];
}

export interface ImpactOptions {
  /** caliper in SDs of the logit of the propensity score (default 0.2, Austin 2011) */
  caliper?: number;
  /** bootstrap replications (default 200) */
  replications?: number;
  seed?: number;
  /** confidence level of the intervals (default 0.95) */
  confidence?: number;
  /** outcomes analysed as ln(1 + y) (default employment, revenue, exports); the others in levels */
  logOutcomes?: readonly string[];
  /** fewer matched pairs than this makes an outcome inconclusive (default 30) */
  minPairs?: number;
  /** ridge penalty of the propensity model on standardized covariates (default 1e-3) */
  ridge?: number;
  /** the outcomes to estimate (default all); matching always uses all covariates */
  outcomes?: readonly string[];
}

export type ImpactReason = 'no-treated' | 'no-controls' | 'too-few-pairs' | 'poor-balance' | 'pre-trend-violated'
  | 'many-unmatched' | 'no-pre-period' | 'propensity-not-converged' | 'ci-covers-zero';
export type ImpactVerdict = 'effect' | 'no-detectable-effect' | 'inconclusive';

/** Reasons that make an outcome inconclusive whatever its interval. */
export const INCONCLUSIVE_REASONS: readonly ImpactReason[] = ['no-treated', 'no-controls', 'too-few-pairs', 'poor-balance', 'pre-trend-violated'];

export interface ImpactOutcome extends DidResult {
  outcome: string;
  scale: 'ln1p' | 'level';
  verdict: ImpactVerdict;
  reasons: ImpactReason[];
}

export interface ImpactResult {
  nFirms: number;
  /** members eligible for matching (joined within the panel after its first year, covariates known) */
  nTreated: number;
  /** never-members eligible as controls */
  nControls: number;
  /** matched pairs (= matched members; controls are reused) */
  nMatched: number;
  /** eligible members with no control within the caliper */
  nUnmatched: number;
  /** firms left out before matching, by reason */
  excluded: { noPrePeriod: number; joinedAfterPanel: number; missingCovariates: number };
  /** the caliper on the logit scale */
  caliperWidth: number;
  propensity: { covariates: string[]; coefficients: number[]; iterations: number; converged: boolean; separation: boolean };
  balance: { covariate: string; smdBefore: number; smdAfter: number }[];
  outcomes: ImpactOutcome[];
}

const DEFAULT_LOG = ['employment', 'revenue', 'exports'];

/**
 * Impact of cluster membership on each outcome: the average effect on the treated (members) from matched
 * difference in differences.
 *
 *   1. e(x) = P(member | x) by logistic regression on pre-treatment covariates x (members vs never-members);
 *   2. each member is matched to the never-member nearest in logit e(x), with replacement, within
 *      caliper * pooled SD of the logit; balance = SMD of each covariate before/after;
 *   3. per outcome (ln(1 + y) or level), ATT = mean over pairs of [(mean post Y - Y_{g-1})_member - (same)_control],
 *      the event study beta_k, and the pre-trend placebo, with pair-bootstrap percentile intervals.
 *
 * Convention: members who joined in or before the first panel year have no pre-period and are left out (counted
 * in excluded.noPrePeriod), as are members who joined after the last panel year (joinedAfterPanel) and firms
 * with a non-finite covariate (missingCovariates). Only never-members are controls. Default covariates: each
 * outcome in the first panel year, as ln(1 + y) (a year before every eligible member joined; the same rule for
 * members and controls). The matching is done once and shared by all outcomes; the bootstrap uses the same
 * seed for each outcome.
 * Verdict: 'inconclusive' with any of no-treated, no-controls, too-few-pairs (< minPairs), poor-balance (some
 * |SMD after| > 0.1), pre-trend-violated (the placebo interval excludes 0); else 'no-detectable-effect' when the
 * ATT interval covers 0 (reason ci-covers-zero); else 'effect'. many-unmatched (> 20% of members outside the
 * caliper), no-pre-period (no year before g - 1) and propensity-not-converged are reported as warnings.
 *
 * Complexity O(nFirms * nCovariates^2 * iterations + nFirms log nFirms + outcomes * pairs * nYears * replications).
 *
 * @throws {RangeError} when array lengths do not match nFirms / nYears, or an option is out of range
 * @throws {SingularMatrixError} when the covariates are collinear and ridge is 0
 * @example evaluateImpact(simulatePanel({ nFirms: 2000 }).panel, { seed: 1 }).outcomes[0].verdict
 *
 * Reference: Rosenbaum, P. R. & Rubin, D. B. (1983) "The central role of the propensity score in observational
 * studies for causal effects", Biometrika 70(1), 41-55, doi:10.1093/biomet/70.1.41; Heckman, Ichimura & Todd
 * (1997) and Callaway & Sant'Anna (2021), see did.ts; Austin (2011), see propensity-matching.ts.
 */
export function evaluateImpact(panel: ImpactPanel, options: ImpactOptions = {}): ImpactResult {
  const { nFirms, nYears, firstYear, memberSince } = panel;
  const caliper = options.caliper ?? 0.2;
  const minPairs = options.minPairs ?? 30;
  const logSet = new Set(options.logOutcomes ?? DEFAULT_LOG);
  if (!Number.isInteger(nFirms) || nFirms < 0 || !Number.isInteger(nYears) || nYears < 1) {
    throw new RangeError('`evaluateImpact` requires nFirms >= 0 and nYears >= 1 integers');
  }
  if (memberSince.length !== nFirms) throw new RangeError('`evaluateImpact` requires memberSince.length = nFirms');
  for (const o of panel.outcomes) {
    if (o.values.length !== nFirms * nYears) throw new RangeError(`\`evaluateImpact\` requires outcome ${o.name} of length nFirms * nYears`);
  }
  if (!(caliper > 0)) throw new RangeError('`evaluateImpact` requires caliper > 0');
  const selected = options.outcomes ?? panel.outcomes.map((o) => o.name);
  for (const name of selected) {
    if (!panel.outcomes.some((o) => o.name === name)) throw new RangeError(`\`evaluateImpact\` has no outcome ${name}`);
  }

  // Covariates: given, or each outcome in the first year as ln(1 + y).
  const covariates = panel.covariates ?? panel.outcomes.map((o) => {
    const values = new Float64Array(nFirms);
    for (let i = 0; i < nFirms; i++) values[i] = Math.log1p(o.values[i * nYears] as number);
    return { name: `ln(1+${o.name}) ${firstYear}`, values };
  });
  for (const c of covariates) {
    if (c.values.length !== nFirms) throw new RangeError(`\`evaluateImpact\` requires covariate ${c.name} of length nFirms`);
  }
  const nCov = covariates.length;

  // Groups: 1 eligible member, 0 never-member, -1 left out.
  const lastYear = firstYear + nYears - 1;
  const group = new Int8Array(nFirms);
  const excluded = { noPrePeriod: 0, joinedAfterPanel: 0, missingCovariates: 0 };
  for (let i = 0; i < nFirms; i++) {
    const g = memberSince[i] as number;
    if (g !== 0 && g <= firstYear) { group[i] = -1; excluded.noPrePeriod++; continue; }
    if (g > lastYear) { group[i] = -1; excluded.joinedAfterPanel++; continue; }
    group[i] = g === 0 ? 0 : 1;
    for (const c of covariates) {
      if (!Number.isFinite(c.values[i])) { group[i] = -1; excluded.missingCovariates++; break; }
    }
  }
  const rows: number[] = [];
  for (let i = 0; i < nFirms; i++) if (group[i] !== -1) rows.push(i);
  let nTreated = 0;
  for (const i of rows) nTreated += group[i] === 1 ? 1 : 0;
  const nControls = rows.length - nTreated;
  const x = new Float64Array(nFirms * nCov);
  for (let i = 0; i < nFirms; i++) for (let j = 0; j < nCov; j++) x[i * nCov + j] = (covariates[j] as { values: Float64Array }).values[i] as number;

  // Propensity score and matching.
  let propensity: ImpactResult['propensity'] = { covariates: covariates.map((c) => c.name), coefficients: [], iterations: 0, converged: false, separation: false };
  const logit = new Float64Array(nFirms).fill(NaN);
  if (nTreated > 0 && nControls > 0) {
    const xs = new Float64Array(rows.length * nCov);
    const ys = new Uint8Array(rows.length);
    rows.forEach((i, r) => {
      xs.set(x.subarray(i * nCov, (i + 1) * nCov), r * nCov);
      ys[r] = group[i] === 1 ? 1 : 0;
    });
    const fit = logisticRegression(xs, ys, rows.length, nCov, { ridge: options.ridge ?? 1e-3 });
    propensity = { ...propensity, coefficients: [...fit.coefficients], iterations: fit.iterations, converged: fit.converged, separation: fit.separation };
    const eta = linearPredictor(fit.coefficients, xs, rows.length);
    rows.forEach((i, r) => { logit[i] = eta[r] as number; });
  }
  // no propensity model (no members or no controls): all logits NaN, nothing matches
  const width = nTreated > 0 && nControls > 0 ? caliperWidth(logit, group, caliper) : 0;
  const pairs = nearestNeighbourMatch(logit, group, width);
  const bal = balance(x, group, pairs.treated, pairs.control, nCov);
  const balanceRows = covariates.map((c, j) => ({ covariate: c.name, smdBefore: bal.smdBefore[j] as number, smdAfter: bal.smdAfter[j] as number }));
  const join = new Int32Array(pairs.treated.length);
  for (let p = 0; p < join.length; p++) join[p] = (memberSince[pairs.treated[p] as number] as number) - firstYear;

  const shared: ImpactReason[] = [];
  if (nTreated === 0) shared.push('no-treated');
  if (nControls === 0) shared.push('no-controls');
  if (pairs.treated.length > 0 && balanceRows.some((b) => !(Math.abs(b.smdAfter) <= 0.1))) shared.push('poor-balance');
  if (pairs.nUnmatched > 0.2 * nTreated) shared.push('many-unmatched');
  if (nTreated > 0 && nControls > 0 && !propensity.converged) shared.push('propensity-not-converged');

  const outcomes = selected.map((name): ImpactOutcome => {
    const source = panel.outcomes.find((o) => o.name === name) as { name: string; values: Float64Array };
    const scale = logSet.has(name) ? 'ln1p' : 'level';
    const y = scale === 'ln1p' ? source.values.map((v) => (v >= 0 ? Math.log1p(v) : NaN)) : source.values;
    const did = differenceInDifferences(y, nFirms, nYears, pairs.treated, pairs.control, join, {
      replications: options.replications ?? 200, seed: options.seed ?? 1, confidence: options.confidence ?? 0.95,
    });
    const reasons = [...shared];
    const coversZero = !(did.ciLow > 0 || did.ciHigh < 0);
    if (did.pairs === 0) {
      // nothing estimated: only say why
      if (nTreated > 0 && nControls > 0) reasons.push('too-few-pairs');
    } else {
      if (did.pairs < minPairs) reasons.push('too-few-pairs');
      if (did.preTrend === null) reasons.push('no-pre-period');
      else if (!did.preTrend.pass) reasons.push('pre-trend-violated');
      if (coversZero) reasons.push('ci-covers-zero');
    }
    const verdict: ImpactVerdict = reasons.some((r) => INCONCLUSIVE_REASONS.includes(r)) ? 'inconclusive' : coversZero ? 'no-detectable-effect' : 'effect';
    return { outcome: name, scale, att: did.att, se: did.se, ciLow: did.ciLow, ciHigh: did.ciHigh, pairs: did.pairs, eventStudy: did.eventStudy, preTrend: did.preTrend, verdict, reasons };
  });

  return {
    nFirms, nTreated, nControls, nMatched: pairs.treated.length, nUnmatched: pairs.nUnmatched, excluded,
    caliperWidth: width, propensity, balance: balanceRows, outcomes,
  };
}
