// Cluster mapping benchmark (issue 4): 10,000 regions x 600 categories x 15 years of employment,
// establishments and wages as typed arrays in memory (bench/generate-mapping.ts; no CSV), each year run
// through locationQuotient (traded/local denominators) + classifyClusters + clusterStars (with wages).
// Prints the total and per-year compute time (target: total < 2 s), peak RSS and heap, and compares with
// bench/mapping-baseline.json (the measured figures with room for this shared machine's load, so that a
// regression shows as FAIL while 2 s stays the bar). Reports; does not gate: exits 0 unless it crashes.
//
//   npm run bench:mapping        (node --import tsx --expose-gc bench/mapping.bench.ts)
//   env: BENCH_REGIONS (10000), BENCH_CATEGORIES (600), BENCH_YEARS (15), BENCH_SEED (42)
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { locationQuotient } from '../src/analytics/location-quotient.ts';
import { classifyClusters } from '../src/analytics/strong-clusters.ts';
import { clusterStars } from '../src/analytics/stars.ts';
import { generateMappingDataset } from './generate-mapping.ts';

const TARGET_SECONDS = 2;
const envInt = (name: string, fallback: number) => Number((process.env[name] ?? String(fallback)).replace(/_/g, ''));
const N_REGIONS = envInt('BENCH_REGIONS', 10_000);
const N_CATEGORIES = envInt('BENCH_CATEGORIES', 600);
const N_YEARS = envInt('BENCH_YEARS', 15);
const SEED = envInt('BENCH_SEED', 42);

const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;
const gc = (globalThis as { gc?: () => void }).gc;

interface Baseline { total_seconds: number; peak_rss_mib: number }
const baseline = JSON.parse(readFileSync(new URL('./mapping-baseline.json', import.meta.url), 'utf8')) as Baseline;

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

console.log(`cluster mapping benchmark: ${N_REGIONS.toLocaleString('en-US')} regions x ${N_CATEGORIES} categories x ${N_YEARS} years, seed ${SEED}`);
console.log(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

let t = performance.now();
const data = generateMappingDataset(N_REGIONS, N_CATEGORIES, N_YEARS, SEED);
const cells = N_REGIONS * N_CATEGORIES;
const inputBytes = data.years.length * cells * 8 * 3;
console.log(`generated in ${ms((performance.now() - t) / 1000)}: ${MiB(inputBytes)} of input arrays`);
gc?.();
sample();
const rssBefore = process.memoryUsage().rss;

const perYear: number[] = [];
let strongTotal = 0;
let starsTotal = 0;
let nanTotal = 0;
const started = performance.now();
for (const y of data.years) {
  t = performance.now();
  const lq = locationQuotient(y.employment, N_REGIONS, N_CATEGORIES, { traded: data.traded });
  const flags = classifyClusters(lq, y.employment, y.establishments, N_REGIONS, N_CATEGORIES);
  const stars = clusterStars(y.employment, lq, N_REGIONS, N_CATEGORIES, y.wages);
  perYear.push((performance.now() - t) / 1000);
  sample();
  // Checksums, so that no work can be optimised away and runs can be compared.
  for (let i = 0; i < cells; i++) {
    strongTotal += flags.strong[i] as number;
    starsTotal += stars.stars[i] as number;
    if (Number.isNaN(lq[i])) nanTotal += 1;
  }
}
const total = (performance.now() - started) / 1000;
sample();

const sorted = [...perYear].sort((a, b) => a - b);
console.log('');
console.log(`per year: ${perYear.map((s, i) => `${data.years[i]?.year}: ${ms(s)}`).join(', ')}`);
console.log(`per year: min ${ms(sorted[0] ?? 0)}, median ${ms(sorted[Math.floor(sorted.length / 2)] ?? 0)}, max ${ms(sorted[sorted.length - 1] ?? 0)}`);
console.log(`checksums: ${strongTotal} strong cells, ${starsTotal} stars, ${nanTotal} undefined LQs over ${N_YEARS} years`);
console.log(`total compute (LQ + classification + stars, ${N_YEARS} years): ${total.toFixed(3)} s (target < ${TARGET_SECONDS} s)`);
console.log(`memory: peak RSS ${MiB(peakRss)} (input arrays ${MiB(inputBytes)}, RSS before computing ${MiB(rssBefore)}), peak heap used ${MiB(peakHeap)}`);

const full = N_REGIONS === 10_000 && N_CATEGORIES === 600 && N_YEARS === 15;
const targetOk = total < TARGET_SECONDS;
const baselineOk = total <= baseline.total_seconds;
console.log(`baseline (bench/mapping-baseline.json): ${baseline.total_seconds} s, ${baseline.peak_rss_mib} MiB peak RSS`);
if (!full) console.log('(not the full 10,000 x 600 x 15 case: the target and baseline apply to the full case only)');
console.log(`target < ${TARGET_SECONDS} s: ${targetOk ? 'PASS' : 'FAIL'}; baseline: ${baselineOk ? 'PASS' : 'FAIL'}`
  + `; peak RSS vs baseline: ${peakRss / 2 ** 20 <= baseline.peak_rss_mib ? 'PASS' : 'FAIL'}`);
console.log(targetOk && baselineOk ? 'PASS' : 'FAIL');
