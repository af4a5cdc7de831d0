// Small reference CSV files (UTF-8, optional BOM, a header row) as records keyed by column name.
import Papa from 'papaparse';

export function parseCsvRecords(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}
