// Reads the `complexity` / `opportunities` input table (PRODUCT.md, "Command-line contracts"): a long
// location x product table of export values, as CSV or XLSX, validated row by row and turned into a dense
// location-major matrix for src/analytics/complexity/.
//
// Columns: location, product, value (required); year, population (optional). Codes are kept as text (leading
// zeros stay) and sorted as text (UTF-16 code units); a location x product pair that is not in the file is 0;
// duplicated location x product (x year) rows are summed and counted.
//
// CSV is parsed here, from the whole file in one string, rather than through files/read-table.ts: the real
// HS4 matrix has 177k rows and the streaming papaparse reader alone takes ~250 ms of the command's budget,
// this parser ~30 ms. It accepts the same dialect (UTF-8, optional BOM, `,` or `;` detected from the header,
// double-quoted cells with "" escapes, CRLF or LF, empty lines skipped). XLSX goes through read-table.ts.
import { basename } from 'node:path';
import { ValidationError, type CellError } from './errors.ts';
import { FileFormatError, inputFormat, readTable, type TableSource } from './files/read-table.ts';
import { parseNumber } from './mapping-input.ts';
import { chooseYear } from './year-choice.ts';

export interface ComplexityInput {
  /** Location codes, sorted as text. */
  locations: string[];
  /** Product codes, sorted as text. */
  products: string[];
  /** Location-major export values: index c * products.length + p; 0 where the file has no row. */
  values: Float64Array;
  /** Population per location (NaN where not given); null when the file has no `population` column. */
  population: Float64Array | null;
  /** The year kept, or null when the file has no `year` column. */
  year: number | null;
  /** Data rows used (of the kept year). */
  rows: number;
  /** Rows that repeated a location x product pair (of the kept year) and were added to it. */
  duplicates: number;
  /**
   * The world total of each product (of `products`) in the file's first year, when that is before the kept
   * year: the base of world market growth. Null with one year or no year column.
   */
  firstYear: { year: number; totals: Float64Array } | null;
}

export interface ReadComplexityOptions {
  /** Keep the rows of this year; without it, the latest year of a `year` column is used. */
  year?: number;
  /** The name used in messages (defaults to the file name). */
  name?: string;
  /** Told about choices made for the user (the year picked, duplicated rows summed). */
  onNotice?: (message: string) => void;
}

const REQUIRED = ['location', 'product', 'value'] as const;
const MAX_LISTED_ERRORS = 100;

/** Reads and validates a complexity input file; throws a ValidationError naming file, row and column of every problem. */
export async function readComplexityInput(path: string, options: ReadComplexityOptions = {}): Promise<ComplexityInput> {
  const name = options.name ?? basename(path);
  return readComplexitySource({ path }, inputFormat(path, name), name, options);
}

/** The CSV text of a complexity input (the file's content) as a validated matrix. */
export function parseComplexityCsv(text: string, name: string, options: ReadComplexityOptions = {}): Promise<ComplexityInput> {
  return readComplexitySource({ buffer: Buffer.from(text, 'utf8') }, 'csv', name, options);
}

export async function readComplexitySource(source: TableSource, format: 'csv' | 'xlsx', name: string, options: ReadComplexityOptions = {}): Promise<ComplexityInput> {
  try {
    const table = await readTable(source, format);
    const collector = new Collector(table.header, name);
    for await (const batch of table.batches) for (const { row, cells } of batch) collector.add(cells, row);
    return collector.finish(options);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    const empty = /empty/.test(error.message);
    throw new ValidationError(empty ? `${name}: the file is empty: a header row location,product,value is expected` : `${name}: ${error.message}`,
      empty ? [{ row: 1, column: 'location', message: 'no header row' }] : []);
  }
}

/** Validates rows one by one and builds the matrix of one year at the end. */
class Collector {
  private readonly col: { location: number; product: number; value: number; year: number; population: number };
  private readonly errors: CellError[] = [];
  private totalErrors = 0;
  private readonly locationIds = new Map<string, number>();
  private readonly productIds = new Map<string, number>();
  private readonly loc: number[] = [];
  private readonly prod: number[] = [];
  private readonly val: number[] = [];
  private readonly yr: number[] = [];
  /** population per `location\0year`, with the row that gave it */
  private readonly pop = new Map<string, { value: number; row: number }>();
  private readonly header: string[];

  constructor(header: string[], private readonly name: string) {
    this.header = header.map((h) => h.trim().toLowerCase());
    const at = (c: string) => this.header.indexOf(c);
    const missing = REQUIRED.filter((c) => at(c) < 0);
    if (missing.length > 0) {
      throw new ValidationError(`${name}: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
        missing.map((c) => ({ row: 1, column: c, message: `required column is missing (header: ${header.join(', ')})` })));
    }
    this.col = { location: at('location'), product: at('product'), value: at('value'), year: at('year'), population: at('population') };
  }

  private fail(row: number, column: string, message: string): void {
    this.totalErrors += 1;
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push({ row, column, message });
  }

  add(cells: string[], row: number): void {
    const { col } = this;
    const location = (cells[col.location] ?? '').trim();
    const product = (cells[col.product] ?? '').trim();
    if (location === '') this.fail(row, 'location', 'empty location code');
    if (product === '') this.fail(row, 'product', 'empty product code');
    const raw = (cells[col.value] ?? '').trim();
    // fast path for plain numbers; parseNumber for `1 234,5` and friends
    let value = raw !== '' && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : parseNumber(raw);
    if (Number.isNaN(value)) {
      this.fail(row, 'value', raw === '' ? 'empty: an export value >= 0 is expected' : `"${raw}" is not a number`);
    } else if (value < 0) this.fail(row, 'value', `${raw} is negative: an export value >= 0 is expected`);
    else if (!Number.isFinite(value)) this.fail(row, 'value', `${raw} is not a finite number`);
    if (!(value >= 0 && Number.isFinite(value))) value = 0;
    let year = -1;
    if (col.year >= 0) {
      const y = (cells[col.year] ?? '').trim();
      if (!/^\d{4}$/.test(y)) this.fail(row, 'year', y === '' ? 'empty: a year such as 2017 is expected' : `"${y}" is not a year`);
      else year = Number(y);
    }
    if (col.population >= 0 && location !== '') {
      const p = (cells[col.population] ?? '').trim();
      if (p !== '') {
        const v = parseNumber(p);
        if (!(v > 0) || !Number.isFinite(v)) this.fail(row, 'population', `"${p}" is not a positive number`);
        else {
          const key = `${location}\u0000${year}`;
          const seen = this.pop.get(key);
          if (!seen) this.pop.set(key, { value: v, row });
          else if (seen.value !== v) this.fail(row, 'population', `${location} has population ${p} here but ${seen.value} in row ${seen.row}`);
        }
      }
    }
    let l = this.locationIds.get(location);
    if (l === undefined) this.locationIds.set(location, (l = this.locationIds.size));
    let p = this.productIds.get(product);
    if (p === undefined) this.productIds.set(product, (p = this.productIds.size));
    this.loc.push(l);
    this.prod.push(p);
    this.val.push(value);
    this.yr.push(year);
  }

  finish(options: ReadComplexityOptions): ComplexityInput {
    const { name } = this;
    if (this.totalErrors > 0) {
      throw new ValidationError(`${name}: ${this.totalErrors} problem${this.totalErrors > 1 ? 's' : ''} found; nothing was written`,
        this.errors, this.totalErrors);
    }
    if (this.val.length === 0) {
      throw new ValidationError(`${name}: no data rows`, [{ row: 2, column: 'location', message: 'the file has a header but no rows' }]);
    }
    const hasYear = this.col.year >= 0;
    if (options.year !== undefined && !hasYear) {
      throw new ValidationError(`${name}: --year ${options.year} was given but the file has no year column`,
        [{ row: 1, column: 'year', message: 'no year column' }]);
    }
    let year: number | null = null;
    if (hasYear) {
      year = chooseYear(this.yr, name, options);
    }
    const want = year ?? -1;
    // codes present in the kept year, sorted as text
    const usedL = new Uint8Array(this.locationIds.size);
    const usedP = new Uint8Array(this.productIds.size);
    for (let r = 0; r < this.val.length; r++) {
      if (this.yr[r] !== want) continue;
      usedL[this.loc[r] as number] = 1;
      usedP[this.prod[r] as number] = 1;
    }
    const order = (ids: Map<string, number>, used: Uint8Array) => {
      const codes = [...ids].filter(([, i]) => used[i] === 1).map(([c]) => c).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const position = new Int32Array(ids.size).fill(-1);
      codes.forEach((c, k) => { position[ids.get(c) as number] = k; });
      return { codes, position };
    };
    const L = order(this.locationIds, usedL);
    const P = order(this.productIds, usedP);
    const nP = P.codes.length;
    const values = new Float64Array(L.codes.length * nP);
    const seen = new Uint8Array(values.length);
    let rows = 0;
    let duplicates = 0;
    for (let r = 0; r < this.val.length; r++) {
      if (this.yr[r] !== want) continue;
      const k = (L.position[this.loc[r] as number] as number) * nP + (P.position[this.prod[r] as number] as number);
      if (seen[k]) duplicates++;
      seen[k] = 1;
      values[k] = (values[k] as number) + (this.val[r] as number);
      rows++;
    }
    if (duplicates > 0) options.onNotice?.(`${name}: ${duplicates} row${duplicates > 1 ? 's' : ''} repeated a location x product pair and ${duplicates > 1 ? 'were' : 'was'} added to it`);
    let population: Float64Array | null = null;
    if (this.col.population >= 0) {
      population = Float64Array.from(L.codes, (c) => this.pop.get(`${c}\u0000${want}`)?.value ?? Number.NaN);
    }
    let firstYear: ComplexityInput['firstYear'] = null;
    const earliest = year === null ? year : this.yr.reduce((a, b) => Math.min(a, b), year);
    if (year !== null && earliest !== null && earliest < year) {
      const totals = new Float64Array(nP);
      for (let r = 0; r < this.val.length; r++) {
        const p = P.position[this.prod[r] as number] as number;
        if (this.yr[r] === earliest && p >= 0) totals[p] = (totals[p] as number) + (this.val[r] as number);
      }
      firstYear = { year: earliest, totals };
    }
    const input: ComplexityInput = { locations: L.codes, products: P.codes, values, population, year, rows, duplicates, firstYear };
    assertComparable(input, name);
    return input;
  }
}

/** Economic complexity compares locations: at least two with a positive export total are needed. */
function assertComparable(input: ComplexityInput, name: string): void {
  const nP = input.products.length;
  const exporting: string[] = [];
  for (let c = 0; c < input.locations.length; c++) {
    let t = 0;
    for (let p = 0; p < nP; p++) t += input.values[c * nP + p] as number;
    if (t > 0) exporting.push(input.locations[c] as string);
  }
  const of = input.year !== null ? ` in ${input.year}` : '';
  if (exporting.length === 0) {
    throw new ValidationError(`${name}: every export value${of} is 0: nothing to compute`, [{ row: 0, column: 'value', message: 'all values are 0' }]);
  }
  if (input.locations.length < 2) {
    throw new ValidationError(`${name}: only one location${of} (${input.locations[0]}): economic complexity compares at least two locations`,
      [{ row: 0, column: 'location', message: 'a single location' }]);
  }
  if (exporting.length < 2) {
    throw new ValidationError(`${name}: only one location${of} (${exporting[0]}) has exports: economic complexity compares at least two locations`,
      [{ row: 0, column: 'value', message: 'a single location with exports' }]);
  }
}

