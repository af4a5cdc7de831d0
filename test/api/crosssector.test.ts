// The cross-sector API: uploads (staff only, one transaction), datasets, links of each source, a sector's
// partners and the emerging industries.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { build, signedIn } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { makeOrganization } from '../helpers/factories.ts';
import { postFile } from '../helpers/multipart.ts';

const DEALS = `id,year,acquirer_sector,target_sector,value
${Array.from({ length: 12 }, (_, k) => `a${k},${2020 + (k % 3)},62,26,${k + 1}`).join('\n')}
${Array.from({ length: 12 }, (_, k) => `b${k},${2020 + (k % 3)},21,72,`).join('\n')}
${Array.from({ length: 6 }, (_, k) => `c${k},2022,10,10,1`).join('\n')}
`;
const PATENTS = 'id,year,territory,ipc\np1,2020,BY-HM,H04L;G06F\np2,2021,,A61K;C07D\np3,2022,BY-MI,H04W\n';

for (const { backend, skip } of BACKENDS) {
  describe(`cross-sector API (${backend})`, { skip }, () => {
    test('staff upload patents and deals; bad rows are reported and write nothing', async (t) => {
      const { app, db } = await build(t, backend);
      assert.equal((await postFile(app, '/api/crosssector/deals?id=d&name=Deals', 'd.csv', DEALS)).statusCode, 401);
      const { cookie } = await signedIn(app, db, { role: 'analyst' });
      const bad = await postFile(app, '/api/crosssector/deals?id=d&name=Deals', 'd.csv', 'id,year,acquirer_sector,target_sector,value\nx,2020,62,04.1,1\ny,2020,62,26,-5\n', cookie);
      assert.equal(bad.statusCode, 422, bad.body);
      assert.deepEqual(bad.json().error.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[2, 'target_sector'], [3, 'value']]);
      const badPatent = await postFile(app, '/api/crosssector/patents?id=p&name=Patents', 'p.csv', 'id,year,ipc\np1,2020,H10K\n', cookie);
      assert.equal(badPatent.statusCode, 422, badPatent.body);
      assert.deepEqual(badPatent.json().error.errors[0].column, 'ipc');
      assert.deepEqual((await app.inject('/api/crosssector/datasets')).json().items, [], 'nothing was written');

      const deals = await postFile(app, '/api/crosssector/deals?id=d&name=Deals&illustrative=true', 'd.csv', DEALS, cookie);
      assert.equal(deals.statusCode, 201, deals.body);
      assert.deepEqual(deals.json(), { kind: 'deals', dataset: 'd', rows: 30 });
      const patents = await postFile(app, '/api/crosssector/patents?id=p&name=Patents', 'p.csv', PATENTS, cookie);
      assert.equal(patents.statusCode, 201, patents.body);
      const list = (await app.inject('/api/crosssector/datasets')).json().items;
      assert.deepEqual(list.map((d: { kind: string; id: string; rows: number }) => [d.kind, d.id, d.rows]), [['patents', 'p', 3], ['deals', 'd', 30]]);
    });

    test('links, a sector profile and the emerging industries of a deal dataset', async (t) => {
      const { app, db } = await build(t, backend);
      const { cookie } = await signedIn(app, db, { role: 'admin' });
      assert.equal((await postFile(app, '/api/crosssector/deals?id=d&name=Deals', 'd.csv', DEALS, cookie)).statusCode, 201);

      const links = (await app.inject('/api/crosssector/links?source=deals')).json();
      assert.equal(links.source, 'deals');
      assert.equal(links.year, null);
      assert.deepEqual(links.years, [2020, 2021, 2022]);
      const pairs = links.items.map((i: { from: string; to: string; weight: number }) => [i.from, i.to, i.weight]);
      assert.deepEqual(pairs, [['21', '72', 12], ['62', '26', 12]]);
      const link = links.items[1];
      // 30 deals: row 62 = 12, column 26 = 12: expected = 12 * 12 / 30 = 4.8, ratio = 2.5
      assert.ok(Math.abs(link.expected - 4.8) < 1e-9);
      assert.ok(Math.abs(link.ratio - 2.5) < 1e-9);
      assert.equal(link.significant, true);
      const s62 = links.sectors.find((s: { sector: string }) => s.sector === '62');
      assert.equal(s62.nameEn !== undefined, true);
      assert.deepEqual(Object.keys(s62).sort(), ['activity', 'betweenness', 'community', 'crossShare', 'degree', 'eigenvector', 'nameEn', 'nameRu', 'sector', 'strength']);
      assert.equal(s62.crossShare, 1);
      const y2022 = (await app.inject('/api/crosssector/links?source=deals&year=2022&minRatio=1')).json();
      assert.equal(y2022.year, 2022);
      assert.ok(y2022.items.every((i: { ratio: number }) => i.ratio >= 1));
      assert.equal((await app.inject('/api/crosssector/links?source=deals&year=2019')).statusCode, 422);

      const profile = (await app.inject('/api/crosssector/sectors/26.11?source=deals')).json();
      assert.equal(profile.sector, '26');
      assert.deepEqual(profile.partners.map((p: { sector: string; weight: number }) => [p.sector, p.weight]), [['62', 12]]);
      assert.deepEqual(profile.activityByYear, [{ year: 2020, activity: 4 }, { year: 2021, activity: 4 }, { year: 2022, activity: 4 }]);
      assert.equal(profile.partners[0].growth, 0);
      assert.equal((await app.inject('/api/crosssector/sectors/xx?source=deals')).statusCode, 404);

      const emerging = (await app.inject('/api/crosssector/emerging?source=deals')).json();
      assert.equal(emerging.items.length, 10);
      const digital = emerging.items.find((i: { id: string }) => i.id === 'digital-industries');
      assert.equal(digital.size, 24, 'the deals of 62 and 26 (each deal between them counted once per side)');
      assert.equal(digital.interconnectedness, 0, '62 -> 26 is inside the industry');
      const bio = emerging.items.find((i: { id: string }) => i.id === 'biopharmaceuticals');
      assert.equal(bio.size, 24, '21 -> 72: both in the set (72.11 counts its whole division)');
      assert.deepEqual(digital.regions, []);
      assert.match(emerging.notes.join(' '), /regions: \[\] because no regional statistics/);
    });

    test('the fastest-emerging links: growth of a link over the years, by hand', async (t) => {
      const { app, db } = await build(t, backend);
      const { cookie } = await signedIn(app, db, { role: 'admin' });
      // 62 -> 26: 1 deal in 2020, 4 in 2022: log-linear growth exp(ln(4) / 2) - 1 = 1 (100 % a year);
      // 16 -> 31: 2 deals each year: growth 0
      const rows = ['id,year,acquirer_sector,target_sector', 'a,2020,62,26', ...[1, 2, 3, 4].map((k) => `b${k},2022,62,26`),
        'c1,2020,16,31', 'c2,2020,16,31', 'c3,2022,16,31', 'c4,2022,16,31'];
      assert.equal((await postFile(app, '/api/crosssector/deals?id=g&name=Growth', 'g.csv', rows.join('\n'), cookie)).statusCode, 201);
      const body = (await app.inject('/api/crosssector/emerging-links?source=deals&minWeight=1')).json();
      assert.deepEqual(body.years, [2020, 2022]);
      assert.deepEqual(body.items.map((i: { from: string; to: string }) => [i.from, i.to]), [['62', '26'], ['16', '31']]);
      assert.ok(Math.abs(body.items[0].growth - 1) < 1e-12, String(body.items[0].growth));
      assert.equal(body.items[0].weight, 5);
      assert.ok(Math.abs(body.items[1].growth) < 1e-12);
      const strict = (await app.inject('/api/crosssector/emerging-links?source=deals&minWeight=5')).json();
      assert.deepEqual(strict.items.map((i: { from: string }) => i.from), ['62'], 'a link below the minimum weight is left out');
    });

    test('contracts are a live source and an unknown dataset is 404', async (t) => {
      const { app, db } = await build(t, backend);
      const a = await makeOrganization(db, { primarySector: '62.01' });
      const b = await makeOrganization(db, { primarySector: '16.21' });
      const empty = (await app.inject('/api/crosssector/links?source=contracts')).json();
      assert.deepEqual([empty.items, empty.sectors, empty.years], [[], [], []]);
      await db.pool.query("INSERT INTO contracts (supplier_id, customer_id, kind, signed) VALUES ($1, $2, 'supply', '2024-05-01')", [a.id, b.id]);
      const live = (await app.inject('/api/crosssector/links?source=contracts')).json();
      assert.deepEqual(live.items.map((i: { from: string; to: string }) => [i.from, i.to]), [['62', '16']]);
      assert.deepEqual(live.years, [2024]);
      const patents = (await app.inject('/api/crosssector/links?source=patents')).json();
      assert.deepEqual(patents.items, []);
      assert.equal((await app.inject('/api/crosssector/links?source=deals&dataset=none')).statusCode, 404);
      assert.equal((await app.inject('/api/crosssector/links?source=other')).statusCode, 400);
    });
  });
}
