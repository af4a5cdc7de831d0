// Reads a CSV (UTF-8, `,` or `;` separated, optional BOM) or XLSX (first sheet) file as rows of text cells.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import Papa from 'papaparse';
import type ExcelJS from 'exceljs';
import { ValidationError } from '../errors.ts';

export type TableFormat = 'csv' | 'xlsx';
export type TableSource = { path: string } | { buffer: Buffer };

export interface TableRow { row: number; cells: string[] }

export interface Table {
  header: string[];
  /** Data rows in batches; `row` is the spreadsheet row number (the header is row 1). */
  batches: AsyncIterable<TableRow[]>;
}

export class FileFormatError extends Error {}

export function formatOf(name: string): TableFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  throw new FileFormatError(`${name}: unsupported file type (expected .csv or .xlsx)`);
}

/** The format of a user's input file by its extension. @throws {ValidationError} naming the file otherwise */
export function inputFormat(path: string, name = path): TableFormat {
  try {
    return formatOf(path);
  } catch (error) {
    if (error instanceof FileFormatError) throw new ValidationError(`${name}: unsupported file type (expected .csv or .xlsx)`);
    throw error;
  }
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
  const batches = csvBatches(utf8Text(input), delimiter)[Symbol.asyncIterator]();
  const first = await batches.next();
  const rows = first.done ? [] : first.value;
  const header = rows.shift();
  if (!header) throw new FileFormatError('the file is empty: a header row is expected');
  let row = 1;
  const number = (batch: string[][]): TableRow[] => batch.map((cells) => ({ row: ++row, cells }));
  return {
    header,
    batches: (async function* () {
      if (rows.length > 0) yield number(rows);
      for (let next = await batches.next(); !next.done; next = await batches.next()) yield number(next.value);
    })(),
  };
}

/** Parses a CSV stream with papaparse, pausing the parser until each batch of rows has been taken. */
async function* csvBatches(input: Readable, delimiter: string): AsyncGenerator<string[][]> {
  const queue: string[][][] = [];
  let wake: (() => void) | null = null;
  let parser: Papa.Parser | null = null;
  let done = false;
  let failure: Error | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  input.on('error', (error) => {
    failure = error;
    notify();
  });
  Papa.parse<string[]>(input as unknown as Papa.LocalFile, {
    delimiter,
    skipEmptyLines: true,
    chunk: (results, p) => {
      parser = p;
      queue.push(results.data);
      p.pause();
      notify();
    },
    complete: () => {
      done = true;
      notify();
    },
    error: (error: Error) => {
      failure = error;
      notify();
    },
  });
  for (;;) {
    if (failure) throw new FileFormatError(`the CSV cannot be read (${(failure as Error).message})`);
    const batch = queue.shift();
    if (batch) {
      yield batch;
      continue;
    }
    if (done) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
      (parser as Papa.Parser | null)?.resume();
    });
  }
}

/** Decodes a byte stream as UTF-8 text (characters split across chunks included) without a leading BOM. */
function utf8Text(input: Readable): Readable {
  let first = true;
  return input.setEncoding('utf8').pipe(new Transform({
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: string, _encoding, callback) {
      if (first) {
        first = false;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      callback(null, chunk);
    },
  }));
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
  // exceljs takes ~150 ms to load: only for workbooks, so CSV readers start fast
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
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
  const rows: TableRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = cellsOf(r);
    if (cells.some((c) => c !== '')) rows.push({ row: r, cells });
  }
  return { header: cellsOf(1), batches: (async function* () { yield rows; })() };
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
