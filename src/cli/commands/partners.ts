// `cluster-atlas partners --org ID [--cluster ID] [--mode similar|complementary|foreign] [--top N] [--weights ...]
// [--format csv|json]`: ranked, explained partners of an organisation (or, with --cluster alone, of a cluster; with
// both, the organisation's partners among that cluster's members). Bad input exits 2 naming the option.
import type { Command } from 'commander';
import { ValidationError } from '../../services/errors.ts';

interface PartnersOptions {
  org?: string; cluster?: string; mode: string; top: string; weights?: string; format: string;
  territory?: string; country?: string; role?: string; sizeClass?: string; sector?: string;
}

const idOf = (flag: string, raw: string) => {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw new ValidationError(`${flag} ${raw}: expected an id (a whole number >= 1)`, [{ row: 0, column: flag, message: 'expected a whole number >= 1' }]);
  return Number(raw);
};

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function registerPartnerCommands(program: Command): void {
  program.command('partners')
    .description('ranked, explained partners of an organisation or a cluster (similar, complementary, foreign clusters)')
    .option('--org <id>', 'the organisation to find partners for')
    .option('--cluster <id>', 'the cluster to find partners for (with --org: only among its members)')
    .option('--mode <mode>', 'similar, complementary or foreign (clusters only)', 'similar')
    .option('--top <n>', 'how many partners to list', '20')
    .option('--weights <list>', 'component weights, e.g. sector=1,text=0.5,geography=0.25')
    .option('--territory <id>', 'only partners in this territory (or inside it)')
    .option('--country <code>', 'only partners of this country')
    .option('--role <role>', 'only partners with this role')
    .option('--size-class <class>', 'only partners of this size class')
    .option('--sector <code>', 'only partners with a code under this NACE code')
    .option('--format <format>', 'csv or json', 'csv')
    .action(async (options: PartnersOptions) => {
      if (options.format !== 'csv' && options.format !== 'json') {
        throw new ValidationError(`--format ${options.format}: expected csv or json`, [{ row: 0, column: '--format', message: 'expected csv or json' }]);
      }
      if (options.org === undefined && options.cluster === undefined) {
        throw new ValidationError('give --org or --cluster', [{ row: 0, column: '--org', message: 'required unless --cluster is given' }]);
      }
      const org = options.org === undefined ? undefined : idOf('--org', options.org);
      const cluster = options.cluster === undefined ? undefined : idOf('--cluster', options.cluster);
      // Loaded here so that other commands do not pay for the database and the analytics.
      const { withDatabase } = await import('../database.ts');
      const { clusterPartners, organizationPartners } = await import('../../services/partners/search.ts');
      const { NotFoundError } = await import('../../services/errors.ts');
      const input = {
        mode: options.mode, top: options.top, weights: options.weights, territory: options.territory, country: options.country,
        role: options.role, sizeClass: options.sizeClass, sector: options.sector,
      };
      const result = await withDatabase(async (db) => {
        try {
          return org !== undefined ? await organizationPartners(db, null, org, { ...input, cluster }) : await clusterPartners(db, null, cluster as number, input);
        } catch (error) {
          if (error instanceof NotFoundError) {
            const flag = error.entity === 'cluster' ? '--cluster' : '--org';
            throw new ValidationError(`${flag} ${error.id}: no such ${error.entity}`, [{ row: 0, column: flag, message: `no such ${error.entity}` }]);
          }
          if (error instanceof ValidationError) {
            const flags: Record<string, string> = { sizeClass: '--size-class' };
            throw new ValidationError(error.message, error.errors.map((e) => ({ ...e, column: flags[e.column] ?? `--${e.column.split('.')[0]}${e.column.includes('.') ? ` (${e.column})` : ''}` })));
          }
          throw error;
        }
      });
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const components = Object.keys(result.weights);
      const lines = [['rank', 'id', 'name', 'score', ...components, 'reasons'].join(',')];
      result.items.forEach((item, i) => {
        lines.push([i + 1, item.id, item.name, item.score, ...components.map((c) => item.components[c as keyof typeof item.components]), item.reasons.map((r) => r.text).join('; ')].map(cell).join(','));
      });
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
