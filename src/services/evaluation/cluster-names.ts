// What the evaluation views need to name a cluster: its Russian name (or a NotFoundError) and, in SQL, the NACE
// divisions of its specialisation.
import type { Queryable } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';

export async function clusterName(db: Queryable, clusterId: number): Promise<string> {
  const { rows } = Number.isInteger(clusterId) ? await db.query<{ name: string }>('SELECT name_ru AS name FROM clusters WHERE id = $1', [clusterId]) : { rows: [] };
  if (!rows[0]) throw new NotFoundError('cluster', clusterId);
  return rows[0].name;
}

/** SQL: the distinct two-digit NACE divisions of a text[] of ОКЭД/NACE codes ('62.01' -> '62'), as text[]. */
export const divisionsOf = (column: string): string => `ARRAY(SELECT DISTINCT left(replace(code, '.', ''), 2) FROM unnest(${column}) AS code)`;
