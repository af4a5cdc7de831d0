import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterMapping, FLAG_BITS, reserveClusterMapping, type ClusterMapping, type ClusterMappingOptions, type PackedClusterMapping } from '../../src/analytics/cluster-mapping.ts';
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

/** The packed flags unpacked into the nine arrays of the default format. */
function unpack(packed: PackedClusterMapping): ClusterMapping {
  const bit = (k: keyof typeof FLAG_BITS) => packed.flags.map((b) => (b >> FLAG_BITS[k]) & 1);
  return {
    lq: packed.lq,
    classes: { strong: bit('strong'), strong10: bit('strong10'), significant: bit('significant'), qualifying: bit('qualifying') },
    stars: {
      size: bit('size'),
      specialisation: bit('specialisation'),
      focus: bit('focus'),
      productivity: bit('productivity'),
      stars: packed.flags.map((b) => ((b >> 4) & 1) + ((b >> 5) & 1) + ((b >> 6) & 1) + (b >> 7)),
    },
  };
}

test('clusterMapping with packed: true gives the same LQ and, bit by bit, the same flags as the default format', () => {
  // Random tables with NaN, zeros, empty rows and columns, and categories with employment in one region
  // only; shapes with nCategories a multiple of 4 (packed four cells per word) and not; enough regions for
  // the bracket selections to sample (>= 256 cells with employment in a category).
  const shapes: [number, number][] = [[1, 1], [3, 4], [50, 7], [130, 8], [700, 4], [900, 5]];
  let seed = 500;
  for (const [nR, nC] of shapes) {
    for (let kind = 0; kind < 4; kind++) {
      const table = randomTable(nR, nC, kind, seed++);
      if (nR > 1) {
        // Category 0 with employment in one region only.
        for (let r = 1; r < nR; r++) table.employment[r * nC] = 0;
      }
      for (const wages of [table.wages, null]) {
        const options: ClusterMappingOptions = { traded: table.traded, wages };
        const label = `${nR} x ${nC}, kind ${kind}, wages ${wages !== null}`;
        const packed = clusterMapping(table.employment, table.establishments, nR, nC, { ...options, packed: true });
        assert.equal(packed.flags.length, nR * nC);
        const expected = reference(table.employment, table.establishments, nR, nC, options);
        assertSameMapping(unpack(packed), expected, `${label}, packed`);
        assertSameMapping(clusterMapping(table.employment, table.establishments, nR, nC, options), expected, `${label}, default`);
      }
    }
  }
});

test('clusterMapping packed overwrites every byte of out and rejects out of the other format', () => {
  const nR = 300;
  const nC = 8;
  const table = randomTable(nR, nC, 0, 91);
  const out: PackedClusterMapping = { lq: new Float64Array(nR * nC).fill(7), flags: new Uint8Array(nR * nC).fill(255) };
  const options = { traded: table.traded, wages: table.wages, packed: true } as const;
  const result = clusterMapping(table.employment, table.establishments, nR, nC, options, out);
  assert.equal(result, out);
  assertSameMapping(unpack(out), reference(table.employment, table.establishments, nR, nC, table), 'packed out');
  const other = clusterMapping(table.employment, table.establishments, nR, nC, { traded: table.traded });
  assert.throws(() => clusterMapping(table.employment, table.establishments, nR, nC, options, other as unknown as PackedClusterMapping), RangeError);
  assert.throws(() => clusterMapping(table.employment, table.establishments, nR, nC, { traded: table.traded }, out as unknown as ClusterMapping), RangeError);
  assert.throws(() => clusterMapping(table.employment, table.establishments, nR, nC, options, { lq: out.lq, flags: new Uint8Array(5) }), RangeError);
});

test('clusterMapping stays exact when the sampled values mislead the bracket selections', () => {
  // Every region employed in every category; the regions the bracket samples (every 2nd of 600: 256 samples
  // with a stride of 2) hold extreme establishments, focus shares and wages, so the brackets miss and the
  // selection falls back to all values.
  const nR = 600;
  const nC = 4;
  const employment = new Float64Array(nR * nC);
  const establishments = new Float64Array(nR * nC);
  const wages = new Float64Array(nR * nC);
  for (let r = 0; r < nR; r++) {
    for (let c = 0; c < nC; c++) {
      const i = r * nC + c;
      const sampled = r % 2 === 0;
      employment[i] = c === 0 && sampled ? 1e6 : 10 + ((r * 7 + c) % 50);
      establishments[i] = sampled ? 1e6 + r : 1 + (r % 9);
      wages[i] = sampled ? 1e9 - r : 300 + ((r * 13) % 400);
    }
  }
  const options = { traded: Uint8Array.from([0, 1, 0, 1]), wages };
  const expected = reference(employment, establishments, nR, nC, options);
  assertSameMapping(unpack(clusterMapping(employment, establishments, nR, nC, { ...options, packed: true })), expected, 'packed');
  assertSameMapping(clusterMapping(employment, establishments, nR, nC, options), expected, 'default');
});

test('clusterMapping with categories maps only that range, the same as the whole table, and leaves the rest of out', () => {
  let seed = 900;
  for (const [nR, nC] of [[300, 12], [700, 10], [40, 7]] as [number, number][]) {
    for (let kind = 0; kind < 4; kind++) {
      const table = randomTable(nR, nC, kind, seed++);
      const options: ClusterMappingOptions = { traded: table.traded, wages: table.wages };
      const whole = clusterMapping(table.employment, table.establishments, nR, nC, options);
      const wholePacked = clusterMapping(table.employment, table.establishments, nR, nC, { ...options, packed: true });
      // Ranges on multiples of 4 (words) and not; parts put together into one out, as MappingPool does.
      for (const bounds of [[0, 4, nC], [0, 3, 5, nC], [0, nC]]) {
        const label = `${nR} x ${nC}, kind ${kind}, parts ${bounds.join(' ')}`;
        const out = clusterMapping(table.employment, table.establishments, nR, nC, { ...options, categories: { from: 0, to: 0 } });
        out.lq.fill(7);
        const packedOut: PackedClusterMapping = { lq: new Float64Array(nR * nC).fill(7), flags: new Uint8Array(nR * nC).fill(99) };
        for (let p = 0; p + 1 < bounds.length; p++) {
          const categories = { from: bounds[p] as number, to: bounds[p + 1] as number };
          clusterMapping(table.employment, table.establishments, nR, nC, { ...options, categories }, out);
          clusterMapping(table.employment, table.establishments, nR, nC, { ...options, categories, packed: true }, packedOut);
        }
        assertSameMapping(out, whole, `${label}, default`);
        assertSameMapping(unpack(packedOut), unpack(wholePacked), `${label}, packed`);
      }
      // One range alone: the cells of the other categories keep what out held.
      const out: PackedClusterMapping = { lq: new Float64Array(nR * nC).fill(7), flags: new Uint8Array(nR * nC).fill(99) };
      clusterMapping(table.employment, table.establishments, nR, nC, { ...options, categories: { from: 1, to: 2 }, packed: true }, out);
      for (let i = 0; i < nR * nC; i++) {
        if (i % nC === 1) {
          assert.ok(Object.is(out.lq[i], wholePacked.lq[i]), `lq[${i}]`);
          assert.equal(out.flags[i], wholePacked.flags[i], `flags[${i}]`);
        } else {
          assert.equal(out.lq[i], 7);
          assert.equal(out.flags[i], 99);
        }
      }
    }
  }
  const t = randomTable(5, 4, 0, 1);
  for (const categories of [{ from: -1, to: 2 }, { from: 3, to: 2 }, { from: 0, to: 5 }, { from: 0.5, to: 2 }]) {
    assert.throws(() => clusterMapping(t.employment, t.establishments, 5, 4, { categories }), RangeError);
  }
});

test('clusterMapping numbers the regions of its records in 32 bits beyond 65,536 regions, with the same results', () => {
  const nR = 70_000;
  const nC = 2;
  const table = randomTable(nR, nC, 0, 4242);
  const options: ClusterMappingOptions = { traded: Uint8Array.from([0, 1]), wages: table.wages };
  const expected = reference(table.employment, table.establishments, nR, nC, options);
  assertSameMapping(clusterMapping(table.employment, table.establishments, nR, nC, options), expected, '70,000 x 2');
  assertSameMapping(unpack(clusterMapping(table.employment, table.establishments, nR, nC, { ...options, packed: true })), expected, '70,000 x 2, packed');
});
