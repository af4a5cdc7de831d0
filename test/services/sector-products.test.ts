// Sector codes to HS4 products: prefix rules on a hand-made table, and the committed concordance's known links.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { productsOfSectors, sectorProducts } from '../../src/services/sector-products.ts';

const TABLE = new Map([
  ['29.10', ['8703', '8704']],
  ['29.20', ['8707']],
  ['29.32', ['8708']],
  ['10.51', ['0401', '0406']],
  ['85.59', []],
]);

test('a division, group or class covers the classes it contains; other codes give nothing', () => {
  assert.deepEqual(productsOfSectors(TABLE, ['29']), ['8703', '8704', '8707', '8708']);
  assert.deepEqual(productsOfSectors(TABLE, ['29.3']), ['8708']);
  assert.deepEqual(productsOfSectors(TABLE, ['29.10', ' 10.51 ']), ['0401', '0406', '8703', '8704']);
  assert.deepEqual(productsOfSectors(TABLE, ['2', 'C', '29.1x', '85.59']), [], 'malformed codes and service classes');
  assert.deepEqual(productsOfSectors(TABLE, ['29.1']), ['8703', '8704'], 'group 29.1 is class 29.10, not 29.20');
});

test('the committed table: cars from 29.10, milk and cheese from 10.51, paper from 17.12, nothing from finance', () => {
  const table = sectorProducts();
  assert.ok(productsOfSectors(table, ['29.10']).includes('8703'));
  assert.ok(productsOfSectors(table, ['10.51']).includes('0406'));
  assert.ok(productsOfSectors(table, ['17.12']).includes('4802'));
  assert.deepEqual(productsOfSectors(table, ['64']), []);
  assert.ok([...table.values()].every((list) => list.every((code) => /^\d{4}$/.test(code))));
});
