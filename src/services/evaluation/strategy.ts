// A cluster's internationalisation strategy record: target markets, a roadmap of dated steps and partners.
import { z } from 'zod';
import type { Database, Queryable } from '../../db/database.ts';
import { managesCluster, requireRole, type MaybeViewer } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { parseInput } from '../errors.ts';
import { clusterName } from './cluster-names.ts';

export const StrategyInput = z.object({
  targetMarkets: z.array(z.string().trim().min(1).max(80)).max(60),
  roadmap: z.array(z.object({
    year: z.number().int().min(2000).max(2100),
    action: z.string().trim().min(1).max(500),
    status: z.enum(['planned', 'doing', 'done']),
  })).max(100),
  partners: z.array(z.object({
    name: z.string().trim().min(1).max(200),
    country: z.string().trim().max(80),
    kind: z.string().trim().max(80),
  })).max(100),
});
export type StrategyInput = z.infer<typeof StrategyInput>;

export interface Strategy extends StrategyInput { illustrative: boolean; updatedAt: string | null }

export async function getStrategy(db: Queryable, clusterId: number): Promise<Strategy> {
  const { rows: [row] } = await db.query<{ target_markets: string[]; roadmap: Strategy['roadmap']; partners: Strategy['partners']; illustrative: boolean; updated_at: Date }>(
    'SELECT target_markets, roadmap, partners, illustrative, updated_at FROM internationalisation_strategies WHERE cluster_id = $1', [clusterId]);
  if (!row) return { targetMarkets: [], roadmap: [], partners: [], illustrative: false, updatedAt: null };
  return { targetMarkets: row.target_markets, roadmap: row.roadmap, partners: row.partners, illustrative: row.illustrative, updatedAt: new Date(row.updated_at).toISOString() };
}

export async function saveStrategy(db: Database, viewer: MaybeViewer, clusterId: number, body: unknown): Promise<Strategy> {
  const user = requireRole(viewer, (v) => managesCluster(v, clusterId), "edit this cluster's internationalisation strategy");
  await clusterName(db.pool, clusterId);
  const input = parseInput(StrategyInput, body);
  await db.transaction(async (client) => {
    await client.query(
      `INSERT INTO internationalisation_strategies (cluster_id, target_markets, roadmap, partners, illustrative, updated_at)
       VALUES ($1, $2, $3, $4, false, now())
       ON CONFLICT (cluster_id) DO UPDATE SET target_markets = EXCLUDED.target_markets, roadmap = EXCLUDED.roadmap,
         partners = EXCLUDED.partners, illustrative = false, updated_at = now()`,
      [clusterId, input.targetMarkets, JSON.stringify(input.roadmap), JSON.stringify(input.partners)]);
    await recordAudit(client, { userId: user.userId, action: 'update', entity: 'internationalisation_strategy', entityId: clusterId });
  });
  return getStrategy(db.pool, clusterId);
}
