// Belstat open data in (docs/data-formats.md, "Belstat open data"):
//   `cluster-atlas fetch belstat --indicator CODE [--years 2021-2025] [--out FILE.csv] [--base-url URL] ...`
//     POSTs to the portal, writes the raw response as FILE.json next to the long CSV FILE.csv;
//   `cluster-atlas belstat-convert --input RESPONSE.json --out FILE.csv [--money]`
//     the same conversion, offline, from a saved response.
// Territories come from data/territories.csv (or --territories), so neither command opens the database. On bad
// input they exit 2 naming the file and JSON path and write nothing: outputs go to temporary files in the
// target folder that are renamed into place only after everything succeeded.
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import type { BelstatSector } from '../../services/belstat/activities.ts';
import type { BelstatRequest } from '../../services/belstat/client.ts';
import type { BelstatTerritory } from '../../services/belstat/territories.ts';
import { ValidationError } from '../../services/errors.ts';

interface ConvertOptions { money?: boolean; unit?: string; territories?: string }

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerBelstatCommands(program: Command): void {
  // `fetch` is shared with other portals' subcommands: reuse it when another module registered it first.
  const fetch = program.commands.find((c) => c.name() === 'fetch')
    ?? program.command('fetch').description('fetch open data from a statistics portal');
  fetch.command('belstat')
    .description('fetch a Belstat open data indicator: the raw JSON response and a long CSV next to it')
    .requiredOption('--indicator <code>', 'the 11-digit indicator code, e.g. 10206000003')
    .option('--years <years>', 'a range or list, at most 10 years: 2021-2025 or 2019,2021 (default: the last five full years)')
    .option('--out <file>', 'the CSV to write; the raw response goes next to it as .json (default: belstat_CODE_YEARS.csv)')
    .option('--base-url <url>', 'the API base URL (default: https://dataportal.belstat.gov.by/osids-public-api/indicator)')
    .option('--units <codes>', "the portal's unit codes, comma-separated (208 per cent, 210 persons, 211 thousand persons)")
    .option('--dimension <code=nodes>', 'a dimension and its node codes, e.g. razrez_594=699961,919070 (repeatable, in order)', collect, [])
    .option('--request <file>', 'send this saved request body (JSON) instead of building one; --years, --units and --dimension are then ignored')
    .option('--money', 'values are money: divide 2015 and earlier by 10,000 (old roubles)')
    .option('--unit <name>', 'the unit name, e.g. "тыс. рублей"; money when it names roubles')
    .option('--territories <file>', 'the territory list to resolve names against (default: data/territories.csv)')
    .option('--timeout <seconds>', 'give up after this many seconds', '60')
    .action(async (options: ConvertOptions & {
      indicator: string; years?: string; out?: string; baseUrl?: string; units?: string; dimension: string[];
      request?: string; timeout: string;
    }) => {
      const { belstatRequest, checkIndicatorCode, postBelstatRequest } = await import('../../services/belstat/client.ts');
      const indicator = options.indicator.trim();
      checkIndicatorCode(indicator);
      const timeout = Number(options.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) throw optionError('--timeout', `${options.timeout}: expected a number of seconds`);
      const request = options.request !== undefined
        ? savedRequest(options.request, indicator)
        : belstatRequest(indicator, {
          years: parseYears(options.years),
          units: options.units?.split(',').map((u) => u.trim()).filter((u) => u !== ''),
          dimensions: parseDimensions(options.dimension),
        });
      const years = request.valuesFilter.years;
      const out = options.out ?? `belstat_${request.indicatorCode}_${years[0]}${years.length > 1 ? `-${years[years.length - 1]}` : ''}.csv`;
      if (/\.json$/i.test(out)) throw optionError('--out', `${out}: name the CSV; the raw response is written next to it as .json`);
      const rawOut = `${out.replace(/\.csv$/i, '')}.json`;
      checkFolder(out);
      const reference = await readReference(options.territories);

      const result = await postBelstatRequest(request, { baseUrl: options.baseUrl, timeoutMs: timeout * 1000 });
      await convertAndWrite(result.response, `${result.url} (indicator ${request.indicatorCode})`, request.indicatorCode, options, reference,
        [{ path: rawOut, data: result.text }], out);
    });

  program.command('belstat-convert')
    .description('convert a saved Belstat open data response (JSON) to a long CSV, offline')
    .requiredOption('--input <file>', 'a response of the Belstat API indicatorValuesSearch (JSON)')
    .requiredOption('--out <file>', 'the CSV to write')
    .option('--indicator <code>', 'the indicator code for the indicator column (default: an 11-digit code in the input file name)')
    .option('--money', 'values are money: divide 2015 and earlier by 10,000 (old roubles)')
    .option('--unit <name>', 'the unit name, e.g. "тыс. рублей"; money when it names roubles')
    .option('--territories <file>', 'the territory list to resolve names against (default: data/territories.csv)')
    .action(async (options: ConvertOptions & { input: string; out: string; indicator?: string }) => {
      if (!existsSync(options.input)) throw new ValidationError(`${options.input}: no such file`);
      checkFolder(options.out);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(options.input, 'utf8').replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new ValidationError(`${options.input}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      const indicator = options.indicator ?? /(?<!\d)\d{11}(?!\d)/.exec(basename(options.input))?.[0] ?? '';
      await convertAndWrite(json, options.input, indicator, options, await readReference(options.territories), [], options.out);
    });
}

interface Reference { territories: BelstatTerritory[]; sectors: BelstatSector[] }

async function readReference(territoriesFile: string | undefined): Promise<Reference> {
  const { readSectorsFile, readTerritoriesFile } = await import('../../services/belstat/reference.ts');
  return { territories: readTerritoriesFile(territoriesFile), sectors: readSectorsFile() };
}

async function convertAndWrite(json: unknown, name: string, indicator: string, options: ConvertOptions, reference: Reference,
  extra: { path: string; data: string }[], out: string): Promise<void> {
  const { parseBelstatResponse } = await import('../../services/belstat/parse-response.ts');
  const { belstatCsv } = await import('../../services/belstat/csv.ts');
  const table = parseBelstatResponse(json, { ...reference, money: options.money, unit: options.unit, name });
  for (const warning of table.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (table.records.length === 0) {
    process.stderr.write('note: the response has no values; check the units and dimension codes '
      + '(a request for one unit silently drops territories published in another)\n');
  }
  const csv = await belstatCsv(table, indicator);
  await writeAtomically([...extra, { path: out, data: csv }]);

  const territories = new Map<string, boolean>();
  for (const r of table.records) territories.set(`${r.level}\u0000${r.territory}\u0000${r.territoryId ?? ''}`, r.territoryId !== null);
  const resolved = [...territories.values()].filter(Boolean).length;
  const missing = table.records.filter((r) => r.value === null).length;
  const written = [out, ...extra.map((e) => e.path)].join(', ');
  process.stdout.write(`belstat ${indicator || '(no indicator)'}: ${table.records.length} records, ${missing} missing, `
    + `${resolved} of ${territories.size} territories resolved${table.money ? ', money in new roubles' : ''} -> ${written}\n`);
}

/** Writes every file to a temporary name in its folder, then renames them all; on failure removes the temporaries. */
async function writeAtomically(files: { path: string; data: string | Buffer }[]): Promise<void> {
  const temps = files.map((f) => join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`));
  try {
    for (const [i, f] of files.entries()) await writeFile(temps[i] as string, f.data);
    for (const [i, f] of files.entries()) await rename(temps[i] as string, f.path);
  } finally {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
  }
}

function checkFolder(file: string): void {
  const dir = dirname(file);
  if (!existsSync(dir)) throw new ValidationError(`${file}: the folder ${dir} does not exist`);
}

function optionError(option: string, message: string): ValidationError {
  return new ValidationError(`${option} ${message}`, [{ row: 0, column: option, message }]);
}

/** "2021-2025", "2021" or "2019,2021"; default the five years before the current one. */
export function parseYears(text: string | undefined, now = new Date()): number[] {
  if (text === undefined) {
    const last = now.getFullYear() - 1;
    return [last - 4, last - 3, last - 2, last - 1, last];
  }
  const years: number[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const range = /^(\d{4})\s*-\s*(\d{4})$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (from > to) throw optionError('--years', `${text}: the range ${part} runs backwards`);
      for (let y = from; y <= to; y += 1) years.push(y);
    } else if (/^\d{4}$/.test(part)) years.push(Number(part));
    else throw optionError('--years', `${text}: expected a year range such as 2021-2025 or a list such as 2019,2021`);
  }
  if (years.length === 0) throw optionError('--years', `${text}: no years`);
  return years;
}

/** `--dimension` values (CODE=NODE,NODE) to the dimension filter, in the order given. */
export function parseDimensions(items: string[]): Record<string, string[]> {
  const dimensions: Record<string, string[]> = {};
  for (const item of items) {
    const match = /^\s*([A-Za-z0-9_]+)\s*=\s*(.*)$/.exec(item);
    if (!match) throw optionError('--dimension', `${item}: expected CODE=NODE,NODE such as razrez_594=699961,919070`);
    const nodes = (match[2] ?? '').split(',').map((n) => n.trim()).filter((n) => n !== '');
    dimensions[match[1] as string] = [...(dimensions[match[1] as string] ?? []), ...nodes];
  }
  return dimensions;
}

function savedRequest(path: string, indicator: string): BelstatRequest {
  if (!existsSync(path)) throw new ValidationError(`${path}: no such file`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ValidationError(`${path}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A logged request ({file, request_body}) or the body itself.
  const body = isObject(json) && isObject(json.request_body) ? json.request_body : json;
  const filter = isObject(body) ? body.valuesFilter : undefined;
  if (!isObject(body) || !isObject(filter)) throw new ValidationError(`${path}: valuesFilter: expected a request body {indicatorCode, valuesFilter}`);
  if (!Array.isArray(filter.years) || filter.years.length === 0 || !filter.years.every((y) => Number.isInteger(y))) {
    throw new ValidationError(`${path}: valuesFilter.years: expected a list of years`);
  }
  if (body.indicatorCode !== undefined && String(body.indicatorCode) !== indicator) {
    throw new ValidationError(`${path}: indicatorCode: the request is for ${String(body.indicatorCode)}, not --indicator ${indicator}`);
  }
  return { ...body, indicatorCode: indicator } as unknown as BelstatRequest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
