import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importRegistryFile } from '../../src/services/registry-import.ts';
import { exportRegistry } from '../../src/services/registry-export.ts';
import { ValidationError } from '../../src/services/errors.ts';
import { BACKENDS, freshDatabase } from '../helpers/database.ts';
import { ADMIN } from '../helpers/factories.ts';

const csv = (text: string) => ({ buffer: Buffer.from(text, 'utf8') });
const count = async (db: Awaited<ReturnType<typeof freshDatabase>>, table: string) =>
  (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

const ORGS = [
  'id;kind;unp;name_ru;roles;primary_sector;territory;employees;revenue;illustrative',
  '1;legal;200988541;ОАО «Первое»;producer|supplier;16.21;r-dobrusski;300;1 234,5;false',
  '2;individual;МА1953684;ИП Второй;service;62;BY-HM;3;;true',
  '3;legal;;Третье;rnd;26.5;BY-HO;;;',
].join('\n');

for (const { backend, skip } of BACKENDS) {
  describe(`registry import and export (${backend})`, { skip }, () => {
    test('a `;`-separated CSV with a BOM imports every row with typed values and derived size classes', async (t) => {
      const db = await freshDatabase(t, backend);
      const result = await importRegistryFile(db, 'organizations', csv(`\uFEFF${ORGS}`), { name: 'orgs.csv' });
      assert.deepEqual(result, { kind: 'organizations', inserted: 3 });
      const { rows } = await db.pool.query('SELECT id, unp, roles, size_class, revenue, illustrative FROM organizations ORDER BY id');
      assert.deepEqual(rows, [
        { id: 1, unp: '200988541', roles: ['producer', 'supplier'], size_class: 'large', revenue: 1234.5, illustrative: false },
        { id: 2, unp: 'MA1953684', roles: ['service'], size_class: 'micro', revenue: null, illustrative: true },
        { id: 3, unp: null, roles: ['rnd'], size_class: null, revenue: null, illustrative: false },
      ]);
      // New records continue after the imported ids.
      const { rows: [next] } = await db.pool.query("INSERT INTO organizations (kind, name_ru) VALUES ('legal', 'x') RETURNING id");
      assert.equal(next.id, 4);
    });

    test('bad rows are all reported with row and column, and nothing is written', async (t) => {
      const db = await freshDatabase(t, backend);
      const text = [
        'kind,unp,name_ru,primary_sector,territory,employees,size_class',
        'legal,200988541,Хорошая,16.21,r-dobrusski,10,',
        'legal,200988542,Плохой УНП,16.21,r-dobrusski,10,',
        'company,,Плохой вид,16.21,r-dobrusski,,',
        'legal,,Нет сектора,99.99,r-nowhere,,',
        'legal,,Неверная численность,16.21,BY-HO,много,',
        'legal,200988541,Повтор УНП,,,,',
        'legal,,Размер не тот,,,500,small',
        'legal,,,,,,',
      ].join('\r\n');
      await assert.rejects(importRegistryFile(db, 'organizations', csv(text), { name: 'bad.csv' }), (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.match(error.message, /^bad\.csv: 8 problems found; nothing was imported$/);
        assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [
          [3, 'unp'], [4, 'kind'], [5, 'primary_sector'], [5, 'territory'], [6, 'employees'], [7, 'unp'], [8, 'size_class'], [9, 'name_ru'],
        ]);
        assert.equal(error.errors[0]!.message, 'invalid UNP: wrong check digit');
        assert.equal(error.errors[3]!.message, 'territory r-nowhere does not exist');
        assert.equal(error.errors[5]!.message, 'UNP 200988541 repeats row 2');
        return true;
      });
      assert.equal(await count(db, 'organizations'), 0);
      assert.equal(await count(db, 'audit_log'), 0);
    });

    test('the header is checked: unknown and missing columns are named; Russian headers are accepted', async (t) => {
      const db = await freshDatabase(t, backend);
      await assert.rejects(importRegistryFile(db, 'clusters', csv('name_ru,stauts\nA,forming'), { name: 'c.csv' }), (error: ValidationError) => {
        assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[1, 'stauts'], [1, 'status']]);
        return true;
      });
      const russian = 'Наименование;Статус;Территории;Специализация;Статус с\nКластер;operating;BY-HO|r-dobrusski;16|26.5;01.02.2021';
      assert.equal((await importRegistryFile(db, 'clusters', csv(russian), { name: 'ru.csv' })).inserted, 1);
      const { rows } = await db.pool.query("SELECT status, to_char(valid_from, 'YYYY-MM-DD') AS since FROM cluster_status_history");
      assert.deepEqual(rows, [{ status: 'operating', since: '2021-02-01' }]);
    });

    test('memberships and contracts must point at existing records', async (t) => {
      const db = await freshDatabase(t, backend);
      await importRegistryFile(db, 'organizations', csv(ORGS), { name: 'o.csv' });
      await importRegistryFile(db, 'clusters', csv('id,name_ru,status\n7,K,forming'), { name: 'c.csv' });
      await assert.rejects(
        importRegistryFile(db, 'memberships', csv('organization_id,cluster_id\n1,7\n9,7\n1,8'), { name: 'm.csv' }),
        (error: ValidationError) => {
          assert.deepEqual(error.errors, [
            { row: 3, column: 'organization_id', message: 'organisation 9 does not exist' },
            { row: 4, column: 'cluster_id', message: 'cluster 8 does not exist' },
          ]);
          return true;
        },
      );
      assert.equal(await count(db, 'memberships'), 0);
      await assert.rejects(
        importRegistryFile(db, 'contracts', csv('supplier_id,customer_id,kind,start_date,end_date\n1,1,supply,2024-01-01,2023-01-01'), { name: 'k.csv' }),
        (error: ValidationError) => {
          assert.deepEqual(error.errors.map((e) => e.column), ['customer_id', 'end_date']);
          return true;
        },
      );
    });

    for (const format of ['csv', 'xlsx'] as const) {
      test(`an ${format.toUpperCase()} export imports back into an empty database unchanged`, async (t) => {
        const source = await freshDatabase(t, backend);
        await importRegistryFile(source, 'organizations', csv(ORGS), { name: 'o.csv' });
        await importRegistryFile(source, 'clusters', csv('id,name_ru,status,status_since,specialisation,territories,coordinator_id,founded_year,agreement_date,description\n5,"Кластер, с запятой",operating,2020-05-01,16|62,BY-HO,1,2019,2020-04-30,"две\nстроки"'), { name: 'c.csv' });
        await importRegistryFile(source, 'memberships', csv('organization_id,cluster_id,role,joined\n1,5,anchor,2020-05-01\n2,5,member,'), { name: 'm.csv' });
        await importRegistryFile(source, 'contracts', csv('supplier_id,customer_id,kind,cluster_id,value,status\n1,2,supply,5,99.5,completed'), { name: 'k.csv' });
        const target = await freshDatabase(t, backend);
        for (const kind of ['organizations', 'clusters', 'memberships', 'contracts']) {
          const { buffer, rows } = await exportRegistry(source, ADMIN, kind, format);
          const result = await importRegistryFile(target, kind, { buffer }, { name: `${kind}.${format}` });
          assert.equal(result.inserted, rows, kind);
          const again = await exportRegistry(target, ADMIN, kind, format);
          if (format === 'csv') assert.equal(again.buffer.toString('utf8'), buffer.toString('utf8'), kind);
        }
        const snapshot = async (db: typeof source) => (await db.pool.query(
          `SELECT o.id, o.unp, o.name_ru, o.roles, o.revenue, o.size_class, c.name_ru AS cluster, c.description, c.specialisation,
                  c.agreement_date, h.valid_from, m.role, k.value
           FROM organizations o LEFT JOIN memberships m ON m.organization_id = o.id LEFT JOIN clusters c ON c.id = m.cluster_id
           LEFT JOIN cluster_status_history h ON h.cluster_id = c.id LEFT JOIN contracts k ON k.supplier_id = o.id ORDER BY o.id`,
        )).rows;
        assert.deepEqual(await snapshot(target), await snapshot(source));
      });
    }
  });
}

for (const { backend, skip } of BACKENDS) {
  test(`a bulk import leaves every index in place and working (${backend})`, { skip }, async (t) => {
    const db = await freshDatabase(t, backend);
    const indexes = async () => (await db.pool.query<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE tablename = 'organizations' ORDER BY indexname",
    )).rows.map((r) => r.indexdef);
    const before = await indexes();
    assert.equal(before.length, 5);
    const rows = ['kind,name_ru,primary_sector,territory'];
    for (let i = 0; i < 60_000; i++) rows.push(`legal,Организация ${i},${i % 2 ? '62' : '16.21'},BY-HO`);
    assert.equal((await importRegistryFile(db, 'organizations', csv(rows.join('\n')), { name: 'bulk.csv' })).inserted, 60_000);
    assert.deepEqual(await indexes(), before);
    await db.pool.query("UPDATE organizations SET unp = '200988541' WHERE id = 1");
    await assert.rejects(db.pool.query("UPDATE organizations SET unp = '200988541' WHERE id = 2"), /unique/);
    const { rows: [plan] } = await db.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM organizations WHERE primary_sector = '62'");
    assert.equal(plan!.n, 30_000);
  });
}
