// The maturity check of a registered cluster: its evidence from the registry, the status it supports and the
// status the registry records.
import { suggestMaturity, type MaturityEvidence } from '../analytics/cluster-maturity.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from './errors.ts';

export async function clusterMaturity(db: Database, clusterId: number) {
  const { rows } = await db.pool.query<{
    status: string; coordinator: boolean; agreement: boolean; staff: number | null;
    members: number; member_types: number; contracts: number; projects: number;
  }>(
    `WITH members AS (
       SELECT DISTINCT m.organization_id AS id FROM memberships m WHERE m.cluster_id = $1 AND m.left IS NULL
     )
     SELECT c.status,
            c.coordinator_id IS NOT NULL
              OR EXISTS (SELECT 1 FROM memberships m WHERE m.cluster_id = c.id AND m.role = 'coordinator' AND m.left IS NULL) AS coordinator,
            c.agreement_date IS NOT NULL OR coalesce(c.agreement_ref, '') <> '' AS agreement,
            c.management_staff AS staff,
            (SELECT count(*)::int FROM members) AS members,
            (SELECT count(DISTINCT role)::int FROM members JOIN organizations o ON o.id = members.id, unnest(o.roles) AS role) AS member_types,
            (SELECT count(*)::int FROM contracts k
               WHERE k.supplier_id IN (SELECT id FROM members) AND k.customer_id IN (SELECT id FROM members)
                 AND k.status <> 'terminated') AS contracts,
            (SELECT count(*)::int FROM projects p WHERE p.cluster_id = c.id) AS projects
       FROM clusters c WHERE c.id = $1`, [clusterId]);
  const row = rows[0];
  if (!row) throw new NotFoundError('cluster', clusterId);
  const evidence: MaturityEvidence = {
    hasCoordinator: row.coordinator,
    hasAgreement: row.agreement,
    members: row.members,
    memberTypes: row.member_types,
    contractsBetweenMembers: row.contracts,
    jointProjects: row.projects,
    managementStaff: row.staff,
  };
  const result = suggestMaturity(evidence);
  return { clusterId, registered: row.status, ...result, evidence, agrees: result.suggested === row.status };
}
