import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as analytics from '../../src/analytics/index.ts';

test('the analytics barrel exports the public methods and errors, not internal helpers', () => {
  assert.deepEqual(Object.keys(analytics).sort(), [
    'ConvergenceError',
    'SingularMatrixError',
    'cagr',
    'classifyClusters',
    'clusterStars',
    'locationQuotient',
    'percentile',
    'percentileSorted',
    'percentilesInPlace',
    'polygonCentroid',
    'shiftShare',
  ]);
  assert.equal(analytics.clusterStars.defaults.specialisation, 2);
});
