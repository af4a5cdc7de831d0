// Where the time of a registry import goes. Re-runs the steps of importRegistryFile (src/services/
// registry-import.ts, as of commit 879a6ea) on the benchmark file as cumulative passes, each adding one step,
// then times the write (COPY) under variants. Not a *.bench.ts file: `npm run bench` does not run it; it
// mirrors internals of the import, so update it when they change.
//
//   node --import tsx --expose-gc bench/profile-import.ts [CSV] [STEPS]
//   CSV: default the bench/out/organizations-<BENCH_N>-seed42-*.csv written by `npm run bench:import`;
//   STEPS: comma list of parse,cells,zod,refs,copyline,write (default all).
import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyLine, copyValue, type Database, openDatabase } from '../src/db/database.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { kindSpec } from '../src/domain/columns.ts';
import { settleSizeClass } from '../src/domain/organization.ts';
import { readCell } from '../src/services/files/cells.ts';
import { readTable } from '../src/services/files/read-table.ts';
import { loadReferenceData } from '../src/services/reference-data.ts';
import { loadAllReferences, referenceProblems } from '../src/services/registry-references.ts';
import { defaultReferenceDir } from './generate-organizations.ts';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const N = process.env.BENCH_N ?? '1000000';
const csv = process.argv[2] || newest(new RegExp(`^organizations-${N}-seed42-[0-9a-f]+\\.csv$`));
const steps = new Set((process.argv[3] ?? 'parse,cells,zod,refs,copyline,write').split(','));
const spec = kindSpec('organizations')!;
const dbColumns = spec.columns.filter((c) => c.db && c.column !== 'id');
const copyColumns = ['id', ...dbColumns.map((c) => c.db!)];
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

function newest(pattern: RegExp): string {
  const dir = join(BENCH, 'out');
  const files = readdirSync(dir).filter((f) => pattern.test(f)).map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`no ${pattern} in ${dir}: run npm run bench:import first`);
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  gc();
  const started = performance.now();
  const value = await fn();
  const seconds = (performance.now() - started) / 1000;
  const m = process.memoryUsage();
  console.log(`${label.padEnd(72)} ${seconds.toFixed(1).padStart(6)} s   heap ${mib(m.heapUsed).padStart(8)}   rss ${mib(m.rss)}`);
  return value;
}

type Step = 'parse' | 'cells' | 'zod' | 'refs' | 'copyline';
const STEPS: Step[] = ['parse', 'cells', 'zod', 'refs', 'copyline'];
type Encode = (values: readonly unknown[]) => string;
/** copyLine as it was in 6061368 (`+=`: a rope whose leaves are the cells, slices of the parser's chunks), to
 * show what keeping such lines costs; src now builds one flat string (Array.join). */
const ropeCopyLine: Encode = (values) => {
  let line = copyValue(values[0]);
  for (let i = 1; i < values.length; i++) line += `\t${copyValue(values[i])}`;
  return `${line}\n`;
};

/** The validation loop of importRegistryFile up to `step` (inclusive); at 'copyline' returns the COPY lines
 * (without the id, as `pending[].rest` in the import). */
async function pass(step: Step, db: Database, encode: Encode = copyLine): Promise<string[]> {
  const upTo = STEPS.indexOf(step);
  const refs = await loadAllReferences(db.pool, 'organizations');
  const table = await readTable({ path: csv }, 'csv');
  const byName = new Map(spec.columns.map((c) => [c.column, c]));
  const mapped = table.header.map((h) => byName.get(h.trim().toLowerCase()) ?? null);
  const seenUnps = new Map<string, number>();
  const out: string[] = [];
  let rows = 0;
  for await (const batch of table.batches) {
    for (const { row, cells } of batch) {
      rows += 1;
      if (upTo < 1) continue;
      const raw: Record<string, unknown> = {};
      mapped.forEach((column, i) => {
        if (!column) return;
        const result = readCell(cells[i] ?? '', column.type);
        if (!('error' in result) && result.value !== undefined) raw[column.field] = result.value;
      });
      if (upTo < 2) continue;
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) throw new Error(`row ${row}: ${parsed.error.message}`);
      const entity = parsed.data;
      if (upTo < 3) continue;
      const problems = referenceProblems('organizations', entity, refs);
      const sizeProblem = settleSizeClass(entity as { sizeClass?: string | null; employees?: number | null });
      if (sizeProblem) problems.push(sizeProblem);
      const unp = entity.unp as string;
      if (seenUnps.has(unp)) problems.push({ field: 'unp', message: 'repeat' });
      else seenUnps.set(unp, row);
      if (problems.length > 0) throw new Error(`row ${row}: ${JSON.stringify(problems)}`);
      if (upTo < 4) continue;
      out.push(encode(dbColumns.map((c) => entity[c.field])));
    }
  }
  if (rows === 0) throw new Error('no rows');
  return out;
}

/** One write as in importRegistryFile (LOCK, ids, COPY), optionally with the secondary indexes dropped
 * before COPY and built again after it; rolled back, so the next variant starts from the same empty table. */
async function write(db: Database, label: string, rests: string[], rebuildIndexes: boolean): Promise<void> {
  await db.transaction(async (client) => {
    await client.query('LOCK TABLE organizations IN SHARE ROW EXCLUSIVE MODE');
    const indexes = rebuildIndexes
      ? (await client.query<{ name: string; def: string }>(
        "SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'organizations' AND indexname <> 'organizations_pkey'",
      )).rows
      : [];
    for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
    await timed(`  ${label}: COPY`, async () => {
      const lines = rests.map((rest, i) => `${i + 1}\t${rest}`);
      await db.copyRows(client, 'organizations', copyColumns, lines);
    });
    if (indexes.length > 0) {
      await timed(`  ${label}: CREATE the ${indexes.length} secondary indexes`, async () => {
        for (const i of indexes) await client.query(i.def);
      });
    }
    await client.query('ROLLBACK');
    await client.query('BEGIN'); // the transaction helper then commits an empty transaction
  });
  await db.pool.query('VACUUM organizations'); // drop the rolled-back rows' dead tuples and index entries
}

async function main(): Promise<void> {
  console.log(`profiling ${csv} (${(statSync(csv).size / 1e6).toFixed(0)} MB), node ${process.version}\n`);
  const dir = await mkdtemp(join(tmpdir(), 'ca-prof-'));
  const db = openDatabase({ dataDir: join(dir, 'pgdata') });
  try {
    await migrateDatabase(db);
    await loadReferenceData(db, process.env.BENCH_REFERENCE_DIR ?? defaultReferenceDir());

    console.log('validation pass, cumulative (each line includes the steps above it):');
    const labels: Record<Step, string> = {
      parse: '  CSV parse (readTable batches)',
      cells: '  + readCell per column',
      zod: '  + OrganizationInput.safeParse (zod)',
      refs: '  + referenceProblems + size class + UNP repeats',
      copyline: '  + copyLine (COPY text), lines kept as in the import',
    };
    for (const step of STEPS) {
      if (steps.has(step) && (step !== 'copyline' || !steps.has('write'))) await timed(labels[step], () => pass(step, db));
    }
    if (!steps.has('write')) return;

    console.log('\nwrite (COPY into a fresh table, 4 indexes; rolled back), by how the lines were built:');
    let rests = await timed(labels.copyline, () => pass('copyline', db));
    await write(db, 'src copyLine (flat)', rests, false);
    await write(db, 'src copyLine, secondary indexes rebuilt', rests, true);
    rests = [];
    rests = await timed('  + copyLine as a rope (6061368), lines kept', () => pass('copyline', db, ropeCopyLine));
    await write(db, 'rope lines', rests, false);
    await write(db, 'rope lines, secondary indexes rebuilt', rests, true);
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
