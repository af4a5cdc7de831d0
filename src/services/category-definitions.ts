// Category definitions: which NACE Rev.2 codes make up each category (a cluster category of the mapping), with
// a weight. Read from a user's CSV or XLSX file, validated row by row, or loaded from the built-in benchmark
// (data/categories/, the U.S. Cluster Mapping Project clusters carried over to NACE; docs/cluster-categories.md).
//
// File columns: category, nace (required); weight, name_ru, name_be, name_en, traded (optional).
// - nace: a division (`26`), group (`26.5`) or class (`26.51`) of the known classifier codes; section letters
//   are not accepted (list the section's divisions instead).
// - weight: the share of that NACE code in the category, in (0, 1]; 1 when the column or the cell is empty.
//   Weights add up along the hierarchy (a division and one of its classes both listed give the class both
//   weights), and each NACE class may receive at most 1 over all categories.
// - names and traded: per category; given on any of its rows, and when given twice they must agree.
// Categories are sorted as text (UTF-16 code units); `entries[].category` is an index into `categories`.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { assignCategories, type CategoryDefinitionEntry, type NaceClass } from '../analytics/category-aggregation.ts';
import { ValidationError, type CellError } from './errors.ts';
import { FileFormatError, inputFormat, readTable, type TableFormat, type TableRow, type TableSource } from './files/read-table.ts';
import { parseNumber } from './mapping-input.ts';

export type { CategoryDefinitionEntry, NaceClass } from '../analytics/category-aggregation.ts';

export interface CategoryInfo {
  code: string;
  nameEn: string | null;
  nameRu: string | null;
  nameBe: string | null;
  /** true traded, false local, null not stated. */
  traded: boolean | null;
}

export interface CategoryDefinitions {
  /** Sorted by code. */
  categories: CategoryInfo[];
  /** Sorted by category, then NACE code; `category` indexes `categories`. */
  entries: CategoryDefinitionEntry[];
}

export interface ReadCategoryOptions {
  /** The NACE codes a definition may use (sections, divisions, groups, classes: the sector codes of the database
   * or of data/sectors.csv). */
  knownCodes: Iterable<string>;
  /** The name used in messages (defaults to the file name). */
  name?: string;
}

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
export const BENCHMARK_CATEGORIES_FILE = 'categories/us_benchmark_categories.csv';
export const BENCHMARK_NACE_FILE = 'categories/us_benchmark_nace.csv';
export const BENCHMARK_CATEGORY_COLUMNS = ['code', 'name_en', 'name_ru', 'name_be', 'traded', 'n_nace_classes', 'source'] as const;
export const DEFINITION_COLUMNS = ['category', 'nace', 'weight', 'name_ru', 'name_be', 'name_en', 'traded'] as const;

const MAX_LISTED_ERRORS = 100;
const SUM_TOLERANCE = 1e-9;
const NACE_CODE = /^\d{2}(\.\d{1,2})?$/;
const SECTION = /^[A-U]$/;
const TRUE_WORDS = new Set(['true', '1', 'да', 'так', 'yes', 't', 'y', 'traded']);
const FALSE_WORDS = new Set(['false', '0', 'нет', 'не', 'no', 'f', 'n', 'local']);
const NAME_COLUMNS = [['name_en', 'nameEn'], ['name_ru', 'nameRu'], ['name_be', 'nameBe']] as const;

/** Reads and validates a user's category definitions file (CSV or XLSX by extension); throws a ValidationError
 * naming the file, row and column of every problem. */
export async function readCategoryDefinitions(path: string, options: ReadCategoryOptions): Promise<CategoryDefinitions> {
  const name = options.name ?? basename(path);
  return readCategoryDefinitionsSource({ path }, inputFormat(path, name), name, options);
}

/** The same from a path or a buffer of a known format (an upload). */
export async function readCategoryDefinitionsSource(
  source: TableSource,
  format: TableFormat,
  name: string,
  options: ReadCategoryOptions,
): Promise<CategoryDefinitions> {
  let header: string[];
  const rows: TableRow[] = [];
  try {
    const table = await readTable(source, format);
    header = table.header;
    for await (const batch of table.batches) rows.push(...batch);
  } catch (error) {
    if (error instanceof FileFormatError) throw new ValidationError(`${name}: ${error.message}`);
    throw error;
  }
  const parsed = parseDefinitionRows(header, rows, name, new Set(options.knownCodes));
  return buildDefinitions(categoriesOf(parsed), parsed);
}

/**
 * Loads the built-in benchmark categories (data/categories/us_benchmark_categories.csv and us_benchmark_nace.csv)
 * into the same shape, with the same checks (and, given `knownCodes`, the NACE codes checked against them).
 */
export function loadBenchmarkCategories(options: { dataDir?: string; knownCodes?: Iterable<string> } = {}): CategoryDefinitions {
  const dataDir = options.dataDir ?? DATA_DIR;
  const known = options.knownCodes ? new Set(options.knownCodes) : null;

  const categoriesName = basename(BENCHMARK_CATEGORIES_FILE);
  const categoryTable = readCsvFile(join(dataDir, BENCHMARK_CATEGORIES_FILE));
  const h = categoryTable.header.map((c) => c.trim().toLowerCase());
  const missing = BENCHMARK_CATEGORY_COLUMNS.filter((c) => !h.includes(c));
  if (missing.length > 0) {
    throw new ValidationError(`${categoriesName}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      missing.map((c) => ({ row: 1, column: c, message: 'required column is missing' })));
  }
  const errors: CellError[] = [];
  const categories: CategoryInfo[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of categoryTable.rows) {
    const cell = (column: string) => (cells[h.indexOf(column)] ?? '').trim();
    const code = cell('code');
    if (code === '') errors.push({ row, column: 'code', message: 'empty category code' });
    else if (seen.has(code)) errors.push({ row, column: 'code', message: `duplicate of row ${seen.get(code)}` });
    seen.set(code, row);
    const traded = parseTraded(cell('traded'));
    if (traded === undefined) errors.push({ row, column: 'traded', message: `"${cell('traded')}" is not true/false` });
    categories.push({ code, nameEn: cell('name_en') || null, nameRu: cell('name_ru') || null, nameBe: cell('name_be') || null, traded: traded ?? null });
  }
  if (errors.length > 0) throw new ValidationError(`${categoriesName}: ${problems(errors.length)} found`, errors);

  const naceName = basename(BENCHMARK_NACE_FILE);
  const naceTable = readCsvFile(join(dataDir, BENCHMARK_NACE_FILE));
  const parsed = parseDefinitionRows(naceTable.header, naceTable.rows, naceName, known);
  const undeclared = parsed.filter((p) => !seen.has(p.category));
  if (undeclared.length > 0) {
    throw new ValidationError(`${naceName}: ${problems(undeclared.length)} found`, undeclared.slice(0, MAX_LISTED_ERRORS).map((p) => ({
      row: p.row, column: 'category', message: `category ${p.category} is not in ${categoriesName}`,
    })), undeclared.length);
  }
  return buildDefinitions(categories, parsed);
}

/** NACE codes and classes (with their sections) of a sectors table (data/sectors.csv: code, level, parent_code). */
export function naceClassesOf(sectors: readonly { code: string; level: string; parentCode: string | null }[]): { codes: Set<string>; classes: NaceClass[] } {
  const parent = new Map(sectors.map((s) => [s.code, s.parentCode]));
  const levelOf = new Map(sectors.map((s) => [s.code, s.level]));
  const classes: NaceClass[] = [];
  for (const s of sectors) {
    if (s.level !== 'class') continue;
    let code: string | null | undefined = s.code;
    while (code && levelOf.get(code) !== 'section') code = parent.get(code);
    if (!code) throw new Error(`sector ${s.code} has no section among its parents`);
    classes.push({ code: s.code, section: code });
  }
  classes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { codes: new Set(sectors.map((s) => s.code)), classes };
}

/** Reads data/sectors.csv (or a file of the same columns) into codes and classes. */
export function readSectorsFile(path = join(DATA_DIR, 'sectors.csv')): { codes: Set<string>; classes: NaceClass[] } {
  const table = readCsvFile(path);
  const h = table.header.map((c) => c.trim().toLowerCase());
  const [code, level, parent] = ['code', 'level', 'parent_code'].map((c) => h.indexOf(c)) as [number, number, number];
  if (code < 0 || level < 0 || parent < 0) throw new Error(`${basename(path)}: columns code, level, parent_code are expected`);
  return naceClassesOf(table.rows.map(({ cells }) => ({
    code: (cells[code] ?? '').trim(), level: (cells[level] ?? '').trim(), parentCode: (cells[parent] ?? '').trim() || null,
  })));
}

export interface CoverageRow {
  /** A section letter, or `total`. */
  section: string;
  /** NACE classes of the section. */
  classes: number;
  /** Classes with any weight in a category. */
  assigned: number;
  /** Classes whose weights sum to 1. */
  full: number;
  /** Sums of class weights (in class equivalents) in traded, local and untyped categories, and not assigned. */
  traded: number;
  local: number;
  untyped: number;
  unassigned: number;
}

export interface CategoryCoverage {
  total: CoverageRow;
  /** In section order. */
  sections: CoverageRow[];
  /** Per category (index of `definitions.categories`), the number of NACE classes with a weight in it. */
  classesPerCategory: number[];
}

/** How much of the NACE classification a set of category definitions covers, overall and by section. */
export function categoryCoverage(definitions: CategoryDefinitions, classes: readonly NaceClass[]): CategoryCoverage {
  const assignment = assignCategories(classes.map((c) => c.code), definitions.entries, classes);
  const empty = (section: string): CoverageRow => ({ section, classes: 0, assigned: 0, full: 0, traded: 0, local: 0, untyped: 0, unassigned: 0 });
  const total = empty('total');
  const bySection = new Map<string, CoverageRow>();
  const classesPerCategory = new Array<number>(definitions.categories.length).fill(0);
  classes.forEach((c, x) => {
    let row = bySection.get(c.section);
    if (!row) bySection.set(c.section, (row = empty(c.section)));
    const from = assignment.offsets[x] as number;
    const to = assignment.offsets[x + 1] as number;
    for (const r of [row, total]) {
      r.classes += 1;
      if (to > from) r.assigned += 1;
      if ((assignment.unassigned[x] as number) <= SUM_TOLERANCE) r.full += 1;
      r.unassigned += assignment.unassigned[x] as number;
    }
    for (let k = from; k < to; k++) {
      const category = assignment.categories[k] as number;
      const w = assignment.weights[k] as number;
      classesPerCategory[category] = (classesPerCategory[category] as number) + 1;
      const traded = definitions.categories[category]?.traded ?? null;
      for (const r of [row, total]) {
        if (traded === true) r.traded += w;
        else if (traded === false) r.local += w;
        else r.untyped += w;
      }
    }
  });
  const sections = [...bySection.values()].sort((a, b) => (a.section < b.section ? -1 : 1));
  return { total, sections, classesPerCategory };
}

// ---------------------------------------------------------------------------------------------------------

interface ParsedRow {
  row: number;
  category: string;
  nace: string;
  weight: number;
  names: { nameEn: string | null; nameRu: string | null; nameBe: string | null };
  traded: boolean | null;
}

/** Validates definition rows (header and data rows as read from a table); throws one ValidationError with all problems. */
function parseDefinitionRows(header: string[], rows: readonly TableRow[], name: string, known: ReadonlySet<string> | null): ParsedRow[] {
  const h = header.map((c) => c.trim().toLowerCase());
  const missing = (['category', 'nace'] as const).filter((c) => !h.includes(c));
  if (missing.length > 0) {
    throw new ValidationError(`${name}: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      missing.map((c) => ({ row: 1, column: c, message: `required column is missing (header: ${header.join(', ')})` })));
  }
  const col = Object.fromEntries(DEFINITION_COLUMNS.map((c) => [c, h.indexOf(c)])) as Record<(typeof DEFINITION_COLUMNS)[number], number>;

  const errors: CellError[] = [];
  let totalErrors = 0;
  const fail = (row: number, column: string, message: string) => {
    totalErrors += 1;
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ row, column, message });
  };
  const parsed: ParsedRow[] = [];
  const firstRowOfPair = new Map<string, number>();
  const tradedOf = new Map<string, { value: boolean; row: number }>();
  const nameOf = new Map<string, { value: string; row: number }>();

  for (const { row, cells } of rows) {
    const text = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const category = text(col.category);
    const nace = text(col.nace);
    let ok = true;
    if (category === '') {
      fail(row, 'category', 'empty category code');
      ok = false;
    }
    if (nace === '') {
      fail(row, 'nace', 'empty NACE code');
      ok = false;
    } else if (SECTION.test(nace)) {
      fail(row, 'nace', `${nace} is a section: list its divisions (such as 26) instead`);
      ok = false;
    } else if (!NACE_CODE.test(nace)) {
      fail(row, 'nace', `"${nace}" is not a NACE code: a division (26), group (26.5) or class (26.51) is expected`);
      ok = false;
    } else if (known && !known.has(nace)) {
      fail(row, 'nace', `unknown NACE code ${nace}: not in the classifier`);
      ok = false;
    }

    let weight = 1;
    const rawWeight = text(col.weight);
    if (rawWeight !== '') {
      weight = parseNumber(rawWeight);
      if (Number.isNaN(weight)) {
        fail(row, 'weight', `"${rawWeight}" is not a number: a weight in (0, 1] is expected`);
        ok = false;
      } else if (!(weight > 0 && weight <= 1)) {
        fail(row, 'weight', `${rawWeight} is outside (0, 1]: a weight in (0, 1] is expected`);
        ok = false;
      }
    }

    let traded: boolean | null = null;
    const rawTraded = text(col.traded);
    if (rawTraded !== '') {
      const value = parseTraded(rawTraded);
      if (value === undefined) fail(row, 'traded', `"${rawTraded}" is not true/false (1/0, да/нет, traded/local)`);
      else if (category !== '') {
        traded = value;
        const seen = tradedOf.get(category);
        if (!seen) tradedOf.set(category, { value, row });
        else if (seen.value !== value) {
          fail(row, 'traded', `category ${category} is ${value ? 'traded' : 'local'} here but ${seen.value ? 'traded' : 'local'} in row ${seen.row}`);
        }
      }
    }

    const names = { nameEn: null, nameRu: null, nameBe: null } as ParsedRow['names'];
    for (const [column, key] of NAME_COLUMNS) {
      const value = text(col[column]);
      if (value === '' || category === '') continue;
      names[key] = value;
      const seen = nameOf.get(`${category}\u0000${column}`);
      if (!seen) nameOf.set(`${category}\u0000${column}`, { value, row });
      else if (seen.value !== value) fail(row, column, `category ${category} is named "${seen.value}" in row ${seen.row}`);
    }

    if (category !== '' && nace !== '') {
      const key = `${category}\u0000${nace}`;
      const first = firstRowOfPair.get(key);
      if (first !== undefined) {
        fail(row, 'nace', `duplicate of row ${first}: category ${category}, NACE ${nace} appear twice`);
        ok = false;
      } else firstRowOfPair.set(key, row);
    }
    if (ok) parsed.push({ row, category, nace, weight, names, traded });
  }

  // Each NACE class at most 1: the classes under a code receive the weights of the code and of its ancestors,
  // so the largest class total is the largest such sum over the listed codes.
  const byCode = new Map<string, ParsedRow[]>();
  for (const p of parsed) {
    const list = byCode.get(p.nace);
    if (list) list.push(p);
    else byCode.set(p.nace, [p]);
  }
  for (const [code, own] of [...byCode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const chain = ancestorsOrSelf(code).flatMap((c) => byCode.get(c) ?? []);
    const sum = chain.reduce((s, p) => s + p.weight, 0);
    if (sum > 1 + SUM_TOLERANCE) {
      const last = own.reduce((a, b) => (b.row > a.row ? b : a));
      const listed = chain.map((p) => p.row).sort((a, b) => a - b);
      fail(last.row, 'weight', `the weights of NACE ${code} sum to ${round(sum)} over rows ${listed.join(', ')}: at most 1 is allowed`);
    }
  }

  if (totalErrors > 0) {
    const sorted = [...errors].sort((a, b) => a.row - b.row);
    throw new ValidationError(`${name}: ${problems(totalErrors)} found; the category definitions were not loaded`, sorted, totalErrors);
  }
  if (rows.length === 0) throw new ValidationError(`${name}: no data rows`, [{ row: 2, column: 'category', message: 'the file has a header but no rows' }]);
  return parsed;
}

function categoriesOf(parsed: readonly ParsedRow[]): CategoryInfo[] {
  const byCode = new Map<string, CategoryInfo>();
  for (const p of parsed) {
    let info = byCode.get(p.category);
    if (!info) byCode.set(p.category, (info = { code: p.category, nameEn: null, nameRu: null, nameBe: null, traded: null }));
    info.nameEn ??= p.names.nameEn;
    info.nameRu ??= p.names.nameRu;
    info.nameBe ??= p.names.nameBe;
    info.traded ??= p.traded;
  }
  return [...byCode.values()];
}

function buildDefinitions(categories: CategoryInfo[], parsed: readonly ParsedRow[]): CategoryDefinitions {
  const sorted = [...categories].sort((a, b) => compare(a.code, b.code));
  const index = new Map(sorted.map((c, i) => [c.code, i]));
  const entries = parsed
    .map((p) => ({ category: index.get(p.category) as number, nace: p.nace, weight: p.weight }))
    .sort((a, b) => a.category - b.category || compare(a.nace, b.nace));
  return { categories: sorted, entries };
}

/** `26.51` -> [`26`, `26.5`, `26.51`]. */
function ancestorsOrSelf(code: string): string[] {
  const out = [code.slice(0, 2)];
  if (code.length >= 4) out.push(code.slice(0, 4));
  if (code.length >= 5) out.push(code.slice(0, 5));
  return out;
}

function parseTraded(raw: string): boolean | undefined {
  const lower = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  return undefined;
}

function readCsvFile(path: string): { header: string[]; rows: TableRow[] } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  // Empty lines are kept while numbering, so that `row` is the line number of the file (no quoted line breaks
  // in these files), then dropped.
  const [header = [], ...rest] = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  return {
    header,
    rows: rest.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== '')),
  };
}

function problems(n: number): string {
  return `${n} problem${n === 1 ? '' : 's'}`;
}

function round(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
