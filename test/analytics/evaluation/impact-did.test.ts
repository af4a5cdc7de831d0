import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { differenceInDifferences, pairContributions } from '../../../src/analytics/evaluation/did.ts';
import { evaluateImpact } from '../../../src/analytics/evaluation/impact.ts';
import { pairBootstrap, percentileInterval } from '../../../src/analytics/evaluation/pair-bootstrap.ts';
import { simulatePanel } from '../../../src/analytics/evaluation/simulate-panel.ts';
import { assertAllClose, assertCloseTo as close } from '../../helpers/close.ts';

describe('difference in differences on matched pairs (hand-computed)', () => {
  test('2 x 2: (4 - 1) - (2 - 1) = 2', () => {
    const y = Float64Array.of(1, 4, 1, 2); // firm 0 (member from year index 1), firm 1 (its control)
    const c = pairContributions(y, 2, 2, Int32Array.of(0), Int32Array.of(1), Int32Array.of(1));
    assert.deepEqual([...c.eventTimes], [-1, 0]);
    assertAllClose(c.values, [2, NaN, 0, 2]);
    const r = differenceInDifferences(y, 2, 2, Int32Array.of(0), Int32Array.of(1), Int32Array.of(1), { replications: 50 });
    assert.equal(r.att, 2);
    assert.equal(r.pairs, 1);
    assert.deepEqual([r.ciLow, r.ciHigh, r.se], [2, 2, 0]);
    assert.deepEqual(r.eventStudy.map((p) => [p.eventTime, p.estimate, p.pairs]), [[-1, 0, 1], [0, 2, 1]]);
    assert.equal(r.preTrend, null);
  });

  test('staggered join years: each control gets its member\'s pseudo-event year', () => {
    // pair A: member 0 joins at index 1, control 1; pair B: member 2 joins at index 2, control 3
    // A: D_0 = (3 - 1) - (2 - 1) = 1, D_1 = (4 - 1) - (2 - 1) = 2, ATT_A = 1.5
    // B: D_-2 = (0 - 1) - (2 - 2) = -1, D_0 = (5 - 1) - (3 - 2) = 3, ATT_B = 3, placebo -1
    const y = Float64Array.of(1, 3, 4, 1, 2, 2, 0, 1, 5, 2, 2, 3);
    const args = [y, 4, 3, Int32Array.of(0, 2), Int32Array.of(1, 3), Int32Array.of(1, 2)] as const;
    const c = pairContributions(...args);
    assert.deepEqual([...c.eventTimes], [-2, -1, 0, 1]);
    assertAllClose(c.values, [1.5, NaN, NaN, 0, 1, 2, 3, -1, -1, 0, 3, NaN]);
    const r = differenceInDifferences(...args, { replications: 100, seed: 3 });
    close(r.att, 2.25);
    assert.deepEqual(r.eventStudy.map((p) => [p.eventTime, p.estimate, p.pairs]), [[-2, -1, 1], [-1, 0, 2], [0, 2, 2], [1, 2, 1]]);
    assert.deepEqual(r.preTrend && [r.preTrend.estimate, r.preTrend.pairs, r.preTrend.pass], [-1, 1, false]);
    assert.ok(r.ciLow >= 1.5 && r.ciHigh <= 3);
  });

  test('a missing base year drops the pair; shape mistakes are RangeErrors', () => {
    const y = Float64Array.of(NaN, 4, 1, 2);
    const r = differenceInDifferences(y, 2, 2, Int32Array.of(0), Int32Array.of(1), Int32Array.of(1), { replications: 10 });
    assert.equal(r.pairs, 0);
    assert.ok(Number.isNaN(r.att));
    assert.throws(() => pairContributions(y, 2, 2, Int32Array.of(0), Int32Array.of(1), Int32Array.of(0)), RangeError);
    assert.throws(() => pairContributions(y, 3, 2, Int32Array.of(0), Int32Array.of(1), Int32Array.of(1)), RangeError);
  });
});

describe('pair bootstrap', () => {
  test('means over defined contributions; deterministic for a seed', () => {
    const values = Float64Array.of(1, NaN, 3, 5);
    const a = pairBootstrap(values, 2, 2, 100, 7);
    assertAllClose(a.estimate, [2, 5]);
    const b = pairBootstrap(values, 2, 2, 100, 7);
    assert.deepEqual([...a.replicates], [...b.replicates]);
    assert.notDeepEqual([...pairBootstrap(values, 2, 2, 100, 8).replicates], [...a.replicates]);
    for (let r = 0; r < 100; r++) assert.ok([1, 2, 3].includes(a.replicates[2 * r] as number));
    assert.throws(() => pairBootstrap(values, 3, 2), RangeError);
  });

  test('percentileInterval: type-7 quantiles and the SD', () => {
    const ci = percentileInterval(Float64Array.of(1, 2, 3, 4, 5, NaN), 0.5);
    assert.deepEqual([ci.low, ci.high], [2, 4]);
    close(ci.se, Math.sqrt(2.5));
    assert.ok(Number.isNaN(percentileInterval([1]).low));
  });
});

describe('evaluateImpact on simulated panels', () => {
  const LOGGED = ['employment', 'revenue', 'exports'];

  test('a known effect (+0.05 on log outcomes): each estimate lies in its interval, which covers the truth', () => {
    const { panel, effectAt } = simulatePanel({ nFirms: 4000, seed: 1, effect: 0.05 });
    const r = evaluateImpact(panel, { seed: 1 });
    for (const o of r.outcomes.filter((x) => LOGGED.includes(x.outcome))) {
      assert.equal(o.scale, 'ln1p');
      assert.ok(o.ciLow <= o.att && o.att <= o.ciHigh, `${o.outcome}: ${o.att} [${o.ciLow}, ${o.ciHigh}]`);
      assert.ok(o.ciLow <= effectAt(0) && effectAt(0) <= o.ciHigh, `${o.outcome}: [${o.ciLow}, ${o.ciHigh}] misses 0.05`);
      assert.ok(o.se > 0 && o.se < 0.01);
      assert.equal(o.verdict, 'effect', o.reasons.join());
      assert.deepEqual(o.reasons, []);
      assert.equal(o.preTrend?.pass, true);
      const k0 = o.eventStudy.find((p) => p.eventTime === 0);
      assert.ok(k0 && k0.ciLow <= 0.05 && k0.ciHigh >= 0.05);
      assert.deepEqual(o.eventStudy.find((p) => p.eventTime === -1), { eventTime: -1, estimate: 0, ciLow: 0, ciHigh: 0, pairs: o.pairs });
    }
    assert.equal(r.outcomes.find((o) => o.outcome === 'productivity')?.scale, 'level');
    // members who joined in the first panel year have no pre-period and are left out
    let firstYear = 0;
    for (const g of panel.memberSince) if (g === panel.firstYear) firstYear++;
    assert.ok(firstYear > 0);
    assert.equal(r.excluded.noPrePeriod, firstYear);
  });

  test('a growing effect shows in the event study', () => {
    const { panel, effectAt } = simulatePanel({ nFirms: 4000, seed: 4, effect: 0.05, effectGrowth: 0.5 });
    const o = evaluateImpact(panel, { seed: 4, outcomes: ['revenue'] }).outcomes[0];
    assert.equal(o?.outcome, 'revenue');
    for (const k of [0, 2, 4]) {
      const p = o?.eventStudy.find((e) => e.eventTime === k);
      assert.ok(p && p.ciLow <= effectAt(k) && effectAt(k) <= p.ciHigh, `k = ${k}: ${JSON.stringify(p)} vs ${effectAt(k)}`);
    }
  });

  test('no effect: the intervals cover 0 and the verdict is no-detectable-effect', () => {
    const { panel } = simulatePanel({ nFirms: 4000, seed: 5, effect: 0 });
    const r = evaluateImpact(panel, { seed: 5 });
    for (const o of r.outcomes) {
      assert.ok(o.ciLow <= 0 && o.ciHigh >= 0, `${o.outcome}: [${o.ciLow}, ${o.ciHigh}]`);
      assert.equal(o.verdict, 'no-detectable-effect');
      assert.deepEqual(o.reasons, ['ci-covers-zero']);
    }
  });

  test('violated parallel trends are flagged and make the outcome inconclusive', () => {
    const { panel } = simulatePanel({ nFirms: 4000, seed: 6, effect: 0.05, preTrend: 0.02 });
    const r = evaluateImpact(panel, { seed: 6, outcomes: LOGGED });
    for (const o of r.outcomes) {
      assert.equal(o.preTrend?.pass, false);
      assert.ok((o.preTrend?.ciHigh as number) < 0, `${o.outcome}: members were catching up before joining`);
      assert.equal(o.verdict, 'inconclusive');
      assert.ok(o.reasons.includes('pre-trend-violated'));
    }
  });

  test('the bootstrap is deterministic for a seed', () => {
    const { panel } = simulatePanel({ nFirms: 1500, seed: 7 });
    const a = evaluateImpact(panel, { seed: 42, replications: 50 });
    const b = evaluateImpact(panel, { seed: 42, replications: 50 });
    assert.deepEqual(a, b);
    const c = evaluateImpact(panel, { seed: 43, replications: 50 });
    assert.equal(c.outcomes[0]?.att, a.outcomes[0]?.att);
    assert.notEqual(c.outcomes[0]?.ciLow, a.outcomes[0]?.ciLow);
  });

  test('the data cannot support a conclusion: too few pairs, no controls', () => {
    const small = simulatePanel({ nFirms: 80, seed: 8 }).panel;
    const r = evaluateImpact(small, { seed: 1 });
    assert.ok(r.nMatched < 30);
    for (const o of r.outcomes) {
      assert.equal(o.verdict, 'inconclusive');
      assert.ok(o.reasons.includes('too-few-pairs'));
    }
    const allMembers = { ...small, memberSince: small.memberSince.map(() => small.firstYear + 3) };
    const none = evaluateImpact(allMembers, { seed: 1 });
    assert.equal(none.nControls, 0);
    assert.equal(none.nMatched, 0);
    for (const o of none.outcomes) {
      assert.equal(o.verdict, 'inconclusive');
      assert.ok(o.reasons.includes('no-controls'));
      assert.ok(Number.isNaN(o.att));
    }
    // members who all join in the second year: no year before the base year
    const second = { ...small, memberSince: small.memberSince.map((g) => (g === 0 ? 0 : small.firstYear + 1)) };
    assert.ok(evaluateImpact(second, { seed: 1 }).outcomes.every((o) => o.preTrend === null && o.reasons.includes('no-pre-period')));
    assert.throws(() => evaluateImpact(small, { outcomes: ['wages'] }), RangeError);
    assert.throws(() => evaluateImpact({ ...small, memberSince: new Int32Array(3) }), RangeError);
  });
});
