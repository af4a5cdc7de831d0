// Benchmark of the cross-sector patent links (issue 7): N synthetic patents (default 5,000,000) with 1-5 IPC
// classes each, drawn from the Fraunhofer ISI concordance's classes with a skewed (Zipf-like, exponent 1)
// popularity, over 10 years, seeded (mulberry32), held as typed arrays (no CSV). Timed: the concordance mapping
// and the per-year link matrices (patentLinkMatrices), then the all-years observed/expected, Poisson significance
// and network measures (graphology). Prints time and peak memory and compares with
// bench/crosssector-baseline.json (reported, not gated). Target: under 10 s for 5,000,000 patents.
//
//   npm run bench:crosssector [-- N]
import { readFileSync } from 'node:fs';
import {
  networkMeasures, observedExpected, parseConcordance, patentLinkMatrices, sectorMeasures, significantLinks, sumYears,
} from '../src/analytics/crosssector/index.ts';
import { DEFAULT_CONCORDANCE_FILES } from '../src/services/crosssector-output.ts';
import { mulberry32 } from './random.ts';

interface Baseline { total_seconds: number; peak_rss_mib: number }

const TARGET_SECONDS = 10;
const N = Number(process.argv[2] ?? 5_000_000);
const YEARS = 10;
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const s = (seconds: number) => `${seconds.toFixed(2)} s`;

const file = DEFAULT_CONCORDANCE_FILES.find((f) => { try { readFileSync(f); return true; } catch { return false; } });
if (!file) throw new Error('no concordance file found');
const concordance = parseConcordance(readFileSync(file, 'utf8'));
const nC = concordance.classes.length;
const nD = concordance.divisions.length;

// Generate: class popularity 1 / rank over a seeded shuffle of the classes; k = 1 (40%), 2 (30%), 3 (20%), 4 (7%), 5 (3%).
const rng = mulberry32(20260507);
const order = Array.from({ length: nC }, (_, k) => k);
for (let k = nC - 1; k > 0; k--) {
  const j = Math.floor(rng() * (k + 1));
  [order[k], order[j]] = [order[j] as number, order[k] as number];
}
const cumulative = new Float64Array(nC);
let acc = 0;
for (let r = 0; r < nC; r++) cumulative[r] = acc += 1 / (r + 1);
const drawClass = () => {
  const u = rng() * acc;
  let lo = 0;
  let hi = nC - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) < u) lo = mid + 1; else hi = mid;
  }
  return order[lo] as number;
};
let t = performance.now();
const offset = new Int32Array(N + 1);
const yearOf = new Int32Array(N);
const classOf = new Int32Array(N * 5);
let at = 0;
for (let p = 0; p < N; p++) {
  const u = rng();
  const k = u < 0.4 ? 1 : u < 0.7 ? 2 : u < 0.9 ? 3 : u < 0.97 ? 4 : 5;
  for (let a = 0; a < k; a++) classOf[at++] = drawClass();
  offset[p + 1] = at;
  yearOf[p] = Math.floor(rng() * YEARS);
}
const codes = classOf.subarray(0, at);
const inputBytes = offset.byteLength + yearOf.byteLength + codes.byteLength;
console.log(`${N.toLocaleString('en')} patents, ${at.toLocaleString('en')} IPC codes (${(at / N).toFixed(2)} a patent), ${nC} classes -> ${nD} divisions, ${YEARS} years; `
  + `generated in ${s((performance.now() - t) / 1000)} (${MiB(inputBytes)} of typed arrays)`);

const baseline = JSON.parse(readFileSync(new URL('./crosssector-baseline.json', import.meta.url), 'utf8')) as Baseline;
const rssBefore = process.memoryUsage().rss;
let peakHeap = 0;
const sample = () => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); };

t = performance.now();
const links = patentLinkMatrices({ offset, classOf: codes, yearOf, nYears: YEARS }, concordance);
sample();
const tLinks = (performance.now() - t) / 1000;

t = performance.now();
const all = sumYears(links.links, nD * nD);
const oe = observedExpected(all, nD);
for (let y = 0; y < YEARS; y++) observedExpected(links.links.subarray(y * nD * nD, (y + 1) * nD * nD), nD);
const mask = significantLinks(all, oe.expected, nD);
const net = networkMeasures(all, mask, nD);
const sectors = sectorMeasures(all, nD, true);
sample();
const tNetwork = (performance.now() - t) / 1000;
const total = tLinks + tNetwork;

let significant = 0;
for (const v of mask) significant += v;
let cross = 0;
for (const v of links.crossSector) cross += v;
const communities = new Set([...net.community].filter((c) => c >= 0)).size;
let busiest = 0;
for (let i = 1; i < nD; i++) if ((sectors.activity[i] as number) > (sectors.activity[busiest] as number)) busiest = i;
const peakRss = process.resourceUsage().maxRSS * 1024;

console.log(`mapping + link matrices: ${s(tLinks)} (${((N / tLinks) / 1e6).toFixed(1)} M patents/s)`);
console.log(`observed/expected (all years + ${YEARS} years), Poisson tests, network: ${s(tNetwork)}`);
console.log(`total ${s(total)}; cross-sector patents (two divisions >= 0.1): ${(100 * cross / N).toFixed(1)}%; `
  + `${significant} significant directed cells, ${communities} communities; most active division ${concordance.divisions[busiest]}`);
console.log(`memory: peak RSS ${MiB(peakRss)} (RSS before computing ${MiB(rssBefore)}, input arrays ${MiB(inputBytes)}), peak heap used ${MiB(peakHeap)}`);
console.log(`baseline (bench/crosssector-baseline.json): ${baseline.total_seconds} s, ${baseline.peak_rss_mib} MiB peak RSS`);
const full = N === 5_000_000;
if (!full) console.log('(not the full 5,000,000 case: the target and baseline apply to the full case only)');
console.log(`target < ${TARGET_SECONDS} s: ${total < TARGET_SECONDS ? 'PASS' : 'FAIL'}; baseline time: ${total <= baseline.total_seconds ? 'PASS' : 'FAIL'}`
  + `; peak RSS vs baseline: ${peakRss / 2 ** 20 <= baseline.peak_rss_mib ? 'PASS' : 'FAIL'} (reported, not gated)`);
