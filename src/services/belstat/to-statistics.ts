// Belstat tables (territory x ОКЭД activity x year) into a statistics dataset for cluster mapping: one table
// per measure (employment required; establishments and wages optional), joined on territory, activity, year.
// Only non-overlapping cells are kept: territories of one level (raions by default, or oblasts with Minsk city)
// and single sections or divisions (aggregates such as "Промышленность" = B-E or "Всего" are left out).
import type { Database } from '../../db/database.ts';
import { ValidationError } from '../errors.ts';
import type { StatisticsRecord } from '../regional-statistics.ts';
import { parseBelstatResponse, type BelstatTable, type ParseBelstatOptions } from './parse-response.ts';

export interface BelstatMeasures {
  employment: unknown;
  establishments?: unknown;
  wages?: unknown;
}

export interface BelstatStatistics {
  records: StatisticsRecord[];
  /** False when no establishments table was given: the mapping then skips the establishment test. */
  hasEstablishments: boolean;
  /** What was left out and why, for the user to read. */
  notes: string[];
}

/** Belstat levels: 1 = oblasts and Minsk city, 2 = raions and cities of oblast subordination. */
export type BelstatLevel = 'oblast' | 'raion';

export async function belstatStatistics(
  db: Database, measures: BelstatMeasures, options: { level?: BelstatLevel; moneyWages?: boolean; names?: Partial<Record<keyof BelstatMeasures, string>> } = {},
): Promise<BelstatStatistics> {
  const [{ rows: territories }, { rows: sectors }] = await Promise.all([
    db.pool.query<{ id: string; level: string; parent_id: string | null; name_ru: string }>('SELECT id, level, parent_id, name_ru FROM territories'),
    db.pool.query<{ code: string; level: string; name_ru: string | null }>("SELECT code, level, name_ru FROM sectors WHERE level IN ('section', 'division')"),
  ]);
  const level = options.level === 'oblast' ? 1 : 2;
  const notes: string[] = [];
  const parse = (which: keyof BelstatMeasures, json: unknown, extra: Partial<ParseBelstatOptions> = {}) => {
    const table = parseBelstatResponse(json, { territories, sectors, name: options.names?.[which] ?? which, ...extra });
    notes.push(...table.warnings.map((w) => `${which}: ${w}`));
    return cells(table, level, which, notes);
  };
  const employment = parse('employment', measures.employment);
  const establishments = measures.establishments === undefined ? null : parse('establishments', measures.establishments);
  const wages = measures.wages === undefined ? null : parse('wages', measures.wages, { money: options.moneyWages });
  const records: StatisticsRecord[] = [];
  for (const [key, cell] of employment) {
    records.push({
      ...cell,
      employment: cell.value,
      establishments: establishments?.get(key)?.value ?? Number.NaN,
      wages: wages?.get(key)?.value ?? Number.NaN,
    });
  }
  if (records.length === 0) {
    throw new ValidationError(`${options.names?.employment ?? 'employment'}: no territory x activity cells at the ${options.level ?? 'raion'} level`
      + ' with a section or division and a value', [{ row: 0, column: 'tableRows', message: notes.slice(-3).join('; ') || 'nothing usable' }]);
  }
  return { records, hasEstablishments: establishments !== null, notes };
}

interface Cell { region: string; category: string; year: number; value: number }

function cells(table: BelstatTable, level: number, which: string, notes: string[]): Map<string, Cell> {
  const out = new Map<string, Cell>();
  let aggregates = 0;
  let otherLevels = 0;
  let missing = 0;
  for (const r of table.records) {
    if (r.level !== level) { otherLevels += 1; continue; }
    if (r.activityCode === null || r.activityCode.includes('-')) { aggregates += 1; continue; }
    if (r.territoryId === null || r.value === null) { missing += 1; continue; }
    out.set(`${r.territoryId}\u0000${r.activityCode}\u0000${r.year}`, { region: r.territoryId, category: r.activityCode, year: r.year, value: r.value });
  }
  if (otherLevels) notes.push(`${which}: ${otherLevels} values of other territory levels left out`);
  if (aggregates) notes.push(`${which}: ${aggregates} values of aggregates or unknown activities left out`);
  if (missing) notes.push(`${which}: ${missing} values missing or of unresolved territories left out`);
  return out;
}
