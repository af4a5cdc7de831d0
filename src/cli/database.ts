// Opens the configured database for a command, migrated, and closes it afterwards.
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';

export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}
