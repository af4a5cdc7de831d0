// The target-markets API over small hand-made tables: the trade dataset of test/api/complexity.test.ts (peers,
// world size) and test/fixtures/markets/bilateral.csv uploaded by an analyst (scores hand-computed in
// test/cli/markets.test.ts and test/analytics/complexity/target-markets.test.ts); without bilateral data the
// answer says so and gives the product's world exports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importTradeSource } from '../../src/services/trade-data.ts';
import { build, signedIn } from '../helpers/app.ts';
import { assertCloseTo } from '../helpers/close.ts';
import { CSV } from '../helpers/small-trade.ts';
import { BACKENDS } from '../helpers/database.ts';
import { multipart, postFile } from '../helpers/multipart.ts';

const BILATERAL = readFileSync(new URL('../fixtures/markets/bilateral.csv', import.meta.url), 'utf8');

for (const { backend, skip } of BACKENDS) {
  describe(`target markets API (${backend})`, { skip }, () => {
    test('without bilateral data: says so and gives the world size; after an upload: ranked importers', async (t) => {
      const { app, db } = await build(t, backend);
      await importTradeSource(db, { id: 'small', nameRu: 'Малая', year: 2017 }, { buffer: Buffer.from(CSV) }, 'csv', 'small.csv');
      const none = await app.inject('/api/complexity/markets?dataset=small&product=0101&location=aaa');
      assert.equal(none.statusCode, 200, none.body);
      const noData = none.json();
      assert.equal(noData.bilateral, false);
      assert.equal(noData.worldValue, 10 + 8 + 2);
      assert.match(noData.message, /no bilateral trade data/);

      const anonymous = await app.inject({ method: 'POST', url: '/api/complexity/bilateral?id=small', ...multipart('b.csv', BILATERAL) });
      assert.equal(anonymous.statusCode, 401);
      const { cookie } = await signedIn(app, db, { role: 'analyst' });
      const post = (name: string, text: string) => postFile(app, '/api/complexity/bilateral?id=small&name=Hand-made', name, text, cookie);
      const bad = await post('bad.csv', 'exporter,importer,product,value\naaa,ddd,0101,5\naaa,,0101,3\nbbb,ddd,0101,-1\n');
      assert.equal(bad.statusCode, 422, bad.body);
      assert.deepEqual(bad.json().error.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[3, 'importer'], [4, 'value']]);
      const created = await post('bilateral.csv', BILATERAL);
      assert.equal(created.statusCode, 201, created.body);
      assert.deepEqual(created.json(), { dataset: 'small', rows: 10, exporters: 3, importers: 4, products: 2, years: [2015, 2017] });
      // a second upload replaces the rows
      assert.equal((await post('bilateral.csv', BILATERAL)).statusCode, 201);

      // peers given: the hand-computed case (ddd 0.875, eee 0.375, fff 0.25)
      const given = (await app.inject('/api/complexity/markets?dataset=small&product=0101&location=aaa&peers=bbb')).json();
      assert.equal(given.bilateral, true);
      assert.equal(given.year, 2017);
      assert.equal(given.firstYear, 2015);
      assert.equal(given.worldValue, 20);
      assert.deepEqual(given.items.map((i: { importer: string; size: number; alreadyExports: boolean }) => [i.importer, i.size, i.alreadyExports]),
        [['ddd', 121, true], ['eee', 60, false], ['fff', 40, false]]);
      [0.875, 0.375, 0.25].forEach((s, k) => assertCloseTo(given.items[k].score, s));
      assertCloseTo(given.items[0].growth, 0.1);
      assertCloseTo(given.items[0].peerShare, 100 / 121);
      assert.deepEqual(given.items[0].reasons, ['large-market', 'growing', 'peers-present', 'already-exports']);

      // peers chosen from the trade dataset: bbb is the nearest to aaa by cosine (0.928), then ddd (0.40)
      const chosen = (await app.inject('/api/complexity/markets?dataset=small&product=0101&location=aaa&k=1')).json();
      assert.deepEqual(chosen.peers, ['bbb']);
      assert.deepEqual(chosen.items.map((i: { score: number }) => i.score), given.items.map((i: { score: number }) => i.score));
      assert.deepEqual((await app.inject('/api/complexity/markets?dataset=small&product=0101&location=aaa&k=2')).json().peers, ['bbb', 'ddd']);

      // a product without bilateral flows, an unknown dataset, missing parameters
      const other = (await app.inject('/api/complexity/markets?dataset=small&product=0505&location=aaa')).json();
      assert.equal(other.bilateral, false);
      assert.equal(other.worldValue, 12);
      assert.equal((await app.inject('/api/complexity/markets?dataset=nope&product=0101&location=aaa')).statusCode, 404);
      assert.equal((await app.inject('/api/complexity/markets?dataset=small&location=aaa')).statusCode, 400);
    });
  });
}
