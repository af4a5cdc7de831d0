import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  peerFlags, type ProductFlows, similarExporters, targetMarkets,
} from '../../../src/analytics/complexity/target-markets.ts';
import { assertAllClose, assertCloseTo } from '../../helpers/close.ts';

/** rows [importer, exporter, yearIndex, value] */
function flows(rows: [number, number, number, number][]): ProductFlows {
  return {
    importer: Int32Array.from(rows, (r) => r[0]),
    exporter: Int32Array.from(rows, (r) => r[1]),
    year: Int32Array.from(rows, (r) => r[2]),
    value: Float64Array.from(rows, (r) => r[3]),
  };
}

// exporters: 0 = subject S, 1 = peer P, 2 = other O; importers: 0 = A, 1 = B, 2 = C; years 2015 (0), 2017 (1)
const A = 0;
const B = 1;
const C = 2;
const TWO_YEARS = flows([
  [A, 1, 0, 100], [B, 2, 0, 50], [C, 2, 0, 10],
  [A, 1, 1, 100], [A, 0, 1, 21], [B, 2, 1, 40], [B, 1, 1, 20], [C, 2, 1, 40],
]);

test('a hand-computed two-year case: size, CAGR, peer share, presence and score', () => {
  const r = targetMarkets(TWO_YEARS, { nImporters: 3, nExporters: 3, years: [2015, 2017], subject: 0, peers: peerFlags(3, [1]) });
  assert.equal(r.latest, 1);
  // sizes in 2017: A = 100 + 21, B = 40 + 20, C = 40
  assertAllClose(r.size, [121, 60, 40]);
  // CAGR over two years: A (121/100)^(1/2) - 1 = 0.1, B (60/50)^(1/2) - 1, C (40/10)^(1/2) - 1 = 1
  assertAllClose(r.growth, [0.1, Math.sqrt(1.2) - 1, 1], 1e-12);
  // the subject's 21 is not a peer's: A 100/121, B 20/60, C 0
  assertAllClose(r.peerShare, [100 / 121, 1 / 3, 0], 1e-12);
  assert.deepEqual([...r.alreadyExports], [1, 0, 0]);
  assertAllClose(r.sizePct, [1, 0.5, 0]);
  assertAllClose(r.growthPct, [0.5, 0, 1]);
  assertAllClose(r.peerPct, [1, 0.5, 0]);
  // score = 0.5 size + 0.25 growth + 0.25 peers: A 0.5 + 0.125 + 0.25, B 0.25 + 0 + 0.125, C 0 + 0.25 + 0
  assertAllClose(r.score, [0.875, 0.375, 0.25], 1e-12);
});

test('with one year growth is NaN and its weight is renormalised away', () => {
  const one = flows([[A, 1, 0, 100], [A, 0, 0, 21], [B, 2, 0, 40], [B, 1, 0, 20], [C, 2, 0, 40]]);
  const r = targetMarkets(one, { nImporters: 3, nExporters: 3, years: [2017], subject: 0, peers: peerFlags(3, [1]) });
  assert.ok([...r.growth].every((g) => Number.isNaN(g)));
  assert.equal(r.weights.growth, 0);
  // (0.5 sizePct + 0.25 peerPct) / 0.75: A (0.5 + 0.25) / 0.75 = 1, B (0.25 + 0.125) / 0.75 = 0.5, C 0
  assertAllClose(r.score, [1, 0.5, 0], 1e-12);
});

test('without peers, peer share is NaN and the score uses size and growth', () => {
  const r = targetMarkets(TWO_YEARS, { nImporters: 3, nExporters: 3, years: [2015, 2017], subject: 0, peers: new Uint8Array(3) });
  assert.ok([...r.peerShare].every((g) => Number.isNaN(g)));
  assert.equal(r.weights.peers, 0);
  // (0.5 sizePct + 0.25 growthPct) / 0.75: A (0.5 + 0.125) / 0.75, B 0.25 / 0.75, C 0.25 / 0.75
  assertAllClose(r.score, [0.625 / 0.75, 1 / 3, 1 / 3], 1e-12);
});

test('an excluded importer and one without imports in the latest year are not ranked', () => {
  const extra = flows([...[[A, 1, 0, 100], [A, 1, 1, 100], [B, 2, 1, 60]] as [number, number, number, number][], [C, 2, 0, 10]]);
  const r = targetMarkets(extra, { nImporters: 3, nExporters: 3, years: [2015, 2017], subject: 0, peers: peerFlags(3, [1]), exclude: B });
  assert.ok(Number.isNaN(r.score[B] as number));
  assert.ok(Number.isNaN(r.score[C] as number));
  assert.equal(r.size[C], 0);
  // A alone: every percentile is the lone entry's 0.5 (percentileRanks' convention)
  assert.equal(r.score[A], 0.5);
  // B imports in 2017 only: growth NaN
  assert.ok(Number.isNaN(r.growth[B] as number));
});

test('CAGR uses the calendar distance between the first and last years with imports', () => {
  // 2010: 50, 2012: nothing, 2014: 200 -> (200 / 50)^(1/4) - 1 = sqrt(2) - 1
  const r = targetMarkets(flows([[0, 1, 0, 50], [0, 1, 2, 200]]), { nImporters: 1, nExporters: 2, years: [2010, 2012, 2014], subject: 0, peers: new Uint8Array(2) });
  assertCloseTo(r.growth[0] as number, Math.SQRT2 - 1, 1e-12);
});

test('scores stay in [0, 1] on random flows', () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const rows: [number, number, number, number][] = [];
  for (let k = 0; k < 400; k++) rows.push([Math.floor(rand() * 20), Math.floor(rand() * 15), Math.floor(rand() * 4), rand() < 0.1 ? 0 : rand() * 1000]);
  const r = targetMarkets(flows(rows), { nImporters: 20, nExporters: 15, years: [2014, 2015, 2016, 2017], subject: 3, peers: peerFlags(15, [1, 2, 5]), exclude: 3 });
  for (let i = 0; i < 20; i++) {
    if (i === 3 || !((r.size[i] as number) > 0)) assert.ok(Number.isNaN(r.score[i] as number));
    else assert.ok((r.score[i] as number) >= 0 && (r.score[i] as number) <= 1, `score ${r.score[i]}`);
    const share = r.peerShare[i] as number;
    if (Number.isFinite(share)) assert.ok(share >= 0 && share <= 1);
  }
});

test('similarExporters ranks rows by cosine similarity, skipping the subject and zero rows', () => {
  // s = (1, 0), a = (2, 0), b = (1, 1), z = (0, 0): sim(s, a) = 1, sim(s, b) = 1 / sqrt(2)
  const x = new Float64Array([1, 0, 2, 0, 1, 1, 0, 0]);
  const all = similarExporters(x, 4, 2, 0);
  assert.deepEqual([...all.index], [1, 2]);
  assertAllClose(all.similarity, [1, Math.SQRT1_2], 1e-12);
  assert.deepEqual([...similarExporters(x, 4, 2, 0, 1).index], [1]);
  assert.equal(similarExporters(x, 4, 2, 3).index.length, 0);
});
