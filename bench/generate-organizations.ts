// Seeded generator of synthetic organisations in the `organizations` import format (docs/data-formats.md),
// for the import benchmark. Deterministic: the same N, seed and reference codes give the same bytes.
// Every row is valid: real sector codes and territory ids of the reference folder, unique UNPs with a correct
// check digit (src/domain/unp.ts), a size class that matches the employees, illustrative=true.
//
//   npx tsx bench/generate-organizations.ts N OUT.csv [SEED] [REFERENCE_DIR]
import { existsSync, readFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { ORG_ROLES, sizeClassFor } from '../src/domain/enums.ts';
import { mulberry32 } from './random.ts';

export const ORGANIZATION_COLUMNS = [
  'kind', 'unp', 'name_ru', 'name_en', 'roles', 'primary_sector', 'territory', 'size_class', 'employees',
  'revenue', 'exports', 'profile', 'illustrative',
] as const;

export interface ReferenceCodes {
  /** Folder the codes were read from (also what the benchmark loads into the database). */
  dir: string;
  sectors: string[];
  territories: string[];
}

export interface GenerateOptions {
  /** Spreadsheet row number (header = row 1) whose UNP gets a wrong check digit; for the bad-file scenario. */
  badUnpRow?: number;
}

export interface GenerateResult { rows: number; bytes: number; badUnp?: string }

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REFERENCE_FILES = ['sectors.csv', 'territories.csv', 'official_figures.csv', 'geo/oblasts.geojson', 'geo/raions.geojson'];

/** `data/` when it holds a complete reference set, otherwise the test fixture. */
export function defaultReferenceDir(): string {
  const data = join(ROOT, 'data');
  if (REFERENCE_FILES.every((f) => existsSync(join(data, f)))) return data;
  return join(ROOT, 'test/fixtures/reference');
}

const SECTOR_CODE = /^([A-U]|\d{2}(\.\d{1,2})?)$/;

/** Sector codes and territory ids of a reference folder. Organisations get class/group codes and
 * raion/oblast territories when there are any, as real registry rows do. */
export function readReferenceCodes(dir: string = defaultReferenceDir()): ReferenceCodes {
  const read = (file: string) =>
    parse(readFileSync(join(dir, file)), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const sectorRows = read('sectors.csv').filter((s) => SECTOR_CODE.test(s.code ?? ''));
  const fine = sectorRows.filter((s) => s.level === 'class' || s.level === 'group');
  const sectors = (fine.length > 0 ? fine : sectorRows).map((s) => s.code!);
  const territoryRows = read('territories.csv').filter((t) => t.id);
  const local = territoryRows.filter((t) => t.level !== 'country');
  const territories = (local.length > 0 ? local : territoryRows).map((t) => t.id!);
  if (sectors.length === 0 || territories.length === 0) throw new Error(`${dir}: no sector codes or territory ids found`);
  return { dir, sectors, territories };
}


const WEIGHTS = [29, 23, 19, 17, 13, 7, 5, 3];
/** Numeric UNP prefixes: first digit 1-7 (region), then 7 digits: 70,000,000 of them. */
const PREFIXES = 70_000_000;

/** Check value of an 8-digit numeric prefix (0..10; 10 means no valid UNP starts with it). */
export function unpCheck(prefix: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (prefix.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return sum % 11;
}

/** Unique valid numeric UNPs in a seeded order: k -> (a*k + b) mod 70e6 is a bijection when gcd(a, 70e6) = 1
 * (70e6 = 2^7 * 5^7 * 7), so no set of issued numbers is needed; prefixes with check value 10 are skipped. */
function unpSequence(random: () => number): () => string {
  let a = Math.floor(random() * 40_000_000) + 20_000_000;
  while (a % 2 === 0 || a % 5 === 0 || a % 7 === 0) a += 1;
  const b = Math.floor(random() * PREFIXES);
  let k = 0;
  return () => {
    for (;;) {
      if (k >= PREFIXES) throw new Error('ran out of numeric UNPs');
      const p = (a * k + b) % PREFIXES; // a*k < 6e7 * 7e7 < 2^53: exact
      k += 1;
      const prefix = `${1 + Math.floor(p / 10_000_000)}${String(p % 10_000_000).padStart(7, '0')}`;
      const check = unpCheck(prefix);
      if (check !== 10) return `${prefix}${check}`;
    }
  };
}

const FORMS = ['ООО', 'ОАО', 'ЗАО', 'ЧУП', 'УП', 'ЧПУП', 'СООО', 'ИООО'];
const FORMS_EN = ['LLC', 'OJSC', 'CJSC', 'PUE', 'UE', 'PPUE', 'JV LLC', 'FLLC'];
const PLACES = [
  ['Гомель', 'Gomel'], ['Минск', 'Minsk'], ['Брест', 'Brest'], ['Витебск', 'Vitebsk'], ['Гродно', 'Grodno'],
  ['Могилёв', 'Mogilev'], ['Полесье', 'Polesie'], ['Неман', 'Neman'], ['Нарочь', 'Naroch'], ['Свитязь', 'Svityaz'],
];
const OBJECTS = [
  ['Завод', 'Plant'], ['Комбинат', 'Works'], ['Агрокомплекс', 'Agrocomplex'], ['Технопарк', 'Technopark'], ['Сервис', 'Service'],
  ['Логистик', 'Logistics'], ['Мебельная фабрика', 'Furniture Factory'], ['Лаборатория', 'Laboratory'], ['Стройматериалы', 'Building Materials'],
];
const PROFILE_WORDS = ['производство', 'поставки', 'экспорт', 'услуги', 'НИОКР', 'обучение', 'логистика', 'ремонт', 'дерево', 'металл'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Employees: heavy-tailed (most firms micro/small, a few large). */
function employeesOf(random: () => number): number {
  const u = random();
  return Math.max(1, Math.round(Math.exp(u * u * 8.5)));
}

function csvCell(value: string): string {
  return /[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One data row (row = spreadsheet row number). */
function makeRow(random: () => number, unp: string, row: number, refs: ReferenceCodes): string {
  const f = Math.floor(random() * FORMS.length);
  const [place, placeEn] = pick(random, PLACES);
  const [object, objectEn] = pick(random, OBJECTS);
  const quoted = random() < 0.2; // some names carry ASCII quotes, so the CSV has escaped "" in it
  const nameRu = quoted ? `${FORMS[f]} "${object} ${place} №${row}"` : `${FORMS[f]} «${object} ${place} №${row}»`;
  const nameEn = random() < 0.7 ? `${objectEn} ${placeEn} No. ${row} ${FORMS_EN[f]}` : '';
  const kind = random() < 0.1 ? 'individual' : 'legal';
  const roleCount = 1 + Math.floor(random() * 3);
  const roles = new Set<string>();
  for (let i = 0; i < roleCount; i++) roles.add(pick(random, ORG_ROLES));
  const employees = employeesOf(random);
  const sizeClass = random() < 0.8 ? sizeClassFor(employees) : ''; // empty: derived on import
  const revenue = (employees * (20 + random() * 180)).toFixed(1);
  const exports = random() < 0.4 ? (Number(revenue) * random() * 0.3).toFixed(1) : '';
  const words = Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(random, PROFILE_WORDS));
  const profile = random() < 0.6 ? `Синтетическая запись для нагрузочного теста: ${words.join(', ')}.` : '';
  return [
    kind, unp, csvCell(nameRu), csvCell(nameEn), [...roles].join('|'), pick(random, refs.sectors), pick(random, refs.territories),
    sizeClass, String(employees), revenue, exports, csvCell(profile), 'true',
  ].join(',');
}

/** Writes a header and `n` organisations to `path` (through a temporary file, renamed when complete). */
export async function generateOrganizationsCsv(
  n: number,
  seed: number,
  refs: ReferenceCodes,
  path: string,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  if (!Number.isInteger(n) || n < 0) throw new Error(`N must be a non-negative integer, got ${n}`);
  await mkdir(dirname(resolve(path)), { recursive: true });
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const random = mulberry32(seed);
  const nextUnp = unpSequence(mulberry32(seed ^ 0x9e3779b9));
  let bytes = 0;
  let badUnp: string | undefined;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${ORGANIZATION_COLUMNS.join(',')}\n`);
  const CHUNK = 5_000;
  for (let start = 0; start < n; start += CHUNK) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) {
      const row = i + 2;
      let unp = nextUnp();
      if (row === options.badUnpRow) {
        unp = `${unp.slice(0, 8)}${(Number(unp[8]) + 1) % 10}`; // wrong check digit
        badUnp = unp;
      }
      lines.push(makeRow(random, unp, row, refs));
    }
    await write(`${lines.join('\n')}\n`);
  }
  out.end();
  await once(out, 'finish');
  await rename(partial, path);
  return { rows: n, bytes, badUnp };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
  const [nArg, outArg, seedArg, dirArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!nArg || !outArg) {
    console.error('usage: npx tsx bench/generate-organizations.ts N OUT.csv [SEED=42] [REFERENCE_DIR] [--bad-unp-row=ROW]');
    process.exit(2);
  }
  const n = Number(nArg.replace(/_/g, ''));
  const seed = seedArg ? Number(seedArg) : 42;
  const badFlag = flags.find((f) => f.startsWith('--bad-unp-row='));
  const refs = readReferenceCodes(dirArg ?? defaultReferenceDir());
  const started = performance.now();
  const result = await generateOrganizationsCsv(n, seed, refs, outArg, { badUnpRow: badFlag ? Number(badFlag.split('=')[1]) : undefined });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${result.rows} organisations, ${(result.bytes / 1e6).toFixed(1)} MB -> ${outArg} in ${seconds.toFixed(1)} s` +
    ` (seed ${seed}, reference ${refs.dir}${result.badUnp ? `, bad UNP ${result.badUnp} at row ${badFlag!.split('=')[1]}` : ''})`);
}
