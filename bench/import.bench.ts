// Registry import benchmark: N synthetic organisations (BENCH_N, default 1,000,000) imported into a fresh
// embedded PGlite database, then the same file with one bad UNP near the end, which must be rejected whole.
// Reports; does not gate: exit code 1 only when a correctness check fails (or the run crashes).
//
//   npm run bench:import                  (node --import tsx --expose-gc bench/import.bench.ts)
//   BENCH_N=100000 npm run bench:import   (smaller run; seconds are also shown scaled to 1M rows)
//   env: BENCH_N, BENCH_SEED (42), BENCH_REFERENCE_DIR (data/ if complete, else test/fixtures/reference),
//        BENCH_KEEP_DB=1 (keep the temporary database folders)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { ValidationError } from '../src/services/errors.ts';
import { loadReferenceData } from '../src/services/reference-data.ts';
import { importRegistryFile } from '../src/services/registry-import.ts';
import { defaultReferenceDir, readReferenceCodes, type ReferenceCodes } from './generate-organizations.ts';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const OUT = join(BENCH, 'out');
const TARGET_1M_SECONDS = 60;

const N = Number((process.env.BENCH_N ?? '1000000').replace(/_/g, ''));
const SEED = Number(process.env.BENCH_SEED ?? 42);
const BAD_ROW = Math.max(2, N - 10); // spreadsheet row number (header = row 1)

const MB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const fmt = (n: number) => n.toLocaleString('en-US');
const failures: string[] = [];
function check(ok: boolean, what: string): void {
  console.log(`  check: ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

/** Samples RSS and heap every 100 ms; the kernel's maxRSS also catches peaks between samples (and while the
 * event loop is blocked by synchronous work). */
class MemorySampler {
  peakRss = 0;
  peakHeapUsed = 0;
  private timer?: NodeJS.Timeout;
  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), 100);
    return this;
  }
  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.peakRss) this.peakRss = m.rss;
    if (m.heapUsed > this.peakHeapUsed) this.peakHeapUsed = m.heapUsed;
  }
  stop(): this {
    clearInterval(this.timer);
    this.sample();
    return this;
  }
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const maxRss = () => process.resourceUsage().maxRSS * 1024; // KiB on Linux

/** The CSV for (N, seed, reference codes, generator source, bad row); regenerated only when one of them changed.
 * Generation runs in a child process so that it does not count in this process' maxRSS. */
function ensureFile(refs: ReferenceCodes, badRow?: number): string {
  const generator = join(BENCH, 'generate-organizations.ts');
  const key = createHash('sha256')
    .update(JSON.stringify({ n: N, seed: SEED, sectors: refs.sectors, territories: refs.territories, badRow: badRow ?? null }))
    .update(readFileSync(generator))
    .digest('hex')
    .slice(0, 12);
  const path = join(OUT, `organizations-${N}-seed${SEED}${badRow ? `-bad${badRow}` : ''}-${key}.csv`);
  if (existsSync(path)) {
    console.log(`  reusing ${path} (${MB(statSync(path).size)})`);
    return path;
  }
  const args = ['--import', 'tsx', generator, String(N), path, String(SEED), refs.dir];
  if (badRow) args.push(`--bad-unp-row=${badRow}`);
  execFileSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  return path;
}

async function freshDatabase(refs: ReferenceCodes): Promise<{ db: Database; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ca-bench-'));
  const db = openDatabase({ dataDir: join(dir, 'pgdata') });
  await migrateDatabase(db);
  await loadReferenceData(db, refs.dir);
  return { db, dir };
}

async function countOrganizations(db: Database): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM organizations');
  return rows[0]!.n;
}

async function dispose({ db, dir }: { db: Database; dir: string }): Promise<void> {
  await db.close();
  if (process.env.BENCH_KEEP_DB === '1') console.log(`  database kept in ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}

interface GoodResult { seconds: number; rowsPerSecond: number; validationSeconds: number | null; peakRss: number; maxRss: number; heapUsedAfter: number; peakHeapUsed: number }

async function goodImport(refs: ReferenceCodes, path: string): Promise<GoodResult> {
  console.log(`\nscenario 1: import ${fmt(N)} valid organisations`);
  const handle = await freshDatabase(refs);
  try {
    const before = await countOrganizations(handle.db);
    gc();
    const rssBefore = process.memoryUsage().rss;
    const sampler = new MemorySampler().start();
    let lastProgressAt: number | null = null;
    let lastProgressRows = 0;
    const started = performance.now();
    const result = await importRegistryFile(handle.db, 'organizations', { path }, {
      name: 'bench-organizations.csv',
      onProgress: (rows) => {
        lastProgressAt = performance.now();
        lastProgressRows = rows;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    sampler.stop();
    const heapUsedAfter = process.memoryUsage().heapUsed;
    const after = await countOrganizations(handle.db);
    check(result.inserted === N, `importRegistryFile reports ${fmt(result.inserted)} inserted (expected ${fmt(N)})`);
    check(after - before === N, `SELECT count(*) FROM organizations = ${fmt(after)} (expected ${fmt(before + N)})`);
    // onProgress fires every 10,000 rows read, during the validation pass; what follows the last call is the
    // rest of that pass (< 10,000 rows) and the write transaction (ids, COPY, index maintenance, commit).
    const validationSeconds = lastProgressAt === null ? null : (lastProgressAt - started) / 1000 * (N / Math.max(1, lastProgressRows));
    const r: GoodResult = {
      seconds,
      rowsPerSecond: N / seconds,
      validationSeconds,
      peakRss: sampler.peakRss,
      maxRss: maxRss(),
      heapUsedAfter,
      peakHeapUsed: sampler.peakHeapUsed,
    };
    console.log(`  rows:            ${fmt(N)}`);
    console.log(`  seconds:         ${seconds.toFixed(1)}`);
    console.log(`  rows/s:          ${fmt(Math.round(r.rowsPerSecond))}`);
    if (validationSeconds !== null) {
      console.log(`  phases (from onProgress): read+validate ~${validationSeconds.toFixed(1)} s, write transaction ~${(seconds - validationSeconds).toFixed(1)} s`);
    }
    console.log(`  RSS before:      ${MB(rssBefore)}`);
    console.log(`  peak RSS:        ${MB(r.peakRss)} (100 ms samples), ${MB(r.maxRss)} (process maxRSS)`);
    console.log(`  heap used:       ${MB(r.peakHeapUsed)} peak (samples), ${MB(heapUsedAfter)} after import`);
    return r;
  } finally {
    await dispose(handle);
  }
}

async function badRowImport(refs: ReferenceCodes, path: string): Promise<{ seconds: number }> {
  console.log(`\nscenario 2: the same rows with an invalid UNP at row ${fmt(BAD_ROW)}: must be rejected, nothing written`);
  const handle = await freshDatabase(refs);
  try {
    const before = await countOrganizations(handle.db);
    gc();
    const started = performance.now();
    let error: unknown = null;
    try {
      await importRegistryFile(handle.db, 'organizations', { path }, { name: 'bench-organizations-bad.csv' });
    } catch (e) {
      error = e;
    }
    const seconds = (performance.now() - started) / 1000;
    const after = await countOrganizations(handle.db);
    check(error instanceof ValidationError, `import throws a ValidationError (got ${error === null ? 'no error' : (error as Error).constructor.name})`);
    if (error instanceof ValidationError) {
      console.log(`  message: ${error.message}`);
      for (const e of error.errors.slice(0, 3)) console.log(`  error:   row ${e.row}, column ${e.column}: ${e.message}`);
      check(error.totalErrors === 1, `exactly one problem reported (got ${error.totalErrors})`);
      check(error.errors.some((e) => e.row === BAD_ROW && e.column === 'unp'), `the problem names row ${BAD_ROW}, column unp`);
    } else if (error) {
      console.log(`  unexpected error: ${(error as Error).stack}`);
    }
    check(after === before, `organizations count unchanged (${fmt(before)} -> ${fmt(after)})`);
    console.log(`  seconds:         ${seconds.toFixed(1)}`);
    return { seconds };
  } finally {
    await dispose(handle);
  }
}

/** The commit measured, with a mark when src/ differs from it (or null outside a git checkout). */
function commit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: BENCH, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '../src'], { cwd: BENCH, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}+modified-src` : head;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  if (!Number.isInteger(N) || N < 20) throw new Error(`BENCH_N must be an integer >= 20, got ${process.env.BENCH_N}`);
  await mkdir(OUT, { recursive: true });
  const refs = readReferenceCodes(process.env.BENCH_REFERENCE_DIR ?? defaultReferenceDir());
  console.log(`registry import benchmark: N=${fmt(N)}, seed ${SEED}, reference ${refs.dir} (${refs.sectors.length} sector codes, ${refs.territories.length} territories)`);
  const measured = commit();
  console.log(`commit ${measured ?? '(unknown)'}, node ${process.version}, --expose-gc ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'on' : 'off'}`);
  const goodPath = ensureFile(refs);
  const badPath = ensureFile(refs, BAD_ROW);

  const good = await goodImport(refs, goodPath);
  const bad = await badRowImport(refs, badPath);

  const baseline = JSON.parse(readFileSync(join(BENCH, 'baseline.json'), 'utf8')) as { import_1m_seconds: number };
  const per1m = good.seconds * (1_000_000 / N);
  const scaled = N === 1_000_000 ? '' : ` (scaled linearly from ${fmt(N)} rows)`;
  console.log('\nsummary');
  console.log(`  import of 1M rows: ${per1m.toFixed(1)} s${scaled}`);
  console.log(`  vs target ${TARGET_1M_SECONDS} s:   ${per1m <= TARGET_1M_SECONDS ? 'PASS' : 'FAIL'} (${(per1m / TARGET_1M_SECONDS).toFixed(2)}x)`);
  console.log(`  vs baseline ${baseline.import_1m_seconds} s: ${per1m <= baseline.import_1m_seconds ? 'PASS' : 'FAIL'} (${(per1m / baseline.import_1m_seconds).toFixed(2)}x)`);
  console.log(`  bad-row rejection: ${bad.seconds.toFixed(1)} s`);
  console.log(`  correctness: ${failures.length === 0 ? 'ok' : `FAILED: ${failures.join('; ')}`}`);

  const result = {
    date: new Date().toISOString(), commit: measured, node: process.version, n: N, seed: SEED, reference: refs.dir,
    seconds: good.seconds, rowsPerSecond: good.rowsPerSecond, validationSeconds: good.validationSeconds,
    peakRssSampled: good.peakRss, maxRss: good.maxRss, peakHeapUsed: good.peakHeapUsed, heapUsedAfter: good.heapUsedAfter,
    badRowSeconds: bad.seconds, per1mSeconds: per1m, failures,
  };
  writeFileSync(join(OUT, `import-result-${N}.json`), `${JSON.stringify(result, null, 2)}\n`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error('\nbenchmark crashed:', error);
  process.exitCode = 1;
});
