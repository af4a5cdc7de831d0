// The rows that call screening reads: the organisations considered (with their answers), the territory parents,
// the NACE tree, and the competitiveness and reliability scores when the call sets a minimum.
import type { Database } from '../../db/database.ts';
import { competitiveness } from '../../analytics/matching/competitiveness.ts';
import { reliability } from '../../analytics/matching/reliability.ts';
import type { Interest, ScreeningCandidate } from '../../analytics/matching/screening.ts';
import { SectorTree } from '../../analytics/matching/sector-hierarchy.ts';
import { canSeeConfidential, type ConfidentialScope } from '../access.ts';
import type { CallRow } from './calls.ts';

const LEVELS = new Set(['section', 'division', 'group', 'class']);

/** The NACE tree of the `sectors` table; a parent missing from the table makes its child a root. */
export async function loadSectorTree(db: Database): Promise<SectorTree> {
  const { rows } = await db.pool.query<{ code: string; level: string; parent: string | null }>(
    'SELECT code, level, parent_code AS parent FROM sectors ORDER BY code',
  );
  const nodes = rows.filter((r) => LEVELS.has(r.level));
  const known = new Set(nodes.map((n) => n.code));
  return new SectorTree(nodes.map((n) => ({ ...n, parent: n.parent !== null && known.has(n.parent) ? n.parent : null })));
}

/** Each territory's parent (raion -> oblast -> country). */
export async function loadTerritoryParents(db: Database): Promise<Map<string, string | null>> {
  const { rows } = await db.pool.query<{ id: string; parent: string | null }>('SELECT id, parent_id AS parent FROM territories');
  return new Map(rows.map((r) => [r.id, r.parent]));
}

interface OrgRow {
  id: number;
  name: string;
  primarySector: string | null;
  secondarySectors: string[];
  territoryId: string | null;
  sizeClass: string | null;
  roles: string[];
  employees: number | null;
  certifications: string[];
  status: string;
  interest: Interest | null;
  respondedAt: Date | string | null;
}

const ORG_COLUMNS = `o.id, o.name_ru AS name, o.primary_sector AS "primarySector", o.secondary_sectors AS "secondarySectors",
  o.territory_id AS "territoryId", o.size_class AS "sizeClass", o.roles, o.employees, o.certifications, o.status,
  r.interest, r.responded_at AS "respondedAt"`;

/**
 * The organisations a call's screening considers. A cluster's call: the cluster's current members and every
 * organisation that answered the call (an outsider may bring what the cluster lacks). A call without a cluster
 * (a national call of analysts): every organisation of the registry. `only` restricts to one organisation
 * ("calls for me"), whichever pool it is in.
 */
export async function loadCandidates(
  db: Database, call: CallRow, scope: ConfidentialScope, only?: number,
): Promise<ScreeningCandidate[]> {
  const params: unknown[] = [call.id];
  let where: string;
  if (only !== undefined) {
    params.push(only);
    where = 'o.id = $2';
  } else if (call.clusterId !== null) {
    params.push(call.clusterId);
    where = `(r.organization_id IS NOT NULL OR EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = o.id AND m.cluster_id = $2 AND m.left IS NULL))`;
  } else {
    where = 'TRUE';
  }
  const { rows } = await db.pool.query<OrgRow>(
    `SELECT ${ORG_COLUMNS} FROM organizations o
     LEFT JOIN call_responses r ON r.call_id = $1 AND r.organization_id = o.id
     WHERE ${where} ORDER BY o.id`,
    params,
  );
  const candidates: ScreeningCandidate[] = rows.map((r) => ({
    ...r,
    respondedAt: r.respondedAt === null ? null : new Date(r.respondedAt).toISOString(),
    showFigures: canSeeConfidential(scope, r.id),
  }));
  if (candidates.length > 0 && call.minCompetitiveness !== null) await attachCompetitiveness(db, candidates);
  if (candidates.length > 0 && call.minReliability !== null) await attachReliability(db, candidates);
  return candidates;
}

/**
 * Competitiveness percentiles are taken within the NACE division of the primary code over the whole registry
 * (not only the candidates), so a score means the same in every call: productivity = revenue / employees,
 * growth = revenue_growth, export share = exports / revenue.
 */
async function attachCompetitiveness(db: Database, candidates: ScreeningCandidate[]): Promise<void> {
  const { rows } = await db.pool.query<{ id: number; division: string | null; revenue: number | null; employees: number | null; exports: number | null; growth: number | null }>(
    `SELECT id, split_part(primary_sector, '.', 1) AS division, revenue, employees, exports, revenue_growth AS growth FROM organizations`,
  );
  const divisions = new Map<string, number>();
  const n = rows.length;
  const productivity = new Float64Array(n);
  const growth = new Float64Array(n);
  const exportShare = new Float64Array(n);
  const sector = new Int32Array(n);
  rows.forEach((r, i) => {
    productivity[i] = r.revenue !== null && r.employees ? r.revenue / r.employees : NaN;
    growth[i] = r.growth ?? NaN;
    exportShare[i] = r.revenue && r.exports !== null ? r.exports / r.revenue : NaN;
    // organisations without a sector form one group each (a negative id of their own)
    if (!r.division) sector[i] = -1 - i;
    else {
      if (!divisions.has(r.division)) divisions.set(r.division, divisions.size);
      sector[i] = divisions.get(r.division)!;
    }
  });
  const { score } = competitiveness({ productivity, growth, exportShare, sector });
  const byId = new Map(rows.map((r, i) => [r.id, score[i] as number]));
  for (const c of candidates) c.competitiveness = byId.get(c.id) ?? NaN;
}

/** Reliability from the registry: years since founding, contracts completed and terminated, current memberships,
 * status, excellence labels and certifications. */
async function attachReliability(db: Database, candidates: ScreeningCandidate[]): Promise<void> {
  const ids = candidates.map((c) => c.id);
  const { rows } = await db.pool.query<{ id: number; founded: number | null; status: string; labels: number; completed: number; broken: number; memberships: number }>(
    `SELECT o.id, o.founded_year AS founded, o.status,
       cardinality(o.labels) + cardinality(o.certifications) AS labels,
       (SELECT count(*)::int FROM contracts c WHERE (c.supplier_id = o.id OR c.customer_id = o.id) AND c.status = 'completed') AS completed,
       (SELECT count(*)::int FROM contracts c WHERE (c.supplier_id = o.id OR c.customer_id = o.id) AND c.status = 'terminated') AS broken,
       (SELECT count(*)::int FROM memberships m WHERE m.organization_id = o.id AND m.left IS NULL) AS memberships
     FROM organizations o WHERE o.id = ANY($1::int[])`,
    [ids],
  );
  const year = new Date().getUTCFullYear();
  const scores = reliability({
    yearsActive: Float64Array.from(rows, (r) => (r.founded === null ? NaN : year - r.founded)),
    completed: Float64Array.from(rows, (r) => r.completed),
    broken: Float64Array.from(rows, (r) => r.broken),
    memberships: Float64Array.from(rows, (r) => r.memberships),
    active: Uint8Array.from(rows, (r) => (r.status === 'active' ? 1 : 0)),
    labels: Float64Array.from(rows, (r) => r.labels),
  });
  const byId = new Map(rows.map((r, i) => [r.id, scores[i] as number]));
  for (const c of candidates) c.reliability = byId.get(c.id) ?? NaN;
}
