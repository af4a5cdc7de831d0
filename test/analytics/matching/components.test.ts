// Geography, size fit, the combined score and the top-k heap, by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWeights, combine } from '../../../src/analytics/matching/combine.ts';
import { geographyScore, geographyScores, haversineKm } from '../../../src/analytics/matching/geography.ts';
import { sizeFit, sizeOrdinal } from '../../../src/analytics/matching/size-fit.ts';
import { TopK } from '../../../src/analytics/matching/top-k.ts';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) < tol, `${a} vs ${b}`);

test('haversineKm: a degree of latitude is 111.2 km, a quarter meridian 10,008 km, Minsk - Gomel about 280 km', () => {
  close(haversineKm(0, 0, 1, 0), (Math.PI / 180) * 6371.0088);
  close(haversineKm(0, 0, 90, 0), (Math.PI / 2) * 6371.0088, 1e-6);
  assert.ok(Math.abs(haversineKm(53.9, 27.5667, 52.4345, 30.9754) - 280) < 5);
  assert.ok(Number.isNaN(haversineKm(NaN, 0, 0, 0)));
});

test('geographyScore is exp(-d/100) and 0 when the distance is unknown', () => {
  close(geographyScore(0), 1);
  close(geographyScore(100), Math.exp(-1));
  close(geographyScore(50, 50), Math.exp(-1));
  close(geographyScore(NaN), 0);
  const s = geographyScores(0, 0, Float64Array.of(0, NaN), Float64Array.of(0, 0));
  close(s[0] as number, 1);
  close(s[1] as number, 0);
});

test('sizeFit is 1 - |a - b| / 3, and 0.5 when a class is unknown', () => {
  assert.equal(sizeOrdinal('small'), 1);
  assert.equal(sizeOrdinal(null), -1);
  close(sizeFit(1, 1), 1);
  close(sizeFit(0, 3), 0);
  close(sizeFit(1, 2), 2 / 3);
  close(sizeFit(-1, 2), 0.5);
});

test('combine is the weighted mean of the components; checkWeights names the bad component', () => {
  const w = checkWeights({ sector: 2, text: 1, geography: 1 });
  const c = { sector: 1, complementarity: 0.9, text: 0.5, competitiveness: 1, reliability: 1, geography: NaN, size: 1 };
  close(combine(c, w), (2 * 1 + 1 * 0.5 + 0) / 4);
  assert.throws(() => checkWeights({ text: -1 }), /weight of text/);
  assert.throws(() => checkWeights({ size: Infinity }), /weight of size/);
  assert.throws(() => checkWeights({}), /at least one weight/);
});

test('TopK keeps the k best, the lower id first on equal scores', () => {
  const top = new TopK(3);
  for (const [s, id] of [[0.5, 1], [0.9, 2], [0.1, 3], [0.9, 0], [0.7, 5], [0.5, 4]] as const) top.offer(s, id);
  assert.deepEqual(top.sorted(), [{ id: 0, score: 0.9 }, { id: 2, score: 0.9 }, { id: 5, score: 0.7 }]);
  assert.equal(top.threshold, 0.7);
  assert.throws(() => new TopK(0), RangeError);
});
