// The `cluster-atlas complexity` command as a whole process (PRODUCT.md quality bar: under 0.3 s on the real HS4
// 2017 matrix): start Node, read the CSV, compute, write locations.csv, products.csv and cells.csv. Spawns
// bin/cluster-atlas.js BENCH_RUNS times on data/trade/world_exports_hs4_2017.csv (the repository's copy, 224 x
// 1,222) and reports the median wall time, whether the compiled build (dist/, `npm run build:cli`) or tsx ran,
// and an in-process breakdown by phase (one cold run). Compares with bench/complexity-baseline.json
// (cli_process_ms). Reports; does not gate: exits 0 unless it crashes.
//
//   npm run bench:complexity-cli
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUT = join(ROOT, 'data/trade/world_exports_hs4_2017.csv');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 300;
const baseline = JSON.parse(readFileSync(new URL('./complexity-baseline.json', import.meta.url), 'utf8')) as { cli_process_ms: number };
/** bin/cluster-atlas.js's rule: dist/ is used when its stamp is newer than every file in src/. */
function compiledIsFresh(): boolean {
  const stamp = join(ROOT, 'dist/.built');
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return readdirSync(join(ROOT, 'src'), { recursive: true }).every((f) => statSync(join(ROOT, 'src', String(f))).mtimeMs <= built);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

console.log('`cluster-atlas complexity` as a whole process (HS4 2017, 224 x 1,222, atlas preset)');
console.log(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const out = mkdtempSync(join(tmpdir(), 'complexity-cli-'));
try {
  const compiled = compiledIsFresh();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/cluster-atlas.js'), 'complexity', '--input', INPUT, '--out', out], { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`the command failed (${run.status}): ${run.stderr}`);
  }
  const total = median(times);
  console.log(`compiled build used: ${compiled ? 'yes' : 'no, dist/ is missing or older than src/: run npm run build:cli (tsx adds about 1 s)'}`);
  console.log(`whole process: ${total.toFixed(0)} ms median of ${RUNS} (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);

  // Where the time goes, in this process (modules through tsx, so the import figure is not the compiled one).
  const t0 = performance.now();
  const { readComplexityInput } = await import('../src/services/complexity-input.ts');
  const output = await import('../src/services/complexity-output.ts');
  const t1 = performance.now();
  const input = await readComplexityInput(INPUT);
  const t2 = performance.now();
  const run = output.computeComplexity(input, { preset: 'atlas' });
  const t3 = performance.now();
  const files = [
    { name: 'locations.csv', text: output.locationsCsv(run) },
    { name: 'products.csv', text: output.productsCsv(run) },
    { name: 'cells.csv', text: output.cellsCsv(run) },
  ];
  const t4 = performance.now();
  await output.writeFilesAtomically(out, files);
  const t5 = performance.now();
  const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
  console.log(`phases (one cold run in process): load modules ${ms(t0, t1)} (tsx), read CSV ${ms(t1, t2)}, compute ${ms(t2, t3)}, `
    + `format CSV ${ms(t3, t4)} (${run.input.locations.length * run.input.products.length} cells), write ${ms(t4, t5)}`);
  const targetOk = total < TARGET_MS;
  const baselineOk = total <= baseline.cli_process_ms;
  console.log(`target < ${TARGET_MS} ms: ${targetOk ? 'PASS' : 'FAIL'}; baseline ${baseline.cli_process_ms} ms: ${baselineOk ? 'PASS' : 'FAIL'}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
