// Import of registry files (organisations, clusters, memberships, contracts, joint projects): every row is
// read, typed, validated and checked against existing records first; only a file without a single bad row is
// written, in one transaction, with COPY. A dry run reads and checks a file the same way and writes nothing.
import type pg from 'pg';
import type { Database } from '../db/database.ts';
import { copyLine } from '../db/database.ts';
import { type ColumnSpec, type KindSpec, kindSpec } from '../domain/columns.ts';
import { settleSizeClass } from '../domain/organization.ts';
import { type CellError, ValidationError } from './errors.ts';
import { readCell } from './files/cells.ts';
import { formatOf, readTable, type TableSource } from './files/read-table.ts';
import { type FieldProblem, loadAllReferences, referenceProblems } from './registry-references.ts';
import { recordAudit } from './audit.ts';

export interface ImportOptions {
  /** File name, for the format and the messages. */
  name: string;
  userId?: number | null;
  /** Called after each batch of rows read, for progress bars. */
  onProgress?: (rowsRead: number) => void;
}

export interface ImportResult { kind: string; inserted: number }

/** What a dry run found: the file as read (canonical column names, the first rows) and every problem. */
export interface DryRunResult {
  kind: string;
  /** Data rows in the file (the header not counted). */
  rows: number;
  /** One name per header cell: the canonical column name, or the header as written when it is unknown. */
  columns: string[];
  /** The first data rows as read, one text cell per column. */
  preview: string[][];
  /** The spreadsheet row number of each preview row (the header is row 1). */
  previewRows: number[];
  errors: CellError[];
  totalErrors: number;
}

const MAX_REPORTED_ERRORS = 1_000;
export const PREVIEW_ROWS = 20;

interface PendingRow { id: number | null; rest: string; status?: { status: unknown; since: unknown } }

export async function importRegistryFile(db: Database, kind: string, source: TableSource, options: ImportOptions): Promise<ImportResult> {
  const { spec, pending, errors, errorCount } = await readAndCheck(db, kind, source, options, 'import');
  if (errorCount > 0) {
    throw new ValidationError(`${options.name}: ${errorCount} problem${errorCount === 1 ? '' : 's'} found; nothing was imported`, errors, errorCount);
  }

  await db.transaction(async (client) => {
    await client.query(`LOCK TABLE ${spec.table} IN SHARE ROW EXCLUSIVE MODE`);
    const ids = await assignIds(client, spec.table, pending);
    const lines = pending.map((p, i) => `${ids[i]}\t${p.rest}`);
    const rebuild = db.kind === 'pglite' && pending.length >= BULK_ROWS && (await rowsAtMost(client, spec.table, pending.length));
    await withSecondaryIndexesRebuiltIf(client, spec.table, rebuild, () =>
      db.copyRows(client, spec.table, ['id', ...copyColumns(spec).map((c) => c.db!)], lines));
    await client.query(`SELECT setval(pg_get_serial_sequence('${spec.table}', 'id'), GREATEST((SELECT max(id) FROM ${spec.table}), 1))`);
    if (spec.kind === 'clusters') {
      const history = pending.map((p, i) => copyLine([ids[i], p.status!.status, p.status!.since ?? null, 'imported']));
      await db.copyRows(client, 'cluster_status_history', ['cluster_id', 'status', 'valid_from', 'note'], history);
    }
    await recordAudit(client, { userId: options.userId, action: 'import', entity: spec.kind, detail: { file: options.name, rows: pending.length } });
  });
  return { kind: spec.kind, inserted: pending.length };
}

/** Reads and checks a file exactly as `importRegistryFile` does, writes nothing, and reports the rows and
 * problems found, header problems included. An unreadable file still throws a ValidationError. */
export async function dryRunRegistryFile(db: Database, kind: string, source: TableSource, options: ImportOptions): Promise<DryRunResult> {
  const { spec, rows, columns, preview, previewRows, errors, errorCount } = await readAndCheck(db, kind, source, options, 'dry-run');
  return { kind: spec.kind, rows, columns, preview, previewRows, errors, totalErrors: errorCount };
}

interface CheckedFile {
  spec: KindSpec;
  rows: number;
  columns: string[];
  preview: string[][];
  previewRows: number[];
  errors: CellError[];
  errorCount: number;
  /** Rows ready for COPY (import mode, and only while no row has failed). */
  pending: PendingRow[];
}

/** The reading and checking shared by the import and its dry run. An import stops at header problems and
 * keeps the encoded rows; a dry run reports header problems with the rest, keeps the first rows for a
 * preview and no encoded rows. */
async function readAndCheck(db: Database, kind: string, source: TableSource, options: ImportOptions, mode: 'import' | 'dry-run'): Promise<CheckedFile> {
  const spec = kindSpec(kind);
  if (!spec) throw new ValidationError(`unknown kind "${kind}"; expected organizations, clusters, memberships, contracts or projects`);
  const fail = (message: string, errors: CellError[] = [], total?: number) =>
    new ValidationError(`${options.name}: ${message}`, errors, total);
  const dryRun = mode === 'dry-run';

  let table;
  try {
    table = await readTable(source, formatOf(options.name));
  } catch (error) {
    throw fail((error as Error).message);
  }
  const columns = mapHeader(table.header, spec);
  if (columns.errors.length > 0 && !dryRun) throw fail('the header row has problems', columns.errors);

  const errors: CellError[] = [];
  let errorCount = 0;
  const report = (error: CellError) => {
    errorCount += 1;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(error);
  };
  columns.errors.forEach(report);
  // Rows are not checked against a broken header: every one would repeat its problems.
  const check = columns.errors.length === 0 ? await rowChecker(db, spec, columns.mapped) : null;
  const pending: PendingRow[] = [];
  const preview: string[][] = [];
  const previewRows: number[] = [];
  let rowsRead = 0;
  for await (const batch of table.batches) {
    for (const { row, cells } of batch) {
      if (dryRun && preview.length < PREVIEW_ROWS) {
        preview.push(table.header.map((_h, i) => cells[i] ?? ''));
        previewRows.push(row);
      }
      if (!check) continue;
      const checked = check(row, cells);
      if ('problems' in checked) {
        for (const p of checked.problems) report({ row, column: columnOf(spec, p.field), message: p.message });
      } else if (errorCount === 0 && !dryRun) {
        pending.push(checked.pending);
      }
    }
    rowsRead += batch.length;
    options.onProgress?.(rowsRead);
  }
  const columnNames = table.header.map((h, i) => columns.mapped[i]?.column ?? h);
  return { spec, rows: rowsRead, columns: columnNames, preview, previewRows, errors, errorCount, pending };
}

type RowCheck = { pending: PendingRow } | { problems: FieldProblem[] };

/** Builds the check of one data row: type the cells, validate with the kind's schema, check references,
 * ids and UNPs against the database and the rows before it, and encode it for COPY. */
async function rowChecker(db: Database, spec: KindSpec, mapped: (ColumnSpec | null)[]): Promise<(row: number, cells: string[]) => RowCheck> {
  const [refs, existingIds, existingUnps] = await Promise.all([
    loadAllReferences(db.pool, spec.kind),
    keySet(db, `SELECT id::text AS k FROM ${spec.table}`),
    spec.kind === 'organizations' ? keySet(db, 'SELECT unp AS k FROM organizations WHERE unp IS NOT NULL') : new Set<string>(),
  ]);
  const dbColumns = copyColumns(spec);
  const seenIds = new Set<number>();
  const seenUnps = new Map<string, number>();

  return (row, cells) => {
    const raw: Record<string, unknown> = {};
    const problems: FieldProblem[] = [];
    mapped.forEach((column, i) => {
      if (!column) return;
      const result = readCell(cells[i] ?? '', column.type);
      if ('error' in result) problems.push({ field: column.field, message: result.error });
      else if (result.value !== undefined) raw[column.field] = result.value;
    });
    if (problems.length > 0) return { problems };
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      return { problems: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? '(row)'), message: issue.message })) };
    }
    const entity = parsed.data;
    problems.push(...referenceProblems(spec.kind, entity, refs));
    if (spec.kind === 'organizations') {
      const sizeProblem = settleSizeClass(entity as { sizeClass?: string | null; employees?: number | null });
      if (sizeProblem) problems.push(sizeProblem);
      const unp = entity.unp as string | undefined;
      if (unp) {
        if (existingUnps.has(unp)) problems.push({ field: 'unp', message: `UNP ${unp} is already registered` });
        else if (seenUnps.has(unp)) problems.push({ field: 'unp', message: `UNP ${unp} repeats row ${seenUnps.get(unp)}` });
        else seenUnps.set(unp, row);
      }
    }
    const id = (entity.id as number | undefined) ?? null;
    if (id !== null) {
      if (existingIds.has(String(id))) problems.push({ field: 'id', message: `id ${id} already exists` });
      else if (seenIds.has(id)) problems.push({ field: 'id', message: `id ${id} repeats an earlier row` });
      seenIds.add(id);
    }
    if (problems.length > 0) return { problems };
    return {
      pending: {
        id,
        rest: copyLine(dbColumns.map((c) => entity[c.field])),
        status: spec.kind === 'clusters' ? { status: entity.status, since: entity.statusSince } : undefined,
      },
    };
  };
}

/** The columns written by COPY after the id, in order. */
const copyColumns = (spec: KindSpec) => spec.columns.filter((c) => c.db && c.column !== 'id');

async function keySet(db: Database, sql: string): Promise<Set<string>> {
  const { rows } = await db.pool.query<{ k: string }>(sql);
  return new Set(rows.map((r) => r.k));
}

/** Rows without an id get ids after the largest one in the table or the file (the table is locked). */
async function assignIds(client: pg.PoolClient, table: string, rows: PendingRow[]): Promise<number[]> {
  const { rows: [max] } = await client.query<{ m: number }>(`SELECT coalesce(max(id), 0)::int AS m FROM ${table}`);
  let next = max!.m;
  for (const r of rows) if (r.id !== null && r.id > next) next = r.id;
  return rows.map((r) => r.id ?? ++next);
}

/** True when `table` holds at most `limit` rows (counts no further than that). */
async function rowsAtMost(client: pg.PoolClient, table: string, limit: number): Promise<boolean> {
  const { rows: [r] } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} LIMIT $1) s`, [limit + 1]);
  return r!.n <= limit;
}

/** On the embedded database, loads of at least this many rows into a table no larger than the load rebuild
 * secondary indexes once instead of updating them row by row (measured on 1M organisations: COPY 18.4 s ->
 * 10.6 s + 4.5 s rebuild). Not on a server, where DROP INDEX would block readers until the import commits. */
const BULK_ROWS = 50_000;

async function withSecondaryIndexesRebuiltIf(client: pg.PoolClient, table: string, rebuild: boolean, load: () => Promise<void>): Promise<void> {
  if (!rebuild) return load();
  // Inside the import's transaction: a failure restores the indexes with everything else.
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = $1
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [table],
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  await load();
  for (const index of indexes) await client.query(index.definition);
}

function mapHeader(header: string[], spec: KindSpec): { mapped: (ColumnSpec | null)[]; errors: CellError[] } {
  const byName = new Map<string, ColumnSpec>();
  for (const c of spec.columns) for (const name of [c.column, ...(c.aliases ?? [])]) byName.set(normalizeHeader(name), c);
  const errors: CellError[] = [];
  const seen = new Set<string>();
  const mapped = header.map((h) => {
    const name = normalizeHeader(h);
    if (name === '') return null;
    const column = byName.get(name);
    if (!column) {
      errors.push({ row: 1, column: h, message: `unknown column; expected ${spec.columns.map((c) => c.column).join(', ')}` });
      return null;
    }
    if (seen.has(column.column)) errors.push({ row: 1, column: h, message: `column ${column.column} appears twice` });
    seen.add(column.column);
    return column;
  });
  for (const c of spec.columns) {
    if (c.required && !seen.has(c.column)) errors.push({ row: 1, column: c.column, message: 'required column is missing' });
  }
  return { mapped, errors };
}

function normalizeHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

function columnOf(spec: KindSpec, field: PropertyKey | undefined): string {
  return spec.columns.find((c) => c.field === field)?.column ?? String(field ?? '(row)');
}
