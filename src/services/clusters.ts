// The clusters of the registry: list with filters, profile (members, status history), create, update, delete.
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { clusters, clusterStatusHistory, memberships, organizations, projects } from '../db/schema.ts';
import { ClusterInput, ClusterPatch } from '../domain/cluster.ts';
import { CLUSTER_STATUSES } from '../domain/enums.ts';
import { confidentialScope, isStaff, managesCluster, type MaybeViewer, requireRole } from './access.ts';
import { recordAudit } from './audit.ts';
import { fieldErrors, NotFoundError, parseInput } from './errors.ts';
import type { Page, Paged } from './pagination.ts';
import { presentOrganization } from './presenters.ts';
import { entityReferenceProblems } from './registry-references.ts';
import { sectorMatches } from './sector-filter.ts';
import { territoryFilter } from './territory-filter.ts';

export interface ClusterFilter { status?: string; region?: string; sector?: string; q?: string }

/** Orders of the clusters list: a column, descending with a leading minus. A name in Belarusian or English
 * falls back to the Russian one, as the interface shows it. */
export const CLUSTER_SORTS = [
  'id', '-id', 'name_ru', '-name_ru', 'name_be', '-name_be', 'name_en', '-name_en', 'status', '-status', 'founded_year', '-founded_year',
] as const;
export type ClusterSort = (typeof CLUSTER_SORTS)[number];

// The outer id is spelt out: in a one-table select drizzle leaves columns unqualified, and a bare "id" would
// be the membership's own.
const memberCount = sql<number>`(SELECT count(*)::int FROM ${memberships} m WHERE m.cluster_id = ${clusters}.${sql.identifier('id')} AND m.left IS NULL)`;

export async function listClusters(db: Database, filter: ClusterFilter, page: Page, sort: ClusterSort = 'id') {
  const where = and(...clusterConditions(filter));
  const [items, [count]] = await Promise.all([
    db.orm.select({ cluster: clusters, memberCount }).from(clusters).where(where).orderBy(...clusterOrder(sort)).limit(page.limit).offset(page.offset),
    db.orm.select({ n: sql<number>`count(*)::int` }).from(clusters).where(where),
  ]);
  return { items: items.map((r) => ({ ...r.cluster, memberCount: r.memberCount })), total: count!.n } satisfies Paged<unknown>;
}

/** ORDER BY terms of a sort: statuses in their life-cycle order (potential, forming, operating), missing
 * years last in both directions, and the id as the tie-breaker so pages never overlap. */
export function clusterOrder(sort: ClusterSort): SQL[] {
  const desc = sort.startsWith('-');
  const direction = sql.raw(desc ? 'DESC' : 'ASC');
  const key = desc ? sort.slice(1) : sort;
  const expression = {
    id: sql`${clusters.id}`,
    name_ru: sql`${clusters.nameRu}`,
    name_be: sql`COALESCE(${clusters.nameBe}, ${clusters.nameRu})`,
    name_en: sql`COALESCE(${clusters.nameEn}, ${clusters.nameRu})`,
    status: sql`array_position(ARRAY[${sql.join(CLUSTER_STATUSES.map((s) => sql`${s}`), sql`, `)}]::text[], ${clusters.status})`,
    founded_year: sql`${clusters.foundedYear}`,
  }[key]!;
  if (key === 'id') return [sql`${expression} ${direction}`];
  return [sql`${expression} ${direction} NULLS LAST`, sql`${clusters.id} ${direction}`];
}

/** WHERE conditions of a list filter; shared by the list and the export of the same view. */
export function clusterConditions(f: ClusterFilter): SQL[] {
  const conditions: SQL[] = [];
  if (f.status) conditions.push(eq(clusters.status, f.status));
  if (f.region) conditions.push(territoryFilter(sql`${clusters.territories}`, f.region));
  if (f.sector) {
    conditions.push(sql`EXISTS (SELECT 1 FROM unnest(${clusters.specialisation}) s WHERE ${sectorMatches(sql`s`, f.sector)})`);
  }
  if (f.q) {
    const pattern = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(clusters.nameRu, pattern), ilike(clusters.nameEn, pattern), ilike(clusters.nameBe, pattern))!);
  }
  return conditions;
}

export async function getCluster(db: Database, viewer: MaybeViewer, id: number) {
  const [cluster] = await db.orm.select().from(clusters).where(eq(clusters.id, id));
  if (!cluster) throw new NotFoundError('cluster', id);
  const [members, history, jointProjects, scope] = await Promise.all([
    db.orm.select({ membership: memberships, organization: organizations }).from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.clusterId, id)).orderBy(asc(organizations.nameRu)),
    db.orm.select().from(clusterStatusHistory).where(eq(clusterStatusHistory.clusterId, id)).orderBy(asc(clusterStatusHistory.id)),
    db.orm.select().from(projects).where(eq(projects.clusterId, id)).orderBy(asc(projects.id)),
    confidentialScope(db.pool, viewer),
  ]);
  return {
    ...cluster,
    members: members.map((m) => ({ ...m.membership, organization: presentOrganization(m.organization, scope) })),
    statusHistory: history,
    projects: jointProjects,
  };
}

async function checkCluster(db: Database, entity: Record<string, unknown>): Promise<void> {
  const problems = await entityReferenceProblems(db.pool, 'clusters', entity);
  if (problems.length > 0) throw fieldErrors(problems);
}

export async function createCluster(db: Database, viewer: MaybeViewer, input: unknown) {
  const user = requireRole(viewer, isStaff, 'create clusters');
  const { statusSince, ...data } = parseInput(ClusterInput, input);
  await checkCluster(db, data);
  const row = await db.orm.transaction(async (tx) => {
    const [created] = await tx.insert(clusters).values(data).returning();
    await tx.insert(clusterStatusHistory).values({ clusterId: created!.id, status: created!.status, validFrom: statusSince ?? null, note: 'created' });
    return created!;
  });
  await recordAudit(db.pool, { userId: user.userId, action: 'create', entity: 'cluster', entityId: row.id });
  return row;
}

export async function updateCluster(db: Database, viewer: MaybeViewer, id: number, input: unknown) {
  const user = requireRole(viewer, (v) => managesCluster(v, id), 'edit this cluster');
  const { statusSince, ...patch } = parseInput(ClusterPatch, input);
  const [current] = await db.orm.select().from(clusters).where(eq(clusters.id, id));
  if (!current) throw new NotFoundError('cluster', id);
  await checkCluster(db, { ...current, ...patch });
  const row = await db.orm.transaction(async (tx) => {
    const [updated] = await tx.update(clusters).set({ ...patch, updatedAt: new Date() }).where(eq(clusters.id, id)).returning();
    if (patch.status && patch.status !== current.status) {
      await tx.insert(clusterStatusHistory).values({ clusterId: id, status: patch.status, validFrom: statusSince ?? new Date().toISOString().slice(0, 10), note: `changed from ${current.status}` });
    }
    return updated!;
  });
  await recordAudit(db.pool, { userId: user.userId, action: 'update', entity: 'cluster', entityId: id, detail: Object.keys(patch) });
  return row;
}

export async function deleteCluster(db: Database, viewer: MaybeViewer, id: number): Promise<void> {
  const user = requireRole(viewer, isStaff, 'delete clusters');
  const deleted = await db.orm.delete(clusters).where(eq(clusters.id, id)).returning({ id: clusters.id });
  if (deleted.length === 0) throw new NotFoundError('cluster', id);
  await recordAudit(db.pool, { userId: user.userId, action: 'delete', entity: 'cluster', entityId: id });
}
