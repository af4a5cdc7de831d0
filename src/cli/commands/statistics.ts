import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';
import { importCategorySchemeFile } from '../../services/category-schemes.ts';
import { importStatisticsFile, listDatasets } from '../../services/regional-statistics.ts';
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
      const result = await withDatabase((db) => importStatisticsFile(db, {
        id: o.dataset, nameRu: o.name ?? o.dataset, nameEn: o.nameEn ?? null, classification: o.classification,
        source: o.source ?? null, illustrative: o.illustrative, partial: o.partial,
      }, file, file));
      process.stdout.write(`imported ${result.rows} rows (${result.years[0]}-${result.years[result.years.length - 1]}) into dataset ${result.dataset}\n`);
    });
  stats.command('list')
    .description('list the statistics datasets')
    .action(async () => {
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
      const result = await withDatabase((db) => importCategorySchemeFile(db, {
        id: o.scheme, nameRu: o.name ?? o.scheme, nameEn: o.nameEn ?? null, source: o.source ?? null,
      }, file, file));
      process.stdout.write(`imported scheme ${result.scheme}: ${result.categories} categories, ${result.definitions} NACE codes\n`);
    });
}
