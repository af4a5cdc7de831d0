import assert from 'node:assert/strict';
import { test } from 'node:test';
import { networkMeasures } from '../../../src/analytics/crosssector/network.ts';
import { assertAllClose as closeAll, assertCloseTo as close } from '../../helpers/close.ts';

/** Two 4-cliques {0..3} and {4..7} joined by the bridge 3 - 4, unit weights; sector 8 isolated. */
function barbell(): { m: Float64Array; mask: Uint8Array; n: number } {
  const n = 9;
  const m = new Float64Array(n * n);
  const mask = new Uint8Array(n * n);
  const link = (i: number, j: number) => {
    m[i * n + j] = 1;
    mask[i * n + j] = 1;
  };
  for (const group of [[0, 1, 2, 3], [4, 5, 6, 7]]) {
    for (const i of group) for (const j of group) if (i !== j) link(i, j);
  }
  link(3, 4); // one direction only: the edge exists, weight 1
  return { m, mask, n };
}

test('networkMeasures on two cliques joined by a bridge: bridge nodes lead, two communities', () => {
  const { m, mask, n } = barbell();
  const r = networkMeasures(m, mask, n);
  closeAll(r.degree, [3, 3, 3, 4, 4, 3, 3, 3, 0]);
  closeAll(r.strength, [6, 6, 6, 7, 7, 6, 6, 6, 0]); // both directions of a clique edge are summed
  // node 3 is on every shortest path between {0, 1, 2} and {4, ..., 7}: 12 pairs, of (n - 1)(n - 2) / 2 = 28
  // pairs in the 9-node graph
  closeAll(r.betweenness, [0, 0, 0, 12 / 28, 12 / 28, 0, 0, 0, 0]);
  assert.deepEqual([...r.community], [0, 0, 0, 0, 1, 1, 1, 1, -1]);
  // modularity: clique edges weigh 2 (both directions), the bridge 1, W = 25; each side has internal weight 12
  // and strength 25: Q = 2 * (12 / 25 - (25 / 50)^2) = 0.46
  close(r.modularity, 0.46, 1e-12);
  close(r.eigenvector[3] as number, r.eigenvector[4] as number, 1e-6);
  for (const i of [0, 1, 2, 5, 6, 7]) assert.ok((r.eigenvector[3] as number) > (r.eigenvector[i] as number));
  assert.equal(r.eigenvector[8], 0);
});

test('networkMeasures is reproducible with the same seed and handles a graph without edges', () => {
  const { m, mask, n } = barbell();
  assert.deepEqual([...networkMeasures(m, mask, n, { seed: 7 }).community], [...networkMeasures(m, mask, n, { seed: 7 }).community]);
  const empty = networkMeasures(new Float64Array(4), new Uint8Array(4), 2);
  assert.deepEqual([...empty.community], [-1, -1]);
  assert.ok(Number.isNaN(empty.modularity));
  assert.throws(() => networkMeasures(new Float64Array(3), new Uint8Array(4), 2), RangeError);
});
