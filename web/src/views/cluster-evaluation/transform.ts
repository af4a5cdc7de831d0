// Pure helpers of the cluster evaluation views: names in the interface language, the KPI board's rows and chart
// series, the excellence radar and suggestions, Saaty's 1-9 scale <-> judgement values, the goal pairs, and the
// strategy form's parsing. No ECharts and no React here, so tests run without them.
import type { FieldError } from '../../api/client.ts';
import type {
  ExcellenceView, GoalsView, Indicator, JudgementsRequest, KpiBoard, KpiPoint, KpiSeries, Lang3, PeerView, RagStatus, Strategy,
} from '../../api/evaluation.ts';

export type Lang = 'ru' | 'be' | 'en';

export const langOf = (language: string): Lang => (language === 'be' || language === 'en' ? language : 'ru');

/** A Lang3 text in the language, else Russian, else English. */
export function pick(text: Lang3 | null | undefined, language: string): string {
  if (!text) return '';
  return text[langOf(language)] || text.ru || text.en || '';
}

export function indicatorName(indicator: Pick<Indicator, 'code' | 'nameRu' | 'nameBe' | 'nameEn'>, language: string): string {
  const lang = langOf(language);
  const name = lang === 'be' ? indicator.nameBe : lang === 'en' ? indicator.nameEn : indicator.nameRu;
  return name || indicator.nameRu || indicator.code;
}

export function goalName(goal: { code: string; nameRu: string; nameBe: string | null; nameEn: string | null }, language: string): string {
  const lang = langOf(language);
  const name = lang === 'be' ? goal.nameBe : lang === 'en' ? goal.nameEn : goal.nameRu;
  return name || goal.nameRu || goal.code;
}

// ---------------------------------------------------------------- KPIs

export const RAG_ORDER: readonly RagStatus[] = ['green', 'amber', 'red', 'no-data'];

/** The board's status counts in display order (missing ones are 0). */
export function summaryCounts(board: Pick<KpiBoard, 'summary'>): { status: RagStatus; count: number }[] {
  return RAG_ORDER.map((status) => ({ status, count: board.summary?.[status] ?? 0 }));
}

export interface KpiRow {
  code: string;
  name: string;
  group: string;
  unit: string;
  direction: 'up' | 'down';
  year: number | null;
  actual: number | null;
  target: number | null;
  /** progress as a percentage (unclipped), or null */
  progress: number | null;
  status: RagStatus;
  source: string | null;
  illustrative: boolean;
}

/**
 * A board row: the latest point's year, its actual, and the target it is measured against (the point's own
 * target, else the next target after it, else the last target set); progress in percent.
 */
export function kpiRow(series: KpiSeries, language: string): KpiRow {
  const points = [...series.points].sort((a, b) => a.year - b.year);
  const year = series.latest?.year ?? lastWith(points, 'actual')?.year ?? null;
  const point = year === null ? undefined : points.find((p) => p.year === year);
  const target = point?.target ?? points.find((p) => year !== null && p.year > year && p.target !== null)?.target ?? lastWith(points, 'target')?.target ?? null;
  const progress = series.latest?.progress ?? point?.progress ?? null;
  const withSource = point?.source ? point : lastWith(points, 'source');
  return {
    code: series.indicator.code,
    name: indicatorName(series.indicator, language),
    group: series.indicator.grp,
    unit: series.indicator.unit,
    direction: series.indicator.direction,
    year,
    actual: point?.actual ?? null,
    target,
    progress: progress === null ? null : Math.round(progress * 1000) / 10,
    status: series.latest?.status ?? 'no-data',
    source: withSource?.source ?? null,
    illustrative: points.some((p) => p.illustrative),
  };
}

function lastWith(points: readonly KpiPoint[], key: 'actual' | 'target' | 'source'): KpiPoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]![key] !== null && points[i]![key] !== undefined) return points[i];
  return undefined;
}

/** The rows of the board grouped by indicator group, groups and rows in the board's order. */
export function groupRows(rows: readonly KpiRow[]): { group: string; rows: KpiRow[] }[] {
  const groups = new Map<string, KpiRow[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return [...groups].map(([group, list]) => ({ group, rows: list }));
}

/** The chart's series for one indicator: years ascending, nulls where a value is missing. */
export function kpiSeriesData(series: KpiSeries): { years: number[]; actual: (number | null)[]; target: (number | null)[]; expected: (number | null)[] } {
  const points = [...series.points].sort((a, b) => a.year - b.year);
  return {
    years: points.map((p) => p.year),
    actual: points.map((p) => p.actual),
    target: points.map((p) => p.target),
    expected: points.map((p) => p.expected),
  };
}

/** The selected indicator if the board has it, else the first one. */
export function selectedSeries(board: KpiBoard | undefined, code: string): KpiSeries | undefined {
  return board?.items.find((s) => s.indicator.code === code) ?? board?.items[0];
}

/** A number typed into a form (comma or dot as the decimal mark); '' is null; NaN when it is not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s+/g, '').replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : NaN;
}

// ---------------------------------------------------------------- excellence

export function areaName(view: Pick<ExcellenceView, 'questionnaire'>, code: string, language: string): string {
  const area = view.questionnaire.areas.find((a) => a.code === code);
  return area ? pick(area.name, language) || code : code;
}

export interface RadarData {
  indicators: { code: string; name: string; max: number }[];
  latest: { date: string; values: (number | null)[] } | null;
  previous: { date: string; values: (number | null)[] } | null;
}

/** The radar's axes (the questionnaire's areas, 0-100) and the latest and previous assessments' area scores. */
export function radarData(view: Pick<ExcellenceView, 'questionnaire' | 'assessments'>, language: string): RadarData {
  const indicators = view.questionnaire.areas.map((a) => ({ code: a.code, name: pick(a.name, language) || a.code, max: 100 }));
  const values = (index: number) => {
    const assessment = view.assessments[index];
    if (!assessment) return null;
    const score = new Map(assessment.scores.areas.map((a) => [a.area, a.score]));
    return { date: assessment.assessedOn, values: indicators.map((i) => score.get(i.code) ?? null) };
  };
  const n = view.assessments.length;
  return { indicators, latest: n > 0 ? values(n - 1) : null, previous: n > 1 ? values(n - 2) : null };
}

export interface Suggestion { area: string; areaName: string; items: { question: string; text: string; advice: string; answer: number | null }[] }

/** The weakest areas in the API's order, each with its suggested questions (text and advice in the language). */
export function suggestionsByArea(view: Pick<ExcellenceView, 'questionnaire' | 'weakestAreas' | 'suggestions'>, language: string): Suggestion[] {
  const questions = new Map(view.questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.code, q] as const)));
  return view.weakestAreas.map((area) => ({
    area,
    areaName: areaName(view, area, language),
    items: view.suggestions.filter((s) => s.area === area).map((s) => {
      const q = questions.get(s.question);
      return { question: s.question, text: q ? pick(q.text, language) : s.question, advice: q ? pick(q.advice, language) : '', answer: s.answer };
    }),
  }));
}

/** A score change as signed text (+5.2 / −3 / 0), '—' when unknown. */
export function changeText(change: number | null | undefined, decimal: (n: number) => string): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return decimal(0);
  return `${rounded > 0 ? '+' : '−'}${decimal(Math.abs(rounded))}`;
}

/** The scale's labels (answer value -> label), by value ascending. */
export function scaleOptions(scale: Record<string, Lang3>, language: string): { value: number; label: string }[] {
  return Object.entries(scale).map(([value, label]) => ({ value: Number(value), label: pick(label, language) }))
    .filter((o) => Number.isFinite(o.value)).sort((a, b) => a.value - b.value);
}

/** Today's date as YYYY-MM-DD (UTC). */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);

// ---------------------------------------------------------------- goals (AHP)

/** Saaty's 1-9 scale as 17 positions: 'A9' (goal A extremely more important) .. 'A2', '1' (equal), 'B2' .. 'B9'. */
export const SAATY_POSITIONS: readonly string[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((n) => `A${n}`), '1', ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `B${n}`),
];

/** The judgement value (a over b) of a position: 'A3' -> 3, 'B5' -> 1/5, '1' -> 1. */
export function positionValue(position: string): number {
  const match = /^([AB])([2-9])$/.exec(position);
  if (!match) return 1;
  const n = Number(match[2]);
  return match[1] === 'A' ? n : 1 / n;
}

/** The nearest position of a value a over b (on the log scale, clamped to 1/9..9). */
export function valuePosition(value: number): string {
  if (!(value > 0) || !Number.isFinite(value)) return '1';
  const n = Math.min(9, Math.max(1, Math.round(value >= 1 ? value : 1 / value)));
  if (n === 1) return '1';
  return `${value >= 1 ? 'A' : 'B'}${n}`;
}

/** Which goal a position favours and by how much: { side: 'A' | 'B' | null, by: 1..9 }. */
export function positionSide(position: string): { side: 'A' | 'B' | null; by: number } {
  const match = /^([AB])([2-9])$/.exec(position);
  return match ? { side: match[1] as 'A' | 'B', by: Number(match[2]) } : { side: null, by: 1 };
}

/** Every pair of goals once, in the goals' order: [a, b] with a before b. */
export function goalPairs(codes: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) pairs.push([codes[i]!, codes[j]!]);
  return pairs;
}

export const pairKey = (a: string, b: string) => `${a}|${b}`;

/**
 * Starting positions of the form: the nearest positions to the ratios of a member's known weights
 * (w_a / w_b), else equal.
 */
export function positionsFromWeights(codes: readonly string[], weights: readonly number[] | undefined): Record<string, string> {
  const positions: Record<string, string> = {};
  codes.forEach((a, i) => codes.forEach((b, j) => {
    if (j <= i) return;
    const wa = weights?.[i];
    const wb = weights?.[j];
    positions[pairKey(a, b)] = wa !== undefined && wb !== undefined && wa > 0 && wb > 0 ? valuePosition(wa / wb) : '1';
  }));
  return positions;
}

/** The PUT body: one judgement per pair (value = a over b). */
export function judgementsRequest(memberId: number, codes: readonly string[], positions: Record<string, string>): JudgementsRequest {
  return {
    memberId,
    judgements: goalPairs(codes).map(([goalA, goalB]) => ({ goalA, goalB, value: positionValue(positions[pairKey(goalA, goalB)] ?? '1') })),
  };
}

/** The members a form can judge for: those with weights and those still incomplete, by name. */
export function goalMembers(goals: Pick<GoalsView, 'members' | 'incomplete'>): { memberId: number; name: string }[] {
  const all = new Map<number, string>();
  for (const m of goals.members) all.set(m.memberId, m.name);
  for (const m of goals.incomplete) if (!all.has(m.memberId)) all.set(m.memberId, m.name);
  return [...all].map(([memberId, name]) => ({ memberId, name })).sort((a, b) => a.name.localeCompare(b.name) || a.memberId - b.memberId);
}

/** The aggregate ranking with names and weights in percent, the most important first. */
export function rankedGoals(goals: Pick<GoalsView, 'goals' | 'aggregate'>, language: string): { code: string; name: string; percent: number }[] {
  const byCode = new Map(goals.goals.map((g) => [g.code, g]));
  return (goals.aggregate?.ranked ?? []).map((r) => {
    const goal = byCode.get(r.code);
    return { code: r.code, name: goal ? goalName(goal, language) : r.code, percent: Math.round(r.weight * 1000) / 10 };
  });
}

/** Consistent by Saaty's rule: CR <= 0.1. */
export const CR_LIMIT = 0.1;
export const isConsistent = (cr: number | null | undefined) => cr !== null && cr !== undefined && Number.isFinite(cr) && cr <= CR_LIMIT;

// ---------------------------------------------------------------- peers

/**
 * The cluster's position per indicator, then its excellence score: value, peer median and the percentile rank
 * among the peers in percent (the API gives a share 0..1; null without peers with data).
 */
export function peerRows(
  peers: Pick<PeerView, 'indicators' | 'excellence'>, names: ReadonlyMap<string, string>, excellenceName: string,
): { code: string; name: string; value: number | null; peerMedian: number | null; percentile: number | null; n: number }[] {
  const percent = (p: number | null) => (p === null || !Number.isFinite(p) ? null : Math.round(p * 1000) / 10);
  return [
    ...peers.indicators.map((i) => ({ ...i, name: names.get(i.code) ?? i.code, percentile: percent(i.percentile) })),
    { code: 'excellence', name: excellenceName, ...peers.excellence, percentile: percent(peers.excellence.percentile) },
  ];
}

// ---------------------------------------------------------------- strategy

/** Target markets typed as a list: split on commas, semicolons and new lines; trimmed, empty and repeated left out. */
export function parseMarkets(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const market = part.trim();
    if (market && !seen.has(market.toLowerCase())) {
      seen.add(market.toLowerCase());
      out.push(market);
    }
  }
  return out;
}

export type StrategyBody = Omit<Strategy, 'updatedAt'>;

/** The PUT body of the strategy: rows without any text left out, years as integers. */
export function strategyBody(draft: StrategyBody): StrategyBody {
  return {
    targetMarkets: draft.targetMarkets.map((m) => m.trim()).filter(Boolean),
    roadmap: draft.roadmap.filter((r) => r.action.trim() !== '').map((r) => ({ year: Math.trunc(Number(r.year)), action: r.action.trim(), status: r.status })),
    partners: draft.partners.filter((p) => p.name.trim() !== '').map((p) => ({ name: p.name.trim(), country: p.country.trim(), kind: p.kind.trim() })),
    illustrative: draft.illustrative,
  };
}

// ---------------------------------------------------------------- errors

/** A server's field errors as "column: message" lines (the whole message when there are none). */
export function errorLines(error: unknown): string[] {
  if (!error || typeof error !== 'object') return [];
  const e = error as { message?: string; errors?: FieldError[] };
  if (Array.isArray(e.errors) && e.errors.length > 0) return e.errors.map((f) => (f.column ? `${f.column}: ${f.message}` : f.message));
  return e.message ? [e.message] : [];
}
