// Peer position: mid-rank percentile with ties, median and gap, for up and down indicators.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { peerPosition } from '../../../src/analytics/evaluation/peer-comparison.ts';

const PEERS = Float64Array.of(9, 1, 5, 5); // sorted 1, 5, 5, 9

test('up indicator: strictly lower peers plus half the ties', () => {
  assert.deepEqual(peerPosition(5, PEERS, 'up'), { percentile: 0.5, median: 5, gapToMedian: 0, n: 4 }); // (1 + 0.5 * 2) / 4
  assert.deepEqual(peerPosition(6, PEERS, 'up'), { percentile: 0.75, median: 5, gapToMedian: 1, n: 4 }); // 3 / 4
  assert.equal(peerPosition(9, PEERS, 'up').percentile, 0.875); // (3 + 0.5) / 4
  assert.equal(peerPosition(10, PEERS, 'up').percentile, 1);
  assert.equal(peerPosition(0, PEERS, 'up').percentile, 0);
});

test('down indicator: higher peers are worse; the gap keeps its sign', () => {
  assert.equal(peerPosition(5, PEERS, 'down').percentile, 0.5); // (1 + 0.5 * 2) / 4
  assert.equal(peerPosition(1, PEERS, 'down').percentile, 0.875); // (3 + 0.5) / 4
  assert.deepEqual(peerPosition(2, PEERS, 'down'), { percentile: 0.75, median: 5, gapToMedian: -3, n: 4 });
});

test('odd number of peers, all tied, NaN peers left out', () => {
  assert.deepEqual(peerPosition(4, [3, 7, 4, NaN, 2], 'up'), { percentile: 0.625, median: 3.5, gapToMedian: 0.5, n: 4 }); // (2 + 0.5) / 4
  assert.deepEqual(peerPosition(4, [1, 4, 10], 'up'), { percentile: 0.5, median: 4, gapToMedian: 0, n: 3 }); // (1 + 0.5) / 3
  assert.equal(peerPosition(2, [2, 2, 2], 'down').percentile, 0.5);
});

test('no peers or NaN value: NaN percentile', () => {
  const empty = peerPosition(3, new Float64Array(0), 'up');
  assert.ok(Number.isNaN(empty.percentile) && Number.isNaN(empty.median) && Number.isNaN(empty.gapToMedian));
  assert.equal(empty.n, 0);
  const missing = peerPosition(NaN, PEERS, 'up');
  assert.ok(Number.isNaN(missing.percentile) && Number.isNaN(missing.gapToMedian));
  assert.equal(missing.median, 5);
  assert.equal(missing.n, 4);
});
