// A cluster organisation's catalogue of cooperation services, its members' requests, and the request counts
// that feed the cluster's KPIs. The cluster's managers and staff edit the catalogue and move requests along;
// only the cluster's current members request a service.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { clusterServices, serviceRequests } from '../db/schema.ts';
import {
  CLOSING_STATUSES, ClusterServiceInput, ClusterServicePatch, REQUEST_STATUSES, REQUEST_TRANSITIONS, type RequestStatus,
  SERVICE_KINDS, ServiceRequestInput, ServiceRequestPatch,
} from '../domain/cluster-service.ts';
import { IsoDate } from '../domain/primitives.ts';
import { isStaff, managesCluster, type MaybeViewer, requireRole } from './access.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, fieldErrors, ForbiddenError, NotFoundError, parseInput } from './errors.ts';

type ServiceRow = typeof clusterServices.$inferSelect;
type RequestRow = typeof serviceRequests.$inferSelect;

async function clusterExists(db: Database, clusterId: number): Promise<void> {
  const { rows } = await db.pool.query('SELECT 1 FROM clusters WHERE id = $1', [clusterId]);
  if (rows.length === 0) throw new NotFoundError('cluster', clusterId);
}

async function serviceById(db: Database, id: number): Promise<ServiceRow> {
  const [row] = await db.orm.select().from(clusterServices).where(eq(clusterServices.id, id));
  if (!row) throw new NotFoundError('service', id);
  return row;
}

/** The catalogue: active services for everyone, inactive ones too for the cluster's managers and staff. */
export async function listClusterServices(db: Database, viewer: MaybeViewer, clusterId: number): Promise<{ items: ServiceRow[] }> {
  await clusterExists(db, clusterId);
  const all = managesCluster(viewer, clusterId);
  const where = all ? eq(clusterServices.clusterId, clusterId) : and(eq(clusterServices.clusterId, clusterId), eq(clusterServices.active, true));
  return { items: await db.orm.select().from(clusterServices).where(where).orderBy(clusterServices.kind, clusterServices.id) };
}

export async function createClusterService(db: Database, viewer: MaybeViewer, clusterId: number, input: unknown): Promise<ServiceRow> {
  const user = requireRole(viewer, (v) => managesCluster(v, clusterId), "edit this cluster's services");
  const data = parseInput(ClusterServiceInput, input);
  await clusterExists(db, clusterId);
  const [row] = await db.orm.insert(clusterServices).values({ ...data, clusterId }).returning();
  await recordAudit(db.pool, { userId: user.userId, action: 'create', entity: 'cluster_service', entityId: row!.id });
  return row!;
}

export async function updateClusterService(db: Database, viewer: MaybeViewer, id: number, input: unknown): Promise<ServiceRow> {
  requireRole(viewer, () => true, 'edit cluster services');
  const current = await serviceById(db, id);
  const user = requireRole(viewer, (v) => managesCluster(v, current.clusterId), "edit this cluster's services");
  const patch = parseInput(ClusterServicePatch, input);
  const [row] = await db.orm.update(clusterServices).set(patch).where(eq(clusterServices.id, id)).returning();
  await recordAudit(db.pool, { userId: user.userId, action: 'update', entity: 'cluster_service', entityId: id, detail: Object.keys(patch) });
  return row!;
}

/** A member organisation requests a service of its cluster. Staff may file a request for any member. */
export async function requestClusterService(db: Database, viewer: MaybeViewer, serviceId: number, input: unknown): Promise<RequestRow> {
  const user = requireRole(viewer, (v) => isStaff(v) || v.organizationId !== null, 'request a cluster service (only member organisations do)');
  const data = parseInput(ServiceRequestInput, input);
  const organizationId = data.organizationId ?? user.organizationId;
  if (organizationId == null) throw fieldErrors([{ field: 'organizationId', message: 'name the requesting organisation' }]);
  if (!isStaff(user) && organizationId !== user.organizationId) throw new ForbiddenError('you may request services for your own organisation only');
  const service = await serviceById(db, serviceId);
  const { rows: member } = await db.pool.query(
    'SELECT 1 FROM memberships WHERE organization_id = $1 AND cluster_id = $2 AND ("left" IS NULL OR "left" > current_date)',
    [organizationId, service.clusterId],
  );
  if (member.length === 0) throw new ForbiddenError(`organisation ${organizationId} is not a member of cluster ${service.clusterId}; only its members request its services`);
  if (!service.active) throw new ConflictError(`service ${serviceId} is not offered at present`);
  const [row] = await db.orm.insert(serviceRequests).values({ serviceId, organizationId, note: data.note ?? null }).returning();
  await recordAudit(db.pool, { userId: user.userId, action: 'create', entity: 'service_request', entityId: row!.id });
  return row!;
}

/** Moves a request along (requested -> in_progress -> done | declined) or changes its note; the cluster's
 * managers and staff only. Done and declined requests are closed (closed_at set) and final: a change from them
 * is a conflict (409). The status is read and written in one transaction, the row locked. */
export async function updateServiceRequest(db: Database, viewer: MaybeViewer, id: number, input: unknown): Promise<RequestRow> {
  const user = requireRole(viewer, () => true, 'change service requests');
  const patch = parseInput(ServiceRequestPatch, input);
  const row = await db.orm.transaction(async (tx) => {
    const [found] = await tx.select({ request: serviceRequests, clusterId: clusterServices.clusterId }).from(serviceRequests)
      .innerJoin(clusterServices, eq(clusterServices.id, serviceRequests.serviceId))
      .where(eq(serviceRequests.id, id)).for('update', { of: serviceRequests });
    if (!found) throw new NotFoundError('service_request', id);
    if (!managesCluster(user, found.clusterId)) throw new ForbiddenError(`your role (${user.role}) may not change requests of cluster ${found.clusterId}`);
    const current = found.request.status as RequestStatus;
    const changes: Partial<RequestRow> = {};
    if (patch.note !== undefined) changes.note = patch.note;
    if (patch.status !== undefined && patch.status !== current) {
      if (!REQUEST_TRANSITIONS[current].includes(patch.status)) {
        const allowed = REQUEST_TRANSITIONS[current];
        throw new ConflictError(`a ${current} request cannot become ${patch.status}${allowed.length ? `; it may become ${allowed.join(' or ')}` : '; it is closed'}`);
      }
      changes.status = patch.status;
      if (CLOSING_STATUSES.includes(patch.status)) changes.closedAt = new Date();
    }
    if (Object.keys(changes).length === 0) return found.request;
    const [updated] = await tx.update(serviceRequests).set(changes).where(eq(serviceRequests.id, id)).returning();
    return updated!;
  });
  await recordAudit(db.pool, { userId: user.userId, action: 'update', entity: 'service_request', entityId: id, detail: Object.keys(patch) });
  return row;
}

type Counts = Record<RequestStatus, number> & { total: number };
const emptyCounts = (): Counts => ({ requested: 0, in_progress: 0, done: 0, declined: 0, total: 0 });

export interface ServiceKpis {
  clusterId: number;
  from: string;
  to: string;
  /** services offered now */
  activeServices: number;
  /** every request by its current status, and by service kind */
  requests: Counts;
  byKind: Record<string, Counts>;
  /** within [from, to] (whole days, UTC): requests filed, done and declined; done by kind */
  period: { requested: number; done: number; declined: number; doneByKind: Record<string, number> };
}

/** Request counts of a cluster's services for its KPIs; public (counts only, no organisation is named). */
export async function clusterServiceKpis(db: Database, clusterId: number, query: { from?: string; to?: string }): Promise<ServiceKpis> {
  const problems: { field: string; message: string }[] = [];
  for (const field of ['from', 'to'] as const) {
    if (query[field] !== undefined && !IsoDate.safeParse(query[field]).success) problems.push({ field, message: 'expected a date YYYY-MM-DD' });
  }
  if (problems.length > 0) throw fieldErrors(problems);
  const to = query.to ?? new Date().toISOString().slice(0, 10);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw fieldErrors([{ field: 'to', message: `the period ends (${to}) before it starts (${from})` }]);
  await clusterExists(db, clusterId);

  const { rows } = await db.pool.query<{ kind: string; status: RequestStatus; n: number; requested_in: number; closed_in: number }>(
    `SELECT s.kind, r.status, count(*)::int AS n,
            count(*) FILTER (WHERE r.requested_at >= $2::date AND r.requested_at < $3::date + 1)::int AS requested_in,
            count(*) FILTER (WHERE r.closed_at >= $2::date AND r.closed_at < $3::date + 1)::int AS closed_in
     FROM service_requests r JOIN cluster_services s ON s.id = r.service_id
     WHERE s.cluster_id = $1 GROUP BY s.kind, r.status`,
    [clusterId, from, to],
  );
  const { rows: [active] } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cluster_services WHERE cluster_id = $1 AND active', [clusterId]);
  const requests = emptyCounts();
  const byKind = Object.fromEntries(SERVICE_KINDS.map((k) => [k, emptyCounts()])) as Record<string, Counts>;
  const period = { requested: 0, done: 0, declined: 0, doneByKind: Object.fromEntries(SERVICE_KINDS.map((k) => [k, 0])) as Record<string, number> };
  for (const r of rows) {
    if (!(REQUEST_STATUSES as readonly string[]).includes(r.status)) continue;
    const kind = (byKind[r.kind] ??= emptyCounts());
    requests[r.status] += r.n;
    requests.total += r.n;
    kind[r.status] += r.n;
    kind.total += r.n;
    period.requested += r.requested_in;
    if (r.status === 'done') {
      period.done += r.closed_in;
      period.doneByKind[r.kind] = (period.doneByKind[r.kind] ?? 0) + r.closed_in;
    }
    if (r.status === 'declined') period.declined += r.closed_in;
  }
  return { clusterId, from, to, activeServices: active!.n, requests, byKind, period };
}
