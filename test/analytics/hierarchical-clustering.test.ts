import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hierarchicalClustering, type Linkage } from '../../src/analytics/hierarchical-clustering.ts';
import { assertAllClose } from '../helpers/close.ts';

const LINKAGES: readonly Linkage[] = ['average', 'single', 'complete'];

/** A symmetric n x n matrix from its upper-triangle pairs { 'i-j': value }, diagonal 1, others `fill`. */
function matrix(n: number, pairs: Record<string, number>, fill = 0): Float64Array {
  const s = new Float64Array(n * n).fill(fill);
  for (let i = 0; i < n; i++) s[i * n + i] = 1;
  for (const [key, value] of Object.entries(pairs)) {
    const [i, j] = key.split('-').map(Number) as [number, number];
    s[i * n + j] = value;
    s[j * n + i] = value;
  }
  return s;
}

/** Seeded uniform numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSymmetric(n: number, rng: () => number, value: () => number = rng): Float64Array {
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    s[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const v = value();
      s[i * n + j] = v;
      s[j * n + i] = v;
    }
  }
  return s;
}

/**
 * The definition, written out: every step recomputes each pair of clusters' linkage from the member pairs
 * and merges the best pair, ties to the smallest (lowest member, lowest member). O(n^4); for small n only.
 */
function naiveClustering(s: Float64Array, n: number, linkage: Linkage, k: number) {
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  const merges: [number, number, number][] = [];
  while (clusters.length > k) {
    let best: [number, number, number] | null = null;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const values = (clusters[x] as number[]).flatMap((a) => (clusters[y] as number[]).map((b) => s[a * n + b] as number));
        const v = linkage === 'single' ? Math.max(...values) : linkage === 'complete' ? Math.min(...values) : values.reduce((p, q) => p + q, 0) / values.length;
        if (best === null || v > best[2]) best = [x, y, v];
      }
    }
    const [x, y, v] = best as [number, number, number];
    merges.push([(clusters[x] as number[])[0] as number, (clusters[y] as number[])[0] as number, v]);
    const merged = [...(clusters[x] as number[]), ...(clusters[y] as number[])].sort((p, q) => p - q);
    clusters = clusters.filter((_, i) => i !== x && i !== y).concat([merged]).sort((p, q) => (p[0] as number) - (q[0] as number));
  }
  return merges;
}

test('hierarchicalClustering merges a hand-computed 4-item example under each linkage', () => {
  // s_01 = 0.9, s_02 = 0.3, s_03 = 0.2, s_12 = 0.5, s_13 = 0.4, s_23 = 0.6.
  // Every linkage merges {0, 1} at 0.9 first. Then S({0,1}, 2) = avg 0.4 / max 0.5 / min 0.3 and
  // S({0,1}, 3) = avg 0.3 / max 0.4 / min 0.2, all below s_23 = 0.6, so {2, 3} merges at 0.6.
  // Last: S({0,1}, {2,3}) over 0.3, 0.2, 0.5, 0.4 = average 0.35, single 0.5, complete 0.2.
  const s = matrix(4, { '0-1': 0.9, '0-2': 0.3, '0-3': 0.2, '1-2': 0.5, '1-3': 0.4, '2-3': 0.6 });
  const last = { average: 0.35, single: 0.5, complete: 0.2 };
  for (const linkage of LINKAGES) {
    const result = hierarchicalClustering(s, 4, { linkage });
    assert.deepEqual([...result.mergeA], [0, 2, 0]);
    assert.deepEqual([...result.mergeB], [1, 3, 2]);
    assertAllClose(result.mergeSimilarity, [0.9, 0.6, last[linkage]]);
    assert.deepEqual([...result.labels], [0, 0, 0, 0]);
    assert.equal(result.nClusters, 1);
  }
  assert.equal(hierarchicalClustering.defaults.linkage, 'average');
});

test('hierarchicalClustering: single linkage chains where average and complete do not', () => {
  // s_01 = 0.9, s_12 = 0.7, s_23 = 0.65, s_02 = 0.1, s_13 = 0.1, s_03 = 0.
  // After {0, 1}: single S({0,1}, 2) = 0.7 > s_23, so 2 joins {0, 1}; average (0.1 + 0.7) / 2 = 0.4 and
  // complete 0.1 are below 0.65, so {2, 3} forms instead.
  const s = matrix(4, { '0-1': 0.9, '1-2': 0.7, '2-3': 0.65, '0-2': 0.1, '1-3': 0.1, '0-3': 0 });
  assert.deepEqual([...hierarchicalClustering(s, 4, { linkage: 'single', k: 2 }).labels], [0, 0, 0, 1]);
  assert.deepEqual([...hierarchicalClustering(s, 4, { linkage: 'average', k: 2 }).labels], [0, 0, 1, 1]);
  assert.deepEqual([...hierarchicalClustering(s, 4, { linkage: 'complete', k: 2 }).labels], [0, 0, 1, 1]);
});

test('hierarchicalClustering numbers labels in order of first appearance', () => {
  // {0, 3} and {1, 2}: item 0 is in cluster 0, item 1 opens cluster 1.
  const s = matrix(4, { '0-3': 0.8, '1-2': 0.7 });
  const result = hierarchicalClustering(s, 4, { k: 2 });
  assert.deepEqual([...result.labels], [0, 1, 1, 0]);
  assert.equal(result.nClusters, 2);
  assert.deepEqual([...result.mergeA, ...result.mergeB], [0, 1, 3, 2]);
});

test('hierarchicalClustering recovers the blocks of a block-structured matrix under every linkage', () => {
  // 12 items in 3 interleaved blocks (item i in block i % 3): 0.8 inside a block, 0.1 across.
  const n = 12;
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s[i * n + j] = i === j ? 1 : i % 3 === j % 3 ? 0.8 : 0.1;
  for (const linkage of LINKAGES) {
    const result = hierarchicalClustering(s, n, { linkage, k: 3 });
    assert.deepEqual([...result.labels], Array.from({ length: n }, (_, i) => i % 3));
    assert.equal(result.nClusters, 3);
    // The same cut by threshold: every within-block merge is at 0.8, the first across-block one at 0.1.
    assert.deepEqual([...hierarchicalClustering(s, n, { linkage, threshold: 0.5 }).labels], [...result.labels]);
  }
});

test('hierarchicalClustering agrees with the definition on random matrices (labels and merge history)', () => {
  const rng = random(11);
  for (const linkage of LINKAGES) {
    for (let trial = 0; trial < 5; trial++) {
      const n = 9 + trial;
      const s = randomSymmetric(n, rng, () => rng() * 2 - 1);
      const result = hierarchicalClustering(s, n, { linkage });
      const naive = naiveClustering(s, n, linkage, 1);
      assert.deepEqual([...result.mergeA], naive.map((m) => m[0]));
      assert.deepEqual([...result.mergeB], naive.map((m) => m[1]));
      assertAllClose(result.mergeSimilarity, naive.map((m) => m[2]), 1e-12);
      // Average, single and complete linkage are monotone: merge similarities never increase.
      for (let m = 1; m < n - 1; m++) assert.ok((result.mergeSimilarity[m] as number) <= (result.mergeSimilarity[m - 1] as number));
    }
  }
});

test('hierarchicalClustering breaks ties by the lowest pair of lowest members, as the definition does', () => {
  // All similarities equal: (0, 1), then (0, 2), (0, 3), ...; with k = 2 the last item stays alone.
  const equal = new Float64Array(25).fill(0.5);
  for (const linkage of LINKAGES) {
    const result = hierarchicalClustering(equal, 5, { linkage, k: 2 });
    assert.deepEqual([...result.mergeA], [0, 0, 0]);
    assert.deepEqual([...result.mergeB], [1, 2, 3]);
    assert.deepEqual([...result.labels], [0, 0, 0, 0, 1]);
  }
  // Many ties: similarities in {0, 1, 2}; single and complete updates are exact, so the tie-breaking of
  // the nearest-neighbour bookkeeping must reproduce the definition's merge order exactly.
  const rng = random(3);
  for (const linkage of ['single', 'complete'] as const) {
    for (let trial = 0; trial < 20; trial++) {
      const n = 8;
      const s = randomSymmetric(n, rng, () => Math.floor(rng() * 3));
      const result = hierarchicalClustering(s, n, { linkage });
      const naive = naiveClustering(s, n, linkage, 1);
      assert.deepEqual([...result.mergeA, ...result.mergeB], [...naive.map((m) => m[0]), ...naive.map((m) => m[1])]);
    }
  }
});

test('hierarchicalClustering with k = n merges nothing and with k = 1 merges everything', () => {
  const s = randomSymmetric(6, random(5));
  const none = hierarchicalClustering(s, 6, { k: 6 });
  assert.deepEqual([...none.labels], [0, 1, 2, 3, 4, 5]);
  assert.equal(none.nClusters, 6);
  assert.equal(none.mergeA.length, 0);
  const all = hierarchicalClustering(s, 6, { k: 1 });
  assert.deepEqual([...all.labels], [0, 0, 0, 0, 0, 0]);
  assert.equal(all.mergeA.length, 5);
  assert.equal(all.mergeSimilarity.length, 5);
});

test('hierarchicalClustering stops at the threshold, or at k when that comes first', () => {
  const s = matrix(4, { '0-1': 0.9, '0-2': 0.3, '0-3': 0.2, '1-2': 0.5, '1-3': 0.4, '2-3': 0.6 });
  // Average merges at 0.9, 0.6, 0.35: a threshold of 0.6 keeps the first two (>= is allowed).
  assert.deepEqual([...hierarchicalClustering(s, 4, { threshold: 0.6 }).labels], [0, 0, 1, 1]);
  assert.deepEqual([...hierarchicalClustering(s, 4, { threshold: 0.61 }).labels], [0, 0, 1, 2]);
  assert.deepEqual([...hierarchicalClustering(s, 4, { threshold: 0.95 }).labels], [0, 1, 2, 3]);
  assert.deepEqual([...hierarchicalClustering(s, 4, { threshold: 0.5, k: 3 }).labels], [0, 0, 1, 2]);
});

test('hierarchicalClustering treats NaN similarity as -Infinity: never preferred, never above a threshold', () => {
  // Item 2 (a zero-variance category in `relatedness`) has NaN similarity to everything.
  const s = matrix(4, { '0-1': 0.2, '0-2': NaN, '1-2': NaN, '0-3': -0.5, '1-3': -0.4, '2-3': NaN });
  const all = hierarchicalClustering(s, 4);
  assert.deepEqual([...all.mergeA], [0, 0, 0]);
  assert.deepEqual([...all.mergeB], [1, 3, 2]);
  assertAllClose(all.mergeSimilarity.subarray(0, 2), [0.2, -0.45]);
  assert.equal(all.mergeSimilarity[2], -Infinity);
  assert.deepEqual([...hierarchicalClustering(s, 4, { threshold: -1 }).labels], [0, 0, 1, 0]);
  // Averaging a NaN pair gives -Infinity too: {0, 2} (joined at -Infinity) never beats anything finite.
  const avg = hierarchicalClustering(matrix(3, { '0-1': NaN, '0-2': NaN, '1-2': NaN }), 3);
  assert.deepEqual([...avg.mergeSimilarity], [-Infinity, -Infinity]);
  assert.deepEqual([...avg.mergeA, ...avg.mergeB], [0, 0, 1, 2]);
});

test('hierarchicalClustering reads the symmetrised matrix and ignores the diagonal', () => {
  // s_01 = 0.9 / s_10 = 0.1 averages to 0.5, below s_12 = 0.6; a large diagonal changes nothing.
  const s = new Float64Array([99, 0.9, 0, 0.1, 99, 0.6, 0, 0.6, 99]);
  const result = hierarchicalClustering(s, 3, { k: 2 });
  assert.deepEqual([...result.labels], [0, 1, 1]);
  assertAllClose(result.mergeSimilarity, [0.6]);
});

test('hierarchicalClustering of no items or one item', () => {
  const empty = hierarchicalClustering(new Float64Array(0), 0);
  assert.equal(empty.labels.length, 0);
  assert.equal(empty.nClusters, 0);
  const one = hierarchicalClustering(new Float64Array([1]), 1);
  assert.deepEqual([...one.labels], [0]);
  assert.equal(one.mergeA.length, 0);
});

test('hierarchicalClustering rejects bad shapes and options with a RangeError', () => {
  const s = new Float64Array(9);
  assert.throws(() => hierarchicalClustering(new Float64Array(8), 3), {
    name: 'RangeError',
    message: '`hierarchicalClustering` requires similarity.length = n * n',
  });
  assert.throws(() => hierarchicalClustering(s, 3, { k: 0 }), {
    name: 'RangeError',
    message: '`hierarchicalClustering` requires k to be an integer in [1, n]',
  });
  assert.throws(() => hierarchicalClustering(s, 3, { k: 4 }), RangeError);
  assert.throws(() => hierarchicalClustering(s, 3, { k: 1.5 }), RangeError);
  assert.throws(() => hierarchicalClustering(s, 3, { threshold: NaN }), RangeError);
  assert.throws(() => hierarchicalClustering(s, 3, { linkage: 'ward' as Linkage }), RangeError);
  assert.throws(() => hierarchicalClustering(s, -1), RangeError);
});

test('hierarchicalClustering leaves its input unchanged', () => {
  const s = randomSymmetric(7, random(9));
  const copy = s.slice();
  hierarchicalClustering(s, 7, { linkage: 'complete', k: 2 });
  assert.deepEqual(s, copy);
});
