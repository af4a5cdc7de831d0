import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { build, signedIn } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';
import { makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';


for (const { backend, skip } of BACKENDS) {
  describe(`registry API (${backend})`, { skip }, () => {
    test('organisations: create, filter by region, sector, role, size and cluster, update, delete', async (t) => {
      const { app, db } = await build(t, backend);
      const admin = await signedIn(app, db, { role: 'admin' });
      const created = await app.inject({ method: 'POST', url: '/api/organizations', headers: admin, payload: {
        kind: 'legal', unp: '100217336', nameRu: 'ОАО «Приборист»', nameEn: 'Pribor', roles: ['producer', 'rnd'], primarySector: '26.5', territoryId: 'r-homielski', employees: 180,
      } });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.json().sizeClass, 'medium');
      const other = await makeOrganization(db, { territoryId: 'BY-HM', primarySector: '62', roles: ['service'], employees: 5 });
      const cluster = await makeCluster(db);
      await makeMembership(db, other.id, cluster.id);
      const ids = async (query: string) => (await app.inject({ url: `/api/organizations${query}` })).json().items.map((o: { id: number }) => o.id);
      assert.deepEqual(await ids('?region=BY-HO'), [created.json().id]);
      assert.deepEqual(await ids('?sector=26'), [created.json().id]);
      assert.deepEqual(await ids('?sector=C'), [created.json().id], 'section C takes division 26, not 62');
      assert.deepEqual(await ids('?role=service'), [other.id]);
      assert.deepEqual(await ids('?sizeClass=micro'), [other.id]);
      assert.deepEqual(await ids(`?clusterId=${cluster.id}`), [other.id]);
      assert.deepEqual(await ids('?q=прибор'), [created.json().id]);
      assert.deepEqual(await ids('?q=100217336'), [created.json().id]);

      const duplicate = await app.inject({ method: 'POST', url: '/api/organizations', headers: admin, payload: { kind: 'legal', unp: '100217336', nameRu: 'Двойник' } });
      assert.equal(duplicate.statusCode, 409);
      const badUnp = await app.inject({ method: 'POST', url: '/api/organizations', headers: admin, payload: { kind: 'legal', unp: '100217337', nameRu: 'X' } });
      assert.equal(badUnp.statusCode, 400);
      assert.deepEqual(badUnp.json().error.errors.map((e: { column: string }) => e.column), ['unp']);

      const patched = await app.inject({ method: 'PATCH', url: `/api/organizations/${other.id}`, headers: admin, payload: { website: 'https://example.by' } });
      assert.equal(patched.json().website, 'https://example.by');
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/organizations/${other.id}`, headers: admin })).statusCode, 204);
      assert.equal((await app.inject({ url: `/api/clusters/${cluster.id}` })).json().members.length, 0, 'the membership went with it');
    });

    test('memberships and contracts: CRUD, filters, and a contract value hidden from the public', async (t) => {
      const { app, db } = await build(t, backend);
      const admin = await signedIn(app, db, { role: 'admin' });
      const a = await makeOrganization(db);
      const b = await makeOrganization(db);
      const cluster = await makeCluster(db);
      const membership = await app.inject({ method: 'POST', url: '/api/memberships', headers: admin, payload: { organizationId: a.id, clusterId: cluster.id, role: 'coordinator', joined: '2023-01-10' } });
      assert.equal(membership.statusCode, 201, membership.body);
      const left = await app.inject({ method: 'PATCH', url: `/api/memberships/${membership.json().id}`, headers: admin, payload: { left: '2022-01-01' } });
      assert.equal(left.statusCode, 200, 'the patch schema does not compare dates');
      const contract = await app.inject({ method: 'POST', url: '/api/contracts', headers: admin, payload: { supplierId: a.id, customerId: b.id, kind: 'supply', clusterId: cluster.id, value: 250, signed: '2024-02-29' } });
      assert.equal(contract.statusCode, 201, contract.body);
      const publicList = (await app.inject({ url: `/api/contracts?clusterId=${cluster.id}` })).json();
      assert.equal(publicList.total, 1);
      assert.equal(publicList.items[0].value, undefined);
      assert.equal((await app.inject({ url: `/api/contracts?supplierId=${b.id}` })).json().total, 0);
      assert.equal((await app.inject({ url: `/api/contracts/${contract.json().id}`, headers: admin })).json().value, 250);
      const invalidDate = await app.inject({ method: 'POST', url: '/api/contracts', headers: admin, payload: { supplierId: a.id, customerId: b.id, kind: 'supply', signed: '2023-02-30' } });
      assert.equal(invalidDate.statusCode, 400);
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/contracts/${contract.json().id}`, headers: admin })).statusCode, 204);
      assert.equal((await app.inject({ url: '/api/memberships/999' })).statusCode, 404);
    });

    test('POST /api/import/:kind answers 422 with row and column and writes nothing; a good file imports', async (t) => {
      const { app, db } = await build(t, backend);
      const admin = await signedIn(app, db, { role: 'analyst' });
      const bad = multipart('orgs.csv', 'kind,name_ru,territory\nlegal,Хорошая,BY-HO\nlegal,Плохая,BY-XX\n');
      const rejected = await app.inject({ method: 'POST', url: '/api/import/organizations', payload: bad.payload, headers: { ...bad.headers, ...admin } });
      assert.equal(rejected.statusCode, 422);
      assert.deepEqual(rejected.json().error.errors, [{ row: 3, column: 'territory', message: 'territory BY-XX does not exist' }]);
      assert.equal((await app.inject({ url: '/api/organizations' })).json().total, 0);

      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('orgs');
      sheet.addRow(['Вид', 'Наименование', 'Территория', 'Численность']);
      sheet.addRow(['legal', 'Из Excel', 'BY-HO', 20]);
      const good = multipart('orgs.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
      const accepted = await app.inject({ method: 'POST', url: '/api/import/organizations', payload: good.payload, headers: { ...good.headers, ...admin } });
      assert.equal(accepted.statusCode, 201, accepted.body);
      assert.deepEqual(accepted.json(), { kind: 'organizations', inserted: 1 });
      const anonymous = await app.inject({ method: 'POST', url: '/api/import/organizations', payload: good.payload, headers: good.headers });
      assert.equal(anonymous.statusCode, 401);
      const wrongType = multipart('orgs.pdf', 'x');
      const rejectedType = await app.inject({ method: 'POST', url: '/api/import/organizations', payload: wrongType.payload, headers: { ...wrongType.headers, ...admin } });
      assert.equal(rejectedType.statusCode, 422);
      assert.match(rejectedType.json().error.message, /orgs\.pdf: unsupported file type/);
    });

    test('templates and exports download as CSV and XLSX', async (t) => {
      const { app, db } = await build(t, backend);
      await makeCluster(db, { nameRu: 'Экспортный' });
      const template = await app.inject({ url: '/api/import/contracts/template?format=csv' });
      assert.equal(template.body.replace(/^\uFEFF/, '').trim(), 'id,supplier_id,customer_id,kind,cluster_id,title,signed,start_date,end_date,value,status,illustrative');
      const xlsx = await app.inject({ url: '/api/export/clusters?format=xlsx' });
      assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      assert.equal(workbook.worksheets[0]!.getRow(2).getCell(2).value, 'Экспортный');
      assert.equal((await app.inject({ url: '/api/export/widgets' })).statusCode, 400);
    });

    test('GET /api/territories counts clusters by status per oblast and raion; figures carry sources', async (t) => {
      const { app, db } = await build(t, backend);
      await makeCluster(db, { status: 'operating', territories: ['r-dobrusski'] });
      await makeCluster(db, { status: 'operating', territories: ['r-dobrusski', 'r-homielski'] });
      await makeCluster(db, { status: 'potential', territories: ['BY-HM'] });
      const oblasts = (await app.inject({ url: '/api/territories?level=oblast' })).json();
      assert.equal(oblasts.type, 'FeatureCollection');
      const byId = new Map(oblasts.features.map((f: { id: string; properties: unknown }) => [f.id, f.properties]));
      assert.deepEqual((byId.get('BY-HO') as { clusters: unknown }).clusters, { operating: 2, forming: 0, potential: 0, total: 2 });
      assert.deepEqual((byId.get('BY-HM') as { clusters: unknown }).clusters, { operating: 0, forming: 0, potential: 1, total: 1 });
      // The fixture's Gomel oblast is the rectangle 28..32 x 51..54, so its centroid is (30, 52.5).
      assert.deepEqual((byId.get('BY-HO') as { centroid: number[] }).centroid, [30, 52.5]);
      const raions = (await app.inject({ url: '/api/territories?level=raion' })).json();
      assert.deepEqual(raions.features.map((f: { id: string; properties: { clusters: { total: number } } }) => [f.id, f.properties.clusters.total]), [['r-dobrusski', 2], ['r-homielski', 1]]);
      const figures = (await app.inject({ url: '/api/countries/figures' })).json();
      assert.deepEqual(figures.items.map((f: { country: string; total: number }) => [f.country, f.total]), [['PL', 161], ['BY', 32]]);
      assert.equal(figures.items[1].operating + figures.items[1].forming + figures.items[1].potential, 32);
      const health = (await app.inject({ url: '/api/health' })).json();
      assert.deepEqual(health, { status: 'ok', database: backend });
      const openapi = (await app.inject({ url: '/api/openapi.json' })).json();
      assert.ok(openapi.paths['/api/clusters'] && openapi.paths['/api/import/{kind}']);
    });
  });
}
