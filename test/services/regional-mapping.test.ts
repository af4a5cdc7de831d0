// The mapping of a stored statistics dataset, on a table small enough to check by hand (comments give the
// arithmetic), on both database backends: import checks, LQ classes, region strength, growth, potential
// clusters against a registered one, and the maturity check.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { contractRecords } from '../../src/services/contracts.ts';
import { clusterMaturity } from '../../src/services/cluster-maturity.ts';
import { ValidationError } from '../../src/services/errors.ts';
import { mappingCells, mappingSummary, potentialClusters } from '../../src/services/mapping-views.ts';
import { computeRegionalMapping } from '../../src/services/regional-mapping.ts';
import { importStatisticsFile, listDatasets } from '../../src/services/regional-statistics.ts';
import { assertCloseTo } from '../helpers/close.ts';
import { BACKENDS, freshDatabase } from '../helpers/database.ts';
import { ADMIN, makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';

// 2024: E_r = 400, 400, 1200; E_c = 500 (16), 500 (26), 1000 (62); E = 2000.
const ROWS_2024 = [
  ['r-dobrusski', '16', 300, 30], ['r-dobrusski', '26', 50, 5], ['r-dobrusski', '62', 50, 5],
  ['r-homielski', '16', 100, 10], ['r-homielski', '26', 200, 20], ['r-homielski', '62', 100, 10],
  ['BY-HM', '16', 100, 10], ['BY-HM', '26', 250, 25], ['BY-HM', '62', 850, 85],
] as const;

function statisticsFile(rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ca-stats-'));
  const file = join(dir, 'stats.csv');
  writeFileSync(file, `region,category,employment,establishments,year\n${rows.join('\n')}\n`);
  return file;
}

const GOOD = statisticsFile([
  ...ROWS_2024.map((r) => `${r.join(',')},2024`),
  // 2020: the same except Dobrush wood, 200 -> 300 by 2024.
  ...ROWS_2024.map((r) => `${r[0]},${r[1]},${r[0] === 'r-dobrusski' && r[1] === '16' ? 200 : r[2]},${r[3]},2020`),
]);
const META = { id: 'test', nameRu: 'Тест', illustrative: true };

for (const { backend, skip } of BACKENDS) {
  describe(`regional mapping (${backend})`, { skip }, () => {
    test('a bad file names every bad cell and writes nothing', async (t) => {
      const db = await freshDatabase(t, backend);
      const bad = statisticsFile(['r-dobrusski,16,10,1,2024', 'r-nowhere,16,10,1,2024', 'BY-HM,99,10,1,2024']);
      await assert.rejects(importStatisticsFile(db, META, bad, 'bad.csv'), (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.match(error.message, /^bad\.csv: 2 problems/);
        assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[3, 'region'], [4, 'category']]);
        assert.match(error.errors[0]!.message, /r-nowhere/);
        return true;
      });
      assert.deepEqual(await listDatasets(db), []);
    });

    test('classes, strength, growth and potential clusters match the hand computation', async (t) => {
      const db = await freshDatabase(t, backend);
      const result = await importStatisticsFile(db, META, GOOD);
      assert.deepEqual(result, { dataset: 'test', rows: 18, years: [2020, 2024] });
      // A registered wood cluster in Dobrush covers the Dobrush x 16 cell.
      const cluster = await makeCluster(db, { specialisation: ['16.21'], territories: ['r-dobrusski'] });

      const m = await computeRegionalMapping(db, { dataset: 'test' });
      assert.equal(m.year, 2024);
      assert.equal(m.baseYear, 2020);
      const summary = mappingSummary(m);
      const strong = mappingCells(m, { class: 'strong' }, { limit: 50, offset: 0 }).items;
      // LQ Dobrush x 16 = (300 / 400) / (500 / 2000) = 3; P75 of [1/3, 1, 3] = 2; employment 300 > P25 = 100.
      // Homiel x 26: LQ 2 >= P75 1.4167; Minsk x 62: LQ 1.4167 >= P75 0.9583.
      assert.deepEqual(strong.map((c) => `${c.region} ${c.category}`).sort(), ['BY-HM 62', 'r-dobrusski 16', 'r-homielski 26']);
      const dobrush = strong.find((c) => c.region === 'r-dobrusski')!;
      assertCloseTo(dobrush.lq!, 3);
      assert.equal(dobrush.stars, 3); // size (300 >= P90 260), specialisation (3 >= 2), focus (0.75 >= P90 0.65)
      assertCloseTo(dobrush.growth!, 1.5 ** 0.25 - 1);
      assert.deepEqual(dobrush.registeredClusters, [cluster.id]);
      // Without traded flags every category counts: strength = strong employment / employment.
      const strength = Object.fromEntries(summary.regions.map((r) => [r.id, r.strength]));
      assertCloseTo(strength['r-dobrusski']!, 0.75);
      assertCloseTo(strength['r-homielski']!, 0.5);
      assertCloseTo(strength['BY-HM']!, 850 / 1200);

      // Potential: strong (or >= 2 stars) and not registered; both are strong10 with 2 stars, so the bigger first.
      const potential = potentialClusters(m, { limit: 10, offset: 0 });
      assert.deepEqual(potential.items.map((p) => `${p.rank} ${p.region} ${p.category} ${p.stars}`), ['1 BY-HM 62 2', '2 r-homielski 26 2']);
    });

    test('the maturity check suggests potential, forming, then operating as evidence grows', async (t) => {
      const db = await freshDatabase(t, backend);
      const bare = await makeCluster(db, { status: 'operating' });
      const bareCheck = await clusterMaturity(db, bare.id);
      assert.equal(bareCheck.suggested, 'potential');
      assert.equal(bareCheck.registered, 'operating');
      assert.equal(bareCheck.agrees, false);

      const coordinator = await makeOrganization(db, { roles: ['service'] });
      const cluster = await makeCluster(db, { coordinatorId: coordinator.id, agreementDate: '2023-05-01', managementStaff: 2 });
      const producer = await makeOrganization(db, { roles: ['producer'] });
      const lab = await makeOrganization(db, { roles: ['rnd'] });
      for (const o of [coordinator, producer, lab]) await makeMembership(db, o.id, cluster.id);
      await contractRecords.create(db, ADMIN, { supplierId: lab.id, customerId: producer.id, kind: 'rnd' });
      await db.pool.query("INSERT INTO projects (cluster_id, title_ru) VALUES ($1, 'Совместный проект')", [cluster.id]);
      const forming = await clusterMaturity(db, cluster.id);
      assert.equal(forming.suggested, 'forming'); // 3 members < 5 needed to operate
      assert.deepEqual(forming.evidence, {
        hasCoordinator: true, hasAgreement: true, members: 3, memberTypes: 3, contractsBetweenMembers: 1, jointProjects: 1, managementStaff: 2,
      });
      for (let i = 0; i < 2; i++) await makeMembership(db, (await makeOrganization(db)).id, cluster.id);
      assert.equal((await clusterMaturity(db, cluster.id)).suggested, 'operating');
    });
  });
}
