// `cluster-atlas ahp --judgements FILE --out FILE`: AHP priorities of a cluster's common goals from its members'
// pairwise judgements (issue 8, docs/methods-evaluation-decisions.md). Reads files only; never opens the database.
// Output `member,goal,weight,cr`: each member's weights and consistency ratio, then the group as member ALL. A
// member with CR > 0.1 gets a warning line (the file is still written). Bad input exits 2 with the file, row and
// column named and nothing written; the output is written to a temporary file and renamed.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';

interface Options { judgements: string; out: string }

export function registerAhpCommand(program: Command): void {
  program.command('ahp')
    .description("AHP weights of common goals from members' pairwise judgements (Saaty's eigenvector, consistency ratio, geometric-mean group)")
    .requiredOption('--judgements <file>', 'a .csv or .xlsx file: member,goal_a,goal_b,value (value on the 1-9 scale, e.g. 3 or 1/3)')
    .requiredOption('--out <file>', 'the CSV file to write: member,goal,weight,cr')
    .action(async (options: Options) => {
      if (!existsSync(options.judgements)) {
        throw new ValidationError(`${options.judgements}: no such file`, [{ row: 0, column: '--judgements', message: 'no such file' }]);
      }
      if (existsSync(options.out) && statSync(options.out).isDirectory()) {
        throw new ValidationError(`--out ${options.out}: is a folder, a file name is expected`, [{ row: 0, column: '--out', message: 'a folder' }]);
      }
      const { readJudgementsFile, ahpTable, ahpCsv } = await import('../../services/evaluation/judgements-input.ts');
      const { writeFilesAtomically } = await import('../../services/complexity-output.ts');
      const judgements = await readJudgementsFile(options.judgements, options.judgements);
      const table = ahpTable(judgements, options.judgements);
      for (const m of table.members) {
        if (!m.consistent) {
          process.stderr.write(`warning: member "${m.member}": consistency ratio ${m.cr.toFixed(3)} > 0.1: the judgements are inconsistent and should be revised\n`);
        }
      }
      await writeFilesAtomically(dirname(options.out), [{ name: basename(options.out), text: ahpCsv(table) }]);
      process.stdout.write(`ahp: ${table.members.length} member${table.members.length === 1 ? '' : 's'}, ${table.goals.length} goals, `
        + `group CR ${table.aggregate.cr.toFixed(3)} -> ${options.out}\n`);
    });
}
