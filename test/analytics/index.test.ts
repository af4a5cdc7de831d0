import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as analytics from '../../src/analytics/index.ts';

test('the analytics barrel exports the public methods and errors, not internal helpers', () => {
  assert.deepEqual(Object.keys(analytics).sort(), [
    'ConvergenceError',
    'MATURITY_DEFAULTS',
    'SingularMatrixError',
    'aggregateToCategories',
    'assignCategories',
    'cagr',
    'classifyClusters',
    'clusterMapping',
    'clusterStars',
    'complexity',
    'hierarchicalClustering',
    'locationQuotient',
    'percentile',
    'percentileSorted',
    'percentilesInPlace',
    'percentilesRadix',
    'polygonCentroid',
    'potentialClusterCells',
    'relatedness',
    'reserveClusterMapping',
    'shiftShare',
    'suggestMaturity',
    'validateClusters',
  ]);
  assert.equal(analytics.clusterStars.defaults.specialisation, 2);
});
