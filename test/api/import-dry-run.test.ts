import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { build, signedIn } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';
import { makeCluster } from '../helpers/factories.ts';


const count = async (db: Awaited<ReturnType<typeof build>>['db'], table: string) =>
  (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

for (const { backend, skip } of BACKENDS) {
  describe(`import dry run API (${backend})`, { skip }, () => {
    test('a dry run answers the preview and every row/column error and writes nothing', async (t) => {
      const { app, db } = await build(t, backend);
      const analyst = await signedIn(app, db, { role: 'analyst' });
      const auditBefore = await count(db, 'audit_log');
      const file = multipart('orgs.csv', [
        'Вид;Наименование;territory;employees',
        'legal;Хорошая;BY-HO;10',
        'legal;Плохая территория;BY-XX;10',
        'company;Плохой вид;BY-HO;много',
      ].join('\n'));
      const response = await app.inject({ method: 'POST', url: '/api/import/organizations?dryRun=true', ...file, headers: { ...file.headers, ...analyst } });
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json(), {
        kind: 'organizations',
        rows: 3,
        columns: ['kind', 'name_ru', 'territory', 'employees'],
        preview: [['legal', 'Хорошая', 'BY-HO', '10'], ['legal', 'Плохая территория', 'BY-XX', '10'], ['company', 'Плохой вид', 'BY-HO', 'много']],
        previewRows: [2, 3, 4],
        errors: [
          { row: 3, column: 'territory', message: 'territory BY-XX does not exist' },
          // Cells are typed first: the row's bad number is reported before its bad kind.
          { row: 4, column: 'employees', message: 'expected a whole number, got "много"' },
        ],
        totalErrors: 2,
      });
      assert.equal(await count(db, 'organizations'), 0);
      assert.equal(await count(db, 'audit_log'), auditBefore, 'a dry run leaves no audit entry');

      // The same file without dryRun is refused with the same problems.
      const real = await app.inject({ method: 'POST', url: '/api/import/organizations', ...file, headers: { ...file.headers, ...analyst } });
      assert.equal(real.statusCode, 422);
      assert.deepEqual(real.json().error.errors, response.json().errors);
    });

    test('a good file reports its row count and no errors, writes nothing, then imports for real', async (t) => {
      const { app, db } = await build(t, backend);
      const admin = await signedIn(app, db, { role: 'admin' });
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('orgs');
      sheet.addRow(['kind', 'name_ru', 'territory', 'employees']);
      for (let i = 1; i <= 25; i++) sheet.addRow(['legal', `Организация ${i}`, 'BY-HO', i]);
      const file = multipart('orgs.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
      const dry = await app.inject({ method: 'POST', url: '/api/import/organizations?dryRun=true', ...file, headers: { ...file.headers, ...admin } });
      assert.equal(dry.statusCode, 200, dry.body);
      const body = dry.json();
      assert.equal(body.rows, 25);
      assert.equal(body.totalErrors, 0);
      assert.deepEqual(body.errors, []);
      assert.equal(body.preview.length, 20, 'the preview holds the first 20 rows');
      assert.deepEqual(body.preview[0], ['legal', 'Организация 1', 'BY-HO', '1']);
      assert.equal(body.previewRows[19], 21);
      assert.equal(await count(db, 'organizations'), 0);

      const real = await app.inject({ method: 'POST', url: '/api/import/organizations?dryRun=false', ...file, headers: { ...file.headers, ...admin } });
      assert.equal(real.statusCode, 201, real.body);
      assert.deepEqual(real.json(), { kind: 'organizations', inserted: 25 });
    });

    test('header problems are reported by a dry run instead of refused; unreadable files are still 422', async (t) => {
      const { app, db } = await build(t, backend);
      const analyst = await signedIn(app, db, { role: 'analyst' });
      await makeCluster(db);
      const file = multipart('clusters.csv', 'name_ru,stauts\nA,forming\nB,operating\n');
      const response = await app.inject({ method: 'POST', url: '/api/import/clusters?dryRun=true', ...file, headers: { ...file.headers, ...analyst } });
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.deepEqual(body.columns, ['name_ru', 'stauts']);
      assert.equal(body.rows, 2);
      assert.deepEqual(body.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[1, 'stauts'], [1, 'status']]);
      assert.equal(body.totalErrors, 2);
      assert.equal(await count(db, 'clusters'), 1);

      const pdf = multipart('clusters.pdf', 'x');
      const refused = await app.inject({ method: 'POST', url: '/api/import/clusters?dryRun=true', ...pdf, headers: { ...pdf.headers, ...analyst } });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.json().error.message, /unsupported file type/);
      const badFlag = await app.inject({ method: 'POST', url: '/api/import/clusters?dryRun=maybe', ...file, headers: { ...file.headers, ...analyst } });
      assert.equal(badFlag.statusCode, 400);
    });

    test('only staff may run a dry run', async (t) => {
      const { app, db } = await build(t, backend);
      const cluster = await makeCluster(db);
      const file = multipart('orgs.csv', 'kind,name_ru\nlegal,A\n');
      const url = '/api/import/organizations?dryRun=true';
      assert.equal((await app.inject({ method: 'POST', url, ...file })).statusCode, 401);
      const manager = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [cluster.id] });
      assert.equal((await app.inject({ method: 'POST', url, ...file, headers: { ...file.headers, ...manager } })).statusCode, 403);
      const admin = await signedIn(app, db, { role: 'admin' });
      assert.equal((await app.inject({ method: 'POST', url, ...file, headers: { ...file.headers, ...admin } })).statusCode, 200);
    });
  });
}
