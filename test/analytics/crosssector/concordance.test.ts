import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseConcordance } from '../../../src/analytics/crosssector/concordance.ts';
import { ipcClass } from '../../../src/analytics/crosssector/ipc.ts';
import { assertCloseTo as close } from '../../helpers/close.ts';

const TEXT = '\uFEFFNACE,A61,H04,G06\n21,1,0,0\n26,0,0.75,0.5\n62,0,0.25,0.5\n';

test('parseConcordance keeps the non-zero shares of each class, by class', () => {
  const c = parseConcordance(TEXT);
  assert.deepEqual(c.divisions, ['21', '26', '62']);
  assert.deepEqual(c.classes, ['A61', 'H04', 'G06']);
  assert.equal(c.classIndex.get('H04'), 1);
  assert.deepEqual([...c.start], [0, 1, 3, 5]);
  assert.deepEqual([...c.divisionOf], [0, 1, 2, 1, 2]);
  assert.deepEqual([...c.share], [1, 0.75, 0.25, 0.5, 0.5]);
});

test('parseConcordance pads one-digit divisions and names a column whose shares do not sum to one', () => {
  assert.deepEqual(parseConcordance('NACE,A01\n1,1\n').divisions, ['01']);
  assert.throws(() => parseConcordance('NACE,A01,B01\n1,1,0.5\n2,0,0.4\n'), /column B01: shares sum to 0.9/);
  assert.throws(() => parseConcordance('NACE,A01\n1,x\n'), /row 2, column A01/);
  assert.throws(() => parseConcordance('NACE,A01\n1,1,2\n'), /row 2: expected 2 cells/);
});

test('parseConcordance reads the Fraunhofer ISI 2019 file: every class sums to one', () => {
  const path = new URL('../../../../shared/data/cross_sector/nace2div_x_ipc3_share_fraunhofer2019.csv', import.meta.url);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return; // the shared data folder is not part of every checkout
  }
  const c = parseConcordance(text);
  assert.equal(c.divisions.length, 88);
  assert.ok(c.classIndex.has('H04') && c.classIndex.has('A61'));
  for (let k = 0; k < c.classes.length; k++) {
    let sum = 0;
    for (let e = c.start[k] as number; e < (c.start[k + 1] as number); e++) sum += c.share[e] as number;
    close(sum, 1, 1e-12);
  }
});

test('ipcClass reduces a code to its 3-character class and returns null for anything else', () => {
  assert.equal(ipcClass('H04L 9/32'), 'H04');
  assert.equal(ipcClass(' a61k '), 'A61');
  assert.equal(ipcClass('H04'), 'H04');
  assert.equal(ipcClass('G 06 F'), 'G06');
  assert.equal(ipcClass('X12'), null);
  assert.equal(ipcClass('H4'), null);
  assert.equal(ipcClass(''), null);
});
