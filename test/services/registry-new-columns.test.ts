// The partner-search fields of the registry (founding year, status, revenue growth, certifications, labels)
// import from a file with Russian headers, export with the canonical ones, and import back unchanged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importRegistryFile } from '../../src/services/registry-import.ts';
import { exportRegistry } from '../../src/services/registry-export.ts';
import { ValidationError } from '../../src/services/errors.ts';
import { parseCsvRecords } from '../../src/services/files/csv-records.ts';
import { BACKENDS, freshDatabase } from '../helpers/database.ts';
import { ADMIN } from '../helpers/factories.ts';

const csv = (text: string) => ({ buffer: Buffer.from(text, 'utf8') });

const ORGS = [
  'id;kind;наименование;год создания;статус;рост выручки;сертификаты;награды',
  '1;legal;Первое;1998;active;0,12;ISO 9001:2015|ISO 14001;Премия за качество',
  '2;legal;Второе;;liquidating;-0.05;;',
  '3;legal;Третье;2015;;;;',
].join('\n');
const CLUSTERS = 'id,name_ru,status,labels\n5,Кластер,operating,ECEI Bronze|Знак качества\n6,Другой,forming,';

for (const { backend, skip } of BACKENDS) {
  describe(`registry partner-search columns (${backend})`, { skip }, () => {
    test('Russian headers fill founded_year, status, revenue_growth, certifications and labels; status defaults to active', async (t) => {
      const db = await freshDatabase(t, backend);
      await importRegistryFile(db, 'organizations', csv(ORGS), { name: 'orgs.csv' });
      await importRegistryFile(db, 'clusters', csv(CLUSTERS), { name: 'c.csv' });
      const { rows } = await db.pool.query('SELECT id, founded_year, status, revenue_growth, certifications, labels FROM organizations ORDER BY id');
      assert.deepEqual(rows, [
        { id: 1, founded_year: 1998, status: 'active', revenue_growth: 0.12, certifications: ['ISO 9001:2015', 'ISO 14001'], labels: ['Премия за качество'] },
        { id: 2, founded_year: null, status: 'liquidating', revenue_growth: -0.05, certifications: [], labels: [] },
        { id: 3, founded_year: 2015, status: 'active', revenue_growth: null, certifications: [], labels: [] },
      ]);
      const { rows: clusters } = await db.pool.query('SELECT id, labels FROM clusters ORDER BY id');
      assert.deepEqual(clusters, [{ id: 5, labels: ['ECEI Bronze', 'Знак качества'] }, { id: 6, labels: [] }]);
    });

    test('an export of the new columns imports back into an empty database unchanged', async (t) => {
      const source = await freshDatabase(t, backend);
      await importRegistryFile(source, 'organizations', csv(ORGS), { name: 'orgs.csv' });
      await importRegistryFile(source, 'clusters', csv(CLUSTERS), { name: 'c.csv' });
      const target = await freshDatabase(t, backend);
      for (const kind of ['organizations', 'clusters']) {
        const { buffer } = await exportRegistry(source, ADMIN, kind, 'csv');
        await importRegistryFile(target, kind, { buffer }, { name: `${kind}.csv` });
        const again = await exportRegistry(target, ADMIN, kind, 'csv');
        assert.equal(again.buffer.toString('utf8'), buffer.toString('utf8'), kind);
      }
      const { buffer } = await exportRegistry(source, ADMIN, 'organizations', 'csv');
      const first = parseCsvRecords(buffer.toString('utf8')).rows[0]!;
      const cell = (name: string) => first[name];
      assert.deepEqual(
        ['founded_year', 'status', 'revenue_growth', 'certifications', 'labels'].map(cell),
        ['1998', 'active', '0.12', 'ISO 9001:2015|ISO 14001', 'Премия за качество'],
      );
      const snapshot = async (db: typeof source) => (await db.pool.query(
        `SELECT o.id, o.founded_year, o.status, o.revenue_growth, o.certifications, o.labels FROM organizations o ORDER BY o.id`,
      )).rows.concat((await db.pool.query('SELECT id, labels FROM clusters ORDER BY id')).rows);
      assert.deepEqual(await snapshot(target), await snapshot(source));
    });

    test('the public export leaves revenue growth out and keeps the public fields', async (t) => {
      const db = await freshDatabase(t, backend);
      await importRegistryFile(db, 'organizations', csv(ORGS), { name: 'orgs.csv' });
      const { buffer } = await exportRegistry(db, null, 'organizations', 'csv');
      const first = parseCsvRecords(buffer.toString('utf8')).rows[0]!;
      const cell = (name: string) => first[name];
      assert.equal(cell('revenue_growth'), '');
      assert.equal(cell('certifications'), 'ISO 9001:2015|ISO 14001');
      assert.equal(cell('founded_year'), '1998');
    });

    test('an unknown status and a fall of more than 100 % are rejected with the row and column', async (t) => {
      const db = await freshDatabase(t, backend);
      const bad = 'kind,name_ru,status,revenue_growth,founded_year\nlegal,A,closed,,\nlegal,B,active,-1.5,\nlegal,C,active,,1066';
      await assert.rejects(importRegistryFile(db, 'organizations', csv(bad), { name: 'bad.csv' }), (error: ValidationError) => {
        assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[2, 'status'], [3, 'revenue_growth'], [4, 'founded_year']]);
        return true;
      });
    });
  });
}
