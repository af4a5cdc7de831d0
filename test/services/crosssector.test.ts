// Cross-sector datasets in the database and the emerging industries: one-transaction imports (a bad row writes
// nothing), loading the rows back, the registry's contracts as a live source, and the NACE sets of the industries.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importDealSource, importPatentSource, listCrossSectorDatasets, loadDeals, loadPatents } from '../../src/services/crosssector/datasets.ts';
import { contractSectorPairs } from '../../src/services/crosssector/contracts-source.ts';
import { emergingIndustries, emergingIndustriesOf } from '../../src/services/crosssector/emerging-industries.ts';
import { ValidationError } from '../../src/services/errors.ts';
import { BACKENDS, freshDatabase } from '../helpers/database.ts';
import { makeOrganization } from '../helpers/factories.ts';

const csv = (text: string) => ({ buffer: Buffer.from(text, 'utf8') });
const META = { id: 'p', name: 'Patents', source: 'test', illustrative: true };

for (const { backend, skip } of BACKENDS) {
  describe(`cross-sector datasets (${backend})`, { skip }, () => {
    test('a patent file is stored and replaced in one transaction; a bad row writes nothing', async (t) => {
      const db = await freshDatabase(t, backend);
      const first = await importPatentSource(db, META, csv('id,year,territory,ipc\np1,2019,BY-HM,H04L 29/06;G06F\np2,2020,,A61K\n'), 'csv', 'p.csv');
      assert.deepEqual(first, { kind: 'patents', dataset: 'p', rows: 2 });
      const rows = await loadPatents(db, 'p');
      assert.deepEqual(rows.ipc, [['H04L29/06', 'G06F'], ['A61K']]);
      assert.deepEqual(rows.territory, ['BY-HM', '']);
      await assert.rejects(importPatentSource(db, META, csv('id,year,ipc\nq1,2019,H04\nq2,2019,Z99\n'), 'csv', 'p.csv'), (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[3, 'ipc']]);
        return true;
      });
      assert.deepEqual((await loadPatents(db, 'p')).id, ['p1', 'p2'], 'the earlier rows are kept');
      await importPatentSource(db, META, csv('id,year,ipc\nq1,2021,H04\n'), 'csv', 'p.csv');
      assert.deepEqual((await loadPatents(db, 'p')).id, ['q1'], 'replaced');
    });

    test('an IPC class outside the concordance is an unknown code', async (t) => {
      const db = await freshDatabase(t, backend);
      await assert.rejects(importPatentSource(db, META, csv('id,year,ipc\nq1,2019,H10K\n'), 'csv', 'p.csv'), /1 problem/);
    });

    test('a deal file is stored; datasets are listed with their years', async (t) => {
      const db = await freshDatabase(t, backend);
      await importDealSource(db, { id: 'd', name: 'Deals' }, csv('id,year,acquirer_sector,target_sector,value,country\nd1,2018,62.01,26,10,BY\nd2,2021,21,72,,\n'), 'csv', 'd.csv');
      await assert.rejects(importDealSource(db, { id: 'd', name: 'Deals' }, csv('id,year,acquirer_sector,target_sector,value\nx,2018,62,26,-1\n'), 'csv', 'd.csv'), ValidationError);
      const deals = await loadDeals(db, 'd');
      assert.deepEqual(deals.acquirerSector, ['62', '21']);
      assert.ok(Number.isNaN(deals.value[1]));
      const list = await listCrossSectorDatasets(db);
      assert.deepEqual(list.map((d) => [d.kind, d.id, d.rows, d.firstYear, d.lastYear, d.illustrative]), [['deals', 'd', 2, 2018, 2021, false]]);
    });

    test("contracts link the supplier's division to the customer's; organisations without a sector are left out", async (t) => {
      const db = await freshDatabase(t, backend);
      const a = await makeOrganization(db, { primarySector: '62.01' });
      const b = await makeOrganization(db, { primarySector: '26.51' });
      const c = await makeOrganization(db);
      await db.pool.query('UPDATE organizations SET primary_sector = NULL WHERE id = $1', [c.id]);
      await db.pool.query(`INSERT INTO contracts (supplier_id, customer_id, kind, signed, start_date) VALUES
        ($1, $2, 'supply', '2022-03-01', NULL), ($2, $1, 'supply', NULL, '2023-01-01'), ($1, $3, 'supply', NULL, NULL), ($2, $1, 'supply', NULL, NULL)`, [a.id, b.id, c.id]);
      const pairs = await contractSectorPairs(db);
      assert.deepEqual(pairs, { from: ['62', '26', '26'], to: ['26', '62', '62'], year: [2022, 2023, null], skipped: 1 });
    });
  });
}

describe('emerging industries', () => {
  test('the ten EOCIC industries are defined, each with a source and marked approximations', () => {
    const list = emergingIndustries();
    assert.equal(list.length, 10);
    assert.deepEqual(list.map((i) => i.id), ['advanced-packaging', 'biopharmaceuticals', 'blue-growth', 'creative-industries', 'digital-industries',
      'environmental-industries', 'experience-industries', 'logistical-services', 'medical-devices', 'mobility-technologies']);
    for (const industry of list) {
      assert.match(industry.source, /EOCIC/);
      assert.ok(industry.approximation);
      assert.ok(industry.nameRu && industry.nameBe && industry.nameEn);
    }
  });

  test('emergingIndustriesOf assigns a code by the listed code or a coarser one', () => {
    assert.deepEqual(emergingIndustriesOf('62.01'), ['digital-industries']);
    assert.deepEqual(emergingIndustriesOf('26.11'), ['digital-industries']);
    assert.deepEqual(emergingIndustriesOf('26.60'), ['medical-devices']);
    assert.deepEqual(emergingIndustriesOf('21.20'), ['biopharmaceuticals']);
    assert.deepEqual(emergingIndustriesOf('90.01'), ['creative-industries', 'experience-industries']);
    assert.deepEqual(emergingIndustriesOf('26'), [], 'a division is not in an industry that lists only some of its groups');
    assert.deepEqual(emergingIndustriesOf('01.11'), []);
  });
});
