// Partner-search benchmark: a seeded synthetic register (bench/generate-partners.ts), the index build (sector and
// text features, value chain, inverted lists), 1,000 top-20 queries (similar and complementary weights, some with
// filters), recall@20 against the exact brute-force scorer on a sample, and memory. Compares with
// bench/matching-baseline.json (reported, not gated). The last line is
//   matching: orgs=N build_s=... p50_ms=... p99_ms=... recall20=... rss_mb=...
//
//   npm run bench:matching -- [--orgs 1000000] [--queries 1000] [--recall-queries 50] [--seed 42]
//
// Environment: MATCHING_TRACE=1 prints each query's time and what it did (organisations scored exactly, query
// features, lists walked, bound, k-th score); MATCHING_CHEAP=N sets the index's `cheapList`.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { checkWeights } from '../src/analytics/matching/combine.ts';
import { valueChain } from '../src/analytics/matching/complementarity.ts';
import { sectorMatrix, textMatrix } from '../src/analytics/matching/featurise.ts';
import { PartnerIndex, type PartnerQuery } from '../src/analytics/matching/partner-index.ts';
import { NGRAM_SPACE } from '../src/analytics/matching/text-ngrams.ts';
import { generatePartners } from './generate-partners.ts';
import { mulberry32 } from './random.ts';

const { values: args } = parseArgs({
  options: { orgs: { type: 'string', default: '1000000' }, queries: { type: 'string', default: '1000' }, 'recall-queries': { type: 'string', default: '50' }, seed: { type: 'string', default: '42' } },
});
const N = Number(args.orgs);
const Q = Number(args.queries);
const R = Number(args['recall-queries']);
const SEED = Number(args.seed);
interface Baseline { build_s: number; p50_ms: number; p99_ms: number; rss_mb: number }
const baseline = JSON.parse(readFileSync(new URL('./matching-baseline.json', import.meta.url), 'utf8')) as Baseline;
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const timer = setInterval(sampleRss, 50);

console.log(`partner-search benchmark: ${N.toLocaleString('en-US')} organisations, ${Q} queries, seed ${SEED}`);
console.log(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
let t = performance.now();
const reg = generatePartners(N, SEED);
console.log(`generated in ${((performance.now() - t) / 1000).toFixed(2)} s`);

// build: features, value chain and index (what the service does after loading the rows)
t = performance.now();
const { tree } = reg;
const sector = sectorMatrix(tree, reg.codes);
const tSector = performance.now();
const text = textMatrix(reg.texts, { maxDf: 0.1 });
const tText = performance.now();
const chain = valueChain(tree.codes.length, { supplier: reg.contractSupplier, customer: reg.contractCustomer });
const isDivision = Uint8Array.from(tree.levels, (l) => (l === 'division' ? 1 : 0));
const index = new PartnerIndex({
  ids: Int32Array.from({ length: N }, (_, i) => i + 1), sector, text: text.matrix, location: reg.location, sizeClass: reg.sizeClass,
  country: new Int32Array(N), roles: reg.roles, competitiveness: reg.competitiveness, reliability: reg.reliability,
}, { cheapList: process.env.MATCHING_CHEAP ? Number(process.env.MATCHING_CHEAP) : undefined, nSectorNodes: tree.codes.length, isDivision, chain, locationLat: reg.locationLat, locationLon: reg.locationLon, nTextFeatures: NGRAM_SPACE });
const buildS = (performance.now() - t) / 1000;
sampleRss();
console.log(`build: ${buildS.toFixed(2)} s (sector vectors ${((tSector - t) / 1000).toFixed(2)} s, text TF-IDF ${((tText - tSector) / 1000).toFixed(2)} s, `
  + `chain + inverted lists ${((performance.now() - tText) / 1000).toFixed(2)} s); ${sector.index.length.toLocaleString('en-US')} sector and `
  + `${text.matrix.index.length.toLocaleString('en-US')} text entries`);

const similar = checkWeights({ sector: 1, text: 0.5, competitiveness: 0.25, reliability: 0.25, geography: 0.25, size: 0.25 });
const complementary = checkWeights({ complementarity: 1, text: 0.25, competitiveness: 0.25, reliability: 0.25, geography: 0.25 });
const rnd = mulberry32(SEED + 1);
const row = (csr: typeof sector, i: number) => ({ index: csr.index.slice(csr.offsets[i], csr.offsets[i + 1]), value: csr.value.slice(csr.offsets[i], csr.offsets[i + 1]) });
function makeQuery(q: number): PartnerQuery {
  const i = Math.floor(rnd() * N);
  const sv = row(sector, i);
  const mode = q % 4 === 3 ? complementary : similar;
  const filter: PartnerQuery['filter'] = { exclude: new Set([i + 1]) };
  if (q % 10 === 5) filter.sizeClasses = new Set([0, 1]);
  if (q % 10 === 7) filter.locations = new Set([reg.location[i] as number]);
  return {
    sector: sv, text: row(text.matrix, i), divisions: sv.index.filter((n) => isDivision[n] === 1),
    location: reg.location[i] as number, sizeClass: reg.sizeClass[i] as number, weights: mode, k: 20, filter,
  };
}
const queries = Array.from({ length: Q }, (_, q) => makeQuery(q));
for (let q = 0; q < Math.min(20, Q); q++) index.search(queries[q] as PartnerQuery); // warm-up
const times = new Float64Array(Q);
for (let q = 0; q < Q; q++) {
  const s = performance.now();
  index.search(queries[q] as PartnerQuery);
  times[q] = performance.now() - s;
  if (process.env.MATCHING_TRACE) console.log(q, times[q]?.toFixed(1), JSON.stringify(index.lastStats));
}
times.sort();
const p = (x: number) => times[Math.min(Q - 1, Math.floor(x * Q))] as number;
const p50 = p(0.5);
const p99 = p(0.99);
console.log(`queries: p50 ${p50.toFixed(2)} ms, p90 ${p(0.9).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, max ${(times[Q - 1] as number).toFixed(2)} ms (targets p50 < 20, p99 < 100)`);

// incremental update of one organisation
t = performance.now();
for (let u = 0; u < 100; u++) {
  const i = Math.floor(rnd() * N);
  index.upsert({ id: i + 1, sector: row(sector, i), text: row(text.matrix, i), location: (reg.location[i] as number + 1) % reg.locationLat.length, sizeClass: reg.sizeClass[i] as number, country: 0, roles: reg.roles[i] as number, competitiveness: 0.5, reliability: 0.5 });
}
console.log(`incremental update: ${((performance.now() - t) / 100).toFixed(3)} ms per organisation`);

// recall@20 against brute force
let hit = 0;
let total = 0;
t = performance.now();
for (let q = 0; q < R; q++) {
  const query = queries[(q * 7) % Q] as PartnerQuery;
  const exact = new Set(index.bruteForce(query).map((m) => m.id));
  const got = index.search(query);
  for (const m of got) if (exact.has(m.id)) hit++;
  total += exact.size;
}
const recall = total === 0 ? 1 : hit / total;
console.log(`recall@20 against brute force on ${R} queries: ${recall.toFixed(4)} (brute force ${((performance.now() - t) / Math.max(1, R)).toFixed(0)} ms per query)`);
sampleRss();
clearInterval(timer);
const rssMb = peakRss / 2 ** 20;
const ok = (a: number, b: number) => (a <= b ? 'PASS' : 'FAIL');
if (N === 1_000_000) {
  console.log(`targets: build < 60 s ${ok(buildS, 60)}, p50 < 20 ms ${ok(p50, 20)}, p99 < 100 ms ${ok(p99, 100)}, RSS < 3072 MB ${ok(rssMb, 3072)}, recall >= 0.99 ${recall >= 0.99 ? 'PASS' : 'FAIL'}`);
  console.log(`baseline (bench/matching-baseline.json): build ${ok(buildS, baseline.build_s)}, p50 ${ok(p50, baseline.p50_ms)}, p99 ${ok(p99, baseline.p99_ms)}, RSS ${ok(rssMb, baseline.rss_mb)} (reported, not gated)`);
} else console.log('(not the 1,000,000 case: targets and baseline apply to it only)');
console.log(`matching: orgs=${N} build_s=${buildS.toFixed(2)} p50_ms=${p50.toFixed(2)} p99_ms=${p99.toFixed(2)} recall20=${recall.toFixed(4)} rss_mb=${rssMb.toFixed(0)}`);
