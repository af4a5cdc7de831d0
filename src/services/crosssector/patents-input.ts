// Reads a patent file for the cross-sector links (issue 7): `id,year,territory,ipc`, one patent a row, its IPC
// codes `;`-separated (at least one), e.g. `EP1234567,2019,BY-HM,H04L 29/06;G06F 17/30`. A PATSTAT or
// PatentsView export is brought to these columns by keeping one row per application with all its IPC codes
// (docs/emerging-industries.md). `territory` is optional (empty or absent). IPC codes are kept upper-case
// without spaces; the IPC class (e.g. H04, the first three characters) is what the Fraunhofer ISI concordance
// maps to NACE divisions, and `knownIpc` (classes) reports a code whose class the concordance does not know.
import { basename } from 'node:path';
import { ipcClass } from '../../analytics/crosssector/ipc.ts';
import { inputFormat, type TableSource } from '../files/read-table.ts';
import { cell, checkUniqueId, checkYear, eachRow, RowErrors } from '../files/table-input.ts';

export interface PatentRows {
  id: string[];
  year: Int16Array;
  /** '' where not given */
  territory: string[];
  /** each patent's IPC codes, upper-case without spaces, in file order, repeated codes dropped */
  ipc: string[][];
}

export interface ReadPatentsOptions {
  /** IPC classes (3 characters, e.g. 'H04') that can be mapped; a code of another class is an error. */
  knownIpc?: ReadonlySet<string>;
}

/** An IPC symbol: section A-H, class (two digits), then optionally subclass letter and group, e.g. H04L29/06. */
const IPC_CODE = /^[A-H]\d{2}([A-Z](\d{1,4}(\/\d{1,6})?)?)?$/;

/** Reads a patent file by path (CSV or XLSX by extension). */
export function readPatentsFile(path: string, options: ReadPatentsOptions = {}, name = basename(path)): Promise<PatentRows> {
  return readPatents({ path }, inputFormat(path, name), name, options);
}

/**
 * Reads and checks a patent table.
 * @throws {ValidationError} naming the file, row and column of every problem (empty id or ipc, a bad year,
 *   a malformed or unmapped IPC code, a repeated id)
 */
export async function readPatents(source: TableSource, format: 'csv' | 'xlsx', name: string, options: ReadPatentsOptions = {}): Promise<PatentRows> {
  const errors = new RowErrors(name);
  const seen = new Map<string, number>();
  const id: string[] = [];
  const year: number[] = [];
  const territory: string[] = [];
  const ipc: string[][] = [];
  await eachRow(source, format, name, { required: ['id', 'year', 'ipc'], optional: ['territory'] }, ({ row, cells }, at) => {
    const key = cell(cells, at.id);
    checkUniqueId(key, row, seen, errors);
    const y = checkYear(cell(cells, at.year), row, errors);
    const raw = cell(cells, at.ipc);
    const codes: string[] = [];
    for (const part of raw.split(';')) {
      const code = part.replace(/\s+/g, '').toUpperCase();
      if (code === '') continue;
      if (!IPC_CODE.test(code)) errors.add(row, 'ipc', `"${part.trim()}" is not an IPC code (such as H04L 29/06 or H04)`);
      else if (options.knownIpc && !options.knownIpc.has(ipcClass(code) ?? '')) {
        errors.add(row, 'ipc', `unknown IPC code ${part.trim()}: class ${ipcClass(code)} is not in the IPC-NACE concordance`);
      } else if (!codes.includes(code)) codes.push(code);
    }
    if (raw.replace(/[;\s]/g, '') === '') errors.add(row, 'ipc', 'empty: at least one IPC code is expected (`;`-separated)');
    id.push(key);
    year.push(y);
    territory.push(cell(cells, at.territory));
    ipc.push(codes);
  });
  if (id.length === 0 && errors.total === 0) errors.add(2, 'id', 'the file has a header but no rows');
  errors.finish();
  return { id, year: Int16Array.from(year), territory, ipc };
}
