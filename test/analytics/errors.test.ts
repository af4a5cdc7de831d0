import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertMatrix, ConvergenceError, SingularMatrixError } from '../../src/analytics/errors.ts';

test('analytics errors are Errors with their own names', () => {
  const convergence = new ConvergenceError('`eci` did not converge in 100 iterations');
  assert.ok(convergence instanceof Error);
  assert.equal(convergence.name, 'ConvergenceError');
  assert.equal(new SingularMatrixError('x').name, 'SingularMatrixError');
});

test('assertMatrix accepts a matching shape and throws a RangeError naming the method otherwise', () => {
  assert.doesNotThrow(() => assertMatrix('m', 'x', new Float64Array(6), 2, 3));
  assert.doesNotThrow(() => assertMatrix('m', 'x', new Float64Array(0), 0, 3));
  assert.throws(() => assertMatrix('m', 'x', new Float64Array(5), 2, 3), {
    name: 'RangeError',
    message: '`m` requires x.length = nRegions * nCategories',
  });
  assert.throws(() => assertMatrix('m', 'x', new Float64Array(0), -1, 0), {
    name: 'RangeError',
    message: '`m` requires nRegions to be a non-negative integer',
  });
  assert.throws(() => assertMatrix('m', 'x', new Float64Array(0), 0, NaN), {
    name: 'RangeError',
    message: '`m` requires nCategories to be a non-negative integer',
  });
});
