import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isEmpty, loadDemo } from '../../src/services/demo.ts';
import { listClusters } from '../../src/services/clusters.ts';
import { BACKENDS, freshDatabase } from '../helpers/database.ts';

for (const { backend, skip } of BACKENDS) {
  describe(`demo dataset (${backend})`, { skip }, () => {
    test('loadDemo fills an empty database with Belarus and refuses a second load', async (t) => {
      const db = await freshDatabase(t, backend, { reference: false });
      assert.equal(await isEmpty(db), true);
      const counts = await loadDemo(db);
      assert.equal(counts.territories, 126);
      assert.equal(counts.sectors, 996);
      assert.equal(counts.clusters, 14);
      const { rows: levels } = await db.pool.query('SELECT level, count(*)::int AS n FROM territories GROUP BY level ORDER BY level');
      assert.deepEqual(levels, [{ level: 'country', n: 1 }, { level: 'oblast', n: 7 }, { level: 'raion', n: 118 }]);
      const { rows: unnamed } = await db.pool.query("SELECT id FROM territories WHERE name_ru = '' OR name_be IS NULL OR geometry IS NULL AND level <> 'country'");
      assert.deepEqual(unnamed, []);
      const { rows: sectorLevels } = await db.pool.query('SELECT level, count(*)::int AS n FROM sectors GROUP BY level ORDER BY n');
      assert.deepEqual(sectorLevels.map((r) => [r.level, r.n]), [['section', 21], ['division', 88], ['group', 272], ['class', 615]]);
      const { rows: [by] } = await db.pool.query("SELECT total, operating, forming, potential FROM official_figures WHERE country = 'BY'");
      assert.deepEqual(by, { total: 32, operating: 8, forming: 6, potential: 18 });
      // Every cluster in the demo names its source; illustrative records are flagged.
      const { items } = await listClusters(db, {}, { limit: 50, offset: 0 });
      assert.ok(items.every((c) => c.source && !c.illustrative));
      const { rows: [flags] } = await db.pool.query('SELECT count(*) FILTER (WHERE illustrative)::int AS made_up, count(*)::int AS all FROM contracts');
      assert.equal(flags.made_up, flags.all, 'every demo contract is illustrative');
      // Every centroid lies inside Belarus's bounding box.
      const { rows: [box] } = await db.pool.query('SELECT min(centroid_lon) lo0, max(centroid_lon) lo1, min(centroid_lat) la0, max(centroid_lat) la1 FROM territories WHERE level <> \'country\'');
      assert.ok(box.lo0 > 23 && box.lo1 < 33 && box.la0 > 51 && box.la1 < 56.2, JSON.stringify(box));
      await assert.rejects(loadDemo(db), /already holds data/);
    });
  });
}
