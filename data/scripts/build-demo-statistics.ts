/**
 * Builds the demo statistics table data/statistics/employment_raion_nace.csv (the `mapping` input contract:
 * region,category,employment,establishments,wages,year) from the shared reference data.
 *
 *   cd /work/main && node --import tsx data/scripts/build-demo-statistics.ts [--shared ../shared/data]
 *
 * Also writes data/statistics/README.md and keeps its own section at the end of data/SOURCES.md (replaced on
 * each run, added when missing). The shared folder is --shared (from the working folder), else SHARED_DATA,
 * else ../shared/data (both from the repository root).
 *
 * What is REAL and what is ILLUSTRATIVE:
 * - REAL: the total of each region and year is the Belstat figure of average employed persons (indicator
 *   10102000017) of by_employment_territory_year_belstat.csv, raion and the city of oblast subordination it
 *   surrounds added together (the project's territories have no city level); the region's average monthly
 *   wage (Belstat 10218000003, by_wages_territory_year.csv, BYN after the 2016 redenomination) that the
 *   wages of its cells average to.
 * - ILLUSTRATIVE (made up, plausible, not official): the split of each total by NACE division, the number of
 *   establishments and the wage of each cell. The split mixes a rural and an urban structure by how urban the
 *   region is, adds concentrations where the anchor enterprises of by_monotowns_anchor_enterprises.csv are
 *   (their public employment estimates set the size) and where some of the registered clusters of
 *   data/clusters.csv are, and drifts smoothly over 2010-2024.
 *
 * Deterministic: every random draw comes from mulberry32 seeded by a hash of the cell (region, division), so
 * running the script twice gives byte-identical files and changing one cell's parameters leaves the others'
 * draws alone. Checked at the end: per region and year the employment adds up to the rounded real total.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { mulberry32 } from '../../bench/random.ts';

// ---------------------------------------------------------------------------------------------------------
// Paths and I/O
// ---------------------------------------------------------------------------------------------------------

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** --shared is taken from the working folder, SHARED_DATA (as in build-demo-data.ts) from the repository. */
const SHARED_ARG = argValue('--shared');
const SHARED = SHARED_ARG ? path.resolve(SHARED_ARG) : path.resolve(REPO, process.env.SHARED_DATA ?? '../shared/data');
const DATA = path.join(REPO, 'data');
const OUT_CSV = 'statistics/employment_raion_nace.csv';
const OUT_README = 'statistics/README.md';
const FIRST_YEAR = 2010;
const LAST_YEAR = 2024;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
/** Base seed of the illustrative split. */
const SEED = 20250904;
/** Belstat indicator codes (named in the source file descriptions of ../shared/data/README.md). */
const EMPLOYMENT_INDICATOR = '10102000017';
const WAGE_INDICATOR = '10218000003';

type Row = Record<string, string>;

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`${flag} needs a folder`);
  return value;
}

function readCsvFile(file: string): Row[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}
const readShared = (rel: string): Row[] => readCsvFile(path.join(SHARED, rel));
const readData = (rel: string): Row[] => readCsvFile(path.join(DATA, rel));

function writeData(rel: string, text: string): void {
  const file = path.join(DATA, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, 'utf8');
}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`ASSERTION FAILED: ${message}`);
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// Seeded draws per cell
// ---------------------------------------------------------------------------------------------------------

/** FNV-1a 32-bit hash of a string: the per-cell seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

class Draws {
  private readonly next: () => number;
  constructor(key: string) {
    this.next = mulberry32((hash(key) ^ SEED) >>> 0);
  }
  uniform(): number {
    return this.next();
  }
  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next(); // (0, 1]
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Illustrative parameters per NACE division
// ---------------------------------------------------------------------------------------------------------

/**
 * Per division, all ILLUSTRATIVE (chosen to look like a post-Soviet regional economy, not taken from any
 * statistics): `rural` and `urban` are the share of employment (%) in a rural raion and in a large city (the
 * region mixes the two by its urbanity); `pr` and `pu` the chance that a rural raion / a city has the
 * division at all; `sd` the spread (log scale) of the region's level around the structure; `g` the yearly
 * drift of the division (log scale, 0.02 = about +2 % a year); `size` the typical employees per
 * establishment; `wage` the wage relative to the region's average.
 */
interface DivisionParams { rural: number; urban: number; pr: number; pu: number; sd: number; g: number; size: number; wage: number }

const P = (rural: number, urban: number, pr: number, pu: number, sd: number, g: number, size: number, wage: number): DivisionParams =>
  ({ rural, urban, pr, pu, sd, g, size, wage });

const DIVISIONS: Record<string, DivisionParams> = {
  //         rural  urban  pr    pu    sd    g       size wage
  '01': P(27,    1.5,   1,    0.9,  0.25, -0.022, 45,  0.78), // crop and animal production
  '02': P(2.5,   0.2,   1,    0.5,  0.35, -0.005, 40,  0.85), // forestry
  '03': P(0.15,  0.02,  0.4,  0.2,  0.5,  -0.01,  10,  0.7),  // fishing, fish farming
  '06': P(0,     0,     0,    0,    0,    -0.01,  150, 1.9),  // oil and gas: only where an anchor is
  '08': P(0.35,  0.1,   0.6,  0.5,  0.6,   0,     60,  1.5),  // other mining and quarrying (sand, gravel, peat)
  '09': P(0.03,  0.05,  0.1,  0.3,  0.6,   0,     40,  1.4),  // mining support services
  '10': P(4.5,   3.5,   1,    1,    0.45,  0.003, 60,  0.95), // food products
  '11': P(0.3,   0.5,   0.4,  0.9,  0.6,  -0.005, 40,  1.0),  // beverages
  '13': P(0.3,   1.0,   0.3,  0.9,  0.7,  -0.025, 60,  0.75), // textiles
  '14': P(0.5,   1.5,   0.5,  1,    0.6,  -0.03,  25,  0.65), // wearing apparel
  '15': P(0.1,   0.5,   0.15, 0.7,  0.7,  -0.02,  60,  0.75), // leather and footwear
  '16': P(1.5,   0.9,   1,    1,    0.55,  0.01,  25,  0.9),  // wood products
  '17': P(0.1,   0.4,   0.2,  0.7,  0.7,   0.005, 60,  1.0),  // paper
  '18': P(0.15,  0.5,   0.6,  1,    0.4,  -0.015, 15,  0.9),  // printing
  '19': P(0.02,  0.05,  0.05, 0.2,  0.6,  -0.01,  300, 1.8),  // coke and refined petroleum (peat briquettes too)
  '20': P(0.15,  1.2,   0.2,  0.8,  0.7,   0,     80,  1.35), // chemicals
  '21': P(0.02,  0.35,  0.05, 0.6,  0.6,   0.02,  100, 1.4),  // pharmaceuticals
  '22': P(0.2,   1.3,   0.3,  0.9,  0.6,  -0.005, 40,  1.15), // rubber and plastics
  '23': P(0.6,   1.4,   0.7,  1,    0.6,  -0.005, 50,  1.1),  // other non-metallic minerals
  '24': P(0.02,  0.4,   0.05, 0.5,  0.7,  -0.01,  150, 1.35), // basic metals
  '25': P(0.4,   2.0,   0.6,  1,    0.5,   0.005, 20,  1.0),  // fabricated metal products
  '26': P(0.05,  1.1,   0.1,  0.8,  0.7,  -0.005, 50,  1.1),  // computer, electronic and optical
  '27': P(0.1,   1.1,   0.2,  0.8,  0.6,  -0.01,  60,  1.05), // electrical equipment
  '28': P(0.4,   2.4,   0.4,  1,    0.6,  -0.02,  60,  1.05), // machinery
  '29': P(0.15,  1.2,   0.2,  0.8,  0.6,  -0.015, 100, 1.05), // motor vehicles
  '30': P(0.02,  0.4,   0.05, 0.5,  0.7,  -0.01,  80,  1.1),  // other transport equipment
  '31': P(0.4,   1.0,   0.6,  1,    0.6,   0.005, 20,  0.85), // furniture
  '32': P(0.05,  0.5,   0.3,  0.9,  0.5,   0,     10,  0.85), // other manufacturing
  '33': P(0.4,   1.0,   0.7,  1,    0.4,   0,     15,  1.0),  // repair and installation of machinery
  '35': P(1.4,   1.6,   1,    1,    0.3,   0,     60,  1.3),  // electricity, gas, steam
  '36': P(0.6,   0.5,   1,    1,    0.2,  -0.005, 50,  1.0),  // water supply
  '37': P(0.2,   0.3,   0.8,  1,    0.3,   0,     30,  0.95), // sewerage
  '38': P(0.5,   0.8,   0.9,  1,    0.3,   0.01,  25,  0.9),  // waste
  '39': P(0.02,  0.1,   0.3,  0.7,  0.4,   0,     20,  0.9),  // remediation
  '41': P(1.5,   3.0,   1,    1,    0.4,  -0.015, 20,  1.1),  // construction of buildings
  '42': P(1.2,   1.5,   1,    1,    0.4,  -0.01,  40,  1.15), // civil engineering
  '43': P(1.2,   3.0,   1,    1,    0.4,   0,     10,  1.05), // specialised construction
  '45': P(0.8,   1.5,   1,    1,    0.3,   0.01,  6,   0.95), // motor vehicle trade and repair
  '46': P(2.0,   5.0,   1,    1,    0.35,  0.005, 8,   1.0),  // wholesale trade
  '47': P(9.0,   10.0,  1,    1,    0.15,  0.008, 6,   0.8),  // retail trade
  '49': P(3.0,   4.0,   1,    1,    0.3,   0.005, 12,  1.05), // land transport
  '50': P(0.02,  0.05,  0.1,  0.4,  0.5,  -0.01,  20,  1.0),  // water transport
  '51': P(0,     0.1,   0,    0.6,  0.5,   0.01,  100, 1.5),  // air transport
  '52': P(0.6,   1.6,   1,    1,    0.4,   0.015, 20,  1.05), // warehousing, transport support
  '53': P(0.7,   0.6,   1,    1,    0.2,   0,     30,  0.75), // postal and courier
  '55': P(0.3,   0.6,   0.8,  1,    0.45,  0.015, 12,  0.75), // accommodation
  '56': P(1.0,   2.0,   1,    1,    0.3,   0.02,  8,   0.7),  // food and beverage service
  '58': P(0.15,  0.3,   0.8,  1,    0.3,  -0.01,  10,  0.9),  // publishing
  '59': P(0.01,  0.1,   0.1,  0.8,  0.5,   0.01,  5,   0.9),  // film, video, music
  '60': P(0.1,   0.2,   0.6,  1,    0.3,  -0.005, 20,  1.0),  // broadcasting
  '61': P(0.5,   0.7,   1,    1,    0.2,   0.005, 30,  1.35), // telecommunications
  '62': P(0.05,  0.9,   0.4,  1,    0.45,  0.05,  12,  2.2),  // computer programming
  '63': P(0.03,  0.25,  0.2,  1,    0.45,  0.04,  8,   1.6),  // information services
  '64': P(0.6,   1.4,   1,    1,    0.2,  -0.005, 25,  1.55), // financial services
  '65': P(0.2,   0.4,   0.9,  1,    0.2,   0,     20,  1.3),  // insurance
  '66': P(0.03,  0.2,   0.2,  0.9,  0.4,   0.01,  5,   1.2),  // auxiliary financial services
  '68': P(0.8,   2.0,   1,    1,    0.4,   0.01,  8,   0.95), // real estate
  '69': P(0.2,   0.5,   0.9,  1,    0.3,   0.015, 4,   1.1),  // legal and accounting
  '70': P(0.1,   0.3,   0.5,  1,    0.4,   0.015, 5,   1.3),  // head offices, management consultancy
  '71': P(0.4,   1.0,   0.9,  1,    0.4,   0.005, 10,  1.1),  // architecture and engineering
  '72': P(0.05,  0.35,  0.2,  0.9,  0.6,   0,     25,  1.0),  // scientific research
  '73': P(0.03,  0.2,   0.3,  1,    0.4,   0.015, 5,   1.0),  // advertising
  '74': P(0.05,  0.2,   0.4,  1,    0.4,   0.01,  4,   0.95), // other professional activities
  '75': P(0.2,   0.2,   1,    1,    0.2,   0,     5,   0.85), // veterinary
  '77': P(0.05,  0.2,   0.5,  1,    0.4,   0.01,  5,   0.95), // rental and leasing
  '78': P(0.02,  0.1,   0.2,  0.9,  0.4,   0.01,  10,  0.9),  // employment activities
  '79': P(0.03,  0.15,  0.3,  1,    0.5,   0.01,  4,   0.9),  // travel agencies
  '80': P(0.3,   0.6,   0.9,  1,    0.3,   0.01,  20,  0.8),  // security
  '81': P(0.3,   1.0,   0.9,  1,    0.3,   0.015, 12,  0.75), // services to buildings
  '82': P(0.05,  0.2,   0.4,  1,    0.4,   0.015, 5,   0.9),  // office support
  '84': P(6.0,   3.5,   1,    1,    0.15, -0.005, 25,  1.1),  // public administration
  '85': P(13.0,  8.5,   1,    1,    0.12, -0.003, 35,  0.8),  // education
  '86': P(7.5,   5.8,   1,    1,    0.12,  0.003, 40,  0.85), // human health
  '87': P(0.8,   0.6,   1,    1,    0.3,   0.005, 30,  0.7),  // residential care
  '88': P(1.5,   1.1,   1,    1,    0.2,   0.01,  20,  0.7),  // social work without accommodation
  '90': P(0.3,   0.3,   0.9,  1,    0.3,   0,     15,  0.75), // creative and arts
  '91': P(0.6,   0.4,   1,    1,    0.2,  -0.005, 15,  0.7),  // libraries, museums
  '92': P(0,     0.05,  0,    0.6,  0.4,   0,     15,  1.0),  // gambling
  '93': P(0.6,   0.8,   1,    1,    0.3,   0.005, 10,  0.75), // sports and recreation
  '94': P(0.4,   0.5,   1,    1,    0.3,  -0.01,  8,   0.85), // membership organisations
  '95': P(0.1,   0.3,   0.9,  1,    0.3,   0,     3,   0.8),  // repair of household goods
  '96': P(0.5,   0.9,   1,    1,    0.3,   0.01,  4,   0.75), // other personal services
};
/** Divisions of sectors.csv with no cell on purpose: no such activity in Belarus worth showing (05 coal,
 * 07 metal ores, 12 tobacco has one factory, in Grodno, which the demo does not guess at), or households and
 * extraterritorial bodies. */
const ABSENT = new Set(['05', '07', '12', '97', '98', '99']);

/** The town industry words of by_monotowns_anchor_enterprises.csv -> NACE division. */
const INDUSTRY_DIVISION: Record<string, string> = {
  бумага: '17',
  деревообработка: '16',
  калий: '08', // 08.91 chemical and fertiliser minerals
  машиностроение: '28',
  металлургия: '24',
  нерудные: '08', // 08.1 quarrying (granite)
  нефтедобыча: '06',
  нефтепереработка: '19',
  пищепром: '10',
  сахар: '10',
  стекло: '23',
  текстиль: '13',
  химия: '20',
  цемент: '23',
  шины: '22',
  энергетика: '35',
};
/** Where the industry word is too coarse for the enterprise (keyed by city_id), with the reason. */
const ANCHOR_DIVISION: Record<string, { division: string; why: string }> = {
  'c-baranavichy': { division: '29', why: 'automobile aggregates (29.3)' },
  'c-asipovichy': { division: '29', why: 'automobile aggregates (29.3)' },
  'c-vilejka': { division: '26', why: 'optical instruments (26.7)' },
  'c-navahrudak': { division: '27', why: 'gas stoves, domestic appliances (27.5)' },
  'c-maladziechna': { division: '25', why: 'powder metallurgy (25.5)' },
  'c-ivanava': { division: '11', why: 'malt (11.06)' },
  'c-starobin': { division: '19', why: 'peat briquettes (19.20)' },
};
/** Used where the anchor file has no current employment figure (ILLUSTRATIVE). */
const DEFAULT_ANCHOR_EMPLOYMENT = 500;
/** Year at which an anchor's estimate is placed when the file gives none in 2010-2024. */
const DEFAULT_ANCHOR_YEAR = 2020;
/** At most this share of a region's employment goes to its anchors together. */
const ANCHOR_CAP = 0.45;
/** An anchor counts as its main site plus one establishment per this many employees (ILLUSTRATIVE). */
const ANCHOR_UNIT = 2000;

/**
 * Registered clusters (data/clusters.csv) that get an ILLUSTRATIVE concentration of their specialisation in
 * one of their territories, so that the mapping finds them. Deliberately not all of them: the mapping must
 * also miss registered clusters and find strong cells where no cluster is registered. `factor` multiplies the
 * division's usual level there; `g` adds to its yearly drift.
 */
const CLUSTER_CONCENTRATIONS = [
  { cluster: 4, region: 'r-ivacevicki', division: '31', factor: 4, g: 0.02 },
  { cluster: 5, region: 'r-polacki', division: '20', factor: 6, g: -0.01 },
  { cluster: 6, region: 'r-hrodzienski', division: '20', factor: 4, g: 0.005 },
  { cluster: 9, region: 'r-valozhynski', division: '55', factor: 5, g: 0.04 },
  { cluster: 9, region: 'r-valozhynski', division: '79', factor: 4, g: 0.04 },
  { cluster: 14, region: 'r-homielski', division: '62', factor: 2.5, g: 0.03 },
  { cluster: 14, region: 'r-homielski', division: '63', factor: 2, g: 0.02 },
] as const;

// ---------------------------------------------------------------------------------------------------------
// Territories: Belstat names -> territory ids
// ---------------------------------------------------------------------------------------------------------

const norm = (s: string): string => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

interface Unit {
  /** The Belstat name. */
  name: string;
  region: string;
  kind: 'raion' | 'city';
  /** The territory whose wage series belongs to this unit (r-... or c-...). */
  wageId: string;
  /** Per year, employed persons x 10 (the file has one decimal). */
  tenths: Map<number, number>;
}

function matchUnits(unmatched: string[]): Unit[] {
  const territories = readData('territories.csv');
  const raionByName = new Map<string, string>();
  for (const t of territories.filter((x) => x.level === 'raion')) {
    const key = norm(t.name_ru!).replace(/ район$/, '');
    assert(!raionByName.has(key), `raion name ${key} is unique`);
    raionByName.set(key, t.id!);
  }
  const cityRaion = new Map(readShared('belarus/by_city_raion.csv').map((r) => [r.city_id!, r.raion_id!]));
  // Cities of oblast subordination: the level at which Belstat reports cities.
  const cityByName = new Map<string, string>();
  for (const g of readShared('belarus/by_territories_gazetteer.csv')) {
    if (g.level !== 'city' || !(g.flags ?? '').split('|').includes('oblCity')) continue;
    const key = norm(g.name_ru!);
    assert(!cityByName.has(key), `city name ${key} is unique among oblast-subordinate cities`);
    cityByName.set(key, g.id!);
  }
  const units = new Map<string, Unit>();
  for (const r of readShared('belarus/by_employment_territory_year_belstat.csv')) {
    const name = r.territory_ru!;
    const year = Number(r.year);
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    let unit = units.get(name);
    if (!unit) {
      const city = /^г\.\s*/.test(name);
      const key = norm(name.replace(/^г\.\s*/, ''));
      let region: string | undefined;
      let wageId: string | undefined;
      if (city) {
        const cityId = cityByName.get(key);
        region = cityId ? cityRaion.get(cityId) : undefined;
        wageId = cityId;
      } else {
        region = raionByName.get(key);
        wageId = region;
      }
      if (!region || !wageId) {
        if (!unmatched.includes(name)) unmatched.push(name);
        continue;
      }
      unit = { name, region, kind: city ? 'city' : 'raion', wageId, tenths: new Map() };
      units.set(name, unit);
    }
    const value = Number(r.employed_persons);
    assert(Number.isFinite(value) && value > 0, `${name} ${year}: employed persons ${r.employed_persons}`);
    assert(!unit.tenths.has(year), `${name} ${year} appears once`);
    unit.tenths.set(year, Math.round(value * 10));
  }
  for (const u of units.values()) for (const y of YEARS) assert(u.tenths.has(y), `${u.name} has ${y}`);
  return [...units.values()];
}

// ---------------------------------------------------------------------------------------------------------
// Anchors
// ---------------------------------------------------------------------------------------------------------

interface Anchor {
  cityId: string;
  town: string;
  enterprise: string;
  region: string;
  division: string;
  /** Employment used, at `year`; `estimated` false when the default was taken. */
  employment: number;
  year: number;
  estimated: boolean;
  estimateText: string;
}

/** The first figure of an estimate such as "≈9 600–11 185", "~1200-1400 (...)", ">4000"; null for "н/д". */
function firstFigure(text: string): number | null {
  const m = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+/.exec(text);
  return m ? Number(m[0].replace(/[ \u00a0\u202f]/g, '')) : null;
}

function readAnchors(notes: string[]): Anchor[] {
  const cityRaion = new Map(readShared('belarus/by_city_raion.csv').map((r) => [r.city_id!, r.raion_id!]));
  const rows = readShared('belarus/by_monotowns_anchor_enterprises.csv');
  const anchors: Anchor[] = [];
  for (const r of rows) {
    const cityId = r.city_id!;
    const region = cityRaion.get(cityId);
    assert(region, `anchor town ${cityId} has a raion in by_city_raion.csv`);
    const division = ANCHOR_DIVISION[cityId]?.division ?? INDUSTRY_DIVISION[r.industry!];
    assert(division, `anchor industry '${r.industry}' (${cityId}) has a NACE division`);
    const years = [...(r.employment_year ?? '').matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
    // The first year named (that of the first figure), moved into 2010-2024; before 2000 it is history.
    const latest = years[0];
    const year = latest === undefined || latest < 2000 ? undefined : Math.min(LAST_YEAR, Math.max(FIRST_YEAR, latest));
    let employment = firstFigure(r.employment_est ?? '');
    let estimated = employment !== null && employment >= 100;
    if (estimated && latest !== undefined && year === undefined) {
      notes.push(`anchor ${cityId}: the estimate (${r.employment_est}) is for ${r.employment_year}, not a current figure; ${DEFAULT_ANCHOR_EMPLOYMENT} used`);
      estimated = false;
    }
    if (!estimated) employment = DEFAULT_ANCHOR_EMPLOYMENT;
    anchors.push({
      cityId,
      town: r.city_ru!,
      enterprise: r.enterprise_en!,
      region,
      division,
      employment: employment!,
      year: estimated ? (year ?? DEFAULT_ANCHOR_YEAR) : DEFAULT_ANCHOR_YEAR,
      estimated,
      estimateText: (r.employment_est ?? '').trim(),
    });
  }
  assert(anchors.length === rows.length, 'every anchor row is used');
  return anchors;
}

// ---------------------------------------------------------------------------------------------------------
// Wages
// ---------------------------------------------------------------------------------------------------------

function readWages(): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const r of readShared('belarus/by_wages_territory_year.csv')) {
    const w = Number(r.wage_byn);
    if (!(w > 0)) continue;
    const m = out.get(r.territory_id!) ?? new Map<number, number>();
    m.set(Number(r.year), w);
    out.set(r.territory_id!, m);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The split
// ---------------------------------------------------------------------------------------------------------

interface Region {
  id: string;
  units: Unit[];
  /** Real total per year (employed persons, rounded to an integer). */
  total: Map<number, number>;
  /** Real average wage per year (BYN), or undefined. */
  wage: Map<number, number | undefined>;
  /** 0 rural .. 1 large city (ILLUSTRATIVE index from the real totals). */
  urbanity: number;
  hasCity: boolean;
}

interface Cell {
  region: string;
  division: string;
  year: number;
  employment: number;
  establishments: number;
  wage: number | null;
}

/**
 * Urbanity (0..1, illustrative): a region with a city of oblast subordination is 0.45 + 0.55 x the city's
 * share of the region's employment; a raion alone grows with its employment from 0.08 (3,000 employed) to
 * 0.5 (80,000 or more).
 */
function urbanityOf(units: Unit[]): number {
  const sum = (u: Unit) => [...u.tenths.values()].reduce((s, x) => s + x, 0);
  const all = units.reduce((s, u) => s + sum(u), 0);
  const city = units.filter((u) => u.kind === 'city').reduce((s, u) => s + sum(u), 0);
  if (city > 0) return 0.45 + 0.55 * (city / all);
  const mean = all / 10 / YEARS.length;
  const x = (Math.log(mean) - Math.log(3000)) / (Math.log(80000) - Math.log(3000));
  return 0.08 + 0.42 * Math.min(1, Math.max(0, x));
}

/** Integers summing to `total`, proportional to `weights` (largest remainder; ties by position). */
function largestRemainder(weights: number[], total: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  assert(sum > 0, 'weights add up to more than 0');
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map((x) => Math.floor(x));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) {
    const i = order[k % order.length]!.i;
    out[i] = out[i]! + 1;
  }
  return out;
}

interface Plan {
  present: boolean;
  /** Log level around the structure, persistent. */
  level: number;
  /** Yearly drift (log scale). */
  g: number;
  /** Smooth random walk per year (log scale). */
  walk: number[];
  /** Establishment size noise and wage noise (multipliers), persistent. */
  sizeNoise: number;
  wageNoise: number;
  boost: number;
}

function planCell(region: Region, division: string, params: DivisionParams, forced: boolean): Plan {
  const d = new Draws(`${region.id}|${division}`);
  const u = region.urbanity;
  const presence = params.pr + (params.pu - params.pr) * u;
  const present = forced || d.uniform() < presence;
  const level = params.sd * Math.min(2, Math.max(-2, d.normal())); // no cell beyond 2 spreads
  const g = params.g + 0.012 * d.normal();
  const walk: number[] = [];
  let w = 0;
  for (let i = 0; i < YEARS.length; i++) {
    w = 0.7 * w + 0.02 * d.normal();
    walk.push(w);
  }
  const sizeNoise = Math.exp(0.3 * d.normal());
  const wageNoise = Math.exp(0.08 * d.normal());
  return { present, level, g, walk, sizeNoise, wageNoise, boost: 1 };
}

function buildCells(regions: Region[], divisions: string[], anchors: Anchor[]): Cell[] {
  const cells: Cell[] = [];
  const anchorsOf = new Map<string, Anchor[]>();
  for (const a of anchors) anchorsOf.set(a.region, [...(anchorsOf.get(a.region) ?? []), a]);
  for (const region of regions) {
    const u = region.urbanity;
    const regionAnchors = anchorsOf.get(region.id) ?? [];
    const plans = new Map<string, Plan>();
    for (const division of divisions) {
      const params = DIVISIONS[division]!;
      const forced = regionAnchors.some((a) => a.division === division)
        || CLUSTER_CONCENTRATIONS.some((c) => c.region === region.id && c.division === division);
      const plan = planCell(region, division, params, forced);
      for (const c of CLUSTER_CONCENTRATIONS) {
        if (c.region === region.id && c.division === division) {
          plan.level = 0; // the usual level, not a random one, times the factor
          plan.boost *= c.factor;
          plan.g += c.g;
        }
      }
      plans.set(division, plan);
    }
    for (const [yi, year] of YEARS.entries()) {
      const total = region.total.get(year)!;
      // The anchors' own employment this year, drifting with their division, capped together.
      const anchorEmp = new Map<string, number>();
      for (const a of regionAnchors) {
        const plan = plans.get(a.division)!;
        const e = a.employment * Math.exp(plan.g * (year - a.year) + plan.walk[yi]! - plan.walk[a.year - FIRST_YEAR]!);
        anchorEmp.set(a.division, (anchorEmp.get(a.division) ?? 0) + e);
      }
      const anchorSum = [...anchorEmp.values()].reduce((s, x) => s + x, 0);
      const scale = anchorSum > ANCHOR_CAP * total ? (ANCHOR_CAP * total) / anchorSum : 1;
      const rest = total - anchorSum * scale;
      // The rest follows the mixed structure.
      const weights = divisions.map((division) => {
        const p = DIVISIONS[division]!;
        const plan = plans.get(division)!;
        if (!plan.present) return 0;
        const base = p.rural * (1 - u) + p.urban * u;
        return base * plan.boost * Math.exp(plan.level + plan.g * (year - 2017) + plan.walk[yi]!);
      });
      const weightSum = weights.reduce((s, w) => s + w, 0);
      const exact = divisions.map((division, i) => {
        const own = (anchorEmp.get(division) ?? 0) * scale;
        const x = own + (weights[i]! / weightSum) * rest;
        // A division that is there keeps a few people (no flicker of tiny cells between years).
        return plans.get(division)!.present ? Math.max(x, 3) : 0;
      });
      const employment = largestRemainder(exact, total);
      // Wages: relativities scaled so that the cells average (employment-weighted) to the real region wage.
      const realWage = region.wage.get(year);
      const rel = divisions.map((division) => DIVISIONS[division]!.wage * plans.get(division)!.wageNoise);
      const relMean = employment.reduce((s, e, i) => s + e * rel[i]!, 0) / total;
      divisions.forEach((division, i) => {
        const e = employment[i]!;
        if (e <= 0) return;
        const p = DIVISIONS[division]!;
        const plan = plans.get(division)!;
        const anchor = (anchorEmp.get(division) ?? 0) * scale;
        // The anchor is its main site plus one unit per full ANCHOR_UNIT employees (branches, subsidiaries);
        // the others in the division are of the usual size.
        const establishments = anchor > 0
          ? 1 + Math.floor(anchor / ANCHOR_UNIT) + Math.round(Math.max(0, e - anchor) / (p.size * plan.sizeNoise))
          : Math.max(1, Math.round(e / (p.size * plan.sizeNoise)));
        const wage = realWage === undefined ? null : Math.round((realWage * rel[i]! / relMean) * 10) / 10;
        cells.push({ region: region.id, division, year, employment: e, establishments, wage });
      });
    }
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------------------
// README and SOURCES
// ---------------------------------------------------------------------------------------------------------

interface Summary {
  rows: number;
  regions: number;
  divisions: number;
  unmatched: string[];
  anchors: Anchor[];
  notes: string[];
  missingWages: string[];
  mergedRegions: { region: string; names: string[] }[];
  bytes: number;
}

function readmeText(s: Summary): string {
  const L: string[] = [];
  L.push('# data/statistics/');
  L.push('');
  L.push('Demo statistics for the cluster mapping (`cluster-atlas mapping --input data/statistics/employment_raion_nace.csv`).');
  L.push('Built by `data/scripts/build-demo-statistics.ts` from the shared reference data; do not edit by hand: change the');
  L.push('script and run it again (`node --import tsx data/scripts/build-demo-statistics.ts [--shared ../shared/data]`).');
  L.push('The output is deterministic (seeded mulberry32 per cell, no clock).');
  L.push('');
  L.push('## Read this first: the split is ILLUSTRATIVE');
  L.push('');
  L.push('- **Real**: the total employment of each region and year, and the region\'s average monthly wage.');
  L.push('- **Illustrative (made up, not official statistics)**: how that total splits over NACE divisions, the number of');
  L.push('  establishments and the wage of each region x division cell. Do not cite a cell of this file as a fact about');
  L.push('  Belarus. It exists to exercise the mapping (location quotients, strong clusters, stars, growth, shift-share) on');
  L.push('  a table of the right shape, size and plausibility.');
  L.push('');
  L.push('## employment_raion_nace.csv');
  L.push('');
  L.push(`${s.rows.toLocaleString('en')} rows, ${s.regions} regions x ${s.divisions} NACE divisions x ${YEARS.length} years (${FIRST_YEAR}-${LAST_YEAR});`);
  L.push(`cells with no employment are left out. Plain CSV, UTF-8, no BOM, \`,\`, \`\\n\`; ${(s.bytes / 1e6).toFixed(1)} MB.`);
  L.push('');
  L.push('| column | meaning | real or illustrative |');
  L.push('|---|---|---|');
  L.push('| region | territory id of `data/territories.csv`: a raion `r-...` | - |');
  L.push('| category | NACE Rev.2 division, 2 digits, a `division` of `data/sectors.csv` | - |');
  L.push('| employment | average employed persons in the cell; **per region and year the cells add up exactly to the real Belstat total** (rounded to a whole person) | the sum is real, the split illustrative |');
  L.push('| establishments | establishments in the cell, at least 1 where employment > 0 | illustrative |');
  L.push('| wages | average nominal monthly wage in the cell, BYN (new roubles, after the 2016 redenomination), 1 decimal; **the employment-weighted mean over the region\'s cells is the real Belstat average wage of the region** (to rounding) | the mean is real, the spread over divisions illustrative |');
  L.push('| year | 2010-2024 | - |');
  L.push('');
  L.push('## How it was made');
  L.push('');
  L.push(`1. **Totals (real).** \`belarus/by_employment_territory_year_belstat.csv\`: average employed persons, Belstat indicator`);
  L.push(`   ${EMPLOYMENT_INDICATOR}, for 118 raions and 10 cities of oblast subordination, 2010-2024. Raion names are matched to`);
  L.push('   `data/territories.csv` (Russian name without "район", ё read as е); city names ("г. Брест") to the oblast-subordinate');
  L.push('   cities of `by_territories_gazetteer.csv`, and through `by_city_raion.csv` to the raion around them. The project\'s');
  L.push('   territories have no city level, so a city is added to its raion (as the demo dataset does for clusters and');
  L.push('   organisations). The file has one decimal in some years (2016); the total is the sum of the parts, rounded to a');
  L.push('   whole person (half up).');
  L.push('   Merged regions:');
  for (const m of s.mergedRegions) L.push(`   - \`${m.region}\` = ${m.names.join(' + ')}`);
  L.push(`   Names not matched: ${s.unmatched.length === 0 ? 'none' : s.unmatched.join(', ')}.`);
  L.push('   **Minsk city (`BY-HM`) is not in the Belstat file, so it has no rows**: the "nation" of the location quotients');
  L.push('   is the 118 raions (with their cities) without Minsk. Registered clusters in Minsk (laser optics, automobiles and');
  L.push('   tractors, IT) therefore cannot show in this table.');
  L.push('2. **Structure (illustrative).** Each division has a share of employment in a rural raion and in a large city');
  L.push('   (e.g. crop and animal production 27 % vs 1.5 %, education 13 % vs 8.5 %, machinery 0.4 % vs 2.4 %), a chance of being');
  L.push('   present at all, a spread, a yearly drift and a typical firm size (the table `DIVISIONS` in the script). A region');
  L.push('   mixes the rural and the city structure by an urbanity index: 0.45 + 0.55 x the city\'s share of employment for a');
  L.push('   raion with a city of oblast subordination; 0.08 to 0.5 with the raion\'s employment (3,000 to 80,000) otherwise.');
  L.push('   Each region x division gets a persistent random level (log-normal, cut at 2 spreads), its own drift around the');
  L.push('   division\'s drift (so growth rates and shift-share differ between regions) and a small smooth random walk over');
  L.push('   the years.');
  L.push(`   Divisions ${[...ABSENT].join(', ')} have no cells (no such activity worth showing, or households and`);
  L.push('   extraterritorial bodies).');
  L.push('3. **Anchor enterprises (real locations, approximate real sizes, illustrative cells).** The 46 towns of');
  L.push('   `belarus/by_monotowns_anchor_enterprises.csv` are placed in their raion (`by_city_raion.csv`), their industry');
  L.push('   word mapped to a NACE division (table below). The enterprise\'s public employment estimate (the first figure');
  L.push('   given, so the lower bound of a range) is its own employment in the first year the row names (moved into');
  L.push(`   ${FIRST_YEAR}-${LAST_YEAR}; ${DEFAULT_ANCHOR_YEAR} when none is given), drifting with the cell; where the file has no current`);
  L.push(`   figure ${DEFAULT_ANCHOR_EMPLOYMENT} is assumed (illustrative). Anchors take at most ${Math.round(ANCHOR_CAP * 100)} % of a region's employment together;`);
  L.push('   the rest of the region follows the structure, so the anchor\'s division also has the usual smaller firms around it.');
  L.push('   These are the candidate "potential clusters": strong cells with no registered cluster.');
  L.push('4. **Registered clusters (illustrative concentration).** Some, not all, of the clusters of `data/clusters.csv` get a');
  L.push('   concentration of their specialisation in one of their territories, so that the mapping finds them (the cell gets');
  L.push('   the usual level of its division, without the random level, times a factor):');
  for (const c of CLUSTER_CONCENTRATIONS) L.push(`   - cluster ${c.cluster}: \`${c.region}\`, division ${c.division}, x${c.factor} the usual level, drift ${c.g >= 0 ? '+' : ''}${(c.g * 100).toFixed(1)} % a year`);
  L.push('   The others (1 Pinsk biotech, 3 Vitebsk woodworking, 10 Smorgon tourism, 11 Gomel agro-ecotourism, 12 BelBiograd,');
  L.push('   13 Vitebsk petrochemical / leather / textile, and the Minsk clusters 2, 7, 8) get nothing extra: the mapping may or');
  L.push('   may not see them, by anchors (e.g. Orsha linen for 13) or by chance.');
  L.push('5. **Rounding.** Per region and year the cell values are rounded to whole persons by largest remainder, so they add');
  L.push('   up exactly to the real total; a division that is present keeps at least 3 people.');
  L.push('6. **Establishments (illustrative).** Employment / the division\'s typical firm size (times a persistent per-cell');
  L.push('   factor), at least 1. An anchor counts as its main site plus one establishment per full');
  L.push(`   ${ANCHOR_UNIT.toLocaleString('en')} employees (branches, subsidiaries); the rest of its cell is of the usual size.`);
  L.push(`7. **Wages (real mean, illustrative spread).** \`belarus/by_wages_territory_year.csv\` (Belstat indicator ${WAGE_INDICATOR},`);
  L.push('   nominal average monthly wage, BYN; 2010-2025, of which 2010-2024 are used). Its 2010-2015 values are already');
  L.push('   converted to the new rouble (1 new = 10,000 old, redenomination of 1 July 2016), so the series is continuous.');
  L.push('   For a raion with a city the two wages are averaged weighted by their real employment. Each division has an');
  L.push('   illustrative relativity (e.g. computer programming 2.2, refined petroleum 1.8, agriculture 0.78, food service 0.7),');
  L.push('   times a small per-cell factor; the relativities are scaled so the region\'s employment-weighted mean is the real wage.');
  if (s.missingWages.length) L.push(`   No wage in the source (empty cells): ${s.missingWages.join(', ')}.`);
  L.push('');
  L.push('## Anchor enterprises: industry to NACE division');
  L.push('');
  L.push('| town | raion | enterprise | division | employment used | estimate in the source |');
  L.push('|---|---|---|---|---|---|');
  for (const a of s.anchors) {
    const used = a.estimated ? `${a.employment} (${a.year})` : `${a.employment} assumed`;
    L.push(`| ${a.town} | ${a.region} | ${a.enterprise} | ${a.division} | ${used} | ${a.estimateText.replace(/\|/g, '/').slice(0, 80)} |`);
  }
  if (s.notes.length) {
    L.push('');
    for (const n of s.notes) L.push(`- ${n}.`);
  }
  L.push('');
  L.push('## Credits');
  L.push('');
  L.push('- Totals and wages: National Statistical Committee of the Republic of Belarus (Belstat), open data portal, via the');
  L.push('  BY_maps project (CC BY 4.0). Credit: "Belstat; BY_maps (CC BY 4.0)".');
  L.push('- Territory names, city-to-raion lookup, anchor enterprise list: BY_maps project (CC BY 4.0).');
  L.push('- The split by division, establishments and cell wages: ILLUSTRATIVE, made for the ClusterAtlas demo.');
  L.push('');
  return L.join('\n');
}

const SOURCES_HEADING = '## Demo statistics (`statistics/`)';

function sourcesSection(s: Summary): string {
  const L: string[] = [];
  L.push(SOURCES_HEADING);
  L.push('');
  L.push('Written by `data/scripts/build-demo-statistics.ts` (this section is replaced when it runs); details in');
  L.push('[statistics/README.md](statistics/README.md).');
  L.push('');
  L.push(`- \`statistics/employment_raion_nace.csv\` (${s.rows.toLocaleString('en')} rows: ${s.regions} raions x NACE divisions x ${FIRST_YEAR}-${LAST_YEAR}):`);
  L.push(`  **the total employment of each raion and year is real** (Belstat indicator ${EMPLOYMENT_INDICATOR}, average employed persons,`);
  L.push('  cities of oblast subordination added to the raion around them) and **the mean wage of each raion and year is real**');
  L.push(`  (Belstat indicator ${WAGE_INDICATOR}, BYN). **The split by NACE division, the establishments and the wage of each cell are`);
  L.push('  ILLUSTRATIVE**: made up for the demo (a rural/urban structure, concentrations at the anchor enterprises and at some');
  L.push('  registered clusters), not official statistics. Minsk city is not in the Belstat file and has no rows.');
  L.push('- Credit: National Statistical Committee of the Republic of Belarus (Belstat), open data portal, via the BY_maps project');
  L.push('  (CC BY 4.0): "Belstat; BY_maps (CC BY 4.0)". (The Belstat line under "Credits and licences" above is about the registry');
  L.push('  files; these statistics files do hold Belstat figures.)');
  L.push('');
  return L.join('\n');
}

/** Replaces this script's section of SOURCES.md (from its heading to the next `## ` or the end), or appends it. */
function updateSources(section: string): void {
  const file = path.join(DATA, 'SOURCES.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`\n${SOURCES_HEADING}\n`);
  let next: string;
  if (start < 0) {
    next = `${text.replace(/\n*$/, '\n')}\n${section}`;
  } else {
    const after = text.indexOf('\n## ', start + 1 + SOURCES_HEADING.length);
    const tail = after < 0 ? '' : text.slice(after + 1);
    next = `${text.slice(0, start + 1)}${section}${tail ? `\n${tail}` : ''}`;
  }
  if (next !== text) writeFileSync(file, next, 'utf8');
}

// ---------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------

function main(): void {
  log(`shared data: ${SHARED}`);
  assert(existsSync(path.join(SHARED, 'belarus/by_employment_territory_year_belstat.csv')), `no Belstat employment file under ${SHARED} (--shared DIR)`);

  const sectorDivisions = readData('sectors.csv').filter((r) => r.level === 'division').map((r) => r.code!);
  for (const d of sectorDivisions) assert(d in DIVISIONS || ABSENT.has(d), `division ${d} has parameters or is absent on purpose`);
  for (const d of Object.keys(DIVISIONS)) assert(sectorDivisions.includes(d), `division ${d} is in sectors.csv`);
  const divisions = sectorDivisions.filter((d) => !ABSENT.has(d));

  const unmatched: string[] = [];
  const notes: string[] = [];
  const units = matchUnits(unmatched);
  const anchors = readAnchors(notes);
  const wages = readWages();

  // The registered clusters named in CLUSTER_CONCENTRATIONS must really have that territory and specialisation.
  const clusters = new Map(readData('clusters.csv').map((c) => [Number(c.id), c]));
  const parentOf = new Map(readData('territories.csv').map((t) => [t.id!, t.parent_id!]));
  for (const c of CLUSTER_CONCENTRATIONS) {
    const row = clusters.get(c.cluster);
    assert(row, `cluster ${c.cluster} exists`);
    const terr = row.territories!.split('|');
    assert(terr.includes(c.region) || terr.includes(parentOf.get(c.region) ?? ''), `cluster ${c.cluster} covers ${c.region}`);
    assert(row.specialisation!.split('|').some((s) => s.slice(0, 2) === c.division), `cluster ${c.cluster} specialises in ${c.division}`);
  }

  // Regions.
  const byRegion = new Map<string, Unit[]>();
  for (const u of units) byRegion.set(u.region, [...(byRegion.get(u.region) ?? []), u]);
  const missingWages: string[] = [];
  const regions: Region[] = [...byRegion.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, us]) => {
      const total = new Map<number, number>();
      const wage = new Map<number, number | undefined>();
      for (const y of YEARS) {
        const tenths = us.reduce((s, u) => s + u.tenths.get(y)!, 0);
        total.set(y, Math.round(tenths / 10));
        let num = 0;
        let den = 0;
        for (const u of us) {
          const w = wages.get(u.wageId)?.get(y);
          if (w === undefined) continue;
          num += w * u.tenths.get(y)!;
          den += u.tenths.get(y)!;
        }
        if (den === 0) missingWages.push(`${id} ${y}`);
        wage.set(y, den > 0 ? num / den : undefined);
      }
      return { id, units: us, total, wage, urbanity: urbanityOf(us), hasCity: us.some((u) => u.kind === 'city') };
    });
  const regionIds = new Set(regions.map((r) => r.id));
  for (const a of anchors) assert(regionIds.has(a.region), `anchor region ${a.region} has Belstat totals`);
  for (const c of CLUSTER_CONCENTRATIONS) assert(regionIds.has(c.region), `cluster region ${c.region} has Belstat totals`);
  for (const a of anchors) assert(divisions.includes(a.division), `anchor division ${a.division} is in use`);

  const cells = buildCells(regions, divisions, anchors);

  // Checks: sums, ids, establishments.
  const territoryIds = new Set(readData('territories.csv').map((t) => t.id!));
  const sums = new Map<string, number>();
  for (const c of cells) {
    assert(territoryIds.has(c.region), `region ${c.region} is a territory`);
    assert(Number.isInteger(c.employment) && c.employment > 0, 'positive integer employment');
    assert(Number.isInteger(c.establishments) && c.establishments >= 1, 'at least one establishment');
    sums.set(`${c.region}|${c.year}`, (sums.get(`${c.region}|${c.year}`) ?? 0) + c.employment);
  }
  for (const r of regions) for (const y of YEARS) assert(sums.get(`${r.id}|${y}`) === r.total.get(y), `sum of ${r.id} ${y} is the real total`);

  const lines = ['region,category,employment,establishments,wages,year'];
  for (const c of cells) lines.push(`${c.region},${c.division},${c.employment},${c.establishments},${c.wage === null ? '' : c.wage.toFixed(1)},${c.year}`);
  const csv = `${lines.join('\n')}\n`;
  writeData(OUT_CSV, csv);

  const summary: Summary = {
    rows: cells.length,
    regions: regions.length,
    divisions: new Set(cells.map((c) => c.division)).size,
    unmatched,
    anchors,
    notes,
    missingWages,
    mergedRegions: regions.filter((r) => r.units.length > 1).map((r) => ({ region: r.id, names: r.units.map((u) => u.name) })),
    bytes: Buffer.byteLength(csv),
  };
  writeData(OUT_README, readmeText(summary));
  updateSources(sourcesSection(summary));

  log(`data/${OUT_CSV}: ${cells.length} rows, ${regions.length} regions, ${summary.divisions} divisions, ${YEARS.length} years, ${(summary.bytes / 1e6).toFixed(1)} MB`);
  log(`regions with a city of oblast subordination: ${summary.mergedRegions.map((m) => `${m.region} (${m.names.join(' + ')})`).join('; ')}`);
  log(`Belstat names not matched: ${unmatched.length ? unmatched.join(', ') : 'none'}`);
  log('Minsk city (BY-HM): not in the Belstat file, no rows');
  if (missingWages.length) log(`no wage: ${missingWages.join(', ')}`);
  for (const n of notes) log(`note: ${n}`);
  log(`data/${OUT_README} written; data/SOURCES.md section "${SOURCES_HEADING}" up to date`);
  log('all checks passed');
}

main();
