// The registry's contracts as a live cross-sector source: supplier sector -> customer sector, both the
// organisations' primary sector (organizations.primary_sector) reduced to its NACE division. A contract's year
// is the year it was signed, else the year it started; contracts whose organisations have no sector are left out.
import type { Database } from '../../db/database.ts';
import { naceDivision } from './nace-divisions.ts';

export interface SectorPairs {
  from: string[];
  to: string[];
  /** null when the contract has no date */
  year: (number | null)[];
  /** contracts left out because an organisation has no (or an unknown) sector */
  skipped: number;
}

/** Contracts as supplier -> customer division pairs (every contract counts 1). */
export async function contractSectorPairs(db: Database): Promise<SectorPairs> {
  const { rows } = await db.pool.query<{ s: string | null; c: string | null; year: number | null }>(`
    SELECT so.primary_sector AS s, co.primary_sector AS c,
           extract(year FROM coalesce(k.signed, k.start_date))::int AS year
      FROM contracts k
      JOIN organizations so ON so.id = k.supplier_id
      JOIN organizations co ON co.id = k.customer_id
     ORDER BY k.id`);
  const out: SectorPairs = { from: [], to: [], year: [], skipped: 0 };
  for (const r of rows) {
    const from = r.s === null ? null : naceDivision(r.s);
    const to = r.c === null ? null : naceDivision(r.c);
    if (from === null || to === null) {
      out.skipped += 1;
      continue;
    }
    out.from.push(from);
    out.to.push(to);
    out.year.push(r.year);
  }
  return out;
}
