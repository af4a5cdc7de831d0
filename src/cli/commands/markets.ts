// `cluster-atlas markets --bilateral FILE --product CODE [--location CODE] [--top N] [--format csv|json]
// [--peers LIST] [--k N]`: the importing countries of a product ranked as target markets (import size, growth,
// peer exporters' presence) from a bilateral table exporter,importer,product,value[,year]. Reads the file only;
// never opens the database. Bad input exits 2 with the file, row and column named.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';

interface MarketsOptions { bilateral: string; product: string; location?: string; top: string; format: string; peers?: string; k: string }

const whole = (flag: string, raw: string) => {
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ValidationError(`${flag} ${raw}: expected a whole number >= 1`, [{ row: 0, column: flag, message: 'expected a whole number >= 1' }]);
  return Number(raw);
};

export function registerMarketsCommands(program: Command): void {
  program.command('markets')
    .description('rank the importing countries of a product as target markets for a location (bilateral CSV or XLSX in)')
    .requiredOption('--bilateral <file>', 'a .csv or .xlsx file: exporter,importer,product,value[,year]')
    .requiredOption('--product <code>', 'the product to find markets for')
    .option('--location <code>', 'the exporting country to advise (its peers, its own imports left out, where it already exports)')
    .option('--top <n>', 'how many importers to list, or all', '20')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--peers <list>', 'peer exporters, comma-separated (default: the k most similar exporters in the file)')
    .option('--k <n>', 'how many similar exporters are peers', '10')
    .action(async (options: MarketsOptions) => {
      if (options.format !== 'csv' && options.format !== 'json') {
        throw new ValidationError(`--format ${options.format}: expected csv or json`, [{ row: 0, column: '--format', message: 'expected csv or json' }]);
      }
      const top = options.top === 'all' ? undefined : whole('--top', options.top);
      const k = whole('--k', options.k);
      if (!existsSync(options.bilateral)) throw new ValidationError(`${options.bilateral}: no such file`);
      const { readBilateralFile } = await import('../../services/bilateral-input.ts');
      const markets = await import('../../services/target-markets.ts');
      const input = await readBilateralFile(options.bilateral, options.bilateral);
      if (!input.products.includes(options.product)) {
        throw new ValidationError(`${options.bilateral}: product ${options.product} has no rows`, [{ row: 0, column: 'product', message: `no rows of ${options.product}` }]);
      }
      const peers = options.peers?.split(',').map((c) => c.trim()).filter((c) => c !== '');
      const ranking = markets.rankTargetMarkets(input, { product: options.product, location: options.location ?? null, peers, k, limit: top });
      if (input.duplicates > 0) note(`${options.bilateral}: ${input.duplicates} repeated flow${input.duplicates > 1 ? 's were' : ' was'} added up`);
      const span = ranking.firstYear !== null && ranking.year !== null && ranking.firstYear < ranking.year ? `, growth ${ranking.firstYear}-${ranking.year}` : ', one year: no growth';
      note(`markets for ${options.product}${options.location ? ` from ${options.location}` : ''}: ${ranking.total} importers ranked, ${ranking.items.length} listed`
        + `${span}; peers: ${ranking.peers.length > 0 ? ranking.peers.join(' ') : 'none'}`);
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(ranking, null, 2)}\n` : markets.marketsCsv(ranking.items));
    });
}

function note(message: string): void {
  process.stderr.write(`note: ${message}\n`);
}
