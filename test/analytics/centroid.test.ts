import assert from 'node:assert/strict';
import { test } from 'node:test';
import { polygonCentroid } from '../../src/analytics/centroid.ts';

const square = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

test('polygonCentroid of a square is its centre, whatever the winding', () => {
  assert.deepEqual(polygonCentroid([[square(0, 0, 2)]]), [1, 1]);
  assert.deepEqual(polygonCentroid([[square(0, 0, 2).reverse()]]), [1, 1]);
});

test('polygonCentroid subtracts holes and weights the parts of a multipolygon by area', () => {
  // A 4x4 square with the 2x2 square in its lower-left corner cut out: area 12, by hand
  // x = (16*2 - 4*1) / 12 = 7/3, and y likewise.
  const [x, y] = polygonCentroid([[square(0, 0, 4), square(0, 0, 2)]]);
  assert.ok(Math.abs(x - 7 / 3) < 1e-12 && Math.abs(y - 7 / 3) < 1e-12);
  // Unit square at (0,0) and a 3x3 square at (10,0): x = (1*0.5 + 9*11.5) / 10 = 10.4.
  const [mx, my] = polygonCentroid([[square(0, 0, 1)], [square(10, 0, 3)]]);
  assert.ok(Math.abs(mx - 10.4) < 1e-12 && Math.abs(my - 1.4) < 1e-12);
});

test('polygonCentroid returns NaN for a degenerate polygon and does not mutate its input', () => {
  assert.deepEqual(polygonCentroid([[[[0, 0], [1, 1], [0, 0]]]]), [NaN, NaN]);
  assert.deepEqual(polygonCentroid([]), [NaN, NaN]);
  const ring = Object.freeze(square(0, 0, 2).map((p) => Object.freeze(p)));
  assert.deepEqual(polygonCentroid([[ring]]), [1, 1]);
});
