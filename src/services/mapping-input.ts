// Reads the `mapping` input table (PRODUCT.md, "Command-line contracts"): region x category statistics as CSV
// or XLSX, validated row by row, and turned into dense region-major matrices for src/analytics/.
//
// Columns: region, category, employment, establishments (required); wages, year, traded (optional).
// Region and category codes are kept as text (leading zeros stay); both are sorted as text (UTF-16 code units)
// and a region x category cell that is not in the file is 0.
import { basename } from 'node:path';
import { ValidationError, type CellError } from './errors.ts';
import { FileFormatError, formatOf, readTable, type TableSource } from './files/read-table.ts';
import { chooseYear } from './year-choice.ts';

export interface MappingInput {
  regions: string[];
  categories: string[];
  /** Region-major: index r * categories.length + c. */
  employment: Float64Array;
  establishments: Float64Array;
  /** Average wage per cell (NaN when the cell's wage is empty or the cell is not in the file); null when the
   * file has no `wages` column. */
  wages: Float64Array | null;
  /** Per category, 1 = traded, 0 = local; null when the file has no `traded` column. */
  traded: Uint8Array | null;
  /** 1 where the region x category cell is a row of the file (for the selected year). */
  present: Uint8Array;
  /** The year kept, or null when the file has no `year` column. */
  year: number | null;
}

export interface ReadMappingOptions {
  /** Keep the rows of this year; without it, the latest year of a `year` column is used. */
  year?: number;
  /** The name used in messages (defaults to the file name). */
  name?: string;
  /** Told about choices made for the user (the year picked). */
  onNotice?: (message: string) => void;
}

const REQUIRED = ['region', 'category', 'employment', 'establishments'] as const;
const MAX_LISTED_ERRORS = 100;
const TRUE_WORDS = new Set(['true', '1', 'да', 'yes', 't', 'y', 'traded']);
const FALSE_WORDS = new Set(['false', '0', 'нет', 'no', 'f', 'n', 'local']);

/** Reads and validates a mapping input file; throws a ValidationError naming file, row and column of every problem. */
export async function readMappingInput(path: string, options: ReadMappingOptions = {}): Promise<MappingInput> {
  const name = options.name ?? basename(path);
  try {
    return await readMappingSource({ path }, formatOf(path), name, options);
  } catch (error) {
    if (error instanceof FileFormatError) {
      const message = error.message.startsWith(`${path}:`) ? error.message.slice(path.length + 1).trim() : error.message;
      throw new ValidationError(`${name}: ${message}`);
    }
    throw error;
  }
}

export async function readMappingSource(source: TableSource, format: 'csv' | 'xlsx', name: string, options: ReadMappingOptions = {}): Promise<MappingInput> {
  const table = await readMappingTable(source, format, name);
  if (options.year !== undefined && !table.hasYear) {
    throw new ValidationError(`${name}: --year ${options.year} was given but the file has no year column`,
      [{ row: 1, column: 'year', message: 'no year column' }]);
  }
  let year: number | null = null;
  let kept = table.records;
  if (table.hasYear) {
    year = chooseYear(table.records.map((r) => r.year as number), name, options);
    kept = table.records.filter((r) => r.year === year);
  }
  return denseMapping(kept, { wages: table.hasWages, traded: table.hasTraded ? table.traded : null, year });
}

/** One validated row of a mapping table. */
export interface MappingRecord {
  row: number;
  region: string;
  category: string;
  employment: number;
  establishments: number;
  /** NaN when empty or when the table has no wages column. */
  wages: number;
  year: number | null;
}

/** All rows of a mapping table (every year), validated. */
export interface MappingTable {
  records: MappingRecord[];
  hasYear: boolean;
  hasWages: boolean;
  hasTraded: boolean;
  /** Per category, 1 = traded, 0 = local (only when hasTraded). */
  traded: Map<string, number>;
}

/** Reads and validates every row of a mapping table; throws one ValidationError listing all problems. */
export async function readMappingTable(source: TableSource, format: 'csv' | 'xlsx', name: string): Promise<MappingTable> {
  const table = await readTable(source, format);
  const header = table.header.map((h) => h.trim().toLowerCase());
  const columnOf = (column: string) => header.indexOf(column);
  const missing = REQUIRED.filter((c) => columnOf(c) < 0);
  if (missing.length > 0) {
    throw new ValidationError(`${name}: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      missing.map((c) => ({ row: 1, column: c, message: `required column is missing (header: ${table.header.join(', ')})` })));
  }
  const col = {
    region: columnOf('region'), category: columnOf('category'), employment: columnOf('employment'),
    establishments: columnOf('establishments'), wages: columnOf('wages'), year: columnOf('year'), traded: columnOf('traded'),
  };
  const errors: CellError[] = [];
  let totalErrors = 0;
  const fail = (row: number, column: string, message: string) => {
    totalErrors += 1;
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ row, column, message });
  };
  const rows: MappingRecord[] = [];
  const firstRowOfKey = new Map<string, number>();
  const tradedOf = new Map<string, { value: number; row: number }>();

  for await (const batch of table.batches) {
    for (const { row, cells } of batch) {
      const text = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
      const region = text(col.region);
      const category = text(col.category);
      if (region === '') fail(row, 'region', 'empty region code');
      if (category === '') fail(row, 'category', 'empty category code');
      const number = (column: 'employment' | 'establishments' | 'wages', allowEmpty: boolean): number => {
        const raw = text(col[column]);
        if (raw === '' && allowEmpty) return Number.NaN; // a missing wage: left out of the productivity star
        const value = parseNumber(raw);
        if (Number.isNaN(value)) fail(row, column, raw === '' ? 'empty: a number >= 0 is expected' : `"${raw}" is not a number`);
        else if (value < 0) fail(row, column, `${raw} is negative: a number >= 0 is expected`);
        else if (!Number.isFinite(value)) fail(row, column, `${raw} is not a finite number`);
        return value;
      };
      const employment = number('employment', false);
      const establishments = number('establishments', false);
      const wages = col.wages >= 0 ? number('wages', true) : Number.NaN;
      let year: number | null = null;
      if (col.year >= 0) {
        const raw = text(col.year);
        if (!/^\d{4}$/.test(raw)) fail(row, 'year', raw === '' ? 'empty: a year such as 2024 is expected' : `"${raw}" is not a year`);
        else year = Number(raw);
      }
      if (col.traded >= 0 && category !== '') {
        const raw = text(col.traded);
        const lower = raw.toLowerCase();
        const value = TRUE_WORDS.has(lower) ? 1 : FALSE_WORDS.has(lower) ? 0 : -1;
        if (value < 0) fail(row, 'traded', `"${raw}" is not true/false (1/0, да/нет)`);
        else {
          const seen = tradedOf.get(category);
          if (!seen) tradedOf.set(category, { value, row });
          else if (seen.value !== value) {
            fail(row, 'traded', `category ${category} is ${value ? 'traded' : 'local'} here but ${seen.value ? 'traded' : 'local'} in row ${seen.row}`);
          }
        }
      }
      if (region !== '' && category !== '' && (col.year < 0 || year !== null)) {
        const key = `${region}\u0000${category}\u0000${year ?? ''}`;
        const first = firstRowOfKey.get(key);
        if (first !== undefined) {
          fail(row, 'category', `duplicate of row ${first}: region ${region}, category ${category}${year !== null ? `, year ${year}` : ''} appear twice`);
        } else firstRowOfKey.set(key, row);
      }
      rows.push({ row, region, category, employment, establishments, wages, year });
    }
  }
  if (totalErrors > 0) {
    throw new ValidationError(`${name}: ${totalErrors} problem${totalErrors > 1 ? 's' : ''} found; nothing was written`, errors, totalErrors);
  }
  if (rows.length === 0) throw new ValidationError(`${name}: no data rows`, [{ row: 2, column: 'region', message: 'the file has a header but no rows' }]);

  const traded = new Map([...tradedOf].map(([category, { value }]) => [category, value]));
  return { records: rows, hasYear: col.year >= 0, hasWages: col.wages >= 0, hasTraded: col.traded >= 0, traded };
}

/** Dense region-major matrices of the records of one year (regions and categories sorted as text). */
export function denseMapping(kept: readonly Omit<MappingRecord, 'row'>[], options: { wages: boolean; traded: Map<string, number> | null; year: number | null }): MappingInput {
  const regions = sortedCodes(kept.map((r) => r.region));
  const categories = sortedCodes(kept.map((r) => r.category));
  const regionIndex = new Map(regions.map((r, i) => [r, i]));
  const categoryIndex = new Map(categories.map((c, i) => [c, i]));
  const nC = categories.length;
  const size = regions.length * nC;
  const employment = new Float64Array(size);
  const establishments = new Float64Array(size);
  const wages = options.wages ? new Float64Array(size).fill(Number.NaN) : null;
  const present = new Uint8Array(size);
  for (const r of kept) {
    const i = (regionIndex.get(r.region) as number) * nC + (categoryIndex.get(r.category) as number);
    employment[i] = r.employment;
    establishments[i] = r.establishments;
    if (wages) wages[i] = r.wages;
    present[i] = 1;
  }
  let traded: Uint8Array | null = null;
  if (options.traded) {
    traded = new Uint8Array(nC);
    categories.forEach((c, i) => { traded![i] = options.traded!.get(c) ?? 0; });
  }
  return { regions, categories, employment, establishments, wages, traded, present, year: options.year };
}

/** A number as written in statistics tables: `1234.5`, `1 234,5` (spaces, no-break spaces, a decimal comma). */
export function parseNumber(raw: string): number {
  let text = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return Number.NaN;
  if (text.includes(',') && !text.includes('.')) text = text.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}

function sortedCodes(codes: string[]): string[] {
  return [...new Set(codes)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
