import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCell } from '../../src/services/files/cells.ts';

test('readCell reads numbers with spaces and decimal commas, dotted dates, Russian booleans and lists', () => {
  assert.deepEqual(readCell('1\u00a0234,5', 'number'), { value: 1234.5 });
  assert.deepEqual(readCell(' 12 000 ', 'int'), { value: 12000 });
  assert.deepEqual(readCell('5.3.2021', 'date'), { value: '2021-03-05' });
  assert.deepEqual(readCell('да', 'bool'), { value: true });
  assert.deepEqual(readCell(' a | b ||c', 'list'), { value: ['a', 'b', 'c'] });
  assert.deepEqual(readCell('1|2', 'intlist'), { value: [1, 2] });
  assert.deepEqual(readCell('', 'list'), { value: [] });
  assert.deepEqual(readCell('  ', 'int'), { value: undefined });
});

test('readCell names what it expected when a cell does not fit', () => {
  assert.deepEqual(readCell('12.5', 'int'), { error: 'expected a whole number, got "12.5"' });
  assert.deepEqual(readCell('many', 'number'), { error: 'expected a number, got "many"' });
  assert.deepEqual(readCell('2021/03/05', 'date'), { error: 'expected a date YYYY-MM-DD, got "2021/03/05"' });
  assert.deepEqual(readCell('maybe', 'bool'), { error: 'expected true or false, got "maybe"' });
  assert.deepEqual(readCell('1|x', 'intlist'), { error: 'expected a whole number, got "x"' });
});
