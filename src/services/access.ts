// Who may see and change what. The anonymous public reads public fields only; analysts and admins see
// everything; a cluster manager sees and edits their clusters and their members; a member their organisation.
import type { Queryable } from '../db/database.ts';
import type { UserRole } from '../domain/enums.ts';
import { ForbiddenError } from './errors.ts';

export interface Viewer {
  userId: number;
  email: string;
  role: UserRole;
  clusterIds: number[];
  organizationId: number | null;
}

/** `null` is the anonymous public. */
export type MaybeViewer = Viewer | null;

export const isStaff = (v: MaybeViewer): boolean => v?.role === 'admin' || v?.role === 'analyst';
export const managesCluster = (v: MaybeViewer, clusterId: number | null | undefined): boolean =>
  isStaff(v) || (v?.role === 'cluster_manager' && clusterId != null && v.clusterIds.includes(clusterId));

/** Organisations whose confidential figures the viewer may see: all, none, or a set of ids. */
export type ConfidentialScope = 'all' | Set<number>;

export async function confidentialScope(db: Queryable, viewer: MaybeViewer): Promise<ConfidentialScope> {
  if (!viewer) return new Set();
  if (isStaff(viewer)) return 'all';
  const ids = new Set<number>();
  if (viewer.organizationId !== null) ids.add(viewer.organizationId);
  if (viewer.role === 'cluster_manager' && viewer.clusterIds.length > 0) {
    const { rows } = await db.query<{ id: number }>(
      'SELECT DISTINCT organization_id AS id FROM memberships WHERE cluster_id = ANY($1::int[])',
      [viewer.clusterIds],
    );
    for (const r of rows) ids.add(r.id);
  }
  return ids;
}

export const canSeeConfidential = (scope: ConfidentialScope, organizationId: number): boolean =>
  scope === 'all' || scope.has(organizationId);

export function requireRole(viewer: MaybeViewer, allowed: (v: Viewer) => boolean, action: string): Viewer {
  if (!viewer) throw new ForbiddenError(`sign in to ${action}`);
  if (!allowed(viewer)) throw new ForbiddenError(`your role (${viewer.role}) may not ${action}`);
  return viewer;
}
