// `cluster-atlas screen --call ID --out FILE` as users run it: a real process over an embedded database folder
// prepared through the services, a real CSV or XLSX report; an unknown or empty call exits 2.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../src/db/database.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { createCall } from '../../src/services/calls/calls.ts';
import { respondToCall } from '../../src/services/calls/responses.ts';
import { loadReferenceData } from '../../src/services/reference-data.ts';
import { cli } from '../helpers/cli.ts';
import { REFERENCE_FIXTURE } from '../helpers/database.ts';
import { ADMIN, makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';

describe('cluster-atlas screen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-screen-'));
  const dataDir = join(dir, 'state');
  const ids = { call: 0, empty: 0 };

  before(async () => {
    const db = openDatabase({ dataDir: join(dataDir, 'db') });
    try {
      await migrateDatabase(db);
      await loadReferenceData(db, REFERENCE_FIXTURE);
      const cluster = await makeCluster(db);
      const fits = await makeOrganization(db, { nameRu: 'Подходит', primarySector: '16.21' });
      const other = await makeOrganization(db, { nameRu: 'ИТ-компания', primarySector: '62.01' });
      for (const o of [fits, other]) await makeMembership(db, o.id, cluster.id);
      const call = await createCall(db, ADMIN, { kind: 'tender', titleRu: 'Поставка шпона', clusterId: cluster.id, sectors: ['16'], deadline: '2099-12-31' });
      await respondToCall(db, ADMIN, call.id, { organizationId: fits.id, interest: 'interested' });
      const emptyCluster = await makeCluster(db);
      ids.call = call.id;
      ids.empty = (await createCall(db, ADMIN, { kind: 'event', titleRu: 'Пусто', clusterId: emptyCluster.id })).id;
    } finally {
      await db.close();
    }
  });

  test('writes the report as CSV (UTF-8 with BOM) and as XLSX by the file extension', async () => {
    const out = join(dir, 'report.csv');
    const result = cli(dataDir, 'screen', '--call', String(ids.call), '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`^screen: call ${ids.call}: 2 organisations considered, 1 accepted, 1 screened out -> `));
    const text = readFileSync(out, 'utf8');
    assert.ok(text.startsWith('\uFEFF'));
    const lines = text.slice(1).trim().split('\n');
    assert.equal(lines[0], 'organization_id,name,decision,stage,rule,reason,interest,fit,sector_fit,size_fit');
    // 16.21 under the required division 16: sector sqrt(0.34 / 1.98) = 0.4144, fit 0.7 * 0.4144 + 0.3 = 0.5901
    assert.match(lines[1]!, /^\d+,Подходит,accepted,fit,,interested; fit 0\.59 >= 0\.30,interested,0\.5901,0\.4144,1$/);
    assert.match(lines[2]!, /^\d+,ИТ-компания,screened_out,rule,sector,sector 62\.01 not in 16,,0\.3,0,1$/);

    const xlsx = join(dir, 'report.xlsx');
    assert.equal(cli(dataDir, 'screen', '--call', String(ids.call), '--out', xlsx).code, 0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('screening')!;
    assert.equal(sheet.rowCount, 3);
    assert.equal(sheet.getRow(2).getCell(2).value, 'Подходит');
  });

  test('an unknown call, an empty call and a bad --out exit 2 with a clear message and write nothing', () => {
    const out = join(dir, 'none.csv');
    const unknown = cli(dataDir, 'screen', '--call', '999', '--out', out);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--call 999: no such call/);
    const empty = cli(dataDir, 'screen', '--call', String(ids.empty), '--out', out);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, new RegExp(`call ${ids.empty} has no organisations to screen`));
    const badOut = cli(dataDir, 'screen', '--call', String(ids.call), '--out', join(dir, 'report.txt'));
    assert.equal(badOut.code, 2);
    assert.match(badOut.stderr, /expected a \.csv or \.xlsx file name/);
    const badId = cli(dataDir, 'screen', '--call', 'abc', '--out', out);
    assert.equal(badId.code, 2);
    assert.match(badId.stderr, /--call abc: expected a call id/);
    assert.ok(!existsSync(out));
  });
});
