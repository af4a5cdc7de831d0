// Pure data shaping of the policy-evaluation page: names and percentages, the programme's regions and lagging
// measures, the support ranking and its sensitivity scan, eligibility rules and failures in plain words, and
// the impact verdicts. No React, no i18next: the components translate the keys returned here.
import type {
  Eligibility, ImpactOutcome, ImpactVerdict, KpiBoard, ProgrammeDetail, RagStatus, SupportMeasure, SupportRankRequest, SupportRanking,
} from '../../api/evaluation.ts';

export type Lang = 'ru' | 'be' | 'en';

/** The name of a record in the interface language, falling back to Russian. */
export function localName(record: { nameRu: string; nameBe?: string | null; nameEn?: string | null } | null | undefined, language: string): string {
  if (!record) return '';
  if (language === 'en') return record.nameEn || record.nameRu;
  if (language === 'be') return record.nameBe || record.nameRu;
  return record.nameRu;
}

/** A share (0.42) as a percentage in the locale ("42,0 %"), '—' when unknown. */
export function percentText(value: number | null | undefined, locale: string, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A number with at most `digits` decimals in the locale, '—' when unknown. */
export function numberText(value: number | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** RAG status from a progress share when the API gives none: >= 0.9 green, >= 0.6 amber, else red. */
export function rateStatus(rate: number | null | undefined): RagStatus {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return 'no-data';
  if (rate >= 0.9) return 'green';
  if (rate >= 0.6) return 'amber';
  return 'red';
}

// ---------------------------------------------------------------- programme

export interface RegionBar { group: string; label: string; planned: number; achieved: number; rate: number | null }

/** The bars of planned vs achieved by region: the most planned first, then by name. */
export function regionBars(execution: ProgrammeDetail['execution'], regionName: (group: string, fallback: string) => string): RegionBar[] {
  return execution.byGroup
    .map((g) => ({ group: g.group, label: regionName(g.group, g.name), planned: g.planned, achieved: g.achieved, rate: g.rate }))
    .sort((a, b) => b.planned - a.planned || a.label.localeCompare(b.label));
}

/** The height in pixels of the bar chart for n regions (horizontal bars). */
export const regionChartHeight = (n: number) => Math.max(220, 70 + n * 34);

export interface LaggingRow { code: string; measure: string; region: string; planned: number; achieved: number; rate: number | null; gap: number }

/** The lagging measures, the largest gap first, with the measure's and its region's names. */
export function laggingRows(detail: ProgrammeDetail, language: string, regionName: (group: string, fallback: string) => string): LaggingRow[] {
  const measures = new Map(detail.measures.map((m) => [m.code, m]));
  const groups = new Map(detail.execution.byGroup.map((g) => [g.group, g.name]));
  return [...detail.execution.lagging]
    .sort((a, b) => b.gap - a.gap || a.code.localeCompare(b.code))
    .map((l) => {
      const measure = measures.get(l.code);
      const fallback = measure?.territoryName ?? groups.get(l.group) ?? l.group;
      return {
        code: l.code,
        measure: measure ? localName(measure, language) : l.name,
        region: regionName(l.group, fallback),
        planned: l.planned,
        achieved: l.achieved,
        rate: l.rate,
        gap: l.gap,
      };
    });
}

/** The distinct sources of the plan (the programme's and its measures'), leaving out one that another contains. */
export function planSources(detail: ProgrammeDetail): string[] {
  const all = [detail.programme.source, ...detail.measures.map((m) => m.source)].filter((s): s is string => Boolean(s && s.trim()));
  const distinct = [...new Set(all.map((s) => s.trim()))];
  return distinct.filter((s) => !distinct.some((other) => other !== s && other.includes(s)));
}

/** The KPI board as rows: the latest point of each indicator (or none). */
export function kpiRows(board: KpiBoard, language: string) {
  return board.items.map((item) => {
    // the API's latest point, else the most recent one it has (a value without a target has no status)
    const byYear = [...item.points].sort((a, b) => b.year - a.year);
    const latest = (item.latest ? item.points.find((p) => p.year === item.latest?.year) : byYear[0]) ?? null;
    const name = language === 'en' ? item.indicator.nameEn : language === 'be' ? item.indicator.nameBe : item.indicator.nameRu;
    return {
      code: item.indicator.code,
      name: name || item.indicator.nameRu,
      unit: item.indicator.unit,
      year: item.latest?.year ?? latest?.year ?? null,
      target: latest?.target ?? null,
      actual: latest?.actual ?? null,
      progress: item.latest?.progress ?? latest?.progress ?? null,
      status: item.latest?.status ?? latest?.status ?? ('no-data' as RagStatus),
      source: latest?.source ?? null,
      illustrative: item.points.some((p) => p.illustrative),
    };
  });
}

// ---------------------------------------------------------------- support

/** The ids of the selected clusters, ascending. */
export function selectedIds(ranking: Pick<SupportRanking, 'items'>): number[] {
  return ranking.items.filter((i) => i.selected).map((i) => i.clusterId).sort((a, b) => a - b);
}

/** The ranking's rows by rank. */
export function rankedItems(ranking: SupportRanking): SupportRanking['items'] {
  return [...ranking.items].sort((a, b) => a.rank - b.rank || a.clusterId - b.clusterId);
}

/** A default budget: half the total cost of all candidates, rounded to two significant digits (0 without costs). */
export function defaultBudget(costs: readonly number[]): number {
  const total = costs.reduce((sum, c) => sum + (Number.isFinite(c) && c > 0 ? c : 0), 0);
  if (total <= 0) return 0;
  const half = total / 2;
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(half)) - 1);
  return Math.round(half / scale) * scale;
}

/** The body of POST /support/rank: weights only for finite non-negative numbers, budget >= 0. */
export function rankRequest(weights: Record<string, number | ''>, budget: number): SupportRankRequest {
  const clean: Record<string, number> = {};
  for (const [code, w] of Object.entries(weights)) if (typeof w === 'number' && Number.isFinite(w) && w >= 0) clean[code] = w;
  const body: SupportRankRequest = { budget: Number.isFinite(budget) && budget >= 0 ? budget : 0 };
  if (Object.keys(clean).length > 0) body.weights = clean;
  return body;
}

/** The budget used: total cost, its share of the budget and whether it is over. */
export function budgetUse(ranking: Pick<SupportRanking, 'budget' | 'total'>) {
  const share = ranking.budget > 0 ? ranking.total.cost / ranking.budget : null;
  return { cost: ranking.total.cost, budget: ranking.budget, share, over: ranking.total.cost > ranking.budget + 1e-9 };
}

export interface ScanCell { weight: number; top: number | null; selected: number[]; sameSelection: boolean; sameTop: boolean; inStable: boolean }

/** Each scanned weight of a criterion against the current answer: is the selected set / top the same? */
export function scanCells(ranking: SupportRanking, criterion: string): ScanCell[] {
  const sensitivity = ranking.sensitivity.find((s) => s.criterion === criterion);
  if (!sensitivity) return [];
  const current = selectedIds(ranking).join(',');
  const top = rankedItems(ranking)[0]?.clusterId ?? null;
  return sensitivity.steps.map((step) => {
    const selected = [...step.selected].sort((a, b) => a - b);
    return {
      weight: step.weight,
      top: step.top,
      selected,
      sameSelection: selected.join(',') === current,
      sameTop: step.top === top,
      inStable: step.weight >= sensitivity.stableFrom - 1e-9 && step.weight <= sensitivity.stableTo + 1e-9,
    };
  });
}

/** The weights of the criteria normalised to sum 1 (as the server does), for showing the current weight. */
export function normalisedWeights(criteria: SupportRanking['criteria']): Record<string, number> {
  const total = criteria.reduce((s, c) => s + (c.weight > 0 ? c.weight : 0), 0);
  return Object.fromEntries(criteria.map((c) => [c.code, total > 0 ? Math.max(0, c.weight) / total : 0]));
}

// ---------------------------------------------------------------- eligibility

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type RuleKey = 'size' | 'sector' | 'territory' | 'membership' | 'employees' | 'status' | 'cluster';

export interface RuleLine { rule: RuleKey; values: string[]; membership?: 'member' | 'non-member'; max?: number }

/** The measure's rules as lines to put in words (absent and empty rules left out). */
export function ruleLines(rules: SupportMeasure['rules']): RuleLine[] {
  const lines: RuleLine[] = [];
  if (rules.sizeClasses?.length) lines.push({ rule: 'size', values: [...rules.sizeClasses] });
  if (rules.sectors?.length) lines.push({ rule: 'sector', values: [...rules.sectors] });
  if (rules.territories?.length) lines.push({ rule: 'territory', values: [...rules.territories] });
  if (rules.membership && rules.membership !== 'any') lines.push({ rule: 'membership', values: [], membership: rules.membership });
  if (rules.maxEmployees !== undefined && rules.maxEmployees !== null) lines.push({ rule: 'employees', values: [], max: rules.maxEmployees });
  return lines;
}

/** Codes with consecutive numeric runs of three or more collapsed: 10, 11, …, 33 -> "10–33"; others kept. */
export function compactCodes(codes: readonly string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < codes.length) {
    const code = codes[i] as string;
    let j = i;
    if (/^\d+$/.test(code)) {
      while (j + 1 < codes.length && /^\d+$/.test(codes[j + 1] as string) && (codes[j + 1] as string).length === code.length
        && Number(codes[j + 1]) === Number(codes[j]) + 1) j++;
    }
    out.push(j - i >= 2 ? `${code}–${codes[j]}` : codes.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return out.join(', ');
}

export type FailureText =
  | { key: 'size'; value: string; allowed: string[] }
  | { key: 'sector'; value: string; allowed: string[] }
  | { key: 'territory'; value: string; allowed: string[] }
  | { key: 'notMember' }
  | { key: 'memberOf'; value: string }
  | { key: 'cluster'; value: string; allowed: string[] }
  | { key: 'employees'; value: string; max: string }
  | { key: 'employeesUnknown'; max: string }
  | { key: 'employeesAbove'; max: string }
  | { key: 'rule'; rule: RuleKey; reason: string }
  | { key: 'raw'; reason: string };

const KNOWN_RULES: readonly RuleKey[] = ['size', 'sector', 'territory', 'membership', 'employees', 'status', 'cluster'];
const list = (text: string) => text.split(',').map((s) => s.trim()).filter((s) => s !== '');

/**
 * A failed rule in words: the server's English reasons ("size class medium not in micro, small") parsed into a
 * key and values; a known rule whose reason has another form keeps the reason; an unknown rule is its reason.
 */
export function explainFailure(failure: { rule: string; reason: string }): FailureText {
  const { rule, reason } = failure;
  let m: RegExpMatchArray | null;
  switch (rule) {
    case 'size':
      if ((m = reason.match(/^size class (\S+) not in (.+)$/))) return { key: 'size', value: m[1]!, allowed: list(m[2]!) };
      break;
    case 'sector':
      if ((m = reason.match(/^sector (.+) not in (.+)$/))) return { key: 'sector', value: m[1]!, allowed: list(m[2]!) };
      break;
    case 'territory':
      if ((m = reason.match(/^territory (\S+) not in (.+)$/))) return { key: 'territory', value: m[1]!, allowed: list(m[2]!) };
      break;
    case 'membership':
      if (reason === 'not a cluster member') return { key: 'notMember' };
      if ((m = reason.match(/^member of cluster (.+)$/))) return { key: 'memberOf', value: m[1]! };
      break;
    case 'cluster':
      if ((m = reason.match(/^clusters (.+) not in (.+)$/))) return { key: 'cluster', value: m[1]!, allowed: list(m[2]!) };
      break;
    case 'employees':
      if ((m = reason.match(/^employees (\d+(?:\.\d+)?) > (\d+(?:\.\d+)?)$/))) return { key: 'employees', value: m[1]!, max: m[2]! };
      if ((m = reason.match(/^employees unknown, maximum (\d+(?:\.\d+)?)$/))) return { key: 'employeesUnknown', max: m[1]! };
      if ((m = reason.match(/^employees above (\d+(?:\.\d+)?)$/))) return { key: 'employeesAbove', max: m[1]! };
      break;
    default:
      break;
  }
  if ((KNOWN_RULES as readonly string[]).includes(rule)) return { key: 'rule', rule: rule as RuleKey, reason };
  return { key: 'raw', reason };
}

/** The eligibility answer's counts, as shown. */
export function eligibilityCounts(answer: Pick<Eligibility, 'eligible' | 'total' | 'items'>) {
  return { eligible: answer.eligible, total: answer.total, shown: answer.items.length, share: answer.total > 0 ? answer.eligible / answer.total : null };
}

// ---------------------------------------------------------------- impact

export const IMPACT_REASONS = [
  'too-few-pairs', 'pre-trend-violated', 'poor-balance', 'many-unmatched', 'ci-covers-zero', 'no-pre-period', 'no-controls',
  'no-treated', 'propensity-not-converged',
] as const;
export type ImpactReasonCode = (typeof IMPACT_REASONS)[number];

/** A reason code the interface knows, or null (then the code itself is shown). */
export function knownReason(code: string): ImpactReasonCode | null {
  return (IMPACT_REASONS as readonly string[]).includes(code) ? (code as ImpactReasonCode) : null;
}

export const VERDICTS: readonly ImpactVerdict[] = ['effect', 'no-detectable-effect', 'inconclusive'];

/** |SMD| above this means the covariate is not balanced (Austin 2011). */
export const SMD_LIMIT = 0.1;
export const imbalanced = (smd: number) => !(Math.abs(smd) <= SMD_LIMIT);

/** The unit of an outcome's ATT: log points for outcomes analysed as ln(1 + y), else the outcome's own units. */
export function effectUnit(outcome: ImpactOutcome): 'logPoints' | 'level' {
  return outcome.scale === 'level' ? 'level' : 'logPoints';
}

/** exp(att) - 1: the relative change a log-point effect means (0.1 -> +10.5 %). */
export const relativeChange = (att: number) => Math.expm1(att);

/** The share of treated firms left unmatched (outside the caliper). */
export function unmatchedShare(view: { nTreated: number; nUnmatched: number }): number | null {
  return view.nTreated > 0 ? view.nUnmatched / view.nTreated : null;
}
