import type { Command } from 'commander';
import { startServer } from '../../api/server.ts';
import { loadConfig } from '../../config.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { loadDemo } from '../../services/demo.ts';
import { withDatabase } from '../database.ts';

export function registerServeCommands(program: Command): void {
  program.command('serve')
    .description('start the web server (PORT, DATABASE_URL, DATA_DIR); loads the demo data into an empty database')
    .option('--no-demo', 'do not load the demo data into an empty database')
    .action(async (options: { demo: boolean }) => {
      const app = await startServer(loadConfig(), { demo: options.demo });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : loadConfig().port;
      process.stdout.write(`ClusterAtlas is running at http://localhost:${port} (API docs: /api/docs)\n`);
    });

  program.command('migrate')
    .description('apply database migrations')
    .action(() => withDatabase(async (db) => {
      const applied = await migrateDatabase(db);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n');
    }));

  program.command('demo')
    .description('load the demo dataset (Belarus) into an empty database')
    .action(() => withDatabase(async (db) => {
      await loadDemo(db, undefined, (line) => process.stdout.write(`${line}\n`));
    }));
}
