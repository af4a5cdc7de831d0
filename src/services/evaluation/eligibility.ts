// Support measures for SMEs and who is eligible for them by the measure's rules (size class, sector, territory,
// membership, employees): analytics/evaluation/support-eligibility.ts over the registry's organisations.
import type { Database, Queryable } from '../../db/database.ts';
import { supportEligibility, type SupportRules } from '../../analytics/evaluation/support-eligibility.ts';
import { territoryWithin } from '../../analytics/matching/screening.ts';
import { canSeeConfidential, confidentialScope, type MaybeViewer } from '../access.ts';
import { loadSectorTree, loadTerritoryParents } from '../calls/candidates.ts';
import { NotFoundError } from '../errors.ts';

export interface SupportMeasure { code: string; nameRu: string; nameBe: string; nameEn: string; rules: SupportRules; illustrative: boolean }

export interface EligibilityView {
  measure: SupportMeasure;
  eligible: number;
  total: number;
  items: { id: number; name: string; eligible: boolean; failed: { rule: string; reason: string }[] }[];
}

export async function listSupportMeasures(db: Queryable): Promise<SupportMeasure[]> {
  const { rows } = await db.query<SupportMeasure>(
    'SELECT code, name_ru AS "nameRu", name_be AS "nameBe", name_en AS "nameEn", rules, illustrative FROM support_measures ORDER BY code');
  return rows;
}

export async function measureEligibility(db: Database, viewer: MaybeViewer, code: string, filter: { cluster?: number; territory?: string }): Promise<EligibilityView> {
  const measure = (await listSupportMeasures(db.pool)).find((m) => m.code === code);
  if (!measure) throw new NotFoundError('support measure', code);
  const { rows } = await db.pool.query<{
    id: number; name: string; size_class: string | null; primary_sector: string | null; secondary_sectors: string[];
    territory_id: string | null; employees: number | null; cluster_ids: number[];
  }>(
    `SELECT o.id, o.name_ru AS name, o.size_class, o.primary_sector, o.secondary_sectors, o.territory_id, o.employees,
       coalesce(array_agg(DISTINCT m.cluster_id) FILTER (WHERE m.cluster_id IS NOT NULL AND (m.left IS NULL OR m.left > now())), '{}') AS cluster_ids
     FROM organizations o LEFT JOIN memberships m ON m.organization_id = o.id
     WHERE o.status = 'active'
       AND ($1::int IS NULL OR EXISTS (SELECT 1 FROM memberships x WHERE x.organization_id = o.id AND x.cluster_id = $1))
     GROUP BY o.id ORDER BY o.name_ru, o.id`, [filter.cluster ?? null]);
  const [tree, parents, scope] = await Promise.all([loadSectorTree(db), loadTerritoryParents(db), confidentialScope(db.pool, viewer)]);
  const within = filter.territory;
  const candidates = within === undefined ? rows : rows.filter((r) => r.territory_id !== null && territoryWithin(parents, r.territory_id, within));
  const results = supportEligibility(measure.rules, candidates.map((r) => ({
    id: r.id, sizeClass: r.size_class, sectors: [r.primary_sector ?? '', ...r.secondary_sectors], territoryId: r.territory_id,
    clusterIds: r.cluster_ids, employees: r.employees,
  })), parents, tree);
  const items = results.map((e, i) => ({
    id: e.id,
    name: candidates[i]!.name,
    eligible: e.eligible,
    // The number of employees is confidential: those who may not see it get the rule without the figure.
    failed: e.failed.map((f) => (f.rule === 'employees' && !canSeeConfidential(scope, e.id) ? { rule: f.rule, reason: `employees above ${measure.rules.maxEmployees}` } : f)),
  }));
  return { measure, eligible: items.filter((i) => i.eligible).length, total: items.length, items };
}
