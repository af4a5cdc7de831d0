import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { build, signedIn } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';

type Row = Record<string, string>;

/** Downloads an export and parses its CSV (papaparse, header row, BOM removed). */
async function exportedRows(app: FastifyInstance, url: string, headers: Record<string, string> = {}): Promise<Row[]> {
  const response = await app.inject({ url, headers });
  assert.equal(response.statusCode, 200, response.body);
  assert.match(String(response.headers['content-type']), /text\/csv/);
  const parsed = Papa.parse<Row>(response.body.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  assert.deepEqual(parsed.errors, []);
  return parsed.data;
}

for (const { backend, skip } of BACKENDS) {
  describe(`list sorting and filtered exports (${backend})`, { skip }, () => {
    test('GET /api/clusters sorts by name, status, founding year and id, both ways; a bad sort is a 400', async (t) => {
      const { app, db } = await build(t, backend);
      const b = await makeCluster(db, { nameRu: 'Берёзовый', status: 'operating', foundedYear: 2015 });
      const a = await makeCluster(db, { nameRu: 'Агро', nameEn: 'Agro', status: 'potential' });
      const c = await makeCluster(db, { nameRu: 'Веста', nameEn: 'Alpha', status: 'forming', foundedYear: 2020 });
      const ids = async (query: string) => (await app.inject({ url: `/api/clusters${query}` })).json().items.map((x: { id: number }) => x.id);

      assert.deepEqual(await ids(''), [b.id, a.id, c.id], 'id order by default');
      assert.deepEqual(await ids('?sort=-id'), [c.id, a.id, b.id]);
      assert.deepEqual(await ids('?sort=name_ru'), [a.id, b.id, c.id]);
      assert.deepEqual(await ids('?sort=-name_ru'), [c.id, b.id, a.id]);
      assert.deepEqual(await ids('?sort=name_en'), [a.id, c.id, b.id], 'English names, the Russian one where there is none');
      assert.deepEqual(await ids('?sort=-name_be'), [c.id, b.id, a.id], 'no Belarusian names: the Russian ones');
      assert.deepEqual(await ids('?sort=status'), [a.id, c.id, b.id], 'potential, forming, operating');
      assert.deepEqual(await ids('?sort=-status'), [b.id, c.id, a.id]);
      assert.deepEqual(await ids('?sort=founded_year'), [b.id, c.id, a.id], 'no year comes last');
      assert.deepEqual(await ids('?sort=-founded_year'), [c.id, b.id, a.id], 'no year comes last in descending order too');
      assert.deepEqual(await ids('?sort=name_ru&limit=1&offset=1'), [b.id], 'sorting applies before the page');

      const bad = await app.inject({ url: '/api/clusters?sort=members' });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.errors[0].column, 'sort');
      assert.equal((await app.inject({ url: '/api/clusters?sort=size_class' })).statusCode, 400, 'an organisations sort is not a clusters sort');
    });

    test('GET /api/clusters counts each cluster\'s current members', async (t) => {
      const { app, db } = await build(t, backend);
      const busy = await makeCluster(db);
      const quiet = await makeCluster(db);
      for (const left of [null, null, '2024-01-01']) await makeMembership(db, (await makeOrganization(db)).id, busy.id, { joined: '2020-01-01', left });
      const counts = (await app.inject({ url: '/api/clusters' })).json().items.map((c: { id: number; memberCount: number }) => [c.id, c.memberCount]);
      assert.deepEqual(counts, [[busy.id, 2], [quiet.id, 0]], 'members who left are not counted');
    });

    test('GET /api/organizations sorts by name, size class and id, both ways; a bad sort is a 400', async (t) => {
      const { app, db } = await build(t, backend);
      const large = await makeOrganization(db, { nameRu: 'Ворота', employees: 900 });
      const micro = await makeOrganization(db, { nameRu: 'Арка', employees: 3 });
      const medium = await makeOrganization(db, { nameRu: 'Балка', employees: 180 });
      const unknown = await makeOrganization(db, { nameRu: 'Гвоздь', employees: null });
      const ids = async (query: string) => (await app.inject({ url: `/api/organizations${query}` })).json().items.map((x: { id: number }) => x.id);

      assert.deepEqual(await ids('?sort=name_ru'), [micro.id, medium.id, large.id, unknown.id]);
      assert.deepEqual(await ids('?sort=-name_ru'), [unknown.id, large.id, medium.id, micro.id]);
      assert.deepEqual(await ids('?sort=size_class'), [micro.id, medium.id, large.id, unknown.id], 'micro to large, unknown last');
      assert.deepEqual(await ids('?sort=-size_class'), [large.id, medium.id, micro.id, unknown.id]);
      assert.deepEqual(await ids('?sort=-id'), [unknown.id, medium.id, micro.id, large.id]);
      assert.deepEqual(await ids('?sort=name_en'), [micro.id, medium.id, large.id, unknown.id], 'no English names: the Russian ones');
      assert.equal((await app.inject({ url: '/api/organizations?sort=status' })).statusCode, 400);
      assert.equal((await app.inject({ url: '/api/organizations?sort=name_ru;DROP' })).statusCode, 400);
    });

    test('a clusters export holds only the rows of the list view, in its order', async (t) => {
      const { app, db } = await build(t, backend);
      await makeCluster(db, { nameRu: 'Деревообработка Добруш', status: 'operating', specialisation: ['16.2'], territories: ['r-dobrusski'] });
      await makeCluster(db, { nameRu: 'ИТ Минск', nameEn: 'Minsk IT', status: 'forming', specialisation: ['62'], territories: ['BY-HM'] });
      await makeCluster(db, { nameRu: 'Приборы Гомель', status: 'potential', specialisation: ['26.5'], territories: ['BY-HO'] });
      await makeCluster(db, { nameRu: 'Мебель Гомель', status: 'operating', specialisation: ['16'], territories: ['r-homielski'] });

      for (const query of ['status=operating', 'region=BY-HO', 'sector=16', 'q=minsk', 'status=operating&region=BY-HO&sort=-name_ru', 'status=forming&region=r-dobrusski']) {
        const list = (await app.inject({ url: `/api/clusters?${query}` })).json();
        const rows = await exportedRows(app, `/api/export/clusters?format=csv&${query}`);
        assert.deepEqual(rows.map((r) => r.name_ru), list.items.map((c: { nameRu: string }) => c.nameRu), query);
      }
      const sorted = await exportedRows(app, '/api/export/clusters?status=operating&sort=-name_ru');
      assert.deepEqual(sorted.map((r) => r.name_ru), ['Мебель Гомель', 'Деревообработка Добруш']);
      assert.equal((await exportedRows(app, '/api/export/clusters')).length, 4, 'no filter exports everything');

      const xlsx = await app.inject({ url: '/api/export/clusters?format=xlsx&status=potential' });
      assert.equal(xlsx.statusCode, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      assert.equal(sheet.actualRowCount, 2, 'the header and one cluster');
      assert.equal(sheet.getRow(2).getCell(2).value, 'Приборы Гомель');
    });

    test('an organisations export follows the list filters; the public export has no confidential figures', async (t) => {
      const { app, db } = await build(t, backend);
      const a = await makeOrganization(db, { nameRu: 'Приборист', roles: ['producer', 'rnd'], primarySector: '26.5', territoryId: 'r-homielski', employees: 180, revenue: 5000, exports: 900 });
      const b = await makeOrganization(db, { nameRu: 'Софт', roles: ['service'], primarySector: '62', territoryId: 'BY-HM', employees: 5, revenue: 70, exports: 10 });
      const c = await makeOrganization(db, { nameRu: 'Доски', roles: ['producer'], primarySector: '16.21', territoryId: 'r-dobrusski', employees: 40, revenue: 800, exports: 100 });
      const cluster = await makeCluster(db);
      await makeMembership(db, b.id, cluster.id);
      await makeMembership(db, c.id, cluster.id);

      const cases: [string, number[]][] = [
        ['region=BY-HO', [a.id, c.id]],
        ['sector=26', [a.id]],
        ['role=producer', [a.id, c.id]],
        ['sizeClass=micro', [b.id]],
        [`clusterId=${cluster.id}`, [b.id, c.id]],
        [`clusterId=${cluster.id}&role=producer`, [c.id]],
        ['q=софт', [b.id]],
        ['region=BY-HO&sort=-name_ru', [a.id, c.id]],
        ['region=BY-HO&sort=size_class', [c.id, a.id]],
      ];
      for (const [query, expected] of cases) {
        const list = (await app.inject({ url: `/api/organizations?${query}` })).json();
        assert.deepEqual(list.items.map((o: { id: number }) => o.id), expected, `list ${query}`);
        const rows = await exportedRows(app, `/api/export/organizations?format=csv&${query}`);
        assert.deepEqual(rows.map((r) => Number(r.id)), expected, `export ${query}`);
      }

      const publicRows = await exportedRows(app, '/api/export/organizations?role=producer');
      assert.equal(publicRows.length, 2);
      for (const row of publicRows) {
        assert.ok('employees' in row && 'revenue' in row && 'exports' in row, 'the columns stay, so the file imports back');
        assert.deepEqual([row.employees, row.revenue, row.exports], ['', '', ''], `no figures of ${row.name_ru} in a public export`);
        assert.notEqual(row.size_class, '', 'the size class is public');
      }
      const member = await signedIn(app, db, { role: 'member', organizationId: c.id });
      const memberRows = await exportedRows(app, '/api/export/organizations?role=producer', member);
      assert.deepEqual(memberRows.map((r) => [r.name_ru, r.employees]), [['Приборист', ''], ['Доски', '40']], 'a member sees only its own figures');
      const analyst = await signedIn(app, db, { role: 'analyst' });
      const staffRows = await exportedRows(app, '/api/export/organizations?role=producer', analyst);
      assert.deepEqual(staffRows.map((r) => r.revenue), ['5000', '800']);
    });

    test('an export refuses filters and sorts that do not belong to its kind', async (t) => {
      const { app } = await build(t, backend);
      const wrongFilter = await app.inject({ url: '/api/export/clusters?role=producer' });
      assert.equal(wrongFilter.statusCode, 422);
      assert.deepEqual(wrongFilter.json().error.errors.map((e: { column: string }) => e.column), ['role']);
      assert.equal((await app.inject({ url: '/api/export/organizations?status=operating' })).statusCode, 422);
      assert.equal((await app.inject({ url: '/api/export/contracts?q=x' })).statusCode, 422);
      assert.equal((await app.inject({ url: '/api/export/clusters?sort=size_class' })).statusCode, 422);
      assert.equal((await app.inject({ url: '/api/export/clusters?sort=bogus' })).statusCode, 400);
      assert.equal((await app.inject({ url: '/api/export/clusters?status=dormant' })).statusCode, 400);
      assert.equal((await app.inject({ url: '/api/export/contracts' })).statusCode, 200, 'other kinds still export whole');
    });
  });
}
