// People profiles: list with filters, read, create, update, delete. Consent-based: a profile without consent is
// never listed (nor matched, see talent.ts) and only staff and the person's organisation can open it; e-mail
// addresses are shown to staff only.
import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { people } from '../db/schema.ts';
import { PersonInput, PersonPatch } from '../domain/person.ts';
import { isStaff, type MaybeViewer, requireRole, type Viewer } from './access.ts';
import { recordAudit } from './audit.ts';
import { fieldErrors, NotFoundError, parseInput } from './errors.ts';
import type { Page, Paged } from './pagination.ts';
import { territoryFilter } from './territory-filter.ts';

type PersonRow = typeof people.$inferSelect;
export type PublicPerson = Omit<PersonRow, 'email'> & { email?: string | null };

export interface PeopleFilter {
  kind?: string;
  /** a NACE code: people with that code or a code inside it */
  sector?: string;
  /** a territory id: people in it or in one of its raions */
  region?: string;
  organizationId?: number;
  /** a word of the name, profile or competences */
  q?: string;
}

/** The profile as the viewer may see it: the e-mail address for staff only. */
export function presentPerson(row: PersonRow, viewer: MaybeViewer): PublicPerson {
  if (isStaff(viewer)) return row;
  const { email: _email, ...rest } = row;
  return rest;
}

/** Whether the viewer may change a profile of this organisation: staff, or a user of that organisation. */
const mayEdit = (v: Viewer, organizationId: number | null | undefined): boolean =>
  isStaff(v) || (organizationId != null && v.organizationId === organizationId);

export async function listPeople(db: Database, viewer: MaybeViewer, filter: PeopleFilter, page: Page): Promise<Paged<PublicPerson>> {
  const where = and(eq(people.consent, true), ...peopleConditions(filter));
  const [items, [count]] = await Promise.all([
    db.orm.select().from(people).where(where).orderBy(people.name, people.id).limit(page.limit).offset(page.offset),
    db.orm.select({ n: sql<number>`count(*)::int` }).from(people).where(where),
  ]);
  return { items: items.map((p) => presentPerson(p, viewer)), total: count!.n };
}

function peopleConditions(f: PeopleFilter): SQL[] {
  const conditions: SQL[] = [];
  if (f.kind) conditions.push(eq(people.kind, f.kind));
  if (f.sector) {
    const sector = f.sector;
    const inside = /^[A-U]$/.test(sector)
      ? sql`(s = ${sector} OR EXISTS (SELECT 1 FROM sectors d WHERE d.code = split_part(s, '.', 1) AND d.parent_code = ${sector}))`
      : sql`(s = ${sector} OR s LIKE ${`${sector}.%`})`;
    conditions.push(sql`EXISTS (SELECT 1 FROM unnest(${people.sectors}) AS s WHERE ${inside})`);
  }
  if (f.region) conditions.push(territoryFilter(sql`ARRAY[${people.territoryId}]`, f.region));
  if (f.organizationId) conditions.push(eq(people.organizationId, f.organizationId));
  if (f.q) {
    const pattern = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(or(ilike(people.name, pattern), ilike(people.profile, pattern), sql`array_to_string(${people.competences}, ' ') ILIKE ${pattern}`)!);
  }
  return conditions;
}

export async function getPerson(db: Database, viewer: MaybeViewer, id: number): Promise<PublicPerson> {
  const [row] = await db.orm.select().from(people).where(eq(people.id, id));
  // Without consent the profile does not exist for anyone but staff and its organisation.
  if (!row || (!row.consent && !(viewer && mayEdit(viewer, row.organizationId)))) throw new NotFoundError('person', id);
  return presentPerson(row, viewer);
}

/** Checks references against the database: the organisation, territory and sector codes must exist. */
async function checkReferences(db: Database, p: { organizationId?: number | null; territoryId?: string | null; sectors?: readonly string[] }): Promise<void> {
  const problems: { field: string; message: string }[] = [];
  if (p.organizationId != null) {
    const { rows } = await db.pool.query('SELECT 1 FROM organizations WHERE id = $1', [p.organizationId]);
    if (rows.length === 0) problems.push({ field: 'organizationId', message: `there is no organisation ${p.organizationId}` });
  }
  if (p.territoryId) {
    const { rows } = await db.pool.query('SELECT 1 FROM territories WHERE id = $1', [p.territoryId]);
    if (rows.length === 0) problems.push({ field: 'territoryId', message: `there is no territory ${p.territoryId}` });
  }
  if (p.sectors && p.sectors.length > 0) {
    const { rows } = await db.pool.query<{ code: string }>('SELECT code FROM sectors WHERE code = ANY($1::text[])', [p.sectors]);
    const known = new Set(rows.map((r) => r.code));
    p.sectors.forEach((code, i) => {
      if (!known.has(code)) problems.push({ field: `sectors.${i}`, message: `there is no sector ${code} in the classifier` });
    });
  }
  if (problems.length > 0) throw fieldErrors(problems);
}

const today = () => new Date().toISOString().slice(0, 10);

export async function createPerson(db: Database, viewer: MaybeViewer, input: unknown): Promise<PublicPerson> {
  const data = parseInput(PersonInput, input);
  const user = requireRole(viewer, (v) => mayEdit(v, data.organizationId), 'add a profile of a person outside your organisation');
  await checkReferences(db, data);
  const consentDate = data.consent ? (data.consentDate ?? today()) : (data.consentDate ?? null);
  const [row] = await db.orm.insert(people).values({ ...data, consentDate }).returning();
  await recordAudit(db.pool, { userId: user.userId, action: 'create', entity: 'person', entityId: row!.id });
  return presentPerson(row!, viewer);
}

async function editable(db: Database, viewer: MaybeViewer, id: number, action: string): Promise<{ user: Viewer; row: PersonRow }> {
  const user = requireRole(viewer, () => true, action);
  const [row] = await db.orm.select().from(people).where(eq(people.id, id));
  // A profile the viewer may not see is reported as missing, not as forbidden.
  if (!row || (!row.consent && !mayEdit(user, row.organizationId))) throw new NotFoundError('person', id);
  requireRole(user, (v) => mayEdit(v, row.organizationId), action);
  return { user, row };
}

export async function updatePerson(db: Database, viewer: MaybeViewer, id: number, input: unknown): Promise<PublicPerson> {
  const { user, row: current } = await editable(db, viewer, id, 'edit this profile');
  const patch = parseInput(PersonPatch, input);
  if (patch.organizationId !== undefined && !mayEdit(user, patch.organizationId)) {
    requireRole(user, () => false, 'move a profile to another organisation');
  }
  await checkReferences(db, patch);
  const consent = patch.consent ?? current.consent;
  const consentDate = patch.consentDate !== undefined ? patch.consentDate : (consent && !current.consentDate ? today() : current.consentDate);
  const [row] = await db.orm.update(people).set({ ...patch, consentDate, updatedAt: new Date() }).where(eq(people.id, id)).returning();
  await recordAudit(db.pool, { userId: user.userId, action: 'update', entity: 'person', entityId: id, detail: Object.keys(patch) });
  return presentPerson(row!, viewer);
}

export async function deletePerson(db: Database, viewer: MaybeViewer, id: number): Promise<void> {
  const { user } = await editable(db, viewer, id, 'delete this profile');
  await db.orm.delete(people).where(eq(people.id, id));
  await recordAudit(db.pool, { userId: user.userId, action: 'delete', entity: 'person', entityId: id });
}
