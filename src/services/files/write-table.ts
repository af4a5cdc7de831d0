// Writes rows of cells as CSV (UTF-8 with BOM so spreadsheet programs read Cyrillic) or XLSX.
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { TableFormat } from './read-table.ts';

export type Cell = string | number | boolean | null | undefined;

export async function writeTable(header: readonly string[], rows: readonly Cell[][], format: TableFormat, sheetName = 'data'): Promise<Buffer> {
  if (format === 'csv') {
    const text = Papa.unparse([header as string[], ...rows.map((r) => r.map(csvCell))], { newline: '\n' });
    return Buffer.from(`\uFEFF${text}\n`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((c) => c ?? null));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell);
}
