// `cluster-atlas support rank --criteria FILE --budget B [--weights name=w,...] [--cost-criteria name,...]
// [--out FILE] [--sensitivity]`: ranking of competitive clusters for support by TOPSIS and the exact selection
// within a budget (issue 8, docs/methods-evaluation-decisions.md). Reads files only; never opens the database.
// Output `cluster,closeness,rank,cost,selected` by rank, to --out or stdout. --sensitivity adds each criterion
// weight's stability intervals: printed to stdout, and with --out also written next to it as
// `<name>-sensitivity.csv`. Bad input exits 2 with the file, row and column (or option) named and nothing written.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';

interface Options { criteria: string; budget: string; weights?: string; costCriteria?: string; out?: string; sensitivity?: boolean }

/** The sensitivity file written next to `out`: ranking.csv -> ranking-sensitivity.csv. */
export function sensitivityPath(out: string): string {
  return `${out.replace(/\.csv$/i, '')}-sensitivity.csv`;
}

export function registerSupportCommand(program: Command): void {
  const support = program.command('support').description('support of competitive clusters within a budget');
  support.command('rank')
    .description('rank clusters by TOPSIS on their criteria and select the best set within the budget (exact 0/1 knapsack)')
    .requiredOption('--criteria <file>', 'a .csv or .xlsx file: cluster,cost,<one numeric column per criterion>')
    .requiredOption('--budget <b>', 'the budget, a positive number in the units of cost')
    .option('--weights <list>', 'criterion weights, name=w,... (default: equal)')
    .option('--cost-criteria <list>', 'criteria where less is better, name,... (default: none)')
    .option('--out <file>', 'the CSV file to write (default: stdout)')
    .option('--sensitivity', 'also report the weight interval of each criterion within which the top cluster and the selection stay the same')
    .action(async (options: Options) => {
      if (!existsSync(options.criteria)) {
        throw new ValidationError(`${options.criteria}: no such file`, [{ row: 0, column: '--criteria', message: 'no such file' }]);
      }
      if (options.out !== undefined && existsSync(options.out) && statSync(options.out).isDirectory()) {
        throw new ValidationError(`--out ${options.out}: is a folder, a file name is expected`, [{ row: 0, column: '--out', message: 'a folder' }]);
      }
      const input = await import('../../services/evaluation/criteria-input.ts');
      const table = await input.readCriteriaFile(options.criteria, options.criteria);
      const settings = input.supportSettings(table.criteria, options);
      const rows = input.supportRanking(table, settings);
      const text = input.supportCsv(rows);
      const sensitivity = options.sensitivity ? input.sensitivityCsv(table, input.supportSensitivity(table, settings)) : null;
      if (options.out === undefined) {
        process.stdout.write(text);
        if (sensitivity !== null) process.stdout.write(`\n${sensitivity}`);
        return;
      }
      const { writeFilesAtomically } = await import('../../services/complexity-output.ts');
      const files = [{ name: basename(options.out), text }];
      if (sensitivity !== null) files.push({ name: basename(sensitivityPath(options.out)), text: sensitivity });
      await writeFilesAtomically(dirname(options.out), files);
      const chosen = rows.filter((r) => r.selected);
      const spent = chosen.reduce((s, r) => s + r.cost, 0);
      process.stdout.write(`support rank: ${rows.length} clusters, ${chosen.length} selected, cost ${spent} of ${settings.budget} -> ${options.out}\n`);
      if (sensitivity !== null) process.stdout.write(`${sensitivity}(also in ${sensitivityPath(options.out)})\n`);
    });
}
