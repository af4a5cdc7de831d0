// The NACE Rev.2 / ОКЭД classifier's upper levels (sections and divisions), for sector filters.
import type { Database } from '../db/database.ts';

export type SectorLevel = 'section' | 'division';

export interface SectorItem { code: string; level: SectorLevel; parentCode: string | null; nameRu: string | null; nameEn: string }

/** Sections and divisions (or one of the two levels), sections first, each level in code order. */
export async function listSectors(db: Database, level?: SectorLevel): Promise<{ items: SectorItem[] }> {
  const levels: SectorLevel[] = level ? [level] : ['section', 'division'];
  const { rows } = await db.pool.query<SectorItem>(
    `SELECT code, level, parent_code AS "parentCode", name_ru AS "nameRu", name_en AS "nameEn"
     FROM sectors WHERE level = ANY($1::text[])
     ORDER BY CASE level WHEN 'section' THEN 0 ELSE 1 END, code`,
    [levels],
  );
  return { items: rows };
}
