import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readTable, type TableSource } from '../../src/services/files/read-table.ts';

async function readAll(source: TableSource) {
  const table = await readTable(source, 'csv');
  const rows = [];
  for await (const batch of table.batches) rows.push(...batch);
  return { header: table.header, rows };
}

test('readTable keeps Cyrillic intact across stream chunks and numbers rows as a spreadsheet does', async () => {
  // ~3 MB, so that multi-byte characters fall on chunk boundaries of the file stream.
  const lines = ['№;наименование;описание'];
  for (let i = 1; i <= 30_000; i++) lines.push(`${i};Предприятие «Ёлка» ${i};"строка; с разделителем"`);
  const path = join(mkdtempSync(join(tmpdir(), 'ca-read-')), 'big.csv');
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
  const { header, rows } = await readAll({ path });
  assert.deepEqual(header, ['№', 'наименование', 'описание']);
  assert.equal(rows.length, 30_000);
  assert.ok(rows.every((r, i) => r.row === i + 2 && r.cells[1] === `Предприятие «Ёлка» ${i + 1}` && r.cells[2] === 'строка; с разделителем'));
});

test('readTable reads quoted line breaks as one row and skips empty lines', async () => {
  const { rows } = await readAll({ buffer: Buffer.from('a,b\n1,"две\nстроки"\n\n2,x\n') });
  assert.deepEqual(rows, [{ row: 2, cells: ['1', 'две\nстроки'] }, { row: 3, cells: ['2', 'x'] }]);
});

test('readTable rejects an empty file with a message', async () => {
  await assert.rejects(readTable({ buffer: Buffer.from('\n') }, 'csv'), /the file is empty: a header row is expected/);
});
