import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterMapping, reserveClusterMapping, type ClusterMapping, type ClusterMappingOptions } from '../../src/analytics/cluster-mapping.ts';
import { locationQuotient } from '../../src/analytics/location-quotient.ts';
import { clusterStars, type StarOptions } from '../../src/analytics/stars.ts';
import { classifyClusters } from '../../src/analytics/strong-clusters.ts';

const f64 = (values: readonly number[]) => new Float64Array(values);
const CLASSES = ['strong', 'strong10', 'significant', 'qualifying'] as const;
const STARS = ['size', 'specialisation', 'focus', 'productivity', 'stars'] as const;

/** The three reference functions, as clusterMapping promises to reproduce them. */
function reference(employment: Float64Array, establishments: Float64Array, nR: number, nC: number, options: ClusterMappingOptions = {}): ClusterMapping {
  const { traded, wages, ...starOptions } = options;
  const lq = locationQuotient(employment, nR, nC, traded ? { traded } : {});
  return {
    lq,
    classes: classifyClusters(lq, employment, establishments, nR, nC),
    stars: clusterStars(employment, lq, nR, nC, wages, starOptions as StarOptions),
  };
}

/** Element by element: the same LQ (bit for bit, NaN for NaN) and the same nine flags in every cell. */
function assertSameMapping(actual: ClusterMapping, expected: ClusterMapping, label: string): void {
  assert.equal(actual.lq.length, expected.lq.length, label);
  for (let i = 0; i < expected.lq.length; i++) {
    const a = actual.lq[i] as number;
    const e = expected.lq[i] as number;
    assert.ok(Object.is(a, e) || (Number.isNaN(a) && Number.isNaN(e)), `${label}: lq[${i}] = ${a}, expected ${e}`);
    for (const k of CLASSES) assert.equal(actual.classes[k][i], expected.classes[k][i], `${label}: ${k}[${i}]`);
    for (const k of STARS) assert.equal(actual.stars[k][i], expected.stars[k][i], `${label}: ${k}[${i}]`);
  }
}

/** A deterministic linear congruential generator in [0, 1). */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

interface Table { employment: Float64Array; establishments: Float64Array; wages: Float64Array; traded: Uint8Array }

/**
 * A random table: kind 0 log-normal-like counts with 35 % empty cells (like the benchmark), 1 small integers
 * with heavy ties, 2 continuous values over many orders of magnitude with outliers, 3 the odd cases (NaN
 * employment, negative employment, NaN establishments and wages, whole empty rows and columns).
 */
function randomTable(nR: number, nC: number, kind: number, seed: number): Table {
  const random = lcg(seed);
  const size = nR * nC;
  const employment = new Float64Array(size);
  const establishments = new Float64Array(size);
  const wages = new Float64Array(size);
  const emptyRow = kind === 3 ? Math.floor(random() * nR) : -1;
  const emptyColumn = kind === 3 ? Math.floor(random() * nC) : -1;
  for (let r = 0; r < nR; r++) {
    for (let c = 0; c < nC; c++) {
      const i = r * nC + c;
      const u = random();
      wages[i] = 500 + 1000 * random();
      if (r === emptyRow || c === emptyColumn || u < 0.35) continue;
      if (kind === 0) employment[i] = Math.round(Math.exp(8 * random()));
      else if (kind === 1) employment[i] = 1 + Math.floor(random() * 4);
      else if (kind === 2) employment[i] = random() < 0.02 ? 1e12 * random() : Math.exp(30 * (random() - 0.5));
      else employment[i] = random() < 0.02 ? NaN : random() < 0.02 ? -5 : Math.round(100 * random());
      establishments[i] = kind === 1 ? 1 + Math.floor(random() * 2) : Math.max(1, Math.round((employment[i] as number) / (3 + 50 * random())));
      if (kind === 3 && random() < 0.03) establishments[i] = NaN;
      if (kind === 3 && random() < 0.1) wages[i] = NaN;
    }
  }
  const traded = Uint8Array.from({ length: nC }, () => (random() < 0.4 ? 1 : 0));
  return { employment, establishments, wages, traded };
}

test('clusterMapping gives LQ 1 and no specialisation where a region mirrors the nation', () => {
  // Regions [1, 2, 3], [1, 4, 3], [1, 0, 3]: region 0 is proportional to the nation [3, 6, 9].
  const employment = f64([1, 2, 3, 1, 4, 3, 1, 0, 3]);
  const result = clusterMapping(employment, employment, 3, 3);
  assert.ok([...result.lq.subarray(0, 3)].every((x) => Math.abs(x - 1) <= 1e-12));
  assert.deepEqual([...result.stars.specialisation.subarray(0, 3)], [0, 0, 0]);
});

test('clusterMapping classifies the hand-computed 5 regions x 2 categories table of classifyClusters', () => {
  // The table of test/analytics/strong-clusters.test.ts, from employment this time: clusterMapping computes
  // the LQs itself, so compare with the reference functions on the same employment (hand-checked there).
  const employment = f64([10, 0, 20, 10, 30, 20, 40, 30, 50, 40]);
  const establishments = f64([1, 0, 2, 1, 3, 3, 4, 5, 5, 7]);
  assertSameMapping(clusterMapping(employment, establishments, 5, 2), reference(employment, establishments, 5, 2), 'hand table');
});

test('clusterMapping equals locationQuotient + classifyClusters + clusterStars, cell for cell, on random tables', () => {
  // Shapes with nCategories a multiple of 4 and not (the flags are unpacked four cells at a time when it
  // is), few and many regions (every category's thresholds go through bucket selection), with and without
  // traded flags, wages and star options.
  const shapes: [number, number][] = [[1, 1], [2, 3], [7, 4], [40, 5], [130, 8], [300, 12], [257, 9], [600, 3]];
  const starOptions: StarOptions[] = [{}, { sizeTop: 0.25, specialisation: 1.5, focusTop: 0.05, productivityTop: 0.3 }, { sizeTop: 0, focusTop: 1 }];
  let seed = 1;
  for (const [nR, nC] of shapes) {
    for (let kind = 0; kind < 4; kind++) {
      const table = randomTable(nR, nC, kind, seed++);
      for (const variant of [0, 1, 2]) {
        const options: ClusterMappingOptions = {
          ...(starOptions[variant] as StarOptions),
          traded: variant === 1 ? undefined : table.traded,
          wages: variant === 2 ? null : table.wages,
        };
        const label = `${nR} x ${nC}, kind ${kind}, variant ${variant}`;
        assertSameMapping(
          clusterMapping(table.employment, table.establishments, nR, nC, options),
          reference(table.employment, table.establishments, nR, nC, options),
          label,
        );
      }
    }
  }
});

test('clusterMapping overwrites every cell of out, and repeated calls give the same arrays', () => {
  const nR = 150;
  const nC = 12;
  const a = randomTable(nR, nC, 0, 77);
  const b = randomTable(nR, nC, 1, 78);
  const out = clusterMapping(a.employment, a.establishments, nR, nC, { traded: a.traded, wages: a.wages });
  // Stale values everywhere, then a different table into the same arrays.
  out.lq.fill(-7);
  for (const k of CLASSES) out.classes[k].fill(1);
  for (const k of STARS) out.stars[k].fill(3);
  const again = clusterMapping(b.employment, b.establishments, nR, nC, { traded: b.traded, wages: b.wages }, out);
  assert.equal(again, out);
  assertSameMapping(out, reference(b.employment, b.establishments, nR, nC, { traded: b.traded, wages: b.wages }), 'into out');
  // Scratch space is reused between calls of the same shape: a third call still gives the reference.
  assertSameMapping(clusterMapping(a.employment, a.establishments, nR, nC, { traded: a.traded, wages: a.wages }),
    reference(a.employment, a.establishments, nR, nC, { traded: a.traded, wages: a.wages }), 'after reuse');
});

test('clusterMapping handles empty tables, zero totals and NaN like the reference functions', () => {
  const empty = clusterMapping(f64([]), f64([]), 0, 4);
  assert.equal(empty.lq.length, 0);
  assert.equal(clusterMapping(f64([]), f64([]), 3, 0).stars.stars.length, 0);
  const zeros = clusterMapping(new Float64Array(6), new Float64Array(6), 3, 2);
  assert.ok([...zeros.lq].every(Number.isNaN));
  assert.deepEqual([...zeros.stars.stars, ...zeros.classes.qualifying], new Array(12).fill(0));
  // A NaN establishment count voids its category's classes (as classifyClusters) but not its stars.
  const employment = f64([10, 20, 30, 40, 50]);
  const establishments = f64([1, NaN, 3, 4, 5]);
  assertSameMapping(clusterMapping(employment, establishments, 5, 1), reference(employment, establishments, 5, 1), 'NaN establishments');
});

test('clusterMapping leaves its inputs unchanged', () => {
  const table = randomTable(90, 6, 0, 5);
  const frozen = [table.employment.slice(), table.establishments.slice(), table.wages.slice(), table.traded.slice()];
  clusterMapping(table.employment, table.establishments, 90, 6, { traded: table.traded, wages: table.wages });
  assert.deepEqual([table.employment, table.establishments, table.wages, table.traded], frozen);
});

test('clusterMapping rejects wrong shapes, traded flags and thresholds with a RangeError', () => {
  const six = new Float64Array(6);
  assert.throws(() => clusterMapping(new Float64Array(5), six, 2, 3), {
    name: 'RangeError',
    message: '`clusterMapping` requires employment.length = nRegions * nCategories',
  });
  assert.throws(() => clusterMapping(six, new Float64Array(5), 2, 3), {
    name: 'RangeError',
    message: '`clusterMapping` requires establishments.length = nRegions * nCategories',
  });
  assert.throws(() => clusterMapping(six, six, 2, 3, { wages: new Float64Array(2) }), {
    name: 'RangeError',
    message: '`clusterMapping` requires wages.length = nRegions * nCategories',
  });
  assert.throws(() => clusterMapping(six, six, 2, 3, { traded: new Uint8Array(2) }), {
    name: 'RangeError',
    message: '`clusterMapping` requires traded.length = nCategories',
  });
  assert.throws(() => clusterMapping(six, six, 2, 3, { traded: new Uint8Array([0, 2, 1]) }), RangeError);
  assert.throws(() => clusterMapping(six, six, 2, 3, { focusTop: 2 }), {
    name: 'RangeError',
    message: '`clusterMapping` requires focusTop in [0, 1]',
  });
  assert.throws(() => clusterMapping(six, six, 2, 3, { specialisation: NaN }), RangeError);
  const out = clusterMapping(six, six, 2, 3);
  assert.throws(() => clusterMapping(six, six, 3, 2, {}, clusterMapping(new Float64Array(4), new Float64Array(4), 2, 2)), {
    name: 'RangeError',
    message: '`clusterMapping` requires out.lq.length = nRegions * nCategories',
  });
  assert.equal(clusterMapping(six, six, 3, 2, {}, out), out); // same number of cells, another shape: fine
});

test('reserveClusterMapping only allocates: results after it are still those of the reference functions', () => {
  const table = randomTable(120, 8, 0, 31);
  reserveClusterMapping(120, 8);
  const options = { traded: table.traded, wages: table.wages };
  assertSameMapping(clusterMapping(table.employment, table.establishments, 120, 8, options),
    reference(table.employment, table.establishments, 120, 8, options), 'after reserve');
  reserveClusterMapping(0, 0);
  assert.throws(() => reserveClusterMapping(-1, 3), {
    name: 'RangeError',
    message: '`reserveClusterMapping` requires non-negative integer dimensions',
  });
});
