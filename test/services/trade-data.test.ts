// Trade datasets in the database: a small hand-made matrix stored and loaded back as the same matrix, product
// names, the list, replacement on re-import, and a bad file rejected with row/column errors and nothing written.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readComplexityInput } from '../../src/services/complexity-input.ts';
import { ValidationError } from '../../src/services/errors.ts';
import {
  importProductNames, importTradeFile, listTradeDatasets, loadTradeMatrix, productNames,
} from '../../src/services/trade-data.ts';
import { BACKENDS, freshDatabase } from '../helpers/database.ts';

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ca-trade-')), name);
  writeFileSync(path, text);
  return path;
}

// 4 locations x 5 products; codes with leading zeros stay text; the repeated (aaa, 0101) row is summed.
const MATRIX = file('small.csv', [
  'location,product,value',
  'aaa,0101,6', 'aaa,0101,4', 'aaa,0202,5', 'aaa,0303,3', 'aaa,0404,1',
  'bbb,0101,8', 'bbb,0202,6', 'bbb,0505,2',
  'ccc,0101,2', 'ccc,0505,9',
  'ddd,0202,4', 'ddd,0303,7', 'ddd,0404,6', 'ddd,0505,1',
].join('\n'));
const NAMES = file('names.csv', 'code,name_en\n0101,Horses\n0202,"Meat, frozen"\n');
const BAD = file('bad.csv', 'location,product,value\naaa,0101,5\n,0202,3\nbbb,0303,-1\n');

for (const { backend, skip } of BACKENDS) {
  describe(`trade data (${backend})`, { skip }, () => {
    test('importTradeFile stores a matrix that loadTradeMatrix gives back unchanged', async (t) => {
      const db = await freshDatabase(t, backend, { reference: false });
      const saved = await importTradeFile(db, { id: 'small', nameRu: 'Малая', year: 2017 }, MATRIX);
      assert.deepEqual(saved, { dataset: 'small', rows: 13, locations: 4, products: 5, year: 2017 });
      const direct = await readComplexityInput(MATRIX);
      const loaded = await loadTradeMatrix(db, 'small');
      assert.deepEqual(loaded.locations, direct.locations);
      assert.deepEqual(loaded.products, ['0101', '0202', '0303', '0404', '0505']);
      assert.deepEqual([...loaded.values], [...direct.values]);
      assert.equal(loaded.values[0], 10, 'the repeated row was added');
      assert.equal(loaded.year, 2017);

      const [summary] = await listTradeDatasets(db);
      assert.deepEqual({ ...summary, importedAt: typeof summary?.importedAt }, {
        id: 'small', nameRu: 'Малая', nameBe: null, nameEn: null, classification: 'hs4', year: 2017, source: null, note: null,
        illustrative: false, partial: false, importedAt: 'string', locations: 4, products: 5, rows: 13,
      });

      assert.equal(await importProductNames(db, 'hs4', NAMES), 2);
      assert.deepEqual(await productNames(db, 'hs4'), new Map([['0101', { en: 'Horses', ru: null }], ['0202', { en: 'Meat, frozen', ru: null }]]));
    });

    test('a re-import replaces the dataset; a bad file gives row/column errors and writes nothing', async (t) => {
      const db = await freshDatabase(t, backend, { reference: false });
      await importTradeFile(db, { id: 'small', nameRu: 'Малая' }, MATRIX);
      await importTradeFile(db, { id: 'small', nameRu: 'Снова' }, file('two.csv', 'location,product,value\naaa,01,1\nbbb,02,2\n'));
      assert.deepEqual((await listTradeDatasets(db)).map((d) => [d.nameRu, d.rows]), [['Снова', 2]]);

      const error = await importTradeFile(db, { id: 'small', nameRu: 'Плохая' }, BAD, 'bad.csv').then(() => null, (e: unknown) => e);
      assert.ok(error instanceof ValidationError, String(error));
      assert.match(error.message, /^bad\.csv: 2 problems found; nothing was written/);
      assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[3, 'location'], [4, 'value']]);
      assert.deepEqual((await listTradeDatasets(db)).map((d) => [d.nameRu, d.rows]), [['Снова', 2]], 'the stored dataset is untouched');

      await assert.rejects(importTradeFile(db, { id: 'Bad Id', nameRu: 'x' }, MATRIX), /dataset id "Bad Id"/);
      const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM trade_values');
      assert.equal(rows[0]!.n, 2);
    });
  });
}
