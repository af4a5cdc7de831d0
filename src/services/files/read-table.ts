// Reads a CSV (UTF-8, `,` or `;` separated, optional BOM) or XLSX (first sheet) file as rows of text cells.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export type TableFormat = 'csv' | 'xlsx';
export type TableSource = { path: string } | { buffer: Buffer };

export interface Table {
  header: string[];
  /** Data rows; `row` is the spreadsheet row number (the header is row 1). */
  rows: AsyncIterable<{ row: number; cells: string[] }>;
}

export class FileFormatError extends Error {}

export function formatOf(name: string): TableFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  throw new FileFormatError(`${name}: unsupported file type (expected .csv or .xlsx)`);
}

export async function readTable(source: TableSource, format: TableFormat): Promise<Table> {
  return format === 'xlsx' ? readXlsx(source) : readCsv(source);
}

async function readCsv(source: TableSource): Promise<Table> {
  const head = 'buffer' in source ? source.buffer.subarray(0, 65_536).toString('utf8') : await readHead(source.path);
  const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.trim()) throw new FileFormatError('the file is empty: a header row is expected');
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  const input = 'buffer' in source ? Readable.from([source.buffer]) : createReadStream(source.path);
  const parser = input.pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await iterator.next();
  if (first.done) throw new FileFormatError('the file is empty: a header row is expected');
  return {
    header: first.value,
    rows: (async function* () {
      let row = 1;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        row += 1;
        yield { row, cells: next.value };
      }
    })(),
  };
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function readXlsx(source: TableSource): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    if ('buffer' in source) await workbook.xlsx.load(source.buffer as unknown as ArrayBuffer);
    else await workbook.xlsx.readFile(source.path);
  } catch (error) {
    throw new FileFormatError(`not a readable XLSX workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new FileFormatError('the workbook has no rows: a header row is expected');
  const width = sheet.columnCount;
  const cellsOf = (r: number) => Array.from({ length: width }, (_, i) => cellText(sheet.getRow(r).getCell(i + 1).value));
  return {
    header: cellsOf(1),
    rows: (async function* () {
      for (let r = 2; r <= sheet.rowCount; r++) {
        const cells = cellsOf(r);
        if (cells.some((c) => c !== '')) yield { row: r, cells };
      }
    })(),
  };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
