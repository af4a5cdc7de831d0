// Which region x category cells a registered cluster covers: a cluster covers the territories it names and
// the raions inside a named oblast (the whole country when it names the country), and the categories whose
// NACE codes are the same as, inside, or contain one of its specialisation codes.
import type { Database } from '../db/database.ts';
import type { SchemeDefinition } from './mapping-scheme.ts';
import type { RegionInfo } from './regional-mapping.ts';

export async function registeredCoverage(db: Database, regions: readonly RegionInfo[], scheme: SchemeDefinition): Promise<Map<number, number[]>> {
  const [{ rows: clusters }, { rows: sectors }, { rows: territories }] = await Promise.all([
    db.pool.query<{ id: number; territories: string[]; specialisation: string[] }>('SELECT id, territories, specialisation FROM clusters ORDER BY id'),
    db.pool.query<{ code: string; parent_code: string | null }>('SELECT code, parent_code FROM sectors'),
    db.pool.query<{ id: string; parent_id: string | null }>('SELECT id, parent_id FROM territories'),
  ]);
  const sectorParent = new Map(sectors.map((s) => [s.code, s.parent_code]));
  const territoryParent = new Map(territories.map((t) => [t.id, t.parent_id]));
  const lineage = (parent: Map<string, string | null>, code: string) => {
    const chain = [code];
    for (let p = parent.get(code); p; p = parent.get(p)) chain.push(p);
    return chain;
  };
  const regionLineage = regions.map((r) => new Set(lineage(territoryParent, r.id)));
  const categoryCodes = scheme.categories.map((c) => c.nace.map((code) => new Set(lineage(sectorParent, code))));
  // Two NACE codes are related when one is an ancestor of (or equal to) the other.
  const related = (a: Set<string>, aCode: string, b: Set<string>, bCode: string) => a.has(bCode) || b.has(aCode);

  const nC = scheme.categories.length;
  const covered = new Map<number, number[]>();
  for (const cluster of clusters) {
    const specialisation = cluster.specialisation.map((code) => ({ code, lineage: new Set(lineage(sectorParent, code)) }));
    const cats: number[] = [];
    categoryCodes.forEach((defs, c) => {
      const nace = scheme.categories[c]!.nace;
      if (defs.some((d, j) => specialisation.some((s) => related(s.lineage, s.code, d, nace[j]!)))) cats.push(c);
    });
    if (cats.length === 0) continue;
    regionLineage.forEach((lineageOfRegion, r) => {
      if (!cluster.territories.some((t) => lineageOfRegion.has(t))) return;
      for (const c of cats) {
        const i = r * nC + c;
        const list = covered.get(i);
        if (list) list.push(cluster.id);
        else covered.set(i, [cluster.id]);
      }
    });
  }
  return covered;
}
