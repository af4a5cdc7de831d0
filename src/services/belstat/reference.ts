// The reference lists a Belstat conversion resolves against: territories (data/territories.csv) and the
// classifier (data/sectors.csv), read from files so that the conversion needs no database.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsvRecords } from '../files/csv-records.ts';
import { ValidationError } from '../errors.ts';
import type { BelstatSector } from './activities.ts';
import type { BelstatTerritory } from './territories.ts';

export const DEFAULT_TERRITORIES_FILE = fileURLToPath(new URL('../../../data/territories.csv', import.meta.url));
export const DEFAULT_SECTORS_FILE = fileURLToPath(new URL('../../../data/sectors.csv', import.meta.url));

/** Territories of a CSV with the columns id, level, parent_id, name_ru (data/territories.csv). */
export function readTerritoriesFile(path = DEFAULT_TERRITORIES_FILE): BelstatTerritory[] {
  return readCsv(path, ['id', 'level', 'name_ru']).map((t) => ({ id: t.id ?? '', level: t.level ?? '', parent_id: t.parent_id || null, name_ru: t.name_ru ?? '' }));
}

/** Sections and divisions of a CSV with the columns code, level, name_ru (data/sectors.csv). */
export function readSectorsFile(path = DEFAULT_SECTORS_FILE): BelstatSector[] {
  return readCsv(path, ['code', 'level', 'name_ru'])
    .filter((s) => s.level === 'section' || s.level === 'division')
    .map((s) => ({ code: s.code ?? '', level: s.level ?? '', name_ru: s.name_ru || null }));
}

function readCsv(path: string, required: string[]): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ValidationError(`${path}: no such file`);
  }
  const parsed = parseCsvRecords(text);
  const missing = required.filter((c) => !parsed.fields.includes(c));
  if (missing.length > 0) {
    throw new ValidationError(`${path}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      missing.map((c) => ({ row: 1, column: c, message: 'required column is missing' })));
  }
  return parsed.rows;
}
