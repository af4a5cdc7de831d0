import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locationQuotient } from '../../src/analytics/location-quotient.ts';
import { classifyClusters, type ClusterClasses } from '../../src/analytics/strong-clusters.ts';

const f64 = (values: readonly number[]) => new Float64Array(values);
function flags(classes: ClusterClasses) {
  return {
    strong: [...classes.strong],
    strong10: [...classes.strong10],
    significant: [...classes.significant],
    qualifying: [...classes.qualifying],
  };
}

test('classifyClusters finds no cluster where every region mirrors the nation (all LQ 1, equal sizes)', () => {
  // Two identical regions: LQ 1 everywhere and every percentile equals each region's own value, so
  // emp > P25(emp) fails and no class applies.
  const employment = f64([10, 20, 10, 20]);
  const lq = locationQuotient(employment, 2, 2);
  assert.deepEqual([...lq], [1, 1, 1, 1]);
  const none = [0, 0, 0, 0];
  assert.deepEqual(flags(classifyClusters(lq, employment, f64([3, 4, 3, 4]), 2, 2)), {
    strong: none, strong10: none, significant: none, qualifying: none,
  });
});

test('classifyClusters on a hand-computed table of 5 regions x 2 categories', () => {
  // Category 0, regions 0..4: LQ 0.5 0.8 1 1.5 3, emp 10 20 30 40 50, est 1 2 3 4 5.
  //   P25/P50/P75/P90(LQ) = 0.8, 1, 1.5, 2.4 (h = 4p: 1, 2, 3, 3.6 -> 1.5 + 0.6 * 1.5); P25(emp) = 20; P25(est) = 2.
  //   Regions passing emp > 20 and est > 2: 2, 3, 4.
  //   r2 LQ 1:   strong no (1 < 1.5), significant no (1 > 1 fails), qualifying yes (1 > 0.8).
  //   r3 LQ 1.5: strong yes (>= P75), strong10 no (< 2.4), significant yes, qualifying yes.
  //   r4 LQ 3:   all four.
  // Category 1: region 0 has no employment and is left out of the percentiles.
  //   Regions 1..4: LQ 0.9 1.2 2 0.7 -> sorted 0.7 0.9 1.2 2; numpy: P25/P50/P75/P90 = 0.85, 1.05, 1.4, 1.76.
  //   emp 10 20 30 40 -> P25 = 17.5; est 1 3 5 7 -> P25 = 2.5. Passing: regions 2, 3, 4.
  //   r2 LQ 1.2: significant (> 1.05) and qualifying only. r3 LQ 2: all four. r4 LQ 0.7: none (0.7 < 0.85).
  const lq = f64([0.5, 0, 0.8, 0.9, 1, 1.2, 1.5, 2, 3, 0.7]);
  const employment = f64([10, 0, 20, 10, 30, 20, 40, 30, 50, 40]);
  const establishments = f64([1, 0, 2, 1, 3, 3, 4, 5, 5, 7]);
  assert.deepEqual(flags(classifyClusters(lq, employment, establishments, 5, 2)), {
    strong: [0, 0, 0, 0, 0, 0, 1, 1, 1, 0],
    strong10: [0, 0, 0, 0, 0, 0, 0, 1, 1, 0],
    significant: [0, 0, 0, 0, 0, 1, 1, 1, 1, 0],
    qualifying: [0, 0, 0, 0, 1, 1, 1, 1, 1, 0],
  });
});

test('classifyClusters requires LQ >= 1 for strong even at the 75th percentile', () => {
  // LQ 0.5 0.6 0.7 0.8 0.9: P50 = 0.7, P75 = 0.8; emp/est pass for regions 2..4 as above.
  // r3 and r4 reach P75 but have LQ < 1: not strong; they are significant (LQ > 0.7).
  const classes = classifyClusters(f64([0.5, 0.6, 0.7, 0.8, 0.9]), f64([10, 20, 30, 40, 50]), f64([1, 2, 3, 4, 5]), 5, 1);
  assert.deepEqual(flags(classes), {
    strong: [0, 0, 0, 0, 0],
    strong10: [0, 0, 0, 0, 0],
    significant: [0, 0, 0, 1, 1],
    qualifying: [0, 0, 1, 1, 1],
  });
});

test('classifyClusters with tied LQs: strong uses >= P75 but significant needs > P50', () => {
  // All five LQ = 1.5, so every LQ percentile is 1.5: LQ >= P75 and >= P90 hold, LQ > P50 and > P25 do not.
  // Regions 2..4 pass the employment and establishment tests, so they are strong (and strong10) clusters
  // without being significant or qualifying: a consequence of the strict ">" in those two classes.
  const classes = classifyClusters(f64([1.5, 1.5, 1.5, 1.5, 1.5]), f64([10, 20, 30, 40, 50]), f64([1, 2, 3, 4, 5]), 5, 1);
  assert.deepEqual(flags(classes), {
    strong: [0, 0, 1, 1, 1],
    strong10: [0, 0, 1, 1, 1],
    significant: [0, 0, 0, 0, 0],
    qualifying: [0, 0, 0, 0, 0],
  });
  // Tied employment: P25(emp) = 30 = everyone's employment, so no region passes emp > P25.
  const tied = classifyClusters(f64([0.5, 1, 2, 3]), f64([30, 30, 30, 30]), f64([1, 2, 3, 4]), 4, 1);
  assert.deepEqual([...tied.strong, ...tied.significant, ...tied.qualifying], new Array(12).fill(0));
});

test('classifyClusters gives a category present in only one region no class at all', () => {
  // Category 1 has employment only in region 1. Every percentile over that one region is the region's own
  // value, so emp > P25(emp) = emp is false (and est > P25(est) too): not strong, not even qualifying,
  // however high its LQ (here 7/3).
  const employment = f64([100, 0, 50, 25]);
  const lq = locationQuotient(employment, 2, 2); // LQ_11 = (25/75) / (25/175) = 7/3
  assert.ok(Math.abs((lq[3] as number) - 7 / 3) <= 1e-12);
  const classes = classifyClusters(lq, employment, f64([10, 0, 5, 2]), 2, 2);
  assert.equal(classes.strong[3], 0);
  assert.equal(classes.qualifying[3], 0);
  assert.equal(classes.qualifying[1], 0); // and region 0, with no employment in category 1, is never flagged
});

test('classifyClusters flags nothing for zero or NaN employment, and a NaN LQ voids its category', () => {
  const zero = classifyClusters(f64([5, 5, 5]), f64([0, 0, 0]), f64([1, 2, 3]), 3, 1);
  assert.deepEqual([...zero.strong, ...zero.qualifying], [0, 0, 0, 0, 0, 0]);
  // A NaN LQ among the regions with employment makes every threshold NaN: all comparisons fail.
  const nanLq = classifyClusters(f64([0.5, 0.8, 1, 1.5, NaN]), f64([10, 20, 30, 40, 50]), f64([1, 2, 3, 4, 5]), 5, 1);
  assert.deepEqual([...nanLq.strong, ...nanLq.qualifying], new Array(10).fill(0));
  // NaN employment counts as no employment: region 0 is left out and unflagged; regions 1..4 as in a 4-region table.
  const nanEmp = classifyClusters(f64([9, 0.8, 1, 1.5, 3]), f64([NaN, 20, 30, 40, 50]), f64([1, 2, 3, 4, 5]), 5, 1);
  assert.equal(nanEmp.strong[0], 0);
  assert.equal(nanEmp.strong[4], 1);
  const empty = classifyClusters(f64([]), f64([]), f64([]), 0, 3);
  assert.equal(empty.strong.length, 0);
});

test('classifyClusters rejects arrays of the wrong length with a RangeError', () => {
  assert.throws(() => classifyClusters(f64([1, 2]), f64([1, 2, 3]), f64([1, 2, 3]), 3, 1), {
    name: 'RangeError',
    message: '`classifyClusters` requires lq.length = nRegions * nCategories',
  });
  assert.throws(() => classifyClusters(f64([1, 2, 3]), f64([1, 2, 3]), f64([1, 2]), 3, 1), {
    name: 'RangeError',
    message: '`classifyClusters` requires establishments.length = nRegions * nCategories',
  });
});

test('classifyClusters returns new arrays and leaves its inputs unchanged', () => {
  const lq = f64([3, 0.5, 1.5, 0.8, 1]);
  const employment = f64([50, 10, 40, 20, 30]);
  const establishments = f64([5, 1, 4, 2, 3]);
  const copies = [lq.slice(), employment.slice(), establishments.slice()];
  const classes = classifyClusters(lq, employment, establishments, 5, 1);
  // Same table as the 5-region example in another order: the result follows the regions.
  assert.deepEqual([...classes.strong], [1, 0, 1, 0, 0]);
  assert.deepEqual([lq, employment, establishments], copies);
});
