import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateImpact } from '../../../src/analytics/evaluation/impact.ts';
import { balance, caliperWidth, nearestNeighbourMatch } from '../../../src/analytics/evaluation/propensity-matching.ts';
import { simulatePanel } from '../../../src/analytics/evaluation/simulate-panel.ts';
import { mulberry32 } from '../../../src/analytics/random.ts';
import { assertCloseTo as close } from '../../helpers/close.ts';

test('caliperWidth: 0.2 x the pooled SD of the logit (hand-computed)', () => {
  // treated {0, 2}: variance 2; controls {1, 3}: variance 2; the excluded unit (-1) is ignored
  close(caliperWidth(Float64Array.of(0, 2, 1, 3, 100), Int8Array.of(1, 1, 0, 0, -1)), 0.2 * Math.sqrt(2));
  close(caliperWidth(Float64Array.of(0, 2, 1, 3), Int8Array.of(1, 1, 0, 0), 0.5), 0.5 * Math.sqrt(2));
  assert.throws(() => caliperWidth(Float64Array.of(0), Int8Array.of(1, 0)), RangeError);
});

test('nearest neighbour with replacement, within the caliper (hand-checked)', () => {
  // treated 0 (0.0) -> control 1 (0.1); treated 2 (0.95) -> control 3 (1.0), reused by treated 4 (1.04);
  // treated 5 (3.0) has no control within 0.5
  const logit = Float64Array.of(0, 0.1, 0.95, 1, 1.04, 3, -5);
  const group = Int8Array.of(1, 0, 1, 0, 1, 1, -1);
  const m = nearestNeighbourMatch(logit, group, 0.5);
  assert.deepEqual([...m.treated], [0, 2, 4]);
  assert.deepEqual([...m.control], [1, 3, 3]);
  assert.equal(m.nUnmatched, 1);
  // a tie goes to the lower logit
  assert.deepEqual([...nearestNeighbourMatch(Float64Array.of(1, 0.5, 1.5), Int8Array.of(1, 0, 0), 1).control], [1]);
});

test('nearest neighbour matches brute force on random input, and respects the caliper', () => {
  const rng = mulberry32(5);
  for (let trial = 0; trial < 50; trial++) {
    const n = 5 + Math.floor(rng() * 60);
    const logit = Float64Array.from({ length: n }, () => (rng() - 0.5) * 6);
    const group = Int8Array.from({ length: n }, () => (rng() < 0.3 ? 1 : rng() < 0.9 ? 0 : -1));
    const width = rng() < 0.3 ? Infinity : rng() * 0.5;
    const m = nearestNeighbourMatch(logit, group, width);
    let unmatched = 0;
    const expectedTreated: number[] = [];
    for (let t = 0; t < n; t++) {
      if (group[t] !== 1) continue;
      let best = Infinity;
      for (let c = 0; c < n; c++) if (group[c] === 0) best = Math.min(best, Math.abs((logit[t] as number) - (logit[c] as number)));
      if (best <= width) {
        expectedTreated.push(t);
        const k = expectedTreated.length - 1;
        assert.equal(group[m.control[k] as number], 0);
        close(Math.abs((logit[t] as number) - (logit[m.control[k] as number] as number)), best, 0);
        close(m.distance[k] as number, best, 0);
        assert.ok((m.distance[k] as number) <= width);
      } else unmatched++;
    }
    assert.deepEqual([...m.treated], expectedTreated);
    assert.equal(m.nUnmatched, unmatched);
  }
});

test('balance: SMDs before and after matching (hand-computed)', () => {
  // one covariate; treated {2, 4} (mean 3, var 2), controls {0, 2, 6} (mean 8/3, var 28/3)
  const x = Float64Array.of(2, 4, 0, 2, 6);
  const group = Int8Array.of(1, 1, 0, 0, 0);
  const pooled = Math.sqrt((2 + 28 / 3) / 2);
  const b = balance(x, group, Int32Array.of(0, 1), Int32Array.of(3, 3), 1);
  close(b.smdBefore[0] as number, (3 - 8 / 3) / pooled);
  close(b.smdAfter[0] as number, (3 - 2) / pooled);
  assert.throws(() => balance(x, group, Int32Array.of(0), Int32Array.of(), 1), RangeError);
});

test('on a simulated selection on size and productivity, matching brings every |SMD| below 0.1', () => {
  const { panel } = simulatePanel({ nFirms: 6000, seed: 21, selection: 1.5 });
  const r = evaluateImpact(panel, { replications: 20 });
  assert.equal(r.balance.length, 4);
  assert.ok(r.balance.some((b) => Math.abs(b.smdBefore) > 0.5), JSON.stringify(r.balance));
  for (const b of r.balance) assert.ok(Math.abs(b.smdAfter) < 0.1, `${b.covariate}: ${b.smdAfter}`);
  assert.equal(r.propensity.converged, true);
  assert.ok(r.nMatched > 0.8 * r.nTreated);
  assert.equal(r.nMatched + r.nUnmatched, r.nTreated);
  assert.ok(!r.outcomes.some((o) => o.reasons.includes('poor-balance')));
});
