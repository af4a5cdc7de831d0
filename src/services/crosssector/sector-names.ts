// Names of NACE divisions from the sectors table (the classifier loaded with the reference data).
import type { Database } from '../../db/database.ts';

export type SectorNames = Map<string, { nameRu: string | null; nameEn: string | null }>;

export async function divisionNames(db: Database): Promise<SectorNames> {
  const { rows } = await db.pool.query<{ code: string; nameRu: string | null; nameEn: string | null }>(
    "SELECT code, name_ru AS \"nameRu\", name_en AS \"nameEn\" FROM sectors WHERE level = 'division'");
  return new Map(rows.map((r) => [r.code, { nameRu: r.nameRu, nameEn: r.nameEn }]));
}

export function named(names: SectorNames, sector: string) {
  const name = names.get(sector);
  return { sector, nameRu: name?.nameRu ?? null, nameEn: name?.nameEn ?? null };
}
