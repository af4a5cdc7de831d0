import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  aggregateToCategories,
  assignCategories,
  type CategoryAssignment,
  type CategoryDefinitionEntry,
  type NaceClass,
} from '../../src/analytics/category-aggregation.ts';
import { assertAllClose as assertClose, assertCloseTo } from '../helpers/close.ts';

// A small classifier: section A (01.11, 01.12) and section C (26.11, 26.51, 26.52).
const CLASSES: NaceClass[] = [
  { code: '01.11', section: 'A' },
  { code: '01.12', section: 'A' },
  { code: '26.11', section: 'C' },
  { code: '26.51', section: 'C' },
  { code: '26.52', section: 'C' },
];
// Category 0 = class 26.51 (weight 1), category 1 = half of class 26.52, category 2 = division 01.
const DEFINITIONS: CategoryDefinitionEntry[] = [
  { category: 0, nace: '26.51', weight: 1 },
  { category: 1, nace: '26.52', weight: 0.5 },
  { category: 2, nace: '01', weight: 1 },
];

/** The (category, weight) pairs of statistics code i. */
function pairsOf(a: CategoryAssignment, i: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = a.offsets[i] as number; k < (a.offsets[i + 1] as number); k++) out.push([a.categories[k] as number, a.weights[k] as number]);
  return out;
}

function assertPairs(actual: [number, number][], expected: [number, number][]): void {
  assert.deepEqual(actual.map(([c]) => c), expected.map(([c]) => c));
  actual.forEach(([, w], i) => assertCloseTo(w, (expected[i] as [number, number])[1]));
}

test('assignCategories gives a class definition to the class itself: an identity assignment aggregates to the same matrix', () => {
  const defs = CLASSES.map((c, i) => ({ category: i, nace: c.code, weight: 1 }));
  const codes = CLASSES.map((c) => c.code);
  const a = assignCategories(codes, defs, CLASSES);
  codes.forEach((_, i) => assertPairs(pairsOf(a, i), [[i, 1]]));
  assertClose(a.unassigned, [0, 0, 0, 0, 0]);
  const x = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assertClose(aggregateToCategories(x, 2, 5, a, 5), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test('assignCategories: a code at or below a definition inherits its weight; a coarser code is split by class counts', () => {
  const codes = ['C', '26', '26.5', '26.51', '26.52', '26.11', '01', '01.11', '01.11.1', 'A'];
  const a = assignCategories(codes, DEFINITIONS, CLASSES);
  // C and 26 hold 3 classes: category 0 = (0 + 1 + 0) / 3, category 1 = (0 + 0 + 0.5) / 3; unassigned 1 - 1/2.
  assertPairs(pairsOf(a, 0), [[0, 1 / 3], [1, 1 / 6]]);
  assertPairs(pairsOf(a, 1), [[0, 1 / 3], [1, 1 / 6]]);
  // Group 26.5 holds 26.51 and 26.52: (1 + 0) / 2 and (0 + 0.5) / 2.
  assertPairs(pairsOf(a, 2), [[0, 0.5], [1, 0.25]]);
  assertPairs(pairsOf(a, 3), [[0, 1]]);
  assertPairs(pairsOf(a, 4), [[1, 0.5]]);
  assertPairs(pairsOf(a, 5), []);
  // Division 01 is the definition; its class 01.11 and a national subclass 01.11.1 inherit it, and so does
  // section A, whose classes are all in division 01.
  for (const i of [6, 7, 8, 9]) assertPairs(pairsOf(a, i), [[2, 1]]);
  assertClose(a.unassigned, [0.5, 0.5, 0.25, 0, 0.5, 1, 0, 0, 0, 0]);
  assert.deepEqual([...a.classCount], [3, 3, 2, 1, 1, 1, 2, 1, 1, 2]);
  assert.equal(a.nCodes, codes.length);
});

test('assignCategories adds the weights along one path of the hierarchy', () => {
  // Category 0 has half of division 26, category 1 has 0.3 of class 26.51: 26.51 = (0.5, 0.3), 26.11 = (0.5).
  const a = assignCategories(['26', '26.51', '26.11'], [
    { category: 0, nace: '26', weight: 0.5 },
    { category: 1, nace: '26.51', weight: 0.3 },
  ], CLASSES);
  assertPairs(pairsOf(a, 0), [[0, 0.5], [1, 0.1]]); // 0.3 over 3 classes
  assertPairs(pairsOf(a, 1), [[0, 0.5], [1, 0.3]]);
  assertPairs(pairsOf(a, 2), [[0, 0.5]]);
  assertClose(a.unassigned, [0.4, 0.2, 0.5]);
});

test('assignCategories reports codes it does not recognise with classCount 0 and unassigned 1', () => {
  const a = assignCategories(['99', '2651', 'Z', '', '27.1'], DEFINITIONS, CLASSES);
  assert.deepEqual([...a.classCount], [0, 0, 0, 0, 0]);
  assertClose(a.unassigned, [1, 1, 1, 1, 1]);
  assert.equal(a.categories.length, 0);
  const empty = assignCategories([], [], CLASSES);
  assert.equal(empty.offsets.length, 1);
  assert.equal(empty.unassigned.length, 0);
});

test('assignCategories rejects bad definitions and class lists with a RangeError', () => {
  const run = (defs: CategoryDefinitionEntry[], classes = CLASSES) => () => assignCategories(['26'], defs, classes);
  assert.throws(run([{ category: 0, nace: '26.51', weight: 0.7 }, { category: 1, nace: '26.5', weight: 0.4 }]), {
    name: 'RangeError',
    message: '`assignCategories` requires the weights of each NACE class to sum to at most 1 (26.51: 1.1)',
  });
  assert.throws(run([{ category: 0, nace: '26.51', weight: 0 }]), RangeError);
  assert.throws(run([{ category: 0, nace: '26.51', weight: 1.5 }]), RangeError);
  assert.throws(run([{ category: 0, nace: '26.51', weight: NaN }]), RangeError);
  assert.throws(run([{ category: -1, nace: '26.51', weight: 1 }]), RangeError);
  assert.throws(run([{ category: 0.5, nace: '26.51', weight: 1 }]), RangeError);
  assert.throws(run([{ category: 0, nace: '27.11', weight: 1 }]), /contain a NACE class of the list \(27\.11\)/);
  assert.throws(run([{ category: 0, nace: '26.51.1', weight: 1 }]), /section, division, group or class level/);
  assert.throws(run([], [{ code: '2651', section: 'C' }]), /class codes such as 26\.51/);
  assert.throws(run([], [{ code: '26.51', section: 'C' }, { code: '26.51', section: 'C' }]), /each class once/);
  // A sum of exactly 1 (up to rounding) is accepted.
  const a = assignCategories(['26.51'], [0.1, 0.2, 0.7].map((weight, category) => ({ category, nace: '26.51', weight })), CLASSES);
  assertCloseTo(a.unassigned[0] as number, 0);
});

test('aggregateToCategories of a hand-computed 2 regions x 3 codes table', () => {
  // Codes 26.5 -> (0: 0.5, 1: 0.25), 26.11 -> nothing, 01 -> (2: 1).
  const a = assignCategories(['26.5', '26.11', '01'], DEFINITIONS, CLASSES);
  // r0 = [12, 5, 7]: Y_00 = 12 * 0.5 = 6, Y_01 = 12 * 0.25 = 3, Y_02 = 7; 26.11 (5) is left out.
  // r1 = [0, 3, 4]: Y_10 = 0, Y_11 = 0, Y_12 = 4.
  const y = aggregateToCategories(new Float64Array([12, 5, 7, 0, 3, 4]), 2, 3, a, 3);
  assertClose(y, [6, 3, 7, 0, 0, 4]);
  // Conservation: sum_c Y_rc = sum_i X_ri (1 - u_i) = 12 * 0.75 + 5 * 0 + 7 * 1 = 16.
  assertCloseTo((y[0] as number) + (y[1] as number) + (y[2] as number), 16);
});

test('aggregateToCategories reaches the same totals from division and from class statistics when classes are equal', () => {
  // Reference value by hand: division 26 with 30 employed, split equally over its 3 classes (10 each), gives
  // category 0 = 10 (26.51) and category 1 = 0.5 * 10 (26.52): the same as class statistics [10, 10, 10].
  const byDivision = aggregateToCategories(new Float64Array([30]), 1, 1, assignCategories(['26'], DEFINITIONS, CLASSES), 3);
  const byClass = aggregateToCategories(new Float64Array([10, 10, 10]), 1, 3, assignCategories(['26.11', '26.51', '26.52'], DEFINITIONS, CLASSES), 3);
  assertClose(byDivision, [10, 5, 0]);
  assertClose(byClass, [10, 5, 0]);
});

test('aggregateToCategories propagates NaN into the categories a code reaches and handles empty input', () => {
  const a = assignCategories(['26.5', '26.11', '01'], DEFINITIONS, CLASSES);
  assertClose(aggregateToCategories(new Float64Array([NaN, 1, 2]), 1, 3, a, 3), [NaN, NaN, 2]);
  // A NaN in a code with no categories is dropped with the code.
  assertClose(aggregateToCategories(new Float64Array([4, NaN, 2]), 1, 3, a, 3), [2, 1, 2]);
  assert.equal(aggregateToCategories(new Float64Array(0), 0, 3, a, 3).length, 0);
  assertClose(aggregateToCategories(new Float64Array(3), 1, 3, a, 3), [0, 0, 0]);
});

test('aggregateToCategories rejects a shape mismatch with a RangeError', () => {
  const a = assignCategories(['26.5', '26.11', '01'], DEFINITIONS, CLASSES);
  assert.throws(() => aggregateToCategories(new Float64Array(5), 2, 3, a, 3), {
    name: 'RangeError',
    message: '`aggregateToCategories` requires values.length = nRegions * nCodes',
  });
  assert.throws(() => aggregateToCategories(new Float64Array(4), 2, 2, a, 3), /an assignment of nCodes statistics codes/);
  assert.throws(() => aggregateToCategories(new Float64Array(3), 1, 3, a, 2), /below nCategories/);
  assert.throws(() => aggregateToCategories(new Float64Array(3), 1, 3, a, -1), RangeError);
});

test('assignCategories and aggregateToCategories do not mutate their inputs', () => {
  const classes = Object.freeze(CLASSES.map((c) => Object.freeze({ ...c })));
  const defs = Object.freeze(DEFINITIONS.map((d) => Object.freeze({ ...d })));
  const codes = Object.freeze(['26', '01']);
  const a = assignCategories(codes, defs, classes);
  const x = new Float64Array([3, 4]);
  aggregateToCategories(x, 1, 2, a, 3);
  assert.deepEqual([...x], [3, 4]);
  assert.deepEqual(codes, ['26', '01']);
});
