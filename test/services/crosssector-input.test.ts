// Reading the cross-sector patent and deal files: good files, and each bad input named by row and column.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readDeals } from '../../src/services/crosssector/deals-input.ts';
import { naceDivision } from '../../src/services/crosssector/nace-divisions.ts';
import { readPatents } from '../../src/services/crosssector/patents-input.ts';
import { ValidationError } from '../../src/services/errors.ts';

const csv = (text: string) => ({ buffer: Buffer.from(text, 'utf8') });

async function rejects(promise: Promise<unknown>, cell: { row: number; column: string }, pattern: RegExp) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ValidationError, String(error));
    assert.match(error.message, /^in\.csv: /);
    const hit = error.errors.find((e) => e.row === cell.row && e.column === cell.column);
    assert.ok(hit, JSON.stringify(error.errors));
    assert.match(hit.message, pattern);
    return true;
  });
}

describe('cross-sector patent file', () => {
  test('readPatents keeps ids, years, territories and the IPC codes of each patent', async () => {
    const rows = await readPatents(csv('id,year,territory,ipc\np1,2019,BY-HM,H04L 29/06; g06f 17/30\np2,2020,,A61K;A61K;C07\n'), 'csv', 'in.csv');
    assert.deepEqual(rows.id, ['p1', 'p2']);
    assert.deepEqual(Array.from(rows.year), [2019, 2020]);
    assert.deepEqual(rows.territory, ['BY-HM', '']);
    assert.deepEqual(rows.ipc, [['H04L29/06', 'G06F17/30'], ['A61K', 'C07']]);
  });

  test('the territory column is optional', async () => {
    const rows = await readPatents(csv('id,year,ipc\np1,2019,H04\n'), 'csv', 'in.csv');
    assert.deepEqual(rows.territory, ['']);
  });

  test('an unknown IPC code is reported with its row and column', async () => {
    const known = new Set(['H04', 'G06']);
    await rejects(readPatents(csv('id,year,ipc\np1,2019,H04\np2,2019,H04;A99B\n'), 'csv', 'in.csv', { knownIpc: known }), { row: 3, column: 'ipc' }, /unknown IPC code A99B/);
    await rejects(readPatents(csv('id,year,ipc\np1,2019,H4\n'), 'csv', 'in.csv'), { row: 2, column: 'ipc' }, /not an IPC code/);
  });

  test('an empty ipc, a bad year, a repeated id and a missing column are reported', async () => {
    await rejects(readPatents(csv('id,year,ipc\np1,2019, ; \n'), 'csv', 'in.csv'), { row: 2, column: 'ipc' }, /at least one IPC code/);
    await rejects(readPatents(csv('id,year,ipc\np1,19,H04\n'), 'csv', 'in.csv'), { row: 2, column: 'year' }, /four-digit year/);
    await rejects(readPatents(csv('id,year,ipc\np1,2019,H04\np1,2019,H04\n'), 'csv', 'in.csv'), { row: 3, column: 'id' }, /repeats row 2/);
    await rejects(readPatents(csv('id,year\np1,2019\n'), 'csv', 'in.csv'), { row: 1, column: 'ipc' }, /required column/);
    await rejects(readPatents(csv(''), 'csv', 'in.csv'), { row: 1, column: 'id' }, /no header/);
  });
});

describe('cross-sector deal file', () => {
  test('readDeals reduces sector codes to NACE divisions; value and country are optional', async () => {
    const rows = await readDeals(csv('id,year,acquirer_sector,target_sector,value,country\nd1,2021,26.11,62,12.5,DE\nd2,2022,C10,1,,\n'), 'csv', 'in.csv');
    assert.deepEqual(rows.acquirerSector, ['26', '10']);
    assert.deepEqual(rows.targetSector, ['62', '01']);
    assert.equal(rows.value[0], 12.5);
    assert.ok(Number.isNaN(rows.value[1]));
    assert.deepEqual(rows.country, ['DE', '']);
    const bare = await readDeals(csv('id,year,acquirer_sector,target_sector\nd1,2021,26,62\n'), 'csv', 'in.csv');
    assert.ok(Number.isNaN(bare.value[0]));
  });

  test('an unknown sector code and a negative value are reported with row and column', async () => {
    await rejects(readDeals(csv('id,year,acquirer_sector,target_sector\nd1,2021,26,62\nd2,2021,04,62\n'), 'csv', 'in.csv'), { row: 3, column: 'acquirer_sector' }, /unknown sector code 04/);
    await rejects(readDeals(csv('id,year,acquirer_sector,target_sector\nd1,2021,26,xx\n'), 'csv', 'in.csv'), { row: 2, column: 'target_sector' }, /unknown sector code xx/);
    await rejects(readDeals(csv('id,year,acquirer_sector,target_sector,value\nd1,2021,26,62,-3\n'), 'csv', 'in.csv'), { row: 2, column: 'value' }, /negative/);
    await rejects(readDeals(csv('id,year,acquirer_sector,target_sector,value\nd1,2021,26,62,abc\n'), 'csv', 'in.csv'), { row: 2, column: 'value' }, /not a number/);
  });

  test('naceDivision pads, reduces and rejects codes', () => {
    assert.equal(naceDivision('26.11'), '26');
    assert.equal(naceDivision('5'), '05');
    assert.equal(naceDivision('04'), null);
    assert.equal(naceDivision('100'), null);
  });
});
