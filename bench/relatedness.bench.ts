// Relatedness and grouping benchmark (issue 4): co-location relatedness of 600 categories over 10,000 regions
// (a seeded random employment matrix), then average-linkage hierarchical clustering of the 600 categories
// and the DPS validation scores of the grouping. Prints the time of each step (best of BENCH_RUNS) and
// spot-checks the relatedness against a direct Pearson correlation. Reports; does not gate: exits 1 only
// when a correctness check fails.
//
//   npm run bench -- relatedness      (node --import tsx --expose-gc bench/relatedness.bench.ts)
//   env: BENCH_REGIONS (10000), BENCH_CATEGORIES (600), BENCH_CLUSTERS (50), BENCH_RUNS (3), BENCH_SEED (42)
import { cpus, loadavg } from 'node:os';
import { validateClusters } from '../src/analytics/cluster-validation.ts';
import { hierarchicalClustering } from '../src/analytics/hierarchical-clustering.ts';
import { relatedness } from '../src/analytics/relatedness.ts';
import { mulberry32 } from './random.ts';

const envInt = (name: string, fallback: number) => Number((process.env[name] ?? String(fallback)).replace(/_/g, ''));
const N_REGIONS = envInt('BENCH_REGIONS', 10_000);
const N_CATEGORIES = envInt('BENCH_CATEGORIES', 600);
const N_CLUSTERS = envInt('BENCH_CLUSTERS', 50);
const RUNS = envInt('BENCH_RUNS', 3);
const SEED = envInt('BENCH_SEED', 42);

console.log(`relatedness benchmark: ${N_REGIONS.toLocaleString('en-US')} regions x ${N_CATEGORIES} categories, seed ${SEED}`);
console.log(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

// Employment with some co-location structure: each category belongs to one of N_CLUSTERS latent groups and
// is larger in regions where its group is strong.
const rng = mulberry32(SEED);
const strength = new Float64Array(N_REGIONS * N_CLUSTERS);
for (let i = 0; i < strength.length; i++) strength[i] = rng() < 0.1 ? 5 : 1;
const employment = new Float64Array(N_REGIONS * N_CATEGORIES);
for (let r = 0; r < N_REGIONS; r++) {
  for (let c = 0; c < N_CATEGORIES; c++) {
    employment[r * N_CATEGORIES + c] = Math.floor(100 * rng() * (strength[r * N_CLUSTERS + (c % N_CLUSTERS)] as number));
  }
}

function best<T>(label: string, run: () => T): T {
  let result: T | undefined;
  let fastest = Infinity;
  for (let i = 0; i < RUNS; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    result = run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  console.log(`${label}: ${fastest.toFixed(0)} ms (best of ${RUNS})`);
  return result as T;
}

const cr = best(`relatedness (lq), ${N_CATEGORIES} x ${N_REGIONS}`, () => relatedness(employment, N_REGIONS, N_CATEGORIES));
const grouping = best(`hierarchicalClustering (average, k = ${N_CLUSTERS}), ${N_CATEGORIES} items`, () =>
  hierarchicalClustering(cr, N_CATEGORIES, { k: N_CLUSTERS }),
);
const scores = best(`validateClusters, ${N_CATEGORIES} industries`, () => validateClusters(cr, N_CATEGORIES, grouping.labels));
console.log(`scores: cluster ${scores.clusterScore.toFixed(3)}, industry ${scores.industryScore.toFixed(3)}`);

// Correctness: a few pairs against a direct Pearson correlation of the shares (LQ correlations are equal).
let failed = false;
const share = (r: number, c: number) => {
  let total = 0;
  for (let j = 0; j < N_CATEGORIES; j++) total += employment[r * N_CATEGORIES + j] as number;
  return (employment[r * N_CATEGORIES + c] as number) / total;
};
for (const [i, j] of [[0, 1], [0, N_CLUSTERS], [N_CATEGORIES - 2, N_CATEGORIES - 1]] as const) {
  const x = Array.from({ length: N_REGIONS }, (_, r) => share(r, i));
  const y = Array.from({ length: N_REGIONS }, (_, r) => share(r, j));
  const mx = x.reduce((a, b) => a + b, 0) / N_REGIONS;
  const my = y.reduce((a, b) => a + b, 0) / N_REGIONS;
  let sxy = 0, sxx = 0, syy = 0;
  for (let r = 0; r < N_REGIONS; r++) {
    sxy += ((x[r] as number) - mx) * ((y[r] as number) - my);
    sxx += ((x[r] as number) - mx) ** 2;
    syy += ((y[r] as number) - my) ** 2;
  }
  const expected = sxy / Math.sqrt(sxx * syy);
  const got = cr[i * N_CATEGORIES + j] as number;
  const ok = Math.abs(got - expected) < 1e-9 && got === cr[j * N_CATEGORIES + i];
  console.log(`${ok ? 'ok  ' : 'FAIL'} CR(${i}, ${j}) = ${got.toFixed(6)} (direct ${expected.toFixed(6)})`);
  failed ||= !ok;
}
process.exitCode = failed ? 1 : 0;
