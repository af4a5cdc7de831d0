import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterServiceKpis } from '../../src/services/cluster-services.ts';
import { DEMO_DATA_DIR } from '../../src/services/demo.ts';
import { loadDemoTalent } from '../../src/services/demo-talent.ts';
import { freshDatabase } from '../helpers/database.ts';

test('the demo people, services and requests load, all illustrative, every profile with consent', async (t) => {
  const db = await freshDatabase(t);
  // The organisations and clusters the demo files refer to.
  for (const id of [1001, 1002, 1003, 1004, 1005]) await db.pool.query("INSERT INTO organizations (id, kind, name_ru) VALUES ($1, 'legal', 'x')", [id]);
  for (const id of [1, 2]) await db.pool.query("INSERT INTO clusters (id, name_ru, status) VALUES ($1, 'x', 'operating')", [id]);
  assert.deepEqual(await loadDemoTalent(db, DEMO_DATA_DIR), { people: 6, services: 5, requests: 5 });
  const { rows: [flags] } = await db.pool.query(
    `SELECT bool_and(consent AND illustrative AND consent_date IS NOT NULL) AS people,
            (SELECT bool_and(illustrative) FROM cluster_services) AS services, (SELECT bool_and(illustrative) FROM service_requests) AS requests
     FROM people`,
  );
  assert.deepEqual(flags, { people: true, services: true, requests: true });
  // Cluster 1 in 2025: requests 1 (done 20 March), 2 (in progress), 3 (requested).
  const kpis = await clusterServiceKpis(db, 1, { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual(kpis.requests, { requested: 1, in_progress: 1, done: 1, declined: 0, total: 3 });
  assert.deepEqual([kpis.period.requested, kpis.period.done], [3, 1]);
  // New records continue after the loaded ids.
  const { rows: [next] } = await db.pool.query("INSERT INTO people (name, kind) VALUES ('y', 'expert') RETURNING id");
  assert.equal(next.id, 7);
});
