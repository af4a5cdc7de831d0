// The impact evaluation as a CSV file (docs/methods-evaluation-impact.md, "Output"): one table with the columns
// outcome,term,event_time,estimate,ci_low,ci_high,pairs,note and, in this order,
//   matching  (outcome empty) estimate = caliper width on the logit, pairs = matched pairs, note = counts;
//   balance   (outcome empty) one per covariate: estimate = SMD after matching, note = `covariate=NAME;smd_before=X`;
// then per outcome
//   att       the ATT with its interval, note = `se=X;scale=ln1p|level`;
//   event     one per event time k (event_time), relative to k = -1 (note `base`, 0 by construction);
//   pretrend  the pre-period placebo, note `pass` or `fail` (or `no-pre-period`, numbers empty);
//   verdict   note = `effect`, `no-detectable-effect` or `inconclusive`, then `: ` and the reasons `;`-separated.
// Numbers are written in full precision; NaN (not estimable) is an empty cell.
import type { ImpactResult } from '../../analytics/evaluation/impact.ts';

export const IMPACT_COLUMNS = ['outcome', 'term', 'event_time', 'estimate', 'ci_low', 'ci_high', 'pairs', 'note'] as const;

type Cell = string | number | null;

/** The result as CSV text (header and rows, `\n`-terminated). */
export function impactCsv(result: ImpactResult): string {
  const rows: Cell[][] = [];
  const e = result.excluded;
  rows.push(['', 'matching', null, result.caliperWidth, null, null, result.nMatched,
    `treated=${result.nTreated};controls=${result.nControls};unmatched=${result.nUnmatched};no_pre_period=${e.noPrePeriod};`
    + `joined_after_panel=${e.joinedAfterPanel};missing_covariates=${e.missingCovariates};propensity_converged=${result.propensity.converged}`]);
  for (const b of result.balance) {
    rows.push(['', 'balance', null, b.smdAfter, null, null, result.nMatched, `covariate=${b.covariate};smd_before=${number(b.smdBefore)}`]);
  }
  for (const o of result.outcomes) {
    rows.push([o.outcome, 'att', null, o.att, o.ciLow, o.ciHigh, o.pairs, `se=${number(o.se)};scale=${o.scale}`]);
    for (const p of o.eventStudy) rows.push([o.outcome, 'event', p.eventTime, p.estimate, p.ciLow, p.ciHigh, p.pairs, p.eventTime === -1 ? 'base' : '']);
    if (o.preTrend === null) rows.push([o.outcome, 'pretrend', null, null, null, null, 0, 'no-pre-period']);
    else rows.push([o.outcome, 'pretrend', null, o.preTrend.estimate, o.preTrend.ciLow, o.preTrend.ciHigh, o.preTrend.pairs, o.preTrend.pass ? 'pass' : 'fail']);
    rows.push([o.outcome, 'verdict', null, null, null, null, o.pairs, o.reasons.length > 0 ? `${o.verdict}: ${o.reasons.join(';')}` : o.verdict]);
  }
  return [IMPACT_COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
}

/** A one-line summary: counts, then each outcome's ATT, interval and verdict. */
export function impactSummary(result: ImpactResult): string {
  const outcomes = result.outcomes.map((o) => `${o.outcome} ${signed(o.att)} [${signed(o.ciLow)}, ${signed(o.ciHigh)}] ${o.verdict}`);
  return `${result.nFirms} firms, ${result.nTreated} members (${result.excluded.noPrePeriod} without a pre-period left out), `
    + `${result.nMatched} matched pairs (${result.nUnmatched} outside the caliper); ${outcomes.join('; ')}`;
}

function number(v: number): string {
  return Number.isNaN(v) ? '' : String(v);
}

function signed(v: number): string {
  return Number.isNaN(v) ? 'n/a' : `${v >= 0 ? '+' : ''}${v.toFixed(3)}`;
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return number(v);
  return /[",\n\r]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}
