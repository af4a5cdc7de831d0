import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';
import type { BelstatLevel } from '../../services/belstat/to-statistics.ts';
import { withDatabase } from '../database.ts';

export function registerStatisticsCommands(program: Command): void {
  const stats = program.command('stats').description('region x category statistics datasets for cluster mapping');
  stats.command('import')
    .description('load a statistics file (region,category,employment,establishments,year[,wages,traded]) as a dataset, replacing it')
    .argument('<file>', 'a .csv or .xlsx file')
    .requiredOption('--dataset <id>', 'the dataset id (lower-case letters, digits, . _ -)')
    .option('--name <text>', 'the dataset name (Russian)')
    .option('--name-en <text>', 'the dataset name in English')
    .option('--classification <scheme>', "'nace' (NACE / ОКЭД codes) or a category scheme id", 'nace')
    .option('--source <text>', 'where the figures come from')
    .option('--illustrative', 'the figures are illustrative, not official', false)
    .option('--partial', 'the dataset is partial', false)
    .action(async (file: string, o: { dataset: string; name?: string; nameEn?: string; classification: string; source?: string; illustrative: boolean; partial: boolean }) => {
      if (!existsSync(file)) throw new ValidationError(`${file}: no such file`);
      const { importStatisticsFile } = await import('../../services/regional-statistics.ts');
      const result = await withDatabase((db) => importStatisticsFile(db, {
        id: o.dataset, nameRu: o.name ?? o.dataset, nameEn: o.nameEn ?? null, classification: o.classification,
        source: o.source ?? null, illustrative: o.illustrative, partial: o.partial,
      }, file, file));
      process.stdout.write(`imported ${result.rows} rows (${result.years[0]}-${result.years[result.years.length - 1]}) into dataset ${result.dataset}\n`);
    });
  stats.command('import-belstat')
    .description('load saved Belstat responses (territory x ОКЭД x year) as a dataset: raion (or oblast) x section/division cells')
    .requiredOption('--dataset <id>', 'the dataset id')
    .requiredOption('--employment <file>', 'a Belstat response (JSON) of employment')
    .option('--establishments <file>', 'a Belstat response of the number of organisations (without it the establishment test is skipped)')
    .option('--wages <file>', 'a Belstat response of average wages')
    .option('--money', 'wages of 2015 and before are in old roubles (divided by 10,000)', false)
    .option('--level <level>', "'raion' or 'oblast'", 'raion')
    .option('--name <text>', 'the dataset name (Russian)')
    .option('--partial', 'the dataset is partial', false)
    .action(async (o: { dataset: string; employment: string; establishments?: string; wages?: string; money: boolean; level: string; name?: string; partial: boolean }) => {
      if (o.level !== 'raion' && o.level !== 'oblast') throw new ValidationError(`--level ${o.level}: expected raion or oblast`);
      const read = (file: string | undefined) => {
        if (file === undefined) return undefined;
        if (!existsSync(file)) throw new ValidationError(`${file}: no such file`);
        try {
          return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown;
        } catch (error) {
          throw new ValidationError(`${file}: not JSON (${(error as Error).message})`);
        }
      };
      const measures = { employment: read(o.employment), establishments: read(o.establishments), wages: read(o.wages) };
      const { belstatStatistics } = await import('../../services/belstat/to-statistics.ts');
      const { saveStatistics } = await import('../../services/regional-statistics.ts');
      const result = await withDatabase(async (db) => {
        const { records, notes } = await belstatStatistics(db, measures, {
          level: o.level as BelstatLevel, moneyWages: o.money,
          names: { employment: o.employment, establishments: o.establishments, wages: o.wages },
        });
        for (const note of notes) process.stderr.write(`note: ${note}\n`);
        return saveStatistics(db, {
          id: o.dataset, nameRu: o.name ?? o.dataset, source: 'Belstat open data', partial: o.partial,
          note: o.establishments ? null : 'no establishments table: the establishment test of the strong-cluster rule is skipped',
        }, records);
      });
      process.stdout.write(`imported ${result.rows} rows (${result.years.join(', ')}) into dataset ${result.dataset}\n`);
    });
  stats.command('list')
    .description('list the statistics datasets')
    .action(async () => {
      const { listDatasets } = await import('../../services/regional-statistics.ts');
      const datasets = await withDatabase((db) => listDatasets(db));
      for (const d of datasets) {
        const labels = [d.illustrative && 'illustrative', d.partial && 'partial'].filter(Boolean).join(', ');
        process.stdout.write(`${d.id}\t${d.classification}\t${d.years.join(',')}\t${d.regions} regions x ${d.categories} categories${labels ? `\t(${labels})` : ''}\n`);
      }
    });

  program.command('categories')
    .description('cluster category definitions')
    .command('import')
    .description('load a category definitions file (category,nace[,weight,name_ru,name_be,name_en,traded]) as a scheme, replacing it')
    .argument('<file>', 'a .csv or .xlsx file')
    .requiredOption('--scheme <id>', 'the scheme id (lower-case letters, digits, . _ -)')
    .option('--name <text>', 'the scheme name (Russian)')
    .option('--name-en <text>', 'the scheme name in English')
    .option('--source <text>', 'where the definitions come from')
    .action(async (file: string, o: { scheme: string; name?: string; nameEn?: string; source?: string }) => {
      if (!existsSync(file)) throw new ValidationError(`${file}: no such file`);
      const { importCategorySchemeFile } = await import('../../services/category-schemes.ts');
      const result = await withDatabase((db) => importCategorySchemeFile(db, {
        id: o.scheme, nameRu: o.name ?? o.scheme, nameEn: o.nameEn ?? null, source: o.source ?? null,
      }, file, file));
      process.stdout.write(`imported scheme ${result.scheme}: ${result.categories} categories, ${result.definitions} NACE codes\n`);
    });
}
