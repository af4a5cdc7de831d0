// Economic-complexity engine benchmark (issue 5). Two cases, each run in process, parsing not timed:
//   1. the real HS4 2017 world export matrix (../shared/data/trade/world_exports_country_x_hs4_2017.csv,
//      about 224 countries x 1,222 products, parsed with papaparse): the whole suite RCA -> COG, target < 150 ms;
//   2. a synthetic 230 x 5,000 (HS6-size) matrix with a nested capability structure, target < 2 s.
// Each case: a warm-up run, then BENCH_RUNS timed runs of the stages (dropEmpty, RCA, M, ECI/PCI eigenvector,
// proximity, density + COI + COG + outlook gain, standardisation) and of the one entry point `complexity`;
// the median is reported, with peak RSS and the memory of the result's arrays. Compares with
// bench/complexity-baseline.json (measured figures with headroom for this shared machine), so that a
// regression shows as FAIL. Reports; does not gate: exits 0 unless it crashes.
//
//   npm run bench:complexity      (node --import tsx --expose-gc bench/complexity.bench.ts)
//   env: BENCH_RUNS (5), BENCH_SEED (42), BENCH_PRODUCTS (5000; synthetic case)
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import Papa from 'papaparse';
import {
  complexity,
  complexityOutlook,
  dropEmpty,
  eciPciEigenvector,
  matrixFromCodes,
  PRESETS,
  presence,
  presetMoments,
  proximity,
  rca,
} from '../src/analytics/complexity/index.ts';
import { mulberry32 } from './random.ts';

const envInt = (name: string, fallback: number) => Number((process.env[name] ?? String(fallback)).replace(/_/g, ''));
const RUNS = envInt('BENCH_RUNS', 5);
const SEED = envInt('BENCH_SEED', 42);
const SYNTH_PRODUCTS = envInt('BENCH_PRODUCTS', 5000);
const TRADE = new URL('../../shared/data/trade/world_exports_country_x_hs4_2017.csv', import.meta.url);
const gc = (globalThis as { gc?: () => void }).gc;
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

interface Baseline { hs4_ms: number; synthetic_ms: number; peak_rss_mib: number }
const baseline = JSON.parse(readFileSync(new URL('./complexity-baseline.json', import.meta.url), 'utf8')) as Baseline;

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** One run of the stages as the engine chains them (atlas preset), with a time per stage in ms. */
function stages(values: Float64Array, nL: number, nP: number): Record<string, number> {
  const t: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    t[name] = now - t0;
    t0 = now;
    sample();
  };
  const preset = PRESETS.atlas;
  const kept = dropEmpty(values, nL, nP);
  lap('dropEmpty');
  const r = rca(kept.values, kept.nLocations, kept.nProducts);
  lap('rca');
  const pr = presence(r, kept.nLocations, kept.nProducts, { strict: preset.strict });
  lap('M, diversity, ubiquity');
  const raw = eciPciEigenvector(pr, kept.nLocations, kept.nProducts);
  const { mean, sd } = presetMoments(raw.kc, preset.moments, kept.nProducts);
  raw.kc.map((v) => (v - mean) / sd);
  const pci = raw.kp.map((v) => (v - mean) / sd);
  lap('ECI, PCI (eigenvector)');
  const phi = proximity(pr, kept.nLocations, kept.nProducts);
  lap('proximity');
  const out = complexityOutlook(pr, phi, raw.kp.map((v) => v / sd), kept.nLocations, kept.nProducts, { diagonal: preset.diagonal });
  lap('density, COI, COG, gain');
  const m = presetMoments(out.coi, preset.moments, kept.nProducts);
  out.coi.map((v) => (v - m.mean) / m.sd);
  lap('standardise COI');
  if (pci.length !== kept.nProducts) throw new Error('unexpected');
  return t;
}

function runCase(name: string, values: Float64Array, nL: number, nP: number, targetMs: number, baselineMs: number): boolean {
  const nnz = presence(rca(values, nL, nP), nL, nP, { strict: true }).rows.cols.length;
  console.log(`\n${name}: ${nL} locations x ${nP} products, M has ${nnz.toLocaleString('en-US')} ones (${((100 * nnz) / (nL * nP)).toFixed(1)}%)`);
  stages(values, nL, nP); // warm-up
  complexity(values, nL, nP);
  const perStage: Record<string, number[]> = {};
  const whole: number[] = [];
  let resultBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    gc?.();
    for (const [stage, ms] of Object.entries(stages(values, nL, nP))) (perStage[stage] ??= []).push(ms);
    gc?.();
    const t0 = performance.now();
    const result = complexity(values, nL, nP, { preset: 'atlas' });
    whole.push(performance.now() - t0);
    sample();
    resultBytes = Object.values(result).reduce((s: number, v) => s + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0);
  }
  let sum = 0;
  for (const [stage, xs] of Object.entries(perStage)) {
    const m = median(xs);
    sum += m;
    console.log(`  ${stage.padEnd(26)} ${m.toFixed(1).padStart(8)} ms`);
  }
  console.log(`  ${'sum of stages'.padEnd(26)} ${sum.toFixed(1).padStart(8)} ms`);
  const total = median(whole);
  console.log(`  complexity() whole suite  ${total.toFixed(1).padStart(8)} ms (median of ${RUNS}; min ${Math.min(...whole).toFixed(1)}, max ${Math.max(...whole).toFixed(1)})`);
  console.log(`  result arrays ${MiB(resultBytes)}; peak RSS so far ${MiB(peakRss)}`);
  const targetOk = total < targetMs;
  const baselineOk = total <= baselineMs;
  console.log(`  target < ${targetMs} ms: ${targetOk ? 'PASS' : 'FAIL'}; baseline ${baselineMs} ms: ${baselineOk ? 'PASS' : 'FAIL'}`);
  return targetOk && baselineOk;
}

/** A nested synthetic export matrix: location capability a_c, product requirement b_p, log-normal values. */
function synthetic(nL: number, nP: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const cap = Float64Array.from({ length: nL }, () => normal());
  const req = Float64Array.from({ length: nP }, () => normal());
  const size = Float64Array.from({ length: nL }, () => 2 * normal());
  const x = new Float64Array(nL * nP);
  for (let c = 0; c < nL; c++) {
    for (let p = 0; p < nP; p++) {
      const prob = 1 / (1 + Math.exp(2 - 2 * ((cap[c] as number) - (req[p] as number))));
      x[c * nP + p] = random() < prob ? Math.exp(12 + (size[c] as number) + 1.5 * normal()) : 0;
    }
  }
  return x;
}

console.log('economic complexity benchmark (atlas preset, eigenvector method)');
console.log(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
let ok = true;
if (existsSync(TRADE)) {
  const parsed = Papa.parse<{ reporter_iso: string; product_code: string; export_value_usd: string }>(readFileSync(TRADE, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(`${TRADE.pathname}: ${parsed.errors[0]?.message}`);
  const rows = parsed.data;
  const m = matrixFromCodes(rows.map((r) => r.reporter_iso), rows.map((r) => r.product_code), rows.map((r) => Number(r.export_value_usd)));
  console.log(`HS4 2017: ${rows.length.toLocaleString('en-US')} rows (parsing not timed)`);
  ok = runCase('real HS4 2017', m.values, m.locations.length, m.products.length, 150, baseline.hs4_ms) && ok;
} else {
  console.log(`skipped the real HS4 2017 case: ${TRADE.pathname} is absent (it lives in ../shared)`);
}
ok = runCase('synthetic', synthetic(230, SYNTH_PRODUCTS, SEED), 230, SYNTH_PRODUCTS, 2000, baseline.synthetic_ms) && ok;
console.log(`\npeak RSS ${MiB(peakRss)} (baseline ${baseline.peak_rss_mib} MiB): ${peakRss / 2 ** 20 <= baseline.peak_rss_mib ? 'PASS' : 'FAIL'}`);
console.log(ok ? 'PASS' : 'FAIL');
