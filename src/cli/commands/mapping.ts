// `cluster-atlas mapping --input FILE --out FILE [--year Y] [--format csv|json]`: cluster mapping of a region x
// category table (PRODUCT.md, "Command-line contracts"). Reads files only; never opens the database. On bad
// input exits 2 with file, row and column named and writes nothing: the output goes to a temporary file in
// the same folder that is renamed into place only after everything succeeded.
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';

export function registerMappingCommands(program: Command): void {
  program.command('mapping')
    .description('cluster mapping of a region x category table: LQ, strong clusters, stars (CSV or XLSX in)')
    .requiredOption('--input <file>', 'a .csv or .xlsx file: region,category,employment,establishments[,wages,year,traded]')
    .requiredOption('--out <file>', 'the file to write')
    .option('--year <year>', 'use the rows of this year (default: the latest)')
    .option('--format <format>', 'csv or json (default: json when --out ends in .json, else csv)')
    .action(async (options: { input: string; out: string; year?: string; format?: string }) => {
      const format = options.format ?? (options.out.toLowerCase().endsWith('.json') ? 'json' : 'csv');
      if (format !== 'csv' && format !== 'json') {
        throw new ValidationError(`--format ${format}: expected csv or json`, [{ row: 0, column: '--format', message: 'expected csv or json' }]);
      }
      let year: number | undefined;
      if (options.year !== undefined) {
        if (!/^\d{4}$/.test(options.year.trim())) {
          throw new ValidationError(`--year ${options.year}: expected a year such as 2024`, [{ row: 0, column: '--year', message: 'expected a year' }]);
        }
        year = Number(options.year.trim());
      }
      if (!existsSync(options.input)) throw new ValidationError(`${options.input}: no such file`);
      const outDir = dirname(options.out);
      if (!existsSync(outDir)) throw new ValidationError(`${options.out}: the folder ${outDir} does not exist`);

      // Loaded here so that other commands do not pay for (or depend on) the analytics modules.
      const { readMappingInput } = await import('../../services/mapping-input.ts');
      const { computeMapping, mappingCsv, mappingJson } = await import('../../services/mapping.ts');
      const input = await readMappingInput(options.input, {
        name: options.input,
        year,
        onNotice: (message) => process.stderr.write(`note: ${message}\n`),
      });
      const result = computeMapping(input);
      const text = format === 'json' ? mappingJson(result.rows) : mappingCsv(result.rows);
      const temp = join(outDir, `.${basename(options.out)}.${process.pid}.tmp`);
      try {
        await writeFile(temp, text);
        await rename(temp, options.out);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      process.stdout.write(`mapping: ${result.rows.length} rows, ${result.regions} regions, ${result.categories} categories, `
        + `${result.strong} strong${result.year !== null ? ` (year ${result.year})` : ''} -> ${options.out}\n`);
    });
}
