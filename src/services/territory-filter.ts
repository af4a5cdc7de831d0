import { sql, type SQL } from 'drizzle-orm';

/** True when any territory in `territories` (a text[] expression) is `region` or lies inside it. */
export function territoryFilter(territories: SQL, region: string): SQL {
  return sql`(${region} = ANY(${territories}) OR EXISTS (SELECT 1 FROM territories t WHERE t.id = ANY(${territories}) AND t.parent_id = ${region}) OR ${region} = 'BY')`;
}
