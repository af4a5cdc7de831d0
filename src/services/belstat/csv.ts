// The long CSV of Belstat records: indicator,territory_id,territory,level,activity_code,activity,year,value, then
// one column per further dimension of the table (sex, area ...) when it has any. Missing values and unresolved
// ids are empty cells; UTF-8 with a BOM, as every CSV the project writes.
import { writeTable, type Cell } from '../files/write-table.ts';
import type { BelstatTable } from './parse-response.ts';

export const BELSTAT_CSV_HEADER = ['indicator', 'territory_id', 'territory', 'level', 'activity_code', 'activity', 'year', 'value'] as const;

/** The CSV text (as bytes) of a parsed table, every record a row in table order. */
export async function belstatCsv(table: BelstatTable, indicator: string): Promise<Buffer> {
  const others = [...new Set(table.records.flatMap((r) => Object.keys(r.otherDimensions)))];
  const rows: Cell[][] = table.records.map((r) => [
    indicator, r.territoryId, r.territory, r.level, r.activityCode, r.activity, r.year, r.value,
    ...others.map((d) => r.otherDimensions[d] ?? null),
  ]);
  return writeTable([...BELSTAT_CSV_HEADER, ...others], rows, 'csv');
}
