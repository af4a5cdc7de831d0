import { writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { formatOf } from '../../services/files/read-table.ts';
import { ValidationError } from '../../services/errors.ts';
import { withDatabase } from '../database.ts';
import { existsSync } from 'node:fs';

const KINDS = 'organizations, clusters, memberships, contracts or projects';

export function registerRegistryCommands(program: Command): void {
  program.command('import')
    .description(`import a CSV or XLSX file of ${KINDS}; one bad row means nothing is written`)
    .argument('<kind>', KINDS)
    .argument('<file>', 'a .csv or .xlsx file')
    .action(async (kind: string, file: string) => {
      if (!existsSync(file)) throw new ValidationError(`${file}: no such file`);
      const { default: cliProgress } = await import('cli-progress');
      const { importRegistryFile } = await import('../../services/registry-import.ts');
      const total = formatOf(file) === 'csv' ? await countLines(file) : 0;
      const bar = new cliProgress.SingleBar({ format: 'reading {bar} {value}/{total} rows', stream: process.stderr }, cliProgress.Presets.shades_classic);
      const showBar = process.stderr.isTTY && total > 50_000;
      if (showBar) bar.start(total, 0);
      try {
        const result = await withDatabase((db) =>
          importRegistryFile(db, kind, { path: file }, { name: file, onProgress: (n) => showBar && bar.update(n) }));
        if (showBar) bar.update(total);
        process.stdout.write(`imported ${result.inserted} ${result.kind} from ${file}\n`);
      } finally {
        if (showBar) bar.stop();
      }
    });

  program.command('export')
    .description(`export ${KINDS} to a CSV or XLSX file (by extension), with every column an import accepts`)
    .argument('<kind>', KINDS)
    .argument('<file>', 'a .csv or .xlsx file to write')
    .action(async (kind: string, file: string) => {
      const format = formatOf(file);
      const { exportRegistry } = await import('../../services/registry-export.ts');
      // The command line acts for the operator of the installation, who sees every field.
      const operator = { userId: 0, email: 'cli', role: 'admin' as const, clusterIds: [], organizationId: null };
      const { buffer, rows } = await withDatabase((db) => exportRegistry(db, operator, kind, format));
      await writeFile(file, buffer);
      process.stdout.write(`exported ${rows} ${kind} to ${file}\n`);
    });
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  }
  return Math.max(lines - 1, 0);
}
