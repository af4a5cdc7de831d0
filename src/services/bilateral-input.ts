// Reads a bilateral trade table (docs/data-formats.md, "Bilateral trade"): exporter, importer, product, value
// (required) and year (optional), as CSV or XLSX through files/read-table.ts, validated row by row. Codes are
// kept as text; repeated exporter x importer x product (x year) rows are summed. Every problem is reported with
// its file, row and column (a ValidationError), and nothing is returned when there is one.
import { basename } from 'node:path';
import { ValidationError, type CellError } from './errors.ts';
import { FileFormatError, inputFormat, readTable, type TableSource } from './files/read-table.ts';
import { parseNumber } from './mapping-input.ts';

export interface BilateralInput {
  /** distinct codes in order of first appearance */
  exporters: string[];
  importers: string[];
  products: string[];
  /** the distinct years, ascending; empty when the file has no year column */
  years: number[];
  /** one entry per distinct exporter x importer x product x year: indices into the lists above (year 0 without years) */
  exporter: Int32Array;
  importer: Int32Array;
  product: Int32Array;
  year: Int32Array;
  value: Float64Array;
  /** data rows read, and rows that repeated a flow and were added to it */
  rows: number;
  duplicates: number;
}

const REQUIRED = ['exporter', 'importer', 'product', 'value'] as const;
const MAX_LISTED_ERRORS = 100;

export async function readBilateralFile(path: string, name = basename(path)): Promise<BilateralInput> {
  return readBilateralSource({ path }, inputFormat(path, name), name);
}

export async function readBilateralSource(source: TableSource, format: 'csv' | 'xlsx', name: string): Promise<BilateralInput> {
  let table;
  try {
    table = await readTable(source, format);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    const empty = /empty/.test(error.message);
    throw new ValidationError(empty ? `${name}: the file is empty: a header row exporter,importer,product,value is expected` : `${name}: ${error.message}`,
      empty ? [{ row: 1, column: 'exporter', message: 'no header row' }] : []);
  }
  const header = table.header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ValidationError(`${name}: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      missing.map((c) => ({ row: 1, column: c, message: `required column is missing (header: ${table.header.join(', ')})` })));
  }
  const col = { exporter: header.indexOf('exporter'), importer: header.indexOf('importer'), product: header.indexOf('product'), value: header.indexOf('value'), year: header.indexOf('year') };
  const errors: CellError[] = [];
  let total = 0;
  const fail = (row: number, column: string, message: string) => {
    total++;
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ row, column, message });
  };
  const ids = { exporter: new Map<string, number>(), importer: new Map<string, number>(), product: new Map<string, number>() };
  const id = (map: Map<string, number>, code: string) => {
    let i = map.get(code);
    if (i === undefined) map.set(code, (i = map.size));
    return i;
  };
  const flows = new Map<string, number>();
  const key: { e: number; i: number; p: number; y: number }[] = [];
  const values: number[] = [];
  let rows = 0;
  let duplicates = 0;
  for await (const batch of table.batches) {
    for (const { row, cells } of batch) {
      rows++;
      const codes = { exporter: '', importer: '', product: '' };
      for (const c of ['exporter', 'importer', 'product'] as const) {
        codes[c] = (cells[col[c]] ?? '').trim();
        if (codes[c] === '') fail(row, c, `empty ${c} code`);
      }
      const raw = (cells[col.value] ?? '').trim();
      const value = parseNumber(raw);
      if (Number.isNaN(value)) fail(row, 'value', raw === '' ? 'empty: a trade value >= 0 is expected' : `"${raw}" is not a number`);
      else if (value < 0) fail(row, 'value', `${raw} is negative: a trade value >= 0 is expected`);
      else if (!Number.isFinite(value)) fail(row, 'value', `${raw} is not a finite number`);
      let year = 0;
      if (col.year >= 0) {
        const y = (cells[col.year] ?? '').trim();
        if (!/^\d{4}$/.test(y)) fail(row, 'year', y === '' ? 'empty: a year such as 2017 is expected' : `"${y}" is not a year`);
        else year = Number(y);
      }
      if (total > 0) continue;
      const e = id(ids.exporter, codes.exporter);
      const i = id(ids.importer, codes.importer);
      const p = id(ids.product, codes.product);
      const k = `${e}\u0000${i}\u0000${p}\u0000${year}`;
      const at = flows.get(k);
      if (at === undefined) {
        flows.set(k, values.length);
        key.push({ e, i, p, y: year });
        values.push(value);
      } else {
        duplicates++;
        values[at] = (values[at] as number) + value;
      }
    }
  }
  if (total > 0) throw new ValidationError(`${name}: ${total} problem${total > 1 ? 's' : ''} found; nothing was written`, errors, total);
  if (rows === 0) throw new ValidationError(`${name}: no data rows`, [{ row: 2, column: 'exporter', message: 'the file has a header but no rows' }]);
  const years = col.year >= 0 ? [...new Set(key.map((k) => k.y))].sort((a, b) => a - b) : [];
  const yearIndex = new Map(years.map((y, t) => [y, t]));
  return {
    exporters: [...ids.exporter.keys()], importers: [...ids.importer.keys()], products: [...ids.product.keys()], years,
    exporter: Int32Array.from(key, (k) => k.e), importer: Int32Array.from(key, (k) => k.i), product: Int32Array.from(key, (k) => k.p),
    year: Int32Array.from(key, (k) => yearIndex.get(k.y) ?? 0), value: Float64Array.from(values), rows, duplicates,
  };
}
