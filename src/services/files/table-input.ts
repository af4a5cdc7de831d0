// Shared plumbing of the input files read row by row (bilateral trade, patents, deals, panels, judgements, criteria,
// KPI values): reading a CSV/XLSX table, checking its header, and collecting every row/column problem before
// throwing one ValidationError that names them.
import { ValidationError, type CellError } from '../errors.ts';
import { FileFormatError, readTable, type TableRow, type TableSource } from './read-table.ts';

const MAX_LISTED_ERRORS = 100;

/** Collects the problems of a file; `finish` throws them all at once, naming the file. */
export class RowErrors {
  readonly errors: CellError[] = [];
  total = 0;
  constructor(private readonly name: string) {}

  add(row: number, column: string, message: string): void {
    this.total += 1;
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push({ row, column, message });
  }

  finish(): void {
    if (this.total > 0) {
      throw new ValidationError(`${this.name}: ${this.total} problem${this.total > 1 ? 's' : ''} found; nothing was written`, this.errors, this.total);
    }
  }
}

/**
 * Reads a table and gives each data row to `onRow` with the positions of `columns` in the header (-1 when an
 * optional column is absent). Header names are compared trimmed and in lower case.
 * @throws {ValidationError} when the file is empty or a required column is missing
 */
export async function eachRow<C extends string>(
  source: TableSource, format: 'csv' | 'xlsx', name: string,
  columns: { required: readonly C[]; optional: readonly C[] },
  onRow: (row: TableRow, at: Record<C, number>) => void,
): Promise<void> {
  const expected = columns.required.join(',');
  let table;
  try {
    table = await readTable(source, format);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    const empty = /empty/.test(error.message);
    throw new ValidationError(empty ? `${name}: the file is empty: a header row ${expected} is expected` : `${name}: ${error.message}`,
      [{ row: 1, column: columns.required[0] ?? '', message: empty ? 'no header row' : error.message }]);
  }
  const header = table.header.map((h) => h.trim().replace(/^\uFEFF/, '').toLowerCase());
  const missing = columns.required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ValidationError(`${name}: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      missing.map((c) => ({ row: 1, column: c, message: `required column is missing (header: ${table.header.join(', ')})` })));
  }
  const at = Object.fromEntries([...columns.required, ...columns.optional].map((c) => [c, header.indexOf(c)])) as Record<C, number>;
  for await (const batch of table.batches) for (const row of batch) onRow(row, at);
}

/** The trimmed cell at `index`, '' when the column is absent or the row short. */
export function cell(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '').trim();
}

/** A four-digit year (1800-2100) or an error. */
export function checkYear(raw: string, row: number, errors: RowErrors): number {
  if (!/^\d{4}$/.test(raw) || Number(raw) < 1800 || Number(raw) > 2100) {
    errors.add(row, 'year', raw === '' ? 'empty: a year such as 2019 is expected' : `"${raw}" is not a four-digit year`);
    return 0;
  }
  return Number(raw);
}

/** Notes a repeated id (the row of its first use), else remembers it. */
export function checkUniqueId(id: string, row: number, seen: Map<string, number>, errors: RowErrors): void {
  if (id === '') {
    errors.add(row, 'id', 'empty id');
    return;
  }
  const first = seen.get(id);
  if (first !== undefined) errors.add(row, 'id', `id "${id}" repeats row ${first}`);
  else seen.set(id, row);
}
