// Opportunity calls: create, update, close, read and list; who may post them (cluster managers for their
// cluster, analysts and admins for any or none).
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { calls } from '../../db/schema.ts';
import { CallInput, CallPatch } from '../../domain/call.ts';
import { isStaff, managesCluster, type MaybeViewer, requireRole } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { fieldErrors, NotFoundError, parseInput } from '../errors.ts';
import type { Page, Paged } from '../pagination.ts';

export type CallRow = typeof calls.$inferSelect;

export interface CallFilter { status?: string; clusterId?: number; kind?: string }

const answers = (interest: string) =>
  sql<number>`(SELECT count(*)::int FROM call_responses r WHERE r.call_id = ${calls}.${sql.identifier('id')} AND r.interest = ${interest})`;

/** The call row, or NotFoundError. */
export async function getCallRow(db: Database, id: number): Promise<CallRow> {
  const [row] = await db.orm.select().from(calls).where(eq(calls.id, id));
  if (!row) throw new NotFoundError('call', id);
  return row;
}

/** A call with its counts of interested and declined answers (public: calls are announcements). */
export async function getCall(db: Database, id: number) {
  const [row] = await db.orm.select({ call: calls, interested: answers('interested'), declined: answers('declined') })
    .from(calls).where(eq(calls.id, id));
  if (!row) throw new NotFoundError('call', id);
  return { ...row.call, interested: row.interested, declined: row.declined };
}

export async function listCalls(db: Database, filter: CallFilter, page: Page) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(calls.status, filter.status));
  if (filter.clusterId) conditions.push(eq(calls.clusterId, filter.clusterId));
  if (filter.kind) conditions.push(eq(calls.kind, filter.kind));
  const where = and(...conditions);
  const [items, [count]] = await Promise.all([
    db.orm.select({ call: calls, interested: answers('interested'), declined: answers('declined') }).from(calls).where(where)
      .orderBy(desc(calls.id)).limit(page.limit).offset(page.offset),
    db.orm.select({ n: sql<number>`count(*)::int` }).from(calls).where(where),
  ]);
  return { items: items.map((r) => ({ ...r.call, interested: r.interested, declined: r.declined })), total: count!.n } satisfies Paged<unknown>;
}

/** Field problems of a call's references: its cluster, sectors and territories must exist. */
async function checkReferences(db: Database, call: { clusterId?: number | null; sectors?: string[]; territories?: string[] }): Promise<void> {
  const problems: { field: string; message: string }[] = [];
  if (call.clusterId != null) {
    const { rows } = await db.pool.query('SELECT 1 FROM clusters WHERE id = $1', [call.clusterId]);
    if (rows.length === 0) problems.push({ field: 'clusterId', message: `cluster ${call.clusterId} does not exist` });
  }
  for (const [field, table, column, values] of [
    ['sectors', 'sectors', 'code', call.sectors ?? []],
    ['territories', 'territories', 'id', call.territories ?? []],
  ] as const) {
    if (values.length === 0) continue;
    const { rows } = await db.pool.query<{ v: string }>(`SELECT ${column} AS v FROM ${table} WHERE ${column} = ANY($1::text[])`, [values]);
    const known = new Set(rows.map((r) => r.v));
    const unknown = values.filter((v) => !known.has(v));
    if (unknown.length > 0) problems.push({ field, message: `unknown ${field === 'sectors' ? 'sector code' : 'territory'} ${unknown.join(', ')}` });
  }
  if (problems.length > 0) throw fieldErrors(problems);
}

const canPost = (clusterId: number | null | undefined) => (v: NonNullable<MaybeViewer>) =>
  clusterId == null ? isStaff(v) : managesCluster(v, clusterId);

export async function createCall(db: Database, viewer: MaybeViewer, input: unknown): Promise<CallRow> {
  const data = parseInput(CallInput, input);
  const user = requireRole(viewer, canPost(data.clusterId), data.clusterId == null ? 'post calls without a cluster' : `post calls for cluster ${data.clusterId}`);
  await checkReferences(db, data);
  const [row] = await db.orm.insert(calls).values({ ...data, createdBy: user.userId > 0 ? user.userId : null }).returning();
  await recordAudit(db.pool, { userId: user.userId || null, action: 'create', entity: 'call', entityId: row!.id });
  return row!;
}

export async function updateCall(db: Database, viewer: MaybeViewer, id: number, input: unknown): Promise<CallRow> {
  const patch = parseInput(CallPatch, input);
  const current = await getCallRow(db, id);
  const user = requireRole(viewer, canPost(current.clusterId), 'edit this call');
  if (patch.clusterId !== undefined && patch.clusterId !== current.clusterId) requireRole(viewer, canPost(patch.clusterId), 'move the call to that cluster');
  if (Object.keys(patch).length === 0) return current;
  await checkReferences(db, patch);
  const [row] = await db.orm.update(calls).set(patch).where(eq(calls.id, id)).returning();
  await recordAudit(db.pool, { userId: user.userId || null, action: 'update', entity: 'call', entityId: id, detail: Object.keys(patch) });
  return row!;
}

/** Closes a call: no more answers; screening and meetings stay available. */
export async function closeCall(db: Database, viewer: MaybeViewer, id: number): Promise<CallRow> {
  return updateCall(db, viewer, id, { status: 'closed' });
}
