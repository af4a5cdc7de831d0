// Reads a deal file for the cross-sector links (issue 7): mergers, acquisitions and joint ventures as
// `id,year,acquirer_sector,target_sector[,value,country]`. Sectors are NACE Rev. 2 codes; a finer code (26.11)
// is reduced to its division (26). `value` (optional, e.g. the deal value in million USD) is >= 0 and NaN where
// empty; `country` is optional text.
import { basename } from 'node:path';
import { parseNumber } from '../mapping-input.ts';
import { inputFormat, type TableSource } from '../files/read-table.ts';
import { naceDivision } from './nace-divisions.ts';
import { cell, checkUniqueId, checkYear, eachRow, RowErrors } from '../files/table-input.ts';

export interface DealRows {
  id: string[];
  year: Int16Array;
  /** NACE divisions, two digits */
  acquirerSector: string[];
  targetSector: string[];
  /** NaN where not given */
  value: Float64Array;
  /** '' where not given */
  country: string[];
}

/** Reads a deal file by path (CSV or XLSX by extension). */
export function readDealsFile(path: string, name = basename(path)): Promise<DealRows> {
  return readDeals({ path }, inputFormat(path, name), name);
}

/**
 * Reads and checks a deal table.
 * @throws {ValidationError} naming the file, row and column of every problem (empty id, a bad year, an unknown
 *   sector code, a negative or non-numeric value, a repeated id)
 */
export async function readDeals(source: TableSource, format: 'csv' | 'xlsx', name: string): Promise<DealRows> {
  const errors = new RowErrors(name);
  const seen = new Map<string, number>();
  const out = { id: [] as string[], year: [] as number[], acquirerSector: [] as string[], targetSector: [] as string[], value: [] as number[], country: [] as string[] };
  await eachRow(source, format, name, { required: ['id', 'year', 'acquirer_sector', 'target_sector'], optional: ['value', 'country'] }, ({ row, cells }, at) => {
    const key = cell(cells, at.id);
    checkUniqueId(key, row, seen, errors);
    const year = checkYear(cell(cells, at.year), row, errors);
    const sector = (column: 'acquirer_sector' | 'target_sector') => {
      const raw = cell(cells, at[column]);
      const division = naceDivision(raw);
      if (division === null) errors.add(row, column, raw === '' ? 'empty: a NACE code such as 26 or 26.11 is expected' : `unknown sector code ${raw}: not a NACE Rev. 2 division or finer code`);
      return division ?? '';
    };
    const acquirer = sector('acquirer_sector');
    const target = sector('target_sector');
    const rawValue = cell(cells, at.value);
    let value = Number.NaN;
    if (rawValue !== '') {
      value = parseNumber(rawValue);
      if (Number.isNaN(value) || !Number.isFinite(value)) errors.add(row, 'value', `"${rawValue}" is not a number`);
      else if (value < 0) errors.add(row, 'value', `${rawValue} is negative: a deal value >= 0 is expected`);
    }
    out.id.push(key);
    out.year.push(year);
    out.acquirerSector.push(acquirer);
    out.targetSector.push(target);
    out.value.push(value);
    out.country.push(cell(cells, at.country));
  });
  if (out.id.length === 0 && errors.total === 0) errors.add(2, 'id', 'the file has a header but no rows');
  errors.finish();
  return { ...out, year: Int16Array.from(out.year), value: Float64Array.from(out.value) };
}
