// Reads a bilateral trade table (docs/data-formats.md, "Bilateral trade"): exporter, importer, product, value
// (required) and year (optional), as CSV or XLSX through files/read-table.ts, validated row by row. Codes are
// kept as text; repeated exporter x importer x product (x year) rows are summed. Every problem is reported with
// its file, row and column (a ValidationError), and nothing is returned when there is one.
import { basename } from 'node:path';
import { ValidationError } from './errors.ts';
import { inputFormat, type TableSource } from './files/read-table.ts';
import { cell, eachRow, RowErrors } from './files/table-input.ts';
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

export async function readBilateralFile(path: string, name = basename(path)): Promise<BilateralInput> {
  return readBilateralSource({ path }, inputFormat(path, name), name);
}

export async function readBilateralSource(source: TableSource, format: 'csv' | 'xlsx', name: string): Promise<BilateralInput> {
  const errors = new RowErrors(name);
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
  let hasYear = false;
  await eachRow(source, format, name, { required: REQUIRED, optional: ['year'] }, ({ row, cells }, col) => {
    rows++;
    hasYear = col.year >= 0;
    const codes = { exporter: '', importer: '', product: '' };
    for (const c of ['exporter', 'importer', 'product'] as const) {
      codes[c] = cell(cells, col[c]);
      if (codes[c] === '') errors.add(row, c, `empty ${c} code`);
    }
    const raw = cell(cells, col.value);
    const value = parseNumber(raw);
    if (Number.isNaN(value)) errors.add(row, 'value', raw === '' ? 'empty: a trade value >= 0 is expected' : `"${raw}" is not a number`);
    else if (value < 0) errors.add(row, 'value', `${raw} is negative: a trade value >= 0 is expected`);
    else if (!Number.isFinite(value)) errors.add(row, 'value', `${raw} is not a finite number`);
    let year = 0;
    if (col.year >= 0) {
      const y = cell(cells, col.year);
      if (!/^\d{4}$/.test(y)) errors.add(row, 'year', y === '' ? 'empty: a year such as 2017 is expected' : `"${y}" is not a year`);
      else year = Number(y);
    }
    if (errors.total > 0) return;
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
  });
  errors.finish();
  if (rows === 0) throw new ValidationError(`${name}: no data rows`, [{ row: 2, column: 'exporter', message: 'the file has a header but no rows' }]);
  const years = hasYear ? [...new Set(key.map((k) => k.y))].sort((a, b) => a - b) : [];
  const yearIndex = new Map(years.map((y, t) => [y, t]));
  return {
    exporters: [...ids.exporter.keys()], importers: [...ids.importer.keys()], products: [...ids.product.keys()], years,
    exporter: Int32Array.from(key, (k) => k.e), importer: Int32Array.from(key, (k) => k.i), product: Int32Array.from(key, (k) => k.p),
    year: Int32Array.from(key, (k) => yearIndex.get(k.y) ?? 0), value: Float64Array.from(values), rows, duplicates,
  };
}
