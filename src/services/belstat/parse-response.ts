// Parses a response of the Belstat open data API (`indicatorValuesSearch`) into long records: one per
// territory x activity (x any other dimension) x year, with the value as a number or null.
//
// The response is a table:
//   tableName               the indicator's title
//   tableHeader             the years, as [["2021", "2022", ...]] (one header row; a flat array is accepted too)
//   tableHeaderDimColumns   the dimension names, e.g. ["Территория Республики Беларусь", "Виды экономической
//                           деятельности (ОКЭД-2011)"]
//   tableRows               rows of one cell per dimension ({value, level}) followed by one cell per year
// The dimension whose name mentions "территор" is the territory, one mentioning "деятельност", "ОКЭД" or "ОКВЭД"
// the economic activity; any further dimension is kept by name in `otherDimensions`.
//
// Belstat's traps handled here: numbers written with decimal commas and (narrow) no-break-space thousands
// separators ("1 234,5"); "-", "–", "—", "…", "...", "x" (Latin or Cyrillic) and empty cells for missing values;
// money of 2010-2015 in old roubles (divided by 10,000 when `money`, never for indices, percentages or persons);
// territory names that clash across levels (resolved by level and parent oblast, see ./territories.ts).
// Malformed input throws a ValidationError naming the JSON path (`tableRows[3][2]`); names that do not resolve
// are kept with a null id and reported in `warnings`.
import { ValidationError } from '../errors.ts';
import { activityCodeFor, buildActivityIndex, type BelstatSector } from './activities.ts';
import { territoryResolver, type BelstatTerritory } from './territories.ts';

export type { BelstatSector } from './activities.ts';
export type { BelstatTerritory } from './territories.ts';

export interface BelstatRecord {
  /** The territory name as Belstat writes it. */
  territory: string;
  /** Belstat's level: 0 the country, 1 an oblast or Minsk city, 2 a raion or a city of oblast subordination. */
  level: number;
  /** The project's territory id, or null when the name does not resolve (see `warnings`). */
  territoryId: string | null;
  /** The ОКЭД-2011 label, or null when the table has no activity dimension. */
  activity: string | null;
  /** A NACE section letter, a division code, or an aggregate range (`B-E`, `A-U`); null when not known. */
  activityCode: string | null;
  /** Further dimensions (sex, area, category ...) by their column name; empty for territory x activity tables. */
  otherDimensions: Record<string, string>;
  year: number;
  /** The value (in new roubles for money), or null when Belstat marks it missing. */
  value: number | null;
}

export interface BelstatTable {
  tableName: string | null;
  /** The dimension names, in column order. */
  dimensions: string[];
  years: number[];
  /** Whether money values of 2015 and before were divided by 10,000. */
  money: boolean;
  records: BelstatRecord[];
  /** Territory names and activity labels that did not resolve, and other things worth a look. */
  warnings: string[];
}

export interface ParseBelstatOptions {
  /** The territory list to resolve names against (data/territories.csv); without it every id is null. */
  territories?: readonly BelstatTerritory[];
  /** The classifier (data/sectors.csv) whose Russian names extend the activity index. */
  sectors?: readonly BelstatSector[];
  /** Values are money: those of 2015 and before are in old roubles and are divided by 10,000. */
  money?: boolean;
  /** The unit's name ("тыс. рублей", "процентов"); `money` defaults to whether it names roubles. */
  unit?: string;
  /** The name used in messages (a file name or URL). */
  name?: string;
}

/** Old roubles per new rouble (the 2016 redenomination) and the last year published in old roubles. */
export const OLD_ROUBLES_PER_NEW = 10_000;
export const LAST_OLD_ROUBLE_YEAR = 2015;

const MISSING = new Set(['', '-', '–', '—', '…', '...', 'x', 'х', 'X', 'Х']);

/**
 * Parses a Belstat `indicatorValuesSearch` response into long records.
 * @throws ValidationError naming the JSON path of malformed input
 */
export function parseBelstatResponse(json: unknown, options: ParseBelstatOptions = {}): BelstatTable {
  const name = options.name ?? 'Belstat response';
  const fail = (path: string, message: string): never => {
    throw new ValidationError(`${name}: ${path}: ${message}`, [{ row: 0, column: path, message }]);
  };
  if (!isObject(json)) fail('(root)', `expected an object with tableHeader, tableHeaderDimColumns and tableRows, found ${kindOf(json)}`);
  const table = json as Record<string, unknown>;
  const money = options.money ?? (options.unit !== undefined && isMoneyUnit(options.unit));

  const tableName = typeof table.tableName === 'string' ? table.tableName : null;
  const dimensions = stringList(table.tableHeaderDimColumns, 'tableHeaderDimColumns', fail);
  const territoryColumn = dimensions.findIndex((d) => /территор/i.test(d));
  if (territoryColumn < 0) {
    fail('tableHeaderDimColumns', `no territory dimension (a name mentioning "территор") among ${dimensions.map((d) => `"${d}"`).join(', ') || 'none'}`);
  }
  const activityColumn = dimensions.findIndex((d, i) => i !== territoryColumn && /деятельност|оки?вэд|окэд/i.test(d));
  const years = headerYears(table.tableHeader, fail);
  if (!Array.isArray(table.tableRows)) fail('tableRows', `expected an array of rows, found ${kindOf(table.tableRows)}`);
  const rows = table.tableRows as unknown[];

  const warnings: string[] = [];
  const warned = new Set<string>();
  const warnOnce = (key: string, message: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    warnings.push(message);
  };
  if (money && tableName !== null && /индекс|%|процент/i.test(tableName)) {
    warnings.push(`money conversion was asked for, but the table looks like an index or a percentage: "${tableName}"`);
  }

  const resolver = options.territories ? territoryResolver(options.territories) : null;
  const activities = buildActivityIndex(options.sectors);
  const width = dimensions.length + years.length;
  const records: BelstatRecord[] = [];
  let parent: { name: string; id: string | null } | null = null;

  rows.forEach((row, r) => {
    const rowPath = `tableRows[${r}]`;
    if (!Array.isArray(row)) fail(rowPath, `expected an array of cells, found ${kindOf(row)}`);
    const cells = row as unknown[];
    if (cells.length !== width) {
      fail(rowPath, `expected ${width} cells (${dimensions.length} dimension${dimensions.length === 1 ? '' : 's'} + ${years.length} year${years.length === 1 ? '' : 's'}), found ${cells.length}`);
    }
    const labels = dimensions.map((_, d) => dimensionLabel(cells[d], `${rowPath}[${d}]`, fail));
    const territory = labels[territoryColumn] as string;
    const level = cellLevel(cells[territoryColumn], `${rowPath}[${territoryColumn}]`, fail);

    if (level <= 1) parent = level === 1 ? { name: territory, id: null } : null;
    let territoryId: string | null = null;
    if (resolver) {
      const scope = level === 2 ? parent : null;
      const resolution = resolver.resolve(territory, level, scope?.id ?? null);
      territoryId = resolution.id;
      if (level === 1 && parent) parent.id = resolution.id;
      if (resolution.id === null) {
        const under = scope ? ` under "${scope.name}"` : '';
        warnOnce(`t\u0000${territory}\u0000${level}\u0000${scope?.name ?? ''}`,
          `${rowPath}[${territoryColumn}]: territory "${territory}" (level ${level}${under}) not resolved: ${resolution.problem}; kept with territory_id empty`);
      }
    }

    const activity = activityColumn >= 0 ? (labels[activityColumn] as string) : null;
    const activityCode = activity === null ? null : activityCodeFor(activity, activities);
    if (activity !== null && activityCode === null) {
      warnOnce(`a\u0000${activity}`, `${rowPath}[${activityColumn}]: activity "${activity}" has no known NACE / ОКЭД code; kept with activity_code empty`);
    }
    const otherDimensions: Record<string, string> = {};
    dimensions.forEach((d, i) => {
      if (i !== territoryColumn && i !== activityColumn) otherDimensions[d] = labels[i] as string;
    });

    years.forEach((year, y) => {
      const c = dimensions.length + y;
      let value = parseBelstatNumber(cellValue(cells[c], `${rowPath}[${c}]`, fail), `${rowPath}[${c}]`, name);
      if (value !== null && money && year <= LAST_OLD_ROUBLE_YEAR) value /= OLD_ROUBLES_PER_NEW;
      records.push({ territory, level, territoryId, activity, activityCode, otherDimensions, year, value });
    });
  });
  return { tableName, dimensions, years, money, records, warnings };
}

/**
 * A Belstat number: a JSON number, or text with a decimal comma (or point) and spaces, no-break spaces or narrow
 * no-break spaces between thousands ("1 234,5"); null for the missing-value marks and empty cells.
 * @throws ValidationError naming `path` when the text is not a number
 */
export function parseBelstatNumber(raw: unknown, path = '(value)', name = 'Belstat response'): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (Number.isFinite(raw)) return raw;
    throw new ValidationError(`${name}: ${path}: ${raw} is not a finite number`, [{ row: 0, column: path, message: 'not a finite number' }]);
  }
  if (typeof raw !== 'string') {
    throw new ValidationError(`${name}: ${path}: expected a number or text, found ${kindOf(raw)}`, [{ row: 0, column: path, message: `found ${kindOf(raw)}` }]);
  }
  const trimmed = raw.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
  if (MISSING.has(trimmed)) return null;
  let text = trimmed.replace(/ /g, '').replace(/^[−–]/, '-');
  if (text.includes(',') && !text.includes('.')) text = text.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    throw new ValidationError(`${name}: ${path}: "${raw}" is not a number`, [{ row: 0, column: path, message: `"${raw}" is not a number` }]);
  }
  return Number(text);
}

/** Whether a unit name is money: it names roubles ("рублей", "тыс. руб."), and is not a per-cent or an index. */
export function isMoneyUnit(unit: string): boolean {
  const u = unit.toLowerCase();
  return /(^|[^а-яё])руб/.test(u) && !/%|процент|индекс/.test(u);
}

type Fail = (path: string, message: string) => never;

function headerYears(header: unknown, fail: Fail): number[] {
  if (!Array.isArray(header)) return fail('tableHeader', `expected an array of years, found ${kindOf(header)}`);
  let labels: unknown[] = header;
  let prefix = 'tableHeader';
  if (header.some((h) => Array.isArray(h))) {
    if (header.length !== 1) fail('tableHeader', `expected one header row of years, found ${header.length} rows (periods within a year are not supported)`);
    if (!Array.isArray(header[0])) fail('tableHeader[0]', `expected an array of years, found ${kindOf(header[0])}`);
    labels = header[0] as unknown[];
    prefix = 'tableHeader[0]';
  }
  const years = labels.map((label, i) => {
    const text = typeof label === 'number' ? String(label) : typeof label === 'string' ? label.trim() : null;
    if (text === null || !/^\d{4}$/.test(text)) {
      return fail(`${prefix}[${i}]`, `${JSON.stringify(label)} is not a year (only annual tables are supported)`);
    }
    return Number(text);
  });
  const seen = new Set<number>();
  years.forEach((y, i) => {
    if (seen.has(y)) fail(`${prefix}[${i}]`, `year ${y} appears twice`);
    seen.add(y);
  });
  return years;
}

function stringList(value: unknown, path: string, fail: Fail): string[] {
  if (!Array.isArray(value)) return fail(path, `expected an array of dimension names, found ${kindOf(value)}`);
  return value.map((v, i) => (typeof v === 'string' && v.trim() !== '' ? v : fail(`${path}[${i}]`, `expected a dimension name, found ${JSON.stringify(v)}`)));
}

function cellValue(cell: unknown, path: string, fail: Fail): unknown {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  if (isObject(cell) && 'value' in cell) return cell.value;
  return fail(path, `expected a cell {value, level}, found ${kindOf(cell)}`);
}

function dimensionLabel(cell: unknown, path: string, fail: Fail): string {
  const value = cellValue(cell, path, fail);
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') return fail(`${path}.value`, `expected a name, found ${JSON.stringify(value)}`);
  return value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function cellLevel(cell: unknown, path: string, fail: Fail): number {
  const level = isObject(cell) ? cell.level : undefined;
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 0) {
    return fail(`${path}.level`, `expected the territory level (0 country, 1 oblast, 2 raion or city), found ${JSON.stringify(level) ?? 'nothing'}`);
  }
  return level;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
