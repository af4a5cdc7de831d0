// `cluster-atlas evaluate impact --panel FILE --out FILE [--replications N] [--caliper C] [--seed S]
// [--outcomes employment,revenue,...]`: impact of cluster membership from a firm x year panel (issue 8,
// docs/methods-evaluation-impact.md). Reads files only; never opens the database. Bad input exits 2 with the
// file, row and column named and nothing written; the output is written to a temporary file and renamed.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';

interface ImpactCliOptions { panel: string; out: string; replications: string; caliper: string; seed: string; outcomes?: string }

export function registerEvaluateCommands(program: Command): void {
  const evaluate = program.command('evaluate').description('evaluation of cluster policy');
  evaluate.command('impact')
    .description('impact of cluster membership: members vs matched non-members, difference in differences, event study, bootstrap intervals')
    .requiredOption('--panel <file>', 'a .csv or .xlsx file: firm,year,member_since,employment,revenue,exports[,productivity,sector,region]')
    .requiredOption('--out <file>', 'the .csv file to write (outcome,term,event_time,estimate,ci_low,ci_high,pairs,note)')
    .option('--replications <n>', 'bootstrap replications', '200')
    .option('--caliper <c>', 'caliper in standard deviations of the logit of the propensity score', '0.2')
    .option('--seed <s>', 'seed of the bootstrap', '1')
    .option('--outcomes <names>', 'comma-separated outcomes to estimate (default: employment,revenue,exports,productivity)')
    .action(async (options: ImpactCliOptions) => {
      const bad = (flag: string, value: string, expected: string) =>
        new ValidationError(`${flag} ${value}: expected ${expected}`, [{ row: 0, column: flag, message: `expected ${expected}` }]);
      const replications = Number(options.replications);
      if (!Number.isInteger(replications) || replications < 2 || replications > 100_000) throw bad('--replications', options.replications, 'an integer from 2 to 100000');
      const caliper = Number(options.caliper);
      if (!(caliper > 0) || !Number.isFinite(caliper)) throw bad('--caliper', options.caliper, 'a number > 0');
      const seed = Number(options.seed);
      if (!Number.isInteger(seed) || seed < 0) throw bad('--seed', options.seed, 'a non-negative integer');
      if (!existsSync(options.panel)) throw new ValidationError(`${options.panel}: no such file`, [{ row: 0, column: '--panel', message: 'no such file' }]);
      if (existsSync(options.out) && statSync(options.out).isDirectory()) throw bad('--out', options.out, 'a file, not a folder');
      if (!existsSync(dirname(options.out))) throw bad('--out', options.out, 'a file in an existing folder');
      // Loaded here so that other commands do not pay for the evaluation modules.
      const { readPanelFile } = await import('../../services/evaluation/panel-input.ts');
      const { evaluateImpact } = await import('../../analytics/evaluation/impact.ts');
      const { impactCsv, impactSummary } = await import('../../services/evaluation/impact-output.ts');
      const data = await readPanelFile(options.panel, options.panel);
      const names = data.panel.outcomes.map((o) => o.name);
      let outcomes: string[] | undefined;
      if (options.outcomes !== undefined) {
        outcomes = options.outcomes.split(',').map((s) => s.trim()).filter((s) => s !== '');
        const unknown = outcomes.filter((o) => !names.includes(o));
        if (outcomes.length === 0 || unknown.length > 0) throw bad('--outcomes', options.outcomes, `names from ${names.join(', ')}`);
      }
      const result = evaluateImpact(data.panel, { caliper, replications, seed, outcomes });
      const { writeFilesAtomically } = await import('../../services/complexity-output.ts');
      await writeFilesAtomically(dirname(options.out), [{ name: basename(options.out), text: impactCsv(result) }]);
      process.stdout.write(`evaluate impact: ${impactSummary(result)} -> ${options.out}\n`);
    });
}
