// Create/read/update/delete for the records that link organisations and clusters (memberships, contracts),
// each with its own rule of who may write it.
import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Database } from '../db/database.ts';
import { type MaybeViewer, requireRole, type Viewer } from './access.ts';
import { recordAudit } from './audit.ts';
import { fieldErrors, NotFoundError, parseInput } from './errors.ts';
import type { Page, Paged } from './pagination.ts';
import { entityReferenceProblems } from './registry-references.ts';

type Row = Record<string, unknown> & { id: number };

export interface LinkedRecordKind<T extends PgTable> {
  kind: 'memberships' | 'contracts';
  entity: string;
  table: T;
  input: z.ZodType<Record<string, unknown>>;
  patch: z.ZodType<Record<string, unknown>>;
  /** May the viewer write this record (as it is now, or as it would be after the write)? */
  mayWrite: (viewer: Viewer, row: Row) => boolean;
  /** Hides fields the viewer may not read. */
  present: (row: Row, viewer: MaybeViewer) => Row;
}

export function linkedRecords<T extends PgTable>(spec: LinkedRecordKind<T>) {
  const columns = getTableColumns(spec.table) as Record<string, never>;
  const idColumn = columns.id as never;
  const action = `change ${spec.kind}`;

  async function find(db: Database, id: number): Promise<Row> {
    const [row] = (await db.orm.select().from(spec.table as PgTable).where(eq(idColumn, id))) as Row[];
    if (!row) throw new NotFoundError(spec.entity, id);
    return row;
  }

  async function check(db: Database, viewer: MaybeViewer, row: Row): Promise<Viewer> {
    const user = requireRole(viewer, (v) => spec.mayWrite(v, row), action);
    const problems = await entityReferenceProblems(db.pool, spec.kind, row);
    if (problems.length > 0) throw fieldErrors(problems);
    return user;
  }

  return {
    async list(db: Database, viewer: MaybeViewer, filter: Record<string, number | undefined>, page: Page): Promise<Paged<Row>> {
      const conditions: SQL[] = Object.entries(filter)
        .filter(([, v]) => v !== undefined)
        .map(([field, v]) => eq(columns[field] as never, v as never));
      const where = and(...conditions);
      const [items, [count]] = await Promise.all([
        db.orm.select().from(spec.table as PgTable).where(where).orderBy(asc(idColumn)).limit(page.limit).offset(page.offset),
        db.orm.select({ n: sql<number>`count(*)::int` }).from(spec.table as PgTable).where(where),
      ]);
      return { items: (items as Row[]).map((r) => spec.present(r, viewer)), total: count!.n };
    },
    async get(db: Database, viewer: MaybeViewer, id: number): Promise<Row> {
      return spec.present(await find(db, id), viewer);
    },
    async create(db: Database, viewer: MaybeViewer, input: unknown): Promise<Row> {
      const data = parseInput(spec.input, input);
      const user = await check(db, viewer, { id: 0, ...data });
      const [row] = (await db.orm.insert(spec.table).values(data as never).returning()) as unknown as Row[];
      await recordAudit(db.pool, { userId: user.userId, action: 'create', entity: spec.entity, entityId: row!.id });
      return row!;
    },
    async update(db: Database, viewer: MaybeViewer, id: number, input: unknown): Promise<Row> {
      const current = await find(db, id);
      requireRole(viewer, (v) => spec.mayWrite(v, current), action);
      const patch = parseInput(spec.patch, input);
      const user = await check(db, viewer, { ...current, ...patch });
      const [row] = (await db.orm.update(spec.table).set(patch as never).where(eq(idColumn, id)).returning()) as unknown as Row[];
      await recordAudit(db.pool, { userId: user.userId, action: 'update', entity: spec.entity, entityId: id, detail: Object.keys(patch) });
      return row!;
    },
    async remove(db: Database, viewer: MaybeViewer, id: number): Promise<void> {
      const current = await find(db, id);
      const user = requireRole(viewer, (v) => spec.mayWrite(v, current), action);
      await db.orm.delete(spec.table).where(eq(idColumn, id));
      await recordAudit(db.pool, { userId: user.userId, action: 'delete', entity: spec.entity, entityId: id });
    },
  };
}
