// Opens the configured database for a command, migrated, and closes it afterwards.
// The database modules are imported on first use, so that commands without a database start fast.
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';

export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { openDatabase } = await import('../db/database.ts');
  const { migrateDatabase } = await import('../db/migrate.ts');
  const db = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}
