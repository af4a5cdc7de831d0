// Screening of organisations for an opportunity call: the hard rules, then the interest signal, then the fit
// score against the call's threshold. Every organisation considered is reported as accepted or screened out with
// the stage and the plain-language reason. Pure: the caller supplies the rows, the territory parents, the sector
// tree and any scores.
import { callFit, type CallFit } from './call-fit.ts';
import type { SectorTree } from './sector-hierarchy.ts';

export interface ScreeningCall {
  sectors: readonly string[];
  territories: readonly string[];
  sizeClasses: readonly string[];
  roles: readonly string[];
  certifications: readonly string[];
  minEmployees: number | null;
  minCompetitiveness: number | null;
  minReliability: number | null;
  fitThreshold: number;
  requireInterest: boolean;
  /** last day to answer, YYYY-MM-DD (answers until its end, UTC) */
  deadline: string | null;
}

export type Interest = 'interested' | 'declined';

export interface ScreeningCandidate {
  id: number;
  name: string;
  primarySector: string | null;
  secondarySectors: readonly string[];
  territoryId: string | null;
  sizeClass: string | null;
  roles: readonly string[];
  employees: number | null;
  certifications: readonly string[];
  /** registry status: active, liquidating, liquidated */
  status: string;
  /** scores in [0, 1]; NaN or null when unknown (only read when the call sets a minimum) */
  competitiveness?: number | null;
  reliability?: number | null;
  interest: Interest | null;
  /** when the organisation answered (ISO timestamp) */
  respondedAt: string | null;
  /** false hides confidential figures (employees) from the reason text */
  showFigures?: boolean;
}

export const HARD_RULES = [
  'status', 'sector', 'territory', 'size', 'role', 'employees', 'certifications', 'deadline', 'competitiveness', 'reliability',
] as const;
export type HardRule = (typeof HARD_RULES)[number];

export interface RuleFailure { rule: HardRule; reason: string }

export type Stage = 'rule' | 'interest' | 'fit';

export interface ScreeningRow {
  id: number;
  name: string;
  decision: 'accepted' | 'screened_out';
  /** the stage that decided: the stage that screened it out, or 'fit' for accepted organisations */
  stage: Stage;
  /** the first failed rule, 'declined', 'no-answer', 'low-fit', or null when accepted */
  rule: HardRule | 'declined' | 'no-answer' | 'low-fit' | null;
  /** every failed hard rule and its reason, or the interest / fit reason; for accepted ones, why */
  reason: string;
  failedRules: RuleFailure[];
  interest: Interest | null;
  /** fit score in [0, 1] and its parts (computed for everyone, also those screened out earlier) */
  fit: number;
  sectorFit: number;
  sizeFit: number;
}

/**
 * True when `code` is `required` or lies below it in the NACE hierarchy (26 takes 26.5 and 26.51; section C takes
 * division 26). Codes missing from the tree fall back to the dotted prefix (26 takes 26.51).
 */
export function sectorWithin(tree: SectorTree, code: string, required: string): boolean {
  if (code === required) return true;
  const node = tree.id(code);
  const target = tree.id(required);
  if (node >= 0 && target >= 0) return tree.path(node).includes(target);
  return code.startsWith(`${required}.`);
}

/** True when `territory` is `required` or lies inside it, following `parentOf` (raion -> oblast -> country). */
export function territoryWithin(parentOf: ReadonlyMap<string, string | null>, territory: string, required: string): boolean {
  const seen = new Set<string>();
  for (let t: string | null | undefined = territory; t != null && !seen.has(t); t = parentOf.get(t)) {
    if (t === required) return true;
    seen.add(t);
  }
  return false;
}

const fmt = (x: number) => x.toFixed(2);
/** A value below a limit, with a third decimal when two would print them equal (0.295 < 0.30). */
const fmtBelow = (x: number, limit: number) => (fmt(x) === fmt(limit) ? x.toFixed(3) : fmt(x));

/** End of the deadline day (UTC) as epoch milliseconds, or null. */
export function deadlineEnd(deadline: string | null): number | null {
  return deadline === null ? null : Date.parse(`${deadline}T23:59:59.999Z`);
}

/**
 * The hard rules a candidate fails, in HARD_RULES order, each with its reason:
 *   status          registry status must be active ("status liquidating");
 *   sector          the primary or a secondary code within a required sector ("sector 62.01 not in 26, 27");
 *   territory       its territory within a required territory, oblasts taking their raions ("territory r-x not in BY-MI");
 *   size            its size class one of the required ones (an unknown class passes here, scoring 0.5 in the fit);
 *   role            one of its roles required ("roles service not in producer, supplier");
 *   employees       employees >= the minimum ("employees 12 < 20"; unknown fails);
 *   certifications  every required certification held ("missing certification ISO 9001");
 *   deadline        an answer given after the deadline does not count ("answered 2026-05-03 after the deadline 2026-05-01");
 *   competitiveness, reliability   score >= the minimum ("reliability 0.41 < 0.50"; unknown fails).
 * An empty requirement is no rule. Complexity O(rules x codes x hierarchy depth).
 */
export function hardRuleFailures(
  call: ScreeningCall, c: ScreeningCandidate, tree: SectorTree, parentOf: ReadonlyMap<string, string | null>,
): RuleFailure[] {
  const out: RuleFailure[] = [];
  if (c.status !== 'active') out.push({ rule: 'status', reason: `status ${c.status}` });
  if (call.sectors.length > 0) {
    const codes = [c.primarySector, ...c.secondarySectors].filter((s): s is string => !!s);
    if (!codes.some((code) => call.sectors.some((req) => sectorWithin(tree, code, req)))) {
      out.push({ rule: 'sector', reason: `sector ${codes.length > 0 ? codes.join(', ') : 'unknown'} not in ${call.sectors.join(', ')}` });
    }
  }
  if (call.territories.length > 0) {
    const t = c.territoryId;
    if (t === null || !call.territories.some((req) => territoryWithin(parentOf, t, req))) {
      out.push({ rule: 'territory', reason: `territory ${t ?? 'unknown'} not in ${call.territories.join(', ')}` });
    }
  }
  if (call.sizeClasses.length > 0 && c.sizeClass !== null && !call.sizeClasses.includes(c.sizeClass)) {
    out.push({ rule: 'size', reason: `size class ${c.sizeClass} not in ${call.sizeClasses.join(', ')}` });
  }
  if (call.roles.length > 0 && !c.roles.some((r) => call.roles.includes(r))) {
    out.push({ rule: 'role', reason: `roles ${c.roles.length > 0 ? c.roles.join(', ') : 'none'} not in ${call.roles.join(', ')}` });
  }
  if (call.minEmployees !== null && !(c.employees !== null && c.employees >= call.minEmployees)) {
    const shown = c.showFigures === false ? 'below' : c.employees === null ? 'unknown,' : `${c.employees} <`;
    out.push({ rule: 'employees', reason: c.employees === null ? `employees unknown, minimum ${call.minEmployees}` : `employees ${shown} ${call.minEmployees}` });
  }
  const held = new Set(c.certifications.map((s) => s.trim().toLowerCase()));
  const missing = call.certifications.filter((s) => !held.has(s.trim().toLowerCase()));
  if (missing.length > 0) out.push({ rule: 'certifications', reason: `missing certification ${missing.join(', ')}` });
  const end = deadlineEnd(call.deadline);
  if (end !== null && c.respondedAt !== null && Date.parse(c.respondedAt) > end) {
    out.push({ rule: 'deadline', reason: `answered ${c.respondedAt.slice(0, 10)} after the deadline ${call.deadline}` });
  }
  for (const [rule, min, value] of [
    ['competitiveness', call.minCompetitiveness, c.competitiveness],
    ['reliability', call.minReliability, c.reliability],
  ] as const) {
    if (min === null) continue;
    const v = value ?? NaN;
    if (Number.isNaN(v)) out.push({ rule, reason: `${rule} unknown, minimum ${fmt(min)}` });
    else if (v < min) out.push({ rule, reason: `${rule} ${fmtBelow(v, min)} < ${fmt(min)}` });
  }
  return out;
}

/**
 * Screens every candidate in three stages and reports each one:
 *   1. hard rules (`hardRuleFailures`): any failure screens out at stage 'rule', the reason lists them all;
 *   2. interest: 'declined' screens out ("declined"); no answer screens out ("no answer") when the call requires
 *      interest, and passes otherwise;
 *   3. fit (`callFit`): fit < threshold screens out ("low fit 0.21 < 0.30"); fit >= threshold is accepted.
 * Rows keep the candidates' order; the fit is computed for every row so a report can show it. A late answer
 * (rule 'deadline') is not counted as interest either. Complexity O(n x rules).
 * @throws {RangeError} when the threshold is not within [0, 1]
 * @example screen(call, [org], tree, parents)[0] // { decision: 'screened_out', stage: 'interest', reason: 'no answer', ... }
 */
export function screen(
  call: ScreeningCall, candidates: readonly ScreeningCandidate[], tree: SectorTree, parentOf: ReadonlyMap<string, string | null>,
): ScreeningRow[] {
  if (!(call.fitThreshold >= 0 && call.fitThreshold <= 1)) throw new RangeError('`screen` requires a fit threshold within [0, 1]');
  const fit: CallFit = callFit(tree, call, candidates);
  return candidates.map((c, i): ScreeningRow => {
    const base = {
      id: c.id, name: c.name, interest: c.interest,
      fit: fit.score[i] as number, sectorFit: fit.sector[i] as number, sizeFit: fit.size[i] as number,
    };
    const failedRules = hardRuleFailures(call, c, tree, parentOf);
    if (failedRules.length > 0) {
      return { ...base, decision: 'screened_out', stage: 'rule', rule: failedRules[0]!.rule, reason: failedRules.map((f) => f.reason).join('; '), failedRules };
    }
    if (c.interest === 'declined') return { ...base, decision: 'screened_out', stage: 'interest', rule: 'declined', reason: 'declined', failedRules };
    if (c.interest === null && call.requireInterest) {
      return { ...base, decision: 'screened_out', stage: 'interest', rule: 'no-answer', reason: 'no answer', failedRules };
    }
    if (base.fit < call.fitThreshold) {
      return { ...base, decision: 'screened_out', stage: 'fit', rule: 'low-fit', reason: `low fit ${fmtBelow(base.fit, call.fitThreshold)} < ${fmt(call.fitThreshold)}`, failedRules };
    }
    const interest = c.interest === 'interested' ? 'interested' : 'no answer (interest not required)';
    return { ...base, decision: 'accepted', stage: 'fit', rule: null, reason: `${interest}; fit ${fmt(base.fit)} >= ${fmt(call.fitThreshold)}`, failedRules };
  });
}
