// The criteria clusters are ranked by for support (docs/methods-evaluation-decisions.md), per cluster:
//   members, employment, exports, sme_share  the registry now (registry-kpis.ts)
//   joint_projects                            projects of the cluster in the registry, all years
//   kpi_progress                              mean latest progress over the cluster's KPIs (kpis.ts), each capped at 1.5
//   excellence                                overall score of the latest excellence self-assessment (0-100)
//   specialisation_lq                         mapping: the location quotient of the cluster's NACE divisions in its
//                                             territories, from the latest employment statistics (NACE) dataset
// All are benefit criteria (higher is better). A value the data cannot give is null.
import type { Queryable } from '../../db/database.ts';
import { divisionsOf } from './cluster-names.ts';
import { clusterRegistryKpis, currentYear } from './registry-kpis.ts';
import { kpiBoard } from './kpis.ts';
import { latestExcellence } from './excellence.ts';

export const SUPPORT_CRITERIA = ['members', 'employment', 'exports', 'sme_share', 'joint_projects', 'kpi_progress', 'excellence', 'specialisation_lq'] as const;
export type SupportCriterionCode = (typeof SUPPORT_CRITERIA)[number];

const PROGRESS_CAP = 1.5;

async function specialisationLq(db: Queryable, clusterId: number): Promise<number | null> {
  const { rows: [row] } = await db.query<{ lq: number | null }>(
    `WITH dataset AS (
       SELECT s.dataset_id, max(s.year) AS year FROM regional_statistics s
       JOIN statistics_datasets d ON d.id = s.dataset_id AND d.classification = 'nace'
       GROUP BY s.dataset_id ORDER BY max(d.imported_at) DESC LIMIT 1),
     cluster AS (SELECT specialisation, territories FROM clusters WHERE id = $1),
     divisions AS (SELECT unnest(${divisionsOf('specialisation')}) AS division FROM cluster),
     area AS (
       WITH RECURSIVE tree(id) AS (
         SELECT unnest(territories) FROM cluster
         UNION SELECT t.id FROM territories t JOIN tree ON t.parent_id = tree.id)
       SELECT id FROM tree),
     stats AS (
       SELECT s.territory_id, left(replace(s.category, '.', ''), 2) AS division, s.employment
       FROM regional_statistics s JOIN dataset ON s.dataset_id = dataset.dataset_id AND s.year = dataset.year)
     SELECT (sum(employment) FILTER (WHERE territory_id IN (SELECT id FROM area) AND division IN (SELECT division FROM divisions))
               / nullif(sum(employment) FILTER (WHERE territory_id IN (SELECT id FROM area)), 0))
          / nullif(sum(employment) FILTER (WHERE division IN (SELECT division FROM divisions)) / nullif(sum(employment), 0), 0) AS lq
     FROM stats`, [clusterId]);
  return row?.lq === null || row?.lq === undefined ? null : Number(row.lq);
}

async function kpiProgress(db: Queryable, clusterId: number): Promise<number | null> {
  const board = await kpiBoard(db, 'cluster', String(clusterId));
  const progress = board.items.map((i) => i.latest?.progress).filter((p): p is number => p !== null && p !== undefined);
  if (progress.length === 0) return null;
  return progress.reduce((s, p) => s + Math.min(p, PROGRESS_CAP), 0) / progress.length;
}

export async function clusterCriteria(db: Queryable, clusterId: number): Promise<Record<SupportCriterionCode, number | null>> {
  const year = currentYear();
  const registry = await clusterRegistryKpis(db, clusterId, [year]);
  const now = (code: string) => registry.get(code)?.get(year) ?? null;
  const { rows: [projects] } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM projects WHERE cluster_id = $1', [clusterId]);
  return {
    members: now('members'),
    employment: now('employment'),
    exports: now('exports'),
    sme_share: now('sme_share'),
    joint_projects: projects?.n ?? 0,
    kpi_progress: await kpiProgress(db, clusterId),
    excellence: (await latestExcellence(db, clusterId))?.overall ?? null,
    specialisation_lq: await specialisationLq(db, clusterId),
  };
}
