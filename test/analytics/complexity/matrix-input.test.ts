import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropEmpty, matrixFromCodes } from '../../../src/analytics/complexity/matrix-input.ts';
import { complexity } from '../../../src/analytics/complexity/index.ts';

test('matrixFromCodes sums duplicated location-product rows and keeps codes as text', () => {
  const m = matrixFromCodes(['blr', 'blr', 'pol', 'blr'], ['0101', '0101', '8703', '8703'], [1, 2, 5, 4]);
  assert.deepEqual(m.locations, ['blr', 'pol']);
  assert.deepEqual(m.products, ['0101', '8703']);
  assert.deepEqual([...m.values], [3, 4, 0, 5]);
});

test('dropEmpty removes and reports the locations and products whose total is 0', () => {
  const r = dropEmpty(new Float64Array([1, 0, 2, 0, 0, 0, 3, 0, 1]), 3, 3);
  assert.deepEqual([...r.droppedLocations], [1]);
  assert.deepEqual([...r.droppedProducts], [1]);
  assert.deepEqual([...r.values], [1, 2, 3, 1]);
  assert.equal(r.nLocations, 2);
  assert.equal(r.nProducts, 2);
});

test('complexity reports dropped all-zero rows and columns and gives them NaN', () => {
  const x = new Float64Array([5, 0, 1, 2, 0, 0, 0, 0, 1, 0, 4, 1, 3, 0, 1, 1]); // location 1 and product 1 are empty
  const r = complexity(x, 4, 4, { preset: 'py' });
  assert.deepEqual([...r.dropped.locations], [1]);
  assert.deepEqual([...r.dropped.products], [1]);
  assert.ok(Number.isNaN(r.eci[1] as number));
  assert.ok(Number.isNaN(r.pci[1] as number));
  assert.ok(Number.isFinite(r.eci[0] as number));
});

test('bad input gives clear RangeErrors: negative values, empty matrix, one location, shape', () => {
  assert.throws(() => complexity(new Float64Array([1, -2, 3, 4]), 2, 2), {
    name: 'RangeError',
    message: '`complexity` requires non-negative finite values (location 0, product 1 has -2)',
  });
  assert.throws(() => complexity(new Float64Array([1, NaN, 3, 4]), 2, 2), RangeError);
  assert.throws(() => complexity(new Float64Array(0), 0, 0), { name: 'RangeError', message: '`complexity` requires a non-empty matrix' });
  assert.throws(() => complexity(new Float64Array(4), 2, 2), { name: 'RangeError', message: '`complexity` requires at least one positive export value' });
  assert.throws(() => complexity(new Float64Array([1, 2, 3]), 1, 3), {
    name: 'RangeError',
    message: '`complexity` requires at least two locations with exports (got 1)',
  });
  assert.throws(() => complexity(new Float64Array(5), 2, 3), { name: 'RangeError', message: '`complexity` requires values.length = nLocations * nProducts' });
  assert.throws(() => matrixFromCodes(['a'], ['x', 'y'], [1]), RangeError);
  assert.throws(() => matrixFromCodes(['a'], ['x'], [-1]), { name: 'RangeError', message: '`matrixFromCodes` requires non-negative finite values (row 0 has -1)' });
});

test('complexity does not mutate its input', () => {
  const x = new Float64Array([5, 1, 1, 2, 0, 3, 1, 1, 4]);
  const copy = [...x];
  complexity(x, 3, 3, { preset: 'py' });
  assert.deepEqual([...x], copy);
});
