// The export advisor's pure parts: rank percentiles, strategy scores, a firm's personal density and COG, and
// the explanations (nearest exported products).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { complexity } from '../../../src/analytics/complexity/index.ts';
import {
  nearestExported, percentileRanks, personalOutlook, rankOpportunities, STRATEGIES,
} from '../../../src/analytics/complexity/opportunities.ts';

const TOL = 1e-12;
const all = (n: number) => new Uint8Array(n).fill(1);

describe('percentileRanks', () => {
  test('percentileRanks(x) maps the smallest to 0, the largest to 1 and ties to their average rank', () => {
    // sorted: 10 (rank 0), 20 (rank 1), 30, 30 (ranks 2 and 3, average 2.5); n - 1 = 3
    assert.deepEqual(Array.from(percentileRanks(new Float64Array([10, 30, 20, 30]), all(4))), [0, 2.5 / 3, 1 / 3, 2.5 / 3]);
  });

  test('percentileRanks(x) gives 0.5 to a single entry and NaN to unmasked entries', () => {
    const out = percentileRanks(new Float64Array([7, Number.NaN]), new Uint8Array([1, 0]));
    assert.equal(out[0], 0.5);
    assert.ok(Number.isNaN(out[1]));
  });

  test('percentileRanks(x) throws on a masked NaN and on a mask of the wrong length', () => {
    assert.throws(() => percentileRanks(new Float64Array([1, Number.NaN]), all(2)), RangeError);
    assert.throws(() => percentileRanks(new Float64Array([1, 2]), all(3)), RangeError);
  });
});

describe('rankOpportunities', () => {
  // Three candidates and one product already exported (M = 1, index 3, left out).
  // Percentiles among the 3 candidates (0, 0.5, 1):
  //              density       pci          cog          size
  //   P0   0.9 -> 1       -1 -> 0      0.1 -> 0     50 -> 0.5
  //   P1   0.5 -> 0.5      0 -> 0.5    0.2 -> 0.5  100 -> 1
  //   P2   0.1 -> 0        2 -> 1      0.3 -> 1     10 -> 0
  const components = {
    density: new Float64Array([0.9, 0.5, 0.1, 0.7]),
    pci: new Float64Array([-1, 0, 2, 5]),
    cog: new Float64Array([0.1, 0.2, 0.3, 0]),
    size: new Float64Array([50, 100, 10, 1000]),
  };
  const candidates = new Uint8Array([1, 1, 1, 0]);

  test('low-hanging (0.6, 0.15, 0.15, 0.1) ranks the nearest product first: P0 0.65 > P1 0.55 > P2 0.30', () => {
    const { score, order } = rankOpportunities(components, candidates, STRATEGIES['low-hanging']);
    assert.deepEqual(Array.from(order), [0, 1, 2]);
    [0.65, 0.55, 0.3].forEach((s, p) => assert.ok(Math.abs((score[p] as number) - s) < TOL, `P${p}: ${score[p]}`));
    assert.ok(Number.isNaN(score[3]), 'an exported product has no score');
  });

  test('balanced (0.4, 0.25, 0.25, 0.1): P1 0.55 > P2 0.50 > P0 0.45', () => {
    const { score, order } = rankOpportunities(components, candidates, STRATEGIES.balanced);
    assert.deepEqual(Array.from(order), [1, 2, 0]);
    [0.45, 0.55, 0.5].forEach((s, p) => assert.ok(Math.abs((score[p] as number) - s) < TOL, `P${p}: ${score[p]}`));
  });

  test('long-jumps (0.2, 0.35, 0.35, 0.1) ranks the most complex product first: P2 0.70 > P1 0.55 > P0 0.25', () => {
    const { score, order } = rankOpportunities(components, candidates, STRATEGIES['long-jumps']);
    assert.deepEqual(Array.from(order), [2, 1, 0]);
    [0.25, 0.55, 0.7].forEach((s, p) => assert.ok(Math.abs((score[p] as number) - s) < TOL, `P${p}: ${score[p]}`));
  });

  test('user weights are normalised: density=2,size=2 equals density=1,size=1', () => {
    const a = rankOpportunities(components, candidates, { density: 2, pci: 0, cog: 0, size: 2 });
    const b = rankOpportunities(components, candidates, { density: 1, pci: 0, cog: 0, size: 1 });
    assert.deepEqual(Array.from(a.score), Array.from(b.score));
    // P0 (1 + 0.5) / 2 = 0.75, P1 (0.5 + 1) / 2 = 0.75 (tie: higher density first), P2 0
    assert.deepEqual(Array.from(a.order), [0, 1, 2]);
  });

  test('a candidate with an undefined component (NaN PCI) is left out of the ranking', () => {
    const pci = new Float64Array([Number.NaN, 0, 2, 5]);
    const { order, score } = rankOpportunities({ ...components, pci }, candidates, STRATEGIES.balanced);
    assert.deepEqual(Array.from(order).sort(), [1, 2]);
    assert.ok(Number.isNaN(score[0]));
  });

  test('world market growth joins the score only when given: balanced with growth [0.05, -0.02, 0.10] (pct 0.5, 0, 1)', () => {
    // weights 0.4, 0.25, 0.25, 0.1, 0.1 over a total of 1.1:
    //   P0 (0.4*1 + 0 + 0 + 0.1*0.5 + 0.1*0.5) / 1.1 = 0.5 / 1.1
    //   P1 (0.4*0.5 + 0.25*0.5 + 0.25*0.5 + 0.1*1 + 0) / 1.1 = 0.55 / 1.1
    //   P2 (0 + 0.25 + 0.25 + 0 + 0.1*1) / 1.1 = 0.6 / 1.1
    const growth = new Float64Array([0.05, -0.02, 0.1, 0]);
    const { score, order } = rankOpportunities({ ...components, growth }, candidates, STRATEGIES.balanced);
    assert.deepEqual(Array.from(order), [2, 1, 0]);
    [0.5 / 1.1, 0.55 / 1.1, 0.6 / 1.1].forEach((s, p) => assert.ok(Math.abs((score[p] as number) - s) < TOL, `P${p}: ${score[p]}`));
    // without growth the same weights give the four-component scores of the balanced test above
    const without = rankOpportunities(components, candidates, STRATEGIES.balanced);
    [0.45, 0.55, 0.5].forEach((s, p) => assert.ok(Math.abs((without.score[p] as number) - s) < TOL));
  });

  test('an undefined growth (no world trade in the first year) counts as the neutral 0.5, not as a reason to drop the product', () => {
    const growth = new Float64Array([Number.NaN, -0.02, 0.1, 0]);
    const { score, order } = rankOpportunities({ ...components, growth }, candidates, { density: 0, pci: 0, cog: 0, size: 0, growth: 1 });
    assert.equal(order.length, 3);
    // growth percentiles among the two defined: P1 0, P2 1; P0 neutral
    assert.deepEqual(Array.from(score.subarray(0, 3)), [0.5, 0, 1]);
  });

  test('rankOpportunities throws on negative or all-zero weights and on mismatched lengths', () => {
    assert.throws(() => rankOpportunities(components, candidates, { density: -1, pci: 1, cog: 0, size: 0 }), RangeError);
    assert.throws(() => rankOpportunities(components, candidates, { density: 0, pci: 0, cog: 0, size: 0 }), RangeError);
    assert.throws(() => rankOpportunities(components, new Uint8Array(3), STRATEGIES.balanced), RangeError);
  });

  test('rankOpportunities does not mutate its inputs (frozen copies)', () => {
    const before = JSON.stringify(Object.values(components).map((a) => Array.from(a)));
    rankOpportunities(components, candidates, Object.freeze({ ...STRATEGIES.balanced }));
    assert.equal(JSON.stringify(Object.values(components).map((a) => Array.from(a))), before);
  });
});

describe('personalOutlook', () => {
  // The chain of test/fixtures/complexity/small.csv: A exports p0, p1; B p1, p2; C p2, p3 (RCA 3 or 1.5).
  // Ubiquities 1, 2, 2, 1; C = M^T M has C_01 = C_12 = C_23 = 1, so phi_01 = phi_12 = phi_23 = 1 / 2.
  const values = new Float64Array([10, 10, 0, 0, 0, 10, 10, 0, 0, 0, 10, 10]);

  test('a product list equal to a location\'s M row has that location\'s density and COG (atlas and py)', () => {
    for (const preset of ['atlas', 'py'] as const) {
      const r = complexity(values, 3, 4, { preset });
      const scaled = r.kp.map((v) => v / r.sd);
      for (let c = 0; c < 3; c++) {
        const row = r.m.slice(c * 4, c * 4 + 4);
        const own = personalOutlook(r.proximity, 4, row, scaled, { diagonal: preset === 'atlas' ? 'zero' : 'keep' });
        for (let p = 0; p < 4; p++) {
          assert.ok(Math.abs((own.density[p] as number) - (r.density[c * 4 + p] as number)) < TOL, `${preset} density c${c} p${p}`);
          assert.ok(Math.abs((own.cog[p] as number) - (r.cog[c * 4 + p] as number)) < TOL, `${preset} cog c${c} p${p}`);
          assert.ok(Math.abs((own.distance[p] as number) - (r.distance[c * 4 + p] as number)) < TOL);
        }
      }
    }
  });

  test('personal density by hand: exporting only p1 gives, with the diagonal at 0, d = [1, 0, 0.5, 0]', () => {
    // phi rows without the diagonal: p0 {p1: .5}, p1 {p0: .5, p2: .5}, p2 {p1: .5, p3: .5}, p3 {p2: .5}
    // d_p = phi_p1 / s_p: p0 0.5 / 0.5 = 1; p1 0 (own term excluded) / 1 = 0; p2 0.5 / 1; p3 0 / 0.5
    const r = complexity(values, 3, 4, { preset: 'atlas' });
    const own = personalOutlook(r.proximity, 4, [0, 1, 0, 0], r.kp, { diagonal: 'zero' });
    assert.deepEqual(Array.from(own.density), [1, 0, 0.5, 0]);
    assert.equal(own.cog[1], 0, 'COG is 0 for a product the firm makes');
  });

  test('personalOutlook throws on a shape mismatch', () => {
    assert.throws(() => personalOutlook(new Float64Array(4), 2, [1], new Float64Array(2)), RangeError);
  });
});

describe('nearestExported', () => {
  test('nearestExported lists the exported products with the highest phi, largest first, ties by index', () => {
    // phi row of p = 2: [0.2, 0.7, 1, 0.4, 0.7]; exported: 0, 1, 3, 4 (p itself never counts)
    const n = 5;
    const phi = new Float64Array(n * n);
    [0.2, 0.7, 1, 0.4, 0.7].forEach((v, q) => { phi[2 * n + q] = v; phi[q * n + 2] = v; });
    const near = nearestExported(phi, n, [1, 1, 1, 1, 1], 2, 3);
    assert.deepEqual(Array.from(near.products), [1, 4, 3]);
    assert.deepEqual(Array.from(near.phi), [0.7, 0.7, 0.4]);
    const notExported = nearestExported(phi, n, [1, 0, 0, 1, 0], 2, 3);
    assert.deepEqual(Array.from(notExported.products), [3, 0]);
  });

  test('nearestExported leaves out unrelated products (phi = 0) and throws on a bad index', () => {
    const phi = new Float64Array([1, 0, 0, 1]);
    assert.equal(nearestExported(phi, 2, [1, 1], 0).products.length, 0);
    assert.throws(() => nearestExported(phi, 2, [1, 1], 2), RangeError);
  });
});
