// Benchmark of the impact evaluation of cluster membership (issue 8): N simulated firms (default 200,000) x 10
// years, 20% of them members with staggered join years, selection on size and productivity, a true effect of
// +0.05 on the log outcomes (simulatePanel, seeded), held as typed arrays (no CSV). Timed: evaluateImpact with
// 200 bootstrap replications: the propensity model, the matching (once), and for each of the 4 outcomes the
// difference in differences, event study and pre-trend check with their pair-bootstrap intervals. Prints time
// and peak memory and compares with bench/evaluation-baseline.json (reported, not gated). Target: under 30 s.
//
//   npm run bench:evaluation [-- N]
import { readFileSync } from 'node:fs';
import { evaluateImpact, simulatePanel } from '../src/analytics/evaluation/index.ts';

interface Baseline { total_seconds: number; peak_rss_mib: number }

const TARGET_SECONDS = 30;
const N = Number(process.argv[2] ?? 200_000);
const YEARS = 10;
const REPLICATIONS = 200;
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const s = (seconds: number) => `${seconds.toFixed(2)} s`;

let t = performance.now();
const { panel, effectAt } = simulatePanel({ nFirms: N, nYears: YEARS, seed: 20260508 });
const inputBytes = panel.memberSince.byteLength + panel.outcomes.reduce((sum, o) => sum + o.values.byteLength, 0);
let members = 0;
for (const g of panel.memberSince) members += g === 0 ? 0 : 1;
console.log(`${N.toLocaleString('en')} firms x ${YEARS} years, ${members.toLocaleString('en')} members, ${panel.outcomes.length} outcomes; `
  + `generated in ${s((performance.now() - t) / 1000)} (${MiB(inputBytes)} of typed arrays)`);

const baseline = JSON.parse(readFileSync(new URL('./evaluation-baseline.json', import.meta.url), 'utf8')) as Baseline;
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
t = performance.now();
const result = evaluateImpact(panel, { replications: REPLICATIONS, seed: 1 });
const total = (performance.now() - t) / 1000;
const peakHeap = process.memoryUsage().heapUsed;
const peakRss = process.resourceUsage().maxRSS * 1024;

console.log(`matching: ${result.nTreated.toLocaleString('en')} eligible members (${result.excluded.noPrePeriod.toLocaleString('en')} joined in the first year), `
  + `${result.nControls.toLocaleString('en')} controls, ${result.nMatched.toLocaleString('en')} pairs, ${result.nUnmatched} outside the caliper; `
  + `propensity ${result.propensity.iterations} iterations; max |SMD| after ${Math.max(...result.balance.map((b) => Math.abs(b.smdAfter))).toFixed(3)}`);
for (const o of result.outcomes) {
  const truth = o.scale === 'ln1p' ? ` (truth ${effectAt(0)})` : '';
  console.log(`  ${o.outcome}: ATT ${o.att.toFixed(4)} [${o.ciLow.toFixed(4)}, ${o.ciHigh.toFixed(4)}]${truth}, ${o.verdict}${o.reasons.length > 0 ? ` (${o.reasons.join(', ')})` : ''}`);
}
console.log(`total ${s(total)} for ${REPLICATIONS} bootstrap replications`);
console.log(`memory: peak RSS ${MiB(peakRss)} (RSS before computing ${MiB(rssBefore)}, input arrays ${MiB(inputBytes)}), heap used after ${MiB(peakHeap)}`);
console.log(`baseline (bench/evaluation-baseline.json): ${baseline.total_seconds} s, ${baseline.peak_rss_mib} MiB peak RSS`);
if (N !== 200_000) console.log('(not the full 200,000-firm case: the target and baseline apply to the full case only)');
console.log(`target < ${TARGET_SECONDS} s: ${total < TARGET_SECONDS ? 'PASS' : 'FAIL'}; baseline time: ${total <= baseline.total_seconds ? 'PASS' : 'FAIL'}`
  + `; peak RSS vs baseline: ${peakRss / 2 ** 20 <= baseline.peak_rss_mib ? 'PASS' : 'FAIL'} (reported, not gated)`);
