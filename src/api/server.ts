// Starts the platform: opens the database, applies migrations, loads the demo data into an empty
// database, listens, and closes gracefully on SIGINT/SIGTERM.
import { buildApp } from './app.ts';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { isEmpty, loadDemo } from '../services/demo.ts';

export async function startServer(config: Config, { demo = true } = {}) {
  const db = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrateDatabase(db);
  const app = await buildApp({ db, logLevel: config.logLevel });
  if (demo && (await isEmpty(db))) {
    app.log.info('empty database: loading the demo dataset');
    await loadDemo(db, undefined, (line) => app.log.info(line));
  }
  await app.listen({ port: config.port, host: config.host });
  const close = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return app;
}
