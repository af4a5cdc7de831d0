// The Russian name of a cluster, or a NotFoundError: the evaluation views name the cluster they describe.
import type { Queryable } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';

export async function clusterName(db: Queryable, clusterId: number): Promise<string> {
  const { rows } = Number.isInteger(clusterId) ? await db.query<{ name: string }>('SELECT name_ru AS name FROM clusters WHERE id = $1', [clusterId]) : { rows: [] };
  if (!rows[0]) throw new NotFoundError('cluster', clusterId);
  return rows[0].name;
}
