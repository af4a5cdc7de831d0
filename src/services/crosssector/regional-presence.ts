// The regional presence of the emerging industries: the location quotient of each industry's NACE divisions by
// territory, from a regional statistics dataset (default: the demo's `by-employment`, table
// regional_statistics), in its latest year. Division-level statistics count a listed group or class with its
// whole division.
import { locationQuotient } from '../../analytics/location-quotient.ts';
import type { Database } from '../../db/database.ts';
import type { EmergingIndustry } from './emerging-industries.ts';
import { naceDivision } from './nace-divisions.ts';

export const PRESENCE_DATASET = 'by-employment';

export interface RegionalPresence {
  dataset: string;
  year: number;
  /** industry id -> territories by LQ, highest first (territories with employment in the industry) */
  byIndustry: Map<string, { territory: string; lq: number }[]>;
}

/** Null when the dataset is not loaded or has no NACE-coded rows. */
export async function regionalPresence(db: Database, industries: readonly EmergingIndustry[], dataset = PRESENCE_DATASET): Promise<RegionalPresence | null> {
  const { rows } = await db.pool.query<{ territory: string; category: string; employment: number; year: number }>(`
    SELECT s.territory_id AS territory, s.category, s.employment, s.year
      FROM regional_statistics s JOIN statistics_datasets d ON d.id = s.dataset_id
     WHERE s.dataset_id = $1 AND d.classification = 'nace'
       AND s.year = (SELECT max(year) FROM regional_statistics WHERE dataset_id = $1)`, [dataset]);
  if (rows.length === 0) return null;
  const territories = [...new Set(rows.map((r) => r.territory))].sort();
  const ti = new Map(territories.map((t, k) => [t, k]));
  const nT = territories.length;
  const byIndustry = new Map<string, { territory: string; lq: number }[]>();
  for (const industry of industries) {
    const inside = new Set(industry.divisions);
    // territory x [the industry, the rest of the economy]
    const employment = new Float64Array(nT * 2);
    for (const r of rows) {
      const division = naceDivision(r.category);
      const k = (ti.get(r.territory) as number) * 2 + (division !== null && inside.has(division) ? 0 : 1);
      employment[k] = (employment[k] as number) + Number(r.employment);
    }
    const lq = locationQuotient(employment, nT, 2);
    const list = [];
    for (let t = 0; t < nT; t++) {
      if ((employment[t * 2] as number) > 0 && Number.isFinite(lq[t * 2])) list.push({ territory: territories[t] as string, lq: lq[t * 2] as number });
    }
    list.sort((a, b) => b.lq - a.lq || (a.territory < b.territory ? -1 : 1));
    byIndustry.set(industry.id, list);
  }
  return { dataset, year: rows[0]!.year, byIndustry };
}
