// The organisations of the registry: list with filters, read, create, update, delete.
import { and, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { memberships, organizations } from '../db/schema.ts';
import { SIZE_CLASSES } from '../domain/enums.ts';
import { OrganizationInput, OrganizationPatch, settleSizeClass } from '../domain/organization.ts';
import { confidentialScope, isStaff, type MaybeViewer, requireRole } from './access.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, fieldErrors, NotFoundError, parseInput } from './errors.ts';
import type { Page, Paged } from './pagination.ts';
import { partnerOrganizationChanged } from './partners/registry.ts';
import { presentOrganization, type PublicOrganization } from './presenters.ts';
import { entityReferenceProblems } from './registry-references.ts';
import { sectorMatches } from './sector-filter.ts';
import { territoryFilter } from './territory-filter.ts';

export interface OrganizationFilter {
  q?: string;
  region?: string;
  sector?: string;
  role?: string;
  sizeClass?: string;
  clusterId?: number;
}

/** Orders of the organisations list: a column, descending with a leading minus. A name in Belarusian or
 * English falls back to the Russian one, as the interface shows it. */
export const ORGANIZATION_SORTS = ['id', '-id', 'name_ru', '-name_ru', 'name_be', '-name_be', 'name_en', '-name_en', 'size_class', '-size_class'] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

export async function listOrganizations(
  db: Database, viewer: MaybeViewer, filter: OrganizationFilter, page: Page, sort: OrganizationSort = 'id',
): Promise<Paged<PublicOrganization>> {
  const where = and(...organizationConditions(filter));
  const [items, [count], scope] = await Promise.all([
    db.orm.select().from(organizations).where(where).orderBy(...organizationOrder(sort)).limit(page.limit).offset(page.offset),
    db.orm.select({ n: sql<number>`count(*)::int` }).from(organizations).where(where),
    confidentialScope(db.pool, viewer),
  ]);
  return { items: items.map((o) => presentOrganization(o, scope)), total: count!.n };
}

/** ORDER BY terms of a sort: size classes from micro to large, missing ones last in both directions, and
 * the id as the tie-breaker so pages never overlap. */
export function organizationOrder(sort: OrganizationSort): SQL[] {
  const desc = sort.startsWith('-');
  const direction = sql.raw(desc ? 'DESC' : 'ASC');
  const key = desc ? sort.slice(1) : sort;
  const expression = {
    id: sql`${organizations.id}`,
    name_ru: sql`${organizations.nameRu}`,
    name_be: sql`COALESCE(${organizations.nameBe}, ${organizations.nameRu})`,
    name_en: sql`COALESCE(${organizations.nameEn}, ${organizations.nameRu})`,
    size_class: sql`array_position(ARRAY[${sql.join(SIZE_CLASSES.map((s) => sql`${s}`), sql`, `)}]::text[], ${organizations.sizeClass})`,
  }[key]!;
  if (key === 'id') return [sql`${expression} ${direction}`];
  return [sql`${expression} ${direction} NULLS LAST`, sql`${organizations.id} ${direction}`];
}

/** WHERE conditions of a list filter; shared by the list and the export of the same view. */
export function organizationConditions(f: OrganizationFilter): SQL[] {
  const conditions: SQL[] = [];
  if (f.q) {
    const pattern = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(organizations.nameRu, pattern), ilike(organizations.nameEn, pattern), ilike(organizations.nameBe, pattern), eq(organizations.unp, f.q.toUpperCase()))!);
  }
  if (f.region) conditions.push(territoryFilter(sql`ARRAY[${organizations.territoryId}]`, f.region));
  if (f.sector) conditions.push(sectorMatches(sql`${organizations.primarySector}`, f.sector));
  if (f.role) conditions.push(sql`${f.role} = ANY(${organizations.roles})`);
  if (f.sizeClass) conditions.push(eq(organizations.sizeClass, f.sizeClass));
  if (f.clusterId) {
    conditions.push(inArray(organizations.id, sql`(SELECT ${memberships.organizationId} FROM ${memberships} WHERE ${memberships.clusterId} = ${f.clusterId})`));
  }
  return conditions;
}

export async function getOrganization(db: Database, viewer: MaybeViewer, id: number): Promise<PublicOrganization> {
  const [row] = await db.orm.select().from(organizations).where(eq(organizations.id, id));
  if (!row) throw new NotFoundError('organization', id);
  return presentOrganization(row, await confidentialScope(db.pool, viewer));
}

async function checkOrganization(db: Database, entity: Record<string, unknown>): Promise<void> {
  if (entity.unp) {
    const { rows } = await db.pool.query('SELECT id FROM organizations WHERE unp = $1 AND id IS DISTINCT FROM $2', [entity.unp, entity.id ?? null]);
    if (rows.length > 0) throw new ConflictError(`UNP ${String(entity.unp)} is already registered (organisation ${rows[0].id})`);
  }
  const problems = await entityReferenceProblems(db.pool, 'organizations', entity);
  const size = settleSizeClass(entity as { sizeClass?: string | null; employees?: number | null });
  if (size) problems.push(size);
  if (problems.length > 0) throw fieldErrors(problems);
}

export async function createOrganization(db: Database, viewer: MaybeViewer, input: unknown): Promise<PublicOrganization> {
  const user = requireRole(viewer, (v) => isStaff(v) || v.role === 'cluster_manager', 'create organisations');
  const data = parseInput(OrganizationInput, input);
  await checkOrganization(db, data);
  const [row] = await db.orm.insert(organizations).values(data).returning();
  await recordAudit(db.pool, { userId: user.userId, action: 'create', entity: 'organization', entityId: row!.id });
  await partnerOrganizationChanged(db, row!.id);
  return presentOrganization(row!, 'all');
}

async function mayEditOrganization(db: Database, viewer: MaybeViewer, id: number): Promise<void> {
  requireRole(viewer, (v) => isStaff(v) || v.role === 'cluster_manager' || v.organizationId === id, 'edit this organisation');
  if (isStaff(viewer) || viewer!.organizationId === id) return;
  const { rows } = await db.pool.query('SELECT 1 FROM memberships WHERE organization_id = $1 AND cluster_id = ANY($2::int[])', [id, viewer!.clusterIds]);
  if (rows.length === 0) requireRole(viewer, () => false, 'edit an organisation outside your clusters');
}

export async function updateOrganization(db: Database, viewer: MaybeViewer, id: number, input: unknown): Promise<PublicOrganization> {
  await mayEditOrganization(db, viewer, id);
  const patch = parseInput(OrganizationPatch, input);
  const [current] = await db.orm.select().from(organizations).where(eq(organizations.id, id));
  if (!current) throw new NotFoundError('organization', id);
  const merged = { ...current, ...patch };
  if (patch.employees !== undefined && patch.sizeClass === undefined) merged.sizeClass = null;
  await checkOrganization(db, merged);
  const [row] = await db.orm.update(organizations).set({ ...patch, sizeClass: merged.sizeClass, updatedAt: new Date() }).where(eq(organizations.id, id)).returning();
  await recordAudit(db.pool, { userId: viewer!.userId, action: 'update', entity: 'organization', entityId: id, detail: Object.keys(patch) });
  await partnerOrganizationChanged(db, id);
  return presentOrganization(row!, 'all');
}

export async function deleteOrganization(db: Database, viewer: MaybeViewer, id: number): Promise<void> {
  const user = requireRole(viewer, isStaff, 'delete organisations');
  const deleted = await db.orm.delete(organizations).where(eq(organizations.id, id)).returning({ id: organizations.id });
  if (deleted.length === 0) throw new NotFoundError('organization', id);
  await recordAudit(db.pool, { userId: user.userId, action: 'delete', entity: 'organization', entityId: id });
  await partnerOrganizationChanged(db, id);
}
