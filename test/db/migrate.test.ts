import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { BACKENDS, freshDatabase } from '../helpers/database.ts';

const TABLES = ['audit_log', 'bilateral_datasets', 'call_responses', 'call_screenings', 'calls', 'category_schemes', 'cluster_categories',
  'cluster_category_sectors', 'cluster_goals', 'cluster_services', 'cluster_status_history', 'clusters', 'contracts', 'deal_datasets',
  'deals', 'excellence_assessments', 'firm_panel_rows', 'firm_panels', 'goal_judgements', 'good_practices',
  'internationalisation_strategies', 'io_flows', 'io_tables', 'kpi_indicators', 'kpi_values', 'meeting_participants', 'meeting_slots',
  'meetings', 'memberships', 'official_figures', 'organizations', 'patent_datasets', 'patents', 'people', 'programme_measures', 'programmes',
  'projects', 'regional_statistics', 'schema_migrations', 'sectors', 'service_requests', 'sessions', 'statistics_datasets',
  'support_applications', 'support_measures', 'territories', 'trade_bilateral_values', 'trade_datasets', 'trade_products', 'trade_values',
  'trade_world_totals', 'users'];

for (const { backend, skip } of BACKENDS) {
  describe(`migrations (${backend})`, { skip }, () => {
    test('migrateDatabase creates every registry table and a second run applies nothing', async (t) => {
      const db = await freshDatabase(t, backend, { migrate: false });
      const first = await migrateDatabase(db);
      assert.deepEqual(first, ['0000_init', '0001_organizations_name_index', '0002_regional_statistics', '0003_trade_values',
        '0004_bilateral_trade', '0005_trade_world_totals',
        '0006_partner_search_and_calls', '0007_call_screenings', '0008_crosssector', '0009_evaluation']);
      const { rows } = await db.pool.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      );
      assert.deepEqual(rows.map((r) => r.table_name), TABLES);
      assert.deepEqual(await migrateDatabase(db), []);
    });

    test('the schema enforces unique UNPs and cascades memberships with their cluster', async (t) => {
      const db = await freshDatabase(t, backend, { reference: false });
      await db.pool.query("INSERT INTO organizations (id, kind, unp, name_ru) VALUES (1, 'legal', '200988541', 'A')");
      await assert.rejects(db.pool.query("INSERT INTO organizations (id, kind, unp, name_ru) VALUES (2, 'legal', '200988541', 'B')"), /unique/);
      await db.pool.query("INSERT INTO clusters (id, name_ru, status) VALUES (1, 'C', 'forming')");
      await db.pool.query('INSERT INTO memberships (organization_id, cluster_id) VALUES (1, 1)');
      await db.pool.query('DELETE FROM clusters WHERE id = 1');
      const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM memberships');
      assert.equal(rows[0]!.n, 0);
    });
  });
}
