import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Papa from 'papaparse';
import { normalizeUnp, validateUnp } from '../../src/domain/unp.ts';

// Vectors: ../shared/data/belarus/unp_test_vectors.csv, copied to test/fixtures (published numbers).
const vectors = Papa.parse<{ unp: string; valid: string; note: string }>(
  readFileSync(new URL('../fixtures/unp_test_vectors.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

test('validateUnp accepts every published valid number and rejects every invalid one', () => {
  assert.ok(vectors.length >= 30);
  for (const v of vectors) {
    assert.equal(validateUnp(v.unp).valid, v.valid === 'true', `${v.unp} (${v.note})`);
  }
});

test('validateUnp explains why a number is invalid', () => {
  assert.deepEqual(validateUnp('200988542'), { valid: false, reason: 'wrong check digit' });
  assert.deepEqual(validateUnp('123'), { valid: false, reason: 'must have 9 characters' });
  assert.match((validateUnp('711953681') as { reason: string }).reason, /check value is 10/);
});

test('normalizeUnp maps Cyrillic look-alikes and spaces to the canonical form', () => {
  assert.equal(normalizeUnp(' ма 1953684 '), 'MA1953684');
  assert.deepEqual(validateUnp('МА1953684'), { valid: true, unp: 'MA1953684' });
});
