import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { withDatabase } from '../database.ts';

// The server, migrations and demo loader are imported by the commands that use them, so that the file-only
// commands (complexity, mapping) start without loading the web and database stacks.

export function registerServeCommands(program: Command): void {
  program.command('serve')
    .description('start the web server (PORT, DATABASE_URL, DATA_DIR); loads the demo data into an empty database')
    .option('--no-demo', 'do not load the demo data into an empty database')
    .action(async (options: { demo: boolean }) => {
      const { startServer } = await import('../../api/server.ts');
      const app = await startServer(loadConfig(), { demo: options.demo });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : loadConfig().port;
      process.stdout.write(`ClusterAtlas is running at http://localhost:${port} (API docs: /api/docs)\n`);
    });

  program.command('migrate')
    .description('apply database migrations')
    .action(() => withDatabase(async (db) => {
      const { migrateDatabase } = await import('../../db/migrate.ts');
      const applied = await migrateDatabase(db);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n');
    }));

  program.command('demo')
    .description('load the demo dataset (Belarus) into an empty database')
    .action(() => withDatabase(async (db) => {
      const { loadDemo } = await import('../../services/demo.ts');
      await loadDemo(db, undefined, (line) => process.stdout.write(`${line}\n`));
    }));
}
