// `cluster-atlas complexity --input FILE --out DIR [--preset atlas|py] [--year Y]` and
// `cluster-atlas opportunities --input FILE --location CODE [--top N] [--strategy NAME] [--format csv|json] ...`
// (PRODUCT.md, "Command-line contracts"). Read files only; never open the database. Bad input exits 2 with the
// file, row and column named and nothing written (complexity writes its three files all or none).
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';

interface CommonOptions { input: string; preset?: string; year?: string; presence?: string }

export function registerComplexityCommands(program: Command): void {
  program.command('complexity')
    .description('economic complexity of a location x product export table: RCA, M, ECI, PCI, density, COI, COG (CSV or XLSX in)')
    .requiredOption('--input <file>', 'a .csv or .xlsx file: location,product,value[,year,population]')
    .requiredOption('--out <dir>', 'the folder to write locations.csv, products.csv and cells.csv into (created when missing)')
    .option('--preset <preset>', 'atlas (the Atlas\'s Stata conventions) or py (py-ecomplexity)', 'atlas')
    .option('--year <year>', 'use the rows of this year (default: the latest)')
    .option('--presence <test>', 'what makes M = 1: rca, rpop or both (rpop and both need population)', 'rca')
    .action(async (options: CommonOptions & { out: string }) => {
      const common = checkCommon(options);
      if (existsSync(options.out) && !statSync(options.out).isDirectory()) {
        throw new ValidationError(`--out ${options.out}: exists and is not a folder`, [{ row: 0, column: '--out', message: 'not a folder' }]);
      }
      // Loaded here so that other commands do not pay for (or depend on) the analytics modules.
      const { readComplexityInput } = await import('../../services/complexity-input.ts');
      const out = await import('../../services/complexity-output.ts');
      const input = await readComplexityInput(options.input, { name: options.input, year: common.year, onNotice: note });
      const run = out.computeComplexity(input, { preset: common.preset, presence: common.presence, name: options.input });
      reportDropped(options.input, run.droppedLocations, run.droppedProducts, out.listCodes);
      await out.writeFilesAtomically(options.out, [
        { name: 'locations.csv', text: out.locationsCsv(run) },
        { name: 'products.csv', text: out.productsCsv(run) },
        { name: 'cells.csv', text: out.cellsCsv(run) },
      ]);
      const nL = input.locations.length;
      const nP = input.products.length;
      process.stdout.write(`complexity: ${nL} locations x ${nP} products (${nL * nP} cells, preset ${common.preset}`
        + `${input.year !== null ? `, year ${input.year}` : ''}) -> ${options.out}/locations.csv, products.csv, cells.csv\n`);
    });

  program.command('opportunities')
    .description('rank the products a location (or a firm\'s own product list) does not yet export with advantage')
    .requiredOption('--input <file>', 'a .csv or .xlsx file: location,product,value[,year,population]')
    .option('--location <code>', 'the location to advise (required unless --products is given)')
    .option('--products <file>', 'a firm\'s or cluster\'s own products: one code per line, or a CSV with a product column')
    .option('--top <n>', 'how many products to list, or all', '20')
    .option('--strategy <name>', 'low-hanging, balanced or long-jumps (default balanced)')
    .option('--weights <list>', 'own weights instead of a strategy: density=0.5,pci=0.2,cog=0.2,size=0.1')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--preset <preset>', 'atlas or py', 'atlas')
    .option('--year <year>', 'use the rows of this year (default: the latest)')
    .option('--presence <test>', 'what makes M = 1: rca, rpop or both', 'rca')
    .action(async (options: CommonOptions & { location?: string; products?: string; top: string; strategy?: string; weights?: string; format: string }) => {
      const common = checkCommon(options);
      if (options.format !== 'csv' && options.format !== 'json') {
        throw new ValidationError(`--format ${options.format}: expected csv or json`, [{ row: 0, column: '--format', message: 'expected csv or json' }]);
      }
      if (options.location === undefined && options.products === undefined) {
        throw new ValidationError('give --location CODE, or --products FILE for a firm\'s own product list', [{ row: 0, column: '--location', message: 'required' }]);
      }
      if (options.products !== undefined && !existsSync(options.products)) throw new ValidationError(`${options.products}: no such file`);
      let top = Infinity;
      if (options.top !== 'all') {
        if (!/^\d+$/.test(options.top) || Number(options.top) < 1) {
          throw new ValidationError(`--top ${options.top}: expected a whole number >= 1 or all`, [{ row: 0, column: '--top', message: 'expected a whole number >= 1' }]);
        }
        top = Number(options.top);
      }
      const { readComplexityInput } = await import('../../services/complexity-input.ts');
      const out = await import('../../services/complexity-output.ts');
      const adv = await import('../../services/opportunities.ts');
      const weights = adv.resolveWeights(options.strategy, options.weights, '--');
      const ownProducts = options.products !== undefined ? await adv.readProductList(options.products) : undefined;
      const input = await readComplexityInput(options.input, { name: options.input, year: common.year, onNotice: note });
      const run = out.computeComplexity(input, { preset: common.preset, presence: common.presence, name: options.input });
      reportDropped(options.input, run.droppedLocations, run.droppedProducts, out.listCodes);
      const advice = adv.computeOpportunities(run, {
        location: options.location, products: ownProducts, weights: weights.weights, top, name: options.input,
      });
      if (advice.unknownProducts.length > 0) {
        note(`${options.products}: ${advice.unknownProducts.length} product${advice.unknownProducts.length > 1 ? 's are' : ' is'} not in `
          + `${options.input} (or ${advice.unknownProducts.length > 1 ? 'have' : 'has'} no exports) and ${advice.unknownProducts.length > 1 ? 'were' : 'was'} left out: ${out.listCodes(advice.unknownProducts)}`);
      }
      note(`opportunities for ${advice.subject}: ${advice.candidates} products not exported with advantage, `
        + `${advice.rows.length} listed; ${weights.label}`
        + (input.firstYear ? `; world market growth ${input.firstYear.year}-${input.year}` : '; one year: market growth not used'));
      process.stdout.write(options.format === 'json' ? adv.opportunitiesJson(advice.rows) : adv.opportunitiesCsv(advice.rows));
    });
}

function note(message: string): void {
  process.stderr.write(`note: ${message}\n`);
}

function reportDropped(name: string, locations: string[], products: string[], list: (codes: string[]) => string): void {
  if (locations.length > 0) {
    note(`${name}: ${locations.length} location${locations.length > 1 ? 's' : ''} with total exports 0 dropped (rows kept with empty measures): ${list(locations)}`);
  }
  if (products.length > 0) {
    note(`${name}: ${products.length} product${products.length > 1 ? 's' : ''} with total exports 0 dropped (rows kept with empty measures): ${list(products)}`);
  }
}

function checkCommon(options: CommonOptions): { preset: 'atlas' | 'py'; year?: number; presence: 'rca' | 'rpop' | 'both' } {
  const preset = options.preset ?? 'atlas';
  if (preset !== 'atlas' && preset !== 'py') {
    throw new ValidationError(`--preset ${preset}: expected atlas or py`, [{ row: 0, column: '--preset', message: 'expected atlas or py' }]);
  }
  const presence = options.presence ?? 'rca';
  if (presence !== 'rca' && presence !== 'rpop' && presence !== 'both') {
    throw new ValidationError(`--presence ${presence}: expected rca, rpop or both`, [{ row: 0, column: '--presence', message: 'expected rca, rpop or both' }]);
  }
  let year: number | undefined;
  if (options.year !== undefined) {
    if (!/^\d{4}$/.test(options.year.trim())) {
      throw new ValidationError(`--year ${options.year}: expected a year such as 2017`, [{ row: 0, column: '--year', message: 'expected a year' }]);
    }
    year = Number(options.year.trim());
  }
  if (!existsSync(options.input)) throw new ValidationError(`${options.input}: no such file`);
  return { preset, presence, ...(year !== undefined ? { year } : {}) };
}
