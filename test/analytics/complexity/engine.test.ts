import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bootstrapEciRanks,
  complexity,
  complexityOutlook,
  fitnessComplexity,
  knnDensity,
  presence,
  proximity,
  reflections,
  symmetricEigen,
} from '../../../src/analytics/complexity/index.ts';
import { ConvergenceError } from '../../../src/analytics/errors.ts';
import { assertAllClose, assertCloseTo } from '../../helpers/close.ts';
import { randomExports } from './fixtures.ts';

const NL = 12;
const NP = 25;
const X = randomExports(NL, NP, 7);

/** M given directly as 0/1 (a 0/1 "RCA" with threshold 1, not strict). */
const binary = (m: number[], nL: number, nP: number) => presence(new Float64Array(m), nL, nP, { threshold: 1 });

test('proximity reproduces the Atlas book example: 17 export wine, 24 grapes, 11 both gives 11/24', () => {
  // 30 locations: 0-10 export both, 11-16 wine only, 17-29 grapes only (product 0 wine, product 1 grapes)
  const m: number[] = [];
  for (let c = 0; c < 30; c++) m.push(c < 17 ? 1 : 0, c < 11 || c >= 17 ? 1 : 0);
  const pr = binary(m, 30, 2);
  assert.deepEqual([...pr.ubiquity], [17, 24]);
  assertAllClose(proximity(pr, 30, 2), [1, 11 / 24, 11 / 24, 1]);
});

test('symmetricEigen returns sorted eigenvalues and unit eigenvectors with a small residual', () => {
  const n = 6;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = Math.sin(i * 3 + j * 7) + (i === j ? 3 : 0);
  const { values, vectors } = symmetricEigen(a, n, [0, 1, 5]);
  for (let i = 1; i < n; i++) assert.ok((values[i - 1] as number) >= (values[i] as number));
  let trace = 0;
  for (let i = 0; i < n; i++) trace += a[i * n + i] as number;
  assertCloseTo(values.reduce((s, v) => s + v, 0), trace, 1e-12);
  [0, 1, 5].forEach((which, k) => {
    const v = vectors[k] as Float64Array;
    assertCloseTo(Math.hypot(...v), 1, 1e-12);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += (a[i * n + j] as number) * (v[j] as number);
      assertCloseTo(s, (values[which] as number) * (v[i] as number), 1e-10);
    }
  });
  assertAllClose(symmetricEigen(new Float64Array([2, 1, 1, 2]), 2).values, [3, 1], 1e-14);
});

test('with the py preset ECI equals the mean PCI of the products a location exports', () => {
  const r = complexity(X, NL, NP, { preset: 'py' });
  let mean = 0;
  let ss = 0;
  r.eci.forEach((v) => (mean += v / NL));
  r.eci.forEach((v) => (ss += (v - mean) ** 2 / NL));
  assertCloseTo(mean, 0, 1e-12);
  assertCloseTo(ss, 1, 1e-12); // population variance 1
  for (let c = 0; c < NL; c++) {
    let s = 0;
    let k = 0;
    for (let p = 0; p < NP; p++) if (r.m[c * NP + p] === 1) { s += r.pci[p] as number; k++; }
    assertCloseTo(r.eci[c] as number, s / k, 1e-10);
  }
});

test('invariants: symmetric proximity, density in [0, 1], distance = 1 - density, COG and gain 0 where M = 1', () => {
  for (const preset of ['atlas', 'py'] as const) {
    const r = complexity(X, NL, NP, { preset });
    for (let p = 0; p < NP; p++) for (let q = 0; q < NP; q++) assert.equal(r.proximity[p * NP + q], r.proximity[q * NP + p]);
    for (let k = 0; k < NL * NP; k++) {
      const d = r.density[k] as number;
      assert.ok(d >= 0 && d <= 1, `${preset} density ${d}`);
      assertCloseTo(r.distance[k] as number, 1 - d, 1e-15);
      if (r.m[k] === 1) {
        assert.equal(r.cog[k], 0);
        assert.equal(r.outlookGain[k], 0);
      }
    }
    // ECI is positively correlated with diversity (the sign convention)
    let cov = 0;
    const md = r.diversity.reduce((s, v) => s + v, 0) / NL;
    r.eci.forEach((e, c) => (cov += e * ((r.diversity[c] as number) - md)));
    assert.ok(cov > 0);
  }
});

test('the exact outlook gain is the change in COI when one cell of M flips from 0 to 1 (PCI and proximity fixed)', () => {
  for (const diagonal of ['zero', 'keep'] as const) {
    const r = complexity(X, NL, NP, { preset: diagonal === 'zero' ? 'atlas' : 'py' });
    const pci = r.kp.map((v) => v / r.sd); // the scale the presets give COG
    const pr = binary([...r.m], NL, NP);
    const base = complexityOutlook(pr, r.proximity, pci, NL, NP, { diagonal });
    let flips = 0;
    for (let k = 0; k < NL * NP; k += 7) {
      if (r.m[k] !== 0) continue;
      const flipped = [...r.m];
      flipped[k] = 1;
      const after = complexityOutlook(binary(flipped, NL, NP), r.proximity, pci, NL, NP, { diagonal });
      const c = Math.floor(k / NP);
      assertCloseTo((after.coi[c] as number) - (base.coi[c] as number), base.gain[k] as number, 1e-12);
      assertCloseTo(base.gain[k] as number, r.outlookGain[k] as number, 1e-12);
      flips++;
    }
    assert.ok(flips > 5);
  }
});

test('the method of reflections: k_c,1 is the mean ubiquity of the products exported, and it converges to the eigenvector ECI', () => {
  // M = [[1, 1], [1, 0]]: k_c,0 = [2, 1], k_p,0 = [2, 1]; k_c,1 = [(2 + 1) / 2, 2], k_p,1 = [(2 + 1) / 2, 2]
  const { kc, kp } = reflections(binary([1, 1, 1, 0], 2, 2), 2, 2, 1);
  assertAllClose(kc, [1.5, 2]);
  assertAllClose(kp, [1.5, 2]);
  const eig = complexity(X, NL, NP, { preset: 'py' });
  const ref = complexity(X, NL, NP, { preset: 'py', method: 'reflections', tolerance: 1e-13 });
  assertAllClose(ref.eci, [...eig.eci], 1e-9);
  assertAllClose(ref.pci, [...eig.pci], 1e-9);
  assertAllClose(ref.coi, [...eig.coi], 1e-9);
  assertAllClose(ref.cog, [...eig.cog], 1e-9);
  assert.ok(ref.iterations > 1);
  assert.throws(() => complexity(X, NL, NP, { method: 'reflections', maxIterations: 2, tolerance: 1e-15 }), ConvergenceError);
});

test('fitness-complexity on a hand-checkable case: the shared product is the least complex', () => {
  // M = [[1, 1, 0], [0, 1, 1]]: F = [1, 1]; Q~ = [1, 1/2, 1], mean 5/6, so Q = [1.2, 0.6, 1.2]
  const r = fitnessComplexity(binary([1, 1, 0, 0, 1, 1], 2, 3), 2, 3);
  assertAllClose(r.fitness, [1, 1], 1e-12);
  assertAllClose(r.complexity, [1.2, 0.6, 1.2], 1e-12);
  // a nested matrix: the less diversified location's fitness decays and does not converge in 3 rounds
  assert.throws(() => fitnessComplexity(binary([1, 1, 1, 0], 2, 2), 2, 2, { maxIterations: 3 }), ConvergenceError);
  const f = complexity(X, NL, NP, { method: 'fitness', maxIterations: 100000, tolerance: 1e-8 });
  assertCloseTo(f.eci.reduce((s, v) => s + v, 0) / NL, 1, 1e-12);
});

test('k-nearest-neighbour density with k = nP - 1 is the density with the diagonal set to 0', () => {
  const r = complexity(X, NL, NP, { preset: 'atlas' });
  const pr = binary([...r.m], NL, NP);
  assertAllClose(knnDensity(pr.rows, r.proximity, NL, NP, NP - 1), [...r.density], 1e-12);
  const k3 = knnDensity(pr.rows, r.proximity, NL, NP, 3);
  k3.forEach((d) => assert.ok(Number.isNaN(d) || (d >= 0 && d <= 1)));
  assert.throws(() => knnDensity(pr.rows, r.proximity, NL, NP, 0), RangeError);
});

test('bootstrap ECI rank intervals contain the median and are reproducible with a seed', () => {
  const a = bootstrapEciRanks(X, NL, NP, { samples: 30, seed: 5 });
  const b = bootstrapEciRanks(X, NL, NP, { samples: 30, seed: 5 });
  assert.deepEqual([...a.lower], [...b.lower]);
  for (let c = 0; c < NL; c++) {
    assert.ok((a.lower[c] as number) <= (a.median[c] as number) && (a.median[c] as number) <= (a.upper[c] as number));
    assert.ok((a.lower[c] as number) >= 1 && (a.upper[c] as number) <= NL);
  }
});
