import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateClusters } from '../../src/analytics/cluster-validation.ts';
import { hierarchicalClustering } from '../../src/analytics/hierarchical-clustering.ts';
import { relatedness } from '../../src/analytics/relatedness.ts';
import { assertAllClose, assertCloseTo } from '../helpers/close.ts';

const i32 = (values: readonly number[]) => new Int32Array(values);

/** An n x n matrix with value(i, j) off the diagonal and 1 on it. */
function build(n: number, value: (i: number, j: number) => number): Float64Array {
  const r = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) r[i * n + j] = i === j ? 1 : value(i, j);
  return r;
}

/** Symmetric matrix from upper-triangle pairs { 'i-j': value }. */
function pairs(n: number, entries: Record<string, number>): Float64Array {
  const r = build(n, () => NaN);
  for (const [key, v] of Object.entries(entries)) {
    const [i, j] = key.split('-').map(Number) as [number, number];
    r[i * n + j] = v;
    r[j * n + i] = v;
  }
  return r;
}

test('validateClusters gives every score 1 on a perfectly block-structured matrix', () => {
  // Three blocks of sizes 2, 3, 4, interleaved; 0.75 inside a block, 0.125 across.
  const labels = i32([0, 1, 2, 0, 1, 2, 1, 2, 2]);
  const r = build(9, (i, j) => (labels[i] === labels[j] ? 0.75 : 0.125));
  const v = validateClusters(r, 9, labels);
  assert.deepEqual(
    [v.clusterScore, v.industryScore, v.clusterPairScore, v.industryPairScore, v.nClusters],
    [1, 1, 1, 1, 3],
  );
  assert.deepEqual([...v.size], [2, 3, 4]);
  assertAllClose(v.within, [0.75, 0.75, 0.75]);
  assertAllClose(v.between, [0.75, 0.125, 0.125, 0.125, 0.75, 0.125, 0.125, 0.125, 0.75]);
  assert.deepEqual([...v.clusterPasses, ...v.industryPasses], new Array(12).fill(1));
  assert.deepEqual([...v.clusterBestOtherCluster], [1, 0, 0]);
  assertAllClose(v.industryOwn, new Array(9).fill(0.75));
  assert.equal(validateClusters.defaults.singletons, 'exclude');
});

test('validateClusters on a hand-computed 5-industry example: a tie fails the industry', () => {
  // Clusters {0, 1, 2} and {3, 4}. R_01 = .75, R_02 = .25, R_12 = .5, R_34 = .625,
  // R_03 = .125, R_04 = .125, R_13 = .25, R_14 = 0, R_23 = .5, R_24 = .25.
  //   within_0 = (.75 + .25 + .5) / 3 = .5, within_1 = .625, between = (.125 + .125 + .25 + 0 + .5 + .25) / 6
  //   industry 0: own (.75 + .25) / 2 = .5,   to cluster 1 (.125 + .125) / 2 = .125  pass
  //   industry 1: own (.75 + .5) / 2 = .625,  to cluster 1 (.25 + 0) / 2 = .125     pass
  //   industry 2: own (.25 + .5) / 2 = .375,  to cluster 1 (.5 + .25) / 2 = .375    tie: fails (strict >)
  //   industry 3: own .625, to cluster 0 (.125 + .25 + .5) / 3 = .2917              pass
  //   industry 4: own .625, to cluster 0 (.125 + 0 + .25) / 3 = .125                pass
  const r = pairs(5, {
    '0-1': 0.75, '0-2': 0.25, '1-2': 0.5, '3-4': 0.625,
    '0-3': 0.125, '0-4': 0.125, '1-3': 0.25, '1-4': 0, '2-3': 0.5, '2-4': 0.25,
  });
  const v = validateClusters(r, 5, i32([0, 0, 0, 1, 1]));
  const b = 1.25 / 6;
  assertAllClose(v.within, [0.5, 0.625]);
  assertAllClose(v.between, [0.5, b, b, 0.625]);
  assert.equal(v.clusterScore, 1);
  assertAllClose(v.industryOwn, [0.5, 0.625, 0.375, 0.625, 0.625]);
  assertAllClose(v.industryBestOther, [0.125, 0.125, 0.375, 0.875 / 3, 0.125]);
  assert.deepEqual([...v.industryBestOtherCluster], [1, 1, 1, 0, 0]);
  assert.deepEqual([...v.industryPasses], [1, 1, 0, 1, 1]);
  assert.deepEqual([...v.industryCounted], [1, 1, 1, 1, 1]);
  assertCloseTo(v.industryScore, 0.8);
  assertCloseTo(v.industryPairScore, 0.8);
});

test('validateClusters: a cluster must beat every other cluster; the pair score counts each comparison', () => {
  // A = {0, 1} within .25, B = {2, 3} and C = {4, 5} within .75; A-B .375, A-C .125, B-C .125.
  // A loses to B (.25 < .375) and beats C: clusters pass B and C only, 2 / 3; comparisons won 1 + 2 + 2 of 6.
  // Industries of A: own .25 vs B .375 (lose), C .125 (win); the others win both: 4 / 6 and 10 / 12.
  const block = [0, 0, 1, 1, 2, 2];
  const value = [[0.25, 0.375, 0.125], [0.375, 0.75, 0.125], [0.125, 0.125, 0.75]];
  const r = build(6, (i, j) => (value[block[i] as number] as number[])[block[j] as number] as number);
  const v = validateClusters(r, 6, i32(block));
  assert.deepEqual([...v.clusterPasses], [0, 1, 1]);
  assert.deepEqual([...v.clusterBestOtherCluster], [1, 0, 0]);
  assertAllClose(v.clusterBestOther, [0.375, 0.375, 0.125]);
  assertCloseTo(v.clusterScore, 2 / 3);
  assertCloseTo(v.clusterPairScore, 5 / 6);
  assert.deepEqual([...v.industryPasses], [0, 0, 1, 1, 1, 1]);
  assertCloseTo(v.industryScore, 4 / 6);
  assertCloseTo(v.industryPairScore, 10 / 12);
});

test('validateClusters excludes singletons by default and counts them as failing with singletons: fail', () => {
  // Clusters {0, 1} (R_01 = .5) and {2} (R_02 = R_12 = .25). The singleton has no within-cluster pair.
  const r = pairs(3, { '0-1': 0.5, '0-2': 0.25, '1-2': 0.25 });
  const labels = i32([0, 0, 1]);
  const exclude = validateClusters(r, 3, labels);
  assert.ok(Number.isNaN(exclude.within[1] as number) && Number.isNaN(exclude.industryOwn[2] as number));
  assert.deepEqual([...exclude.clusterCounted, ...exclude.clusterPasses], [1, 0, 1, 0]);
  assert.deepEqual([...exclude.industryCounted, ...exclude.industryPasses], [1, 1, 0, 1, 1, 0]);
  assert.deepEqual([exclude.clusterScore, exclude.industryScore], [1, 1]);
  // The singleton is still a rival: cluster 0 and industries 0, 1 are compared with it (.5 > .25).
  assert.deepEqual([exclude.clusterPairScore, exclude.industryPairScore], [1, 1]);
  // Its own best rival is still reported for a UI.
  assertAllClose(exclude.clusterBestOther, [0.25, 0.25]);
  assert.deepEqual([...exclude.industryBestOtherCluster], [1, 1, 0]);

  const fail = validateClusters(r, 3, labels, { singletons: 'fail' });
  assert.deepEqual([...fail.clusterCounted, ...fail.clusterPasses], [1, 1, 1, 0]);
  assert.deepEqual([...fail.industryCounted, ...fail.industryPasses], [1, 1, 1, 1, 1, 0]);
  assertCloseTo(fail.clusterScore, 1 / 2);
  assertCloseTo(fail.industryScore, 2 / 3);
  assert.deepEqual([fail.clusterPairScore, fail.industryPairScore], [1, 1]);
});

test('validateClusters: all singletons score NaN (exclude) or 0 (fail); one cluster scores 1 with NaN pair scores', () => {
  const r = build(4, (i, j) => 0.1 * (i + j));
  const singles = i32([0, 1, 2, 3]);
  const exclude = validateClusters(r, 4, singles);
  assert.ok([exclude.clusterScore, exclude.industryScore, exclude.clusterPairScore, exclude.industryPairScore].every(Number.isNaN));
  const fail = validateClusters(r, 4, singles, { singletons: 'fail' });
  assert.deepEqual([fail.clusterScore, fail.industryScore], [0, 0]);
  assert.ok(Number.isNaN(fail.clusterPairScore) && Number.isNaN(fail.industryPairScore));

  const one = validateClusters(r, 4, i32([0, 0, 0, 0]));
  assert.deepEqual([one.clusterScore, one.industryScore], [1, 1]);
  assert.ok(Number.isNaN(one.clusterPairScore) && Number.isNaN(one.industryPairScore));
  assert.deepEqual([...one.clusterBestOtherCluster, ...one.industryBestOtherCluster], [-1, -1, -1, -1, -1]);
  // within = mean of the 6 pairs 0.1 (i + j): (1 + 2 + 3 + 3 + 4 + 5) / 60 = 0.3.
  assertAllClose(one.within, [0.3]);
});

test('validateClusters skips NaN relatedness (a zero-variance category) and unused labels', () => {
  // Industry 2 has NaN relatedness to all: its own mean is NaN, so it is handled like a singleton, and
  // its pairs drop out of the cluster means. Label 1 is unused: an empty cluster, not counted, no rival.
  const r = pairs(5, { '0-1': 0.5, '3-4': 0.5, '0-3': 0, '0-4': 0, '1-3': 0, '1-4': 0 });
  const v = validateClusters(r, 5, i32([0, 0, 0, 2, 2]));
  assert.equal(v.nClusters, 3);
  assert.deepEqual([...v.size], [3, 0, 2]);
  assertAllClose(v.within, [0.5, NaN, 0.5]);
  assertAllClose(v.between, [0.5, NaN, 0, NaN, NaN, NaN, 0, NaN, 0.5]);
  assert.deepEqual([...v.clusterCounted, ...v.clusterPasses], [1, 0, 1, 1, 0, 1]);
  assert.deepEqual([...v.industryCounted], [1, 1, 0, 1, 1]);
  assert.deepEqual([v.clusterScore, v.industryScore, v.clusterPairScore, v.industryPairScore], [1, 1, 1, 1]);
  assert.equal(v.industryBestOtherCluster[2], -1);
});

test('validateClusters reads row i for industry i (an asymmetric matrix is used as given)', () => {
  // R_01 = .5 but R_10 = .1; R_02 = R_12 = R_20 = R_21 = .3; clusters {0, 1}, {2}.
  const r = new Float64Array([1, 0.5, 0.3, 0.1, 1, 0.3, 0.3, 0.3, 1]);
  const v = validateClusters(r, 3, i32([0, 0, 1]));
  assertAllClose(v.industryOwn, [0.5, 0.1, NaN]);
  assert.deepEqual([...v.industryPasses], [1, 0, 0]);
  assertAllClose(v.within, [0.3, NaN]); // (.5 + .1) / 2
});

test('validateClusters rejects bad shapes, labels and options with a RangeError', () => {
  const r = new Float64Array(9);
  assert.throws(() => validateClusters(new Float64Array(8), 3, i32([0, 0, 0])), {
    name: 'RangeError',
    message: '`validateClusters` requires relatedness.length = n * n',
  });
  assert.throws(() => validateClusters(r, 3, i32([0, 0])), RangeError);
  assert.throws(() => validateClusters(r, 3, i32([0, -1, 0])), {
    name: 'RangeError',
    message: '`validateClusters` requires every label to be in [0, n)',
  });
  assert.throws(() => validateClusters(r, 3, i32([0, 3, 0])), RangeError);
  assert.throws(() => validateClusters(r, 3, i32([0, 0, 0]), { singletons: 'drop' as 'fail' }), RangeError);
});

test('validateClusters leaves its inputs unchanged and works on no industries', () => {
  const r = build(4, (i, j) => 0.1 * (i + j));
  const labels = i32([0, 1, 0, 1]);
  const rCopy = r.slice();
  const labelsCopy = labels.slice();
  validateClusters(r, 4, labels);
  assert.deepEqual(r, rCopy);
  assert.deepEqual(labels, labelsCopy);
  const empty = validateClusters(new Float64Array(0), 0, new Int32Array(0));
  assert.equal(empty.nClusters, 0);
  assert.ok(Number.isNaN(empty.clusterScore) && Number.isNaN(empty.industryScore));
});

test('relatedness, hierarchicalClustering and validateClusters recover planted co-located groups', () => {
  // 40 regions x 9 categories in 3 groups (category c in group c % 3). Each region hosts one group
  // strongly (region r hosts group r % 3): its categories get 50 + noise, the others 5 + noise.
  let seed = 12345;
  const noise = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) / 2 ** 24;
  };
  const nR = 40;
  const nC = 9;
  const employment = new Float64Array(nR * nC);
  for (let r = 0; r < nR; r++) for (let c = 0; c < nC; c++) employment[r * nC + c] = (c % 3 === r % 3 ? 50 : 5) + 10 * noise();
  const cr = relatedness(employment, nR, nC);
  const { labels, nClusters } = hierarchicalClustering(cr, nC, { k: 3 });
  assert.equal(nClusters, 3);
  assert.deepEqual([...labels], [0, 1, 2, 0, 1, 2, 0, 1, 2]);
  const v = validateClusters(cr, nC, labels);
  assert.deepEqual([v.clusterScore, v.industryScore], [1, 1]);
});

// The U.S. Cluster Mapping Project's relatedness between its 51 traded clusters (Delgado, Porter & Stern
// 2016). `cr_lc` is their co-location relatedness; the diagonal is a cluster's within-cluster value, and
// pairs are symmetric to the file's 7 decimals.
// Copied unchanged from ../shared/data/clusters_reference/ (test/fixtures/reference/README.md).
const US_CSV = fileURLToPath(new URL('../fixtures/reference/us_cluster_relatedness_51x51.csv', import.meta.url));

function loadUsMatrix(): Float64Array {
  const [header, ...rows] = readFileSync(US_CSV, 'utf8').trim().split(/\r?\n/);
  const columns = (header as string).split(',');
  const at = (name: string) => columns.indexOf(name);
  const [a, b, v] = [at('cluster_code'), at('cluster_code_2'), at('cr_lc')];
  const m = new Float64Array(51 * 51).fill(NaN);
  for (const row of rows) {
    // Cluster names are quoted when they hold commas; the codes and cr_lc are never quoted and sit at the
    // end, so count fields from the right.
    const cells = row.split(',');
    const fromEnd = (i: number) => cells[cells.length - (columns.length - i)] as string;
    m[(Number(fromEnd(a)) - 1) * 51 + Number(fromEnd(b)) - 1] = Number(fromEnd(v));
  }
  return m;
}

test('U.S. 51 traded clusters: grouping and scoring their co-location relatedness', () => {
  const m = loadUsMatrix();
  assert.ok(m.every((x) => Number.isFinite(x)), 'all 2,601 pairs read');
  const n = 51;

  // The first merge of any linkage is the most related pair of distinct clusters.
  let best = -Infinity;
  let pair = [-1, -1];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = ((m[i * n + j] as number) + (m[j * n + i] as number)) / 2;
      if (s > best) [best, pair] = [s, [i, j]];
    }
  }
  for (const linkage of ['average', 'single', 'complete'] as const) {
    const h = hierarchicalClustering(m, n, { linkage, k: 10 });
    assert.deepEqual([h.mergeA[0], h.mergeB[0]], pair);
    assertCloseTo(h.mergeSimilarity[0] as number, best);
    assert.equal(h.nClusters, 10);
    assert.deepEqual([...new Set(h.labels)], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const v = validateClusters(m, n, h.labels);
    for (const score of [v.clusterScore, v.industryScore, v.clusterPairScore, v.industryPairScore]) {
      assert.ok(score >= 0 && score <= 1, `${linkage}: score ${score} in [0, 1]`);
    }
  }

  // Single linkage merges along a maximum spanning tree: its merge similarities are the tree's edge
  // weights, largest first (Prim's algorithm on the symmetrised matrix).
  const inTree = new Uint8Array(n);
  const reach = new Float64Array(n).fill(-Infinity);
  const weights: number[] = [];
  inTree[0] = 1;
  for (let j = 1; j < n; j++) reach[j] = ((m[j] as number) + (m[j * n] as number)) / 2;
  for (let step = 1; step < n; step++) {
    let next = -1;
    for (let j = 0; j < n; j++) if (inTree[j] === 0 && (next === -1 || (reach[j] as number) > (reach[next] as number))) next = j;
    weights.push(reach[next] as number);
    inTree[next] = 1;
    for (let j = 0; j < n; j++) {
      if (inTree[j] === 0) reach[j] = Math.max(reach[j] as number, ((m[next * n + j] as number) + (m[j * n + next] as number)) / 2);
    }
  }
  weights.sort((x, y) => y - x);
  assertAllClose(hierarchicalClustering(m, n, { linkage: 'single' }).mergeSimilarity, weights, 1e-12);

  // Each cluster on its own (51 singletons): no within-cluster pair, so under the default policy nothing is
  // counted and both scores are NaN; with singletons 'fail' both are 0. Each one's closest rival is the
  // largest off-diagonal entry of its row.
  const singles = Int32Array.from({ length: n }, (_, i) => i);
  const exclude = validateClusters(m, n, singles);
  assert.ok(Number.isNaN(exclude.clusterScore) && Number.isNaN(exclude.industryScore));
  assert.ok(exclude.clusterCounted.every((x) => x === 0));
  const fail = validateClusters(m, n, singles, { singletons: 'fail' });
  assert.deepEqual([fail.clusterScore, fail.industryScore], [0, 0]);
  for (let i = 0; i < n; i++) {
    const row = Array.from(m.subarray(i * n, (i + 1) * n)).filter((_, j) => j !== i);
    assertCloseTo(exclude.industryBestOther[i] as number, Math.max(...row));
  }
});
