// Fresh databases for tests: an in-memory PGlite, or a new database on the PostgreSQL server named by
// TEST_DATABASE_URL (dropped afterwards). Server tests are skipped, with the reason, when it is not set.
import { randomBytes } from 'node:crypto';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { loadReferenceData } from '../../src/services/reference-data.ts';

export type Backend = 'pglite' | 'postgres';

export const REFERENCE_FIXTURE = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));

/** Both backends, with a skip reason for the server when TEST_DATABASE_URL is not set. */
export const BACKENDS: { backend: Backend; skip: string | false }[] = [
  { backend: 'pglite', skip: false },
  { backend: 'postgres', skip: process.env.TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set (.ci/run starts a PostgreSQL server and sets it)' },
];

export async function freshDatabase(t: TestContext, backend: Backend = 'pglite', { reference = true, migrate = true } = {}): Promise<Database> {
  let db: Database;
  if (backend === 'pglite') {
    db = openDatabase({ dataDir: 'memory://' });
    t.after(() => db.close());
  } else {
    const admin = process.env.TEST_DATABASE_URL!;
    const name = `ca_test_${randomBytes(6).toString('hex')}`;
    await withAdmin(admin, (c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(admin);
    url.pathname = `/${name}`;
    db = openDatabase({ url: url.toString() });
    t.after(async () => {
      await db.close();
      await withAdmin(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name}`));
    });
  }
  if (migrate) await migrateDatabase(db);
  if (migrate && reference) await loadReferenceData(db, REFERENCE_FIXTURE);
  return db;
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
