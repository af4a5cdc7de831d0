// `cluster-atlas crosssector [--patents FILE] [--deals FILE] --out DIR [--concordance FILE] [--alpha A]
// [--deal-weight count|value]`: cross-sector link matrices from files (issue 7, docs/methods-crosssector.md).
// Reads files only; never opens the database. Bad input exits 2 with the file, row and column named and
// nothing written (links.csv and sectors.csv are written all or none).
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';

interface Options { patents?: string; deals?: string; out: string; concordance?: string; alpha: string; dealWeight: string }

export function registerCrossSectorCommands(program: Command): void {
  program.command('crosssector')
    .description('cross-sector links of patents (IPC -> NACE, Fraunhofer ISI concordance) and deals: links.csv and sectors.csv')
    .option('--patents <file>', 'a .csv or .xlsx file: id,year,territory,ipc (IPC codes ;-separated)')
    .option('--deals <file>', 'a .csv or .xlsx file: id,year,acquirer_sector,target_sector[,value,country]')
    .requiredOption('--out <dir>', 'the folder to write links.csv and sectors.csv into (created when missing)')
    .option('--concordance <file>', 'the IPC class x NACE division share table (default: the Fraunhofer ISI 2019 file in data/crosssector/)')
    .option('--alpha <p>', 'significance level of the one-sided Poisson test of a link', '0.05')
    .option('--deal-weight <w>', 'count (each deal 1) or value (the deal value)', 'count')
    .action(async (options: Options) => {
      if (options.patents === undefined && options.deals === undefined) {
        throw new ValidationError('give --patents FILE and/or --deals FILE', [{ row: 0, column: '--patents', message: 'at least one input is required' }]);
      }
      for (const [flag, file] of [['--patents', options.patents], ['--deals', options.deals], ['--concordance', options.concordance]] as const) {
        if (file !== undefined && !existsSync(file)) throw new ValidationError(`${file}: no such file`, [{ row: 0, column: flag, message: 'no such file' }]);
      }
      const alpha = Number(options.alpha);
      if (!(alpha > 0 && alpha < 1)) throw new ValidationError(`--alpha ${options.alpha}: expected a number between 0 and 1`, [{ row: 0, column: '--alpha', message: 'expected 0 < alpha < 1' }]);
      if (options.dealWeight !== 'count' && options.dealWeight !== 'value') {
        throw new ValidationError(`--deal-weight ${options.dealWeight}: expected count or value`, [{ row: 0, column: '--deal-weight', message: 'expected count or value' }]);
      }
      if (existsSync(options.out) && !statSync(options.out).isDirectory()) {
        throw new ValidationError(`--out ${options.out}: exists and is not a folder`, [{ row: 0, column: '--out', message: 'not a folder' }]);
      }
      // Loaded here so that other commands do not pay for (or depend on) the analytics and graph modules.
      const out = await import('../../services/crosssector-output.ts');
      const { writeFilesAtomically } = await import('../../services/complexity-output.ts');
      const sources = [];
      const summary: string[] = [];
      if (options.patents !== undefined) {
        const { readPatentsFile } = await import('../../services/crosssector/patents-input.ts');
        const { concordance } = out.readConcordanceFile(options.concordance);
        const rows = await readPatentsFile(options.patents, { knownIpc: new Set(concordance.classes) }, options.patents);
        sources.push(out.patentLinks(rows, concordance));
        summary.push(`${rows.id.length} patents`);
      }
      if (options.deals !== undefined) {
        const { readDealsFile } = await import('../../services/crosssector/deals-input.ts');
        const rows = await readDealsFile(options.deals, options.deals);
        sources.push(out.dealLinks(rows, options.dealWeight, options.deals));
        summary.push(`${rows.id.length} deals`);
      }
      const files = out.crossSectorFiles(sources, { alpha });
      await writeFilesAtomically(options.out, [{ name: 'links.csv', text: files.links }, { name: 'sectors.csv', text: files.sectors }]);
      process.stdout.write(`crosssector: ${summary.join(', ')} -> ${options.out}/links.csv, sectors.csv\n`);
    });
}
