// Reference data of policy evaluation (issue 8; data/evaluation/, data/SOURCES.md, docs/methods-evaluation-kpi.md):
// the KPI definitions, the cluster management excellence questionnaire, illustrative good practices and
// illustrative support measures. Each file is validated as it is read; a problem throws a ValidationError that
// names the file, the row (the line number, header = 1; JSON: 0) and the column (JSON: the path).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXCELLENCE_AREAS, type ExcellenceArea, type ExcellenceQuestion, isExcellenceArea } from '../../analytics/evaluation/excellence.ts';
import type { KpiDirection } from '../../analytics/evaluation/kpi-progress.ts';
import { SIZE_CLASSES, type SizeClass } from '../../domain/enums.ts';
import { type CellError, ValidationError } from '../errors.ts';
import { parseCsvRecords } from '../files/csv-records.ts';

/** data/evaluation/ of this repository. */
export const EVALUATION_DATA_DIR = fileURLToPath(new URL('../../../data/evaluation/', import.meta.url));
const TERRITORIES_FILE = fileURLToPath(new URL('../../../data/territories.csv', import.meta.url));

export interface LocalizedText {
  ru: string;
  be: string;
  en: string;
}

export const KPI_LEVELS = ['cluster', 'programme', 'country'] as const;
export const KPI_GROUPS = ['size', 'economy', 'innovation', 'cooperation', 'internationalisation', 'programme'] as const;
/** `registry`: ClusterAtlas counts it from the registry; `reported`: entered by the cluster or programme owner. */
export const KPI_METHODS = ['registry', 'reported'] as const;
export type KpiLevel = (typeof KPI_LEVELS)[number];
export type KpiGroup = (typeof KPI_GROUPS)[number];
export type KpiMethod = (typeof KPI_METHODS)[number];

export interface KpiIndicator {
  code: string;
  name: LocalizedText;
  /** count, %, persons, USD */
  unit: string;
  direction: KpiDirection;
  level: KpiLevel;
  group: KpiGroup;
  method: KpiMethod;
}

export interface QuestionnaireQuestion {
  code: string;
  text: LocalizedText;
  advice: LocalizedText;
}

export interface QuestionnaireArea {
  code: ExcellenceArea;
  weight: number;
  name: LocalizedText;
  questions: QuestionnaireQuestion[];
}

export interface ExcellenceQuestionnaire {
  /** the answer scale "0".."4" */
  scale: Record<string, LocalizedText>;
  /** in EXCELLENCE_AREAS order */
  areas: QuestionnaireArea[];
}

/** A question of the questionnaire with its area, in the order excellenceScores takes answers. */
export interface FlatQuestion extends ExcellenceQuestion, QuestionnaireQuestion {
  area: ExcellenceArea;
}

export interface GoodPractice {
  area: ExcellenceArea;
  /** NACE divisions; empty = any sector */
  sectors: string[];
  /** ISO country code; '' = any country */
  country: string;
  title: LocalizedText;
  summary: LocalizedText;
  source: string;
  illustrative: boolean;
}

/** `member`: only members of a cluster may apply; `any`: membership not required. */
export const SUPPORT_MEMBERSHIP = ['member', 'any'] as const;
export type SupportMembership = (typeof SUPPORT_MEMBERSHIP)[number];

export interface SupportMeasure {
  code: string;
  name: LocalizedText;
  /** empty = any size class */
  sizeClasses: SizeClass[];
  /** NACE divisions; empty = any sector */
  sectors: string[];
  /** territory ids of data/territories.csv; empty = the whole country */
  territories: string[];
  membership: SupportMembership;
  /** null = no limit */
  maxEmployees: number | null;
  illustrative: boolean;
}

/** Collects the problems of one file and throws them together, the first in the message. */
class Problems {
  readonly errors: CellError[] = [];
  constructor(readonly file: string) {}
  add(row: number, column: string, message: string): void {
    this.errors.push({ row, column, message });
  }
  throwIfAny(): void {
    if (this.errors.length === 0) return;
    const first = this.errors[0]!;
    const more = this.errors.length > 1 ? ` (and ${this.errors.length - 1} more)` : '';
    throw new ValidationError(`${this.file}: row ${first.row}, column ${first.column}: ${first.message}${more}`, this.errors);
  }
}

function csvRows(text: string, columns: readonly string[], problems: Problems): Record<string, string>[] {
  const { fields, rows } = parseCsvRecords(text);
  for (const c of columns) if (!fields.includes(c)) problems.add(1, c, 'column missing from the header');
  problems.throwIfAny();
  return rows;
}

const DIVISION = /^\d{2}$/;
const list = (cell: string | undefined) => (cell ?? '').split(';').map((s) => s.trim()).filter((s) => s !== '');

function cellText(row: Record<string, string>, column: string, line: number, problems: Problems): string {
  const v = (row[column] ?? '').trim();
  if (v === '') problems.add(line, column, 'must not be empty');
  return v;
}

function cellEnum<T extends string>(row: Record<string, string>, column: string, allowed: readonly T[], line: number, problems: Problems): T {
  const v = (row[column] ?? '').trim();
  if (!(allowed as readonly string[]).includes(v)) problems.add(line, column, `"${v}" is not one of ${allowed.join(', ')}`);
  return v as T;
}

function cellBoolean(row: Record<string, string>, column: string, line: number, problems: Problems): boolean {
  const v = (row[column] ?? '').trim().toLowerCase();
  if (v !== 'true' && v !== 'false') problems.add(line, column, `"${v}" is not true or false`);
  return v === 'true';
}

function cellTexts(row: Record<string, string>, prefix: string, line: number, problems: Problems): LocalizedText {
  return { ru: cellText(row, `${prefix}_ru`, line, problems), be: cellText(row, `${prefix}_be`, line, problems), en: cellText(row, `${prefix}_en`, line, problems) };
}

function cellDivisions(row: Record<string, string>, column: string, line: number, problems: Problems): string[] {
  const codes = list(row[column]);
  for (const c of codes) if (!DIVISION.test(c) || c === '00') problems.add(line, column, `"${c}" is not a two-digit NACE division`);
  return codes;
}

function unique(codes: string[], column: string, problems: Problems, lineOf: (i: number) => number): void {
  const seen = new Set<string>();
  codes.forEach((c, i) => {
    if (seen.has(c)) problems.add(lineOf(i), column, `"${c}" is repeated`);
    seen.add(c);
  });
}

const KPI_COLUMNS = ['code', 'name_ru', 'name_be', 'name_en', 'unit', 'direction', 'level', 'grp', 'method'] as const;

/** Parses kpi_indicators.csv (`code,name_ru,name_be,name_en,unit,direction,level,grp,method`). */
export function parseKpiIndicators(text: string, file = 'data/evaluation/kpi_indicators.csv'): KpiIndicator[] {
  const problems = new Problems(file);
  const rows = csvRows(text, KPI_COLUMNS, problems);
  const out = rows.map((row, i): KpiIndicator => {
    const line = i + 2;
    const code = cellText(row, 'code', line, problems);
    if (code !== '' && !/^[a-z][a-z0-9_]*$/.test(code)) problems.add(line, 'code', `"${code}": use lower-case letters, digits and _`);
    return {
      code,
      name: cellTexts(row, 'name', line, problems),
      unit: cellText(row, 'unit', line, problems),
      direction: cellEnum(row, 'direction', ['up', 'down'] as const, line, problems),
      level: cellEnum(row, 'level', KPI_LEVELS, line, problems),
      group: cellEnum(row, 'grp', KPI_GROUPS, line, problems),
      method: cellEnum(row, 'method', KPI_METHODS, line, problems),
    };
  });
  unique(out.map((k) => k.code), 'code', problems, (i) => i + 2);
  problems.throwIfAny();
  return out;
}

function jsonTexts(value: unknown, path: string, problems: Problems): LocalizedText {
  const o = (value ?? {}) as Record<string, unknown>;
  const pick = (lang: 'ru' | 'be' | 'en') => {
    const v = typeof value === 'object' && value !== null ? o[lang] : undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      problems.add(0, `${path}.${lang}`, 'a non-empty text is required');
      return '';
    }
    return v;
  };
  return { ru: pick('ru'), be: pick('be'), en: pick('en') };
}

/**
 * Parses excellence_questionnaire.json: the scale "0".."4" and one entry per area of EXCELLENCE_AREAS (same
 * codes and weights, in that order), each with at least 3 questions; every text and advice in ru, be and en;
 * question codes unique.
 */
export function parseExcellenceQuestionnaire(text: string, file = 'data/evaluation/excellence_questionnaire.json'): ExcellenceQuestionnaire {
  const problems = new Problems(file);
  let doc: { scale?: unknown; areas?: unknown };
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, '')) as typeof doc;
  } catch (error) {
    problems.add(0, '(file)', `not valid JSON: ${(error as Error).message}`);
    problems.throwIfAny();
    throw error;
  }
  const scale: Record<string, LocalizedText> = {};
  const rawScale = (doc.scale ?? {}) as Record<string, unknown>;
  for (let k = 0; k <= 4; k++) scale[String(k)] = jsonTexts(rawScale[String(k)], `scale.${k}`, problems);
  const rawAreas = Array.isArray(doc.areas) ? (doc.areas as Record<string, unknown>[]) : [];
  if (!Array.isArray(doc.areas)) problems.add(0, 'areas', 'an array of areas is required');
  const codes: string[] = [];
  const areas: QuestionnaireArea[] = [];
  rawAreas.forEach((a, i) => {
    const path = `areas[${i}]`;
    const code = String(a.code ?? '');
    if (!isExcellenceArea(code)) {
      problems.add(0, `${path}.code`, `"${code}" is not one of ${EXCELLENCE_AREAS.map((x) => x.code).join(', ')}`);
      return;
    }
    const expected = EXCELLENCE_AREAS.find((x) => x.code === code)!.weight;
    if (a.weight !== expected) problems.add(0, `${path}.weight`, `${String(a.weight)} differs from the weight ${expected} of EXCELLENCE_AREAS`);
    const rawQuestions = Array.isArray(a.questions) ? (a.questions as Record<string, unknown>[]) : [];
    if (rawQuestions.length < 3) problems.add(0, `${path}.questions`, `${rawQuestions.length} questions; at least 3 are required`);
    const questions = rawQuestions.map((q, j): QuestionnaireQuestion => {
      const qPath = `${path}.questions[${j}]`;
      const qCode = typeof q.code === 'string' ? q.code.trim() : '';
      if (qCode === '') problems.add(0, `${qPath}.code`, 'a code is required');
      else if (codes.includes(qCode)) problems.add(0, `${qPath}.code`, `"${qCode}" is repeated`);
      codes.push(qCode);
      return { code: qCode, text: jsonTexts(q.text, `${qPath}.text`, problems), advice: jsonTexts(q.advice, `${qPath}.advice`, problems) };
    });
    areas.push({ code, weight: expected, name: jsonTexts(a.name, `${path}.name`, problems), questions });
  });
  EXCELLENCE_AREAS.forEach((x, i) => {
    const at = areas.findIndex((a) => a.code === x.code);
    if (at < 0) problems.add(0, 'areas', `area "${x.code}" is missing`);
    else if (areas.filter((a) => a.code === x.code).length > 1) problems.add(0, 'areas', `area "${x.code}" is repeated`);
    else if (at !== i && areas.length === EXCELLENCE_AREAS.length) problems.add(0, `areas[${at}].code`, `"${x.code}" should come at position ${i} (EXCELLENCE_AREAS order)`);
  });
  problems.throwIfAny();
  return { scale, areas };
}

/** The questions of a questionnaire in one list with their area (the order of excellenceScores' answers). */
export function questionnaireQuestions(questionnaire: ExcellenceQuestionnaire): FlatQuestion[] {
  return questionnaire.areas.flatMap((a) => a.questions.map((q) => ({ ...q, area: a.code })));
}

const PRACTICE_COLUMNS = ['area', 'sectors', 'country', 'title_ru', 'title_be', 'title_en', 'summary_ru', 'summary_be', 'summary_en', 'source', 'illustrative'] as const;

/** Parses good_practices.csv; `area` must be one of EXCELLENCE_AREAS, sectors `;`-separated NACE divisions. */
export function parseGoodPractices(text: string, file = 'data/evaluation/good_practices.csv'): GoodPractice[] {
  const problems = new Problems(file);
  const rows = csvRows(text, PRACTICE_COLUMNS, problems);
  const out = rows.map((row, i): GoodPractice => {
    const line = i + 2;
    const country = (row.country ?? '').trim();
    if (country !== '' && !/^[A-Z]{2}$/.test(country)) problems.add(line, 'country', `"${country}" is not a two-letter ISO country code`);
    return {
      area: cellEnum(row, 'area', EXCELLENCE_AREAS.map((a) => a.code), line, problems),
      sectors: cellDivisions(row, 'sectors', line, problems),
      country,
      title: cellTexts(row, 'title', line, problems),
      summary: cellTexts(row, 'summary', line, problems),
      source: cellText(row, 'source', line, problems),
      illustrative: cellBoolean(row, 'illustrative', line, problems),
    };
  });
  problems.throwIfAny();
  return out;
}

const MEASURE_COLUMNS = ['code', 'name_ru', 'name_be', 'name_en', 'size_classes', 'sectors', 'territories', 'membership', 'max_employees', 'illustrative'] as const;

/**
 * Parses support_measures.csv. Lists are `;`-separated; size classes of SIZE_CLASSES; sectors NACE divisions;
 * territories checked against `territoryIds` when given; max_employees a whole number >= 0 or empty.
 */
export function parseSupportMeasures(text: string, file = 'data/evaluation/support_measures.csv', territoryIds?: ReadonlySet<string>): SupportMeasure[] {
  const problems = new Problems(file);
  const rows = csvRows(text, MEASURE_COLUMNS, problems);
  const out = rows.map((row, i): SupportMeasure => {
    const line = i + 2;
    const sizeClasses = list(row.size_classes);
    for (const s of sizeClasses) if (!(SIZE_CLASSES as readonly string[]).includes(s)) problems.add(line, 'size_classes', `"${s}" is not one of ${SIZE_CLASSES.join(', ')}`);
    const territories = list(row.territories);
    if (territoryIds) for (const t of territories) if (!territoryIds.has(t)) problems.add(line, 'territories', `"${t}" is not a territory id of data/territories.csv`);
    const max = (row.max_employees ?? '').trim();
    const maxEmployees = max === '' ? null : Number(max);
    if (maxEmployees !== null && !(Number.isInteger(maxEmployees) && maxEmployees >= 0)) problems.add(line, 'max_employees', `"${max}" is not a whole number >= 0`);
    return {
      code: cellText(row, 'code', line, problems),
      name: cellTexts(row, 'name', line, problems),
      sizeClasses: sizeClasses as SizeClass[],
      sectors: cellDivisions(row, 'sectors', line, problems),
      territories,
      membership: cellEnum(row, 'membership', SUPPORT_MEMBERSHIP, line, problems),
      maxEmployees,
      illustrative: cellBoolean(row, 'illustrative', line, problems),
    };
  });
  unique(out.map((m) => m.code), 'code', problems, (i) => i + 2);
  problems.throwIfAny();
  return out;
}

function read(dir: string, name: string): string {
  return readFileSync(dir + name, 'utf8');
}

function territoryIds(): Set<string> {
  return new Set(parseCsvRecords(readFileSync(TERRITORIES_FILE, 'utf8')).rows.map((r) => (r.id ?? '').trim()));
}

const cache = new Map<string, unknown>();
function cached<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}

/** KPI definitions of data/evaluation/kpi_indicators.csv (read once per process for the default folder). */
export function kpiIndicators(dir = EVALUATION_DATA_DIR): KpiIndicator[] {
  return cached(`kpi:${dir}`, () => parseKpiIndicators(read(dir, 'kpi_indicators.csv'), 'data/evaluation/kpi_indicators.csv'));
}

/** The excellence questionnaire of data/evaluation/excellence_questionnaire.json. */
export function excellenceQuestionnaire(dir = EVALUATION_DATA_DIR): ExcellenceQuestionnaire {
  return cached(`questionnaire:${dir}`, () => parseExcellenceQuestionnaire(read(dir, 'excellence_questionnaire.json'), 'data/evaluation/excellence_questionnaire.json'));
}

/** The illustrative good practices of data/evaluation/good_practices.csv. */
export function goodPractices(dir = EVALUATION_DATA_DIR): GoodPractice[] {
  return cached(`practices:${dir}`, () => parseGoodPractices(read(dir, 'good_practices.csv'), 'data/evaluation/good_practices.csv'));
}

/** The illustrative support measures of data/evaluation/support_measures.csv, territories checked. */
export function supportMeasures(dir = EVALUATION_DATA_DIR): SupportMeasure[] {
  return cached(`measures:${dir}`, () => parseSupportMeasures(read(dir, 'support_measures.csv'), 'data/evaluation/support_measures.csv', territoryIds()));
}
