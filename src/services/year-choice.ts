import { ValidationError } from './errors.ts';

/** The year a multi-year file is read for: the one asked for (which must be there), else the latest, said in a notice. */
export function chooseYear(years: Iterable<number>, name: string, options: { year?: number; onNotice?: (message: string) => void }): number {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (options.year !== undefined) {
    if (!sorted.includes(options.year)) {
      throw new ValidationError(`${name}: no rows for year ${options.year} (the file has ${sorted.join(', ')})`,
        [{ row: 0, column: 'year', message: `no rows for ${options.year}` }]);
    }
    return options.year;
  }
  const latest = sorted[sorted.length - 1] as number;
  if (sorted.length > 1) options.onNotice?.(`${name}: the file has years ${sorted.join(', ')}; using the latest, ${latest} (choose with --year)`);
  return latest;
}
