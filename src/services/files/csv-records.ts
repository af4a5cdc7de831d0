// Small reference CSV files (UTF-8, optional BOM, a header row) as records keyed by column name.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export function parseCsvRecords(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** The records of `dataDir/file`, or none when the file is absent (optional parts of a dataset). */
export function optionalCsvRecords(dataDir: string, file: string): Record<string, string>[] {
  const path = join(dataDir, file);
  return existsSync(path) ? parseCsvRecords(readFileSync(path, 'utf8')).rows : [];
}
