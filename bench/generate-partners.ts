// Seeded synthetic register for the partner-search benchmark: organisations with NACE classes (Zipf-popular,
// some with secondary codes), places (the raions of data/territories.csv at seeded coordinates inside Belarus),
// size classes, roles, profile texts in ru or en built from the sector names and trade words, competitiveness
// (from synthetic productivity, growth and exports, as sector percentiles) and reliability (from synthetic
// years, contracts, memberships, labels), plus synthetic supplier -> customer contracts between divisions.
// Deterministic: the same N and seed give the same register.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { competitiveness } from '../src/analytics/matching/competitiveness.ts';
import { reliability } from '../src/analytics/matching/reliability.ts';
import { SectorTree } from '../src/analytics/matching/sector-hierarchy.ts';
import { mulberry32 } from './random.ts';

export interface SyntheticRegister {
  tree: SectorTree;
  /** sector codes of each organisation (primary first) */
  codes: string[][];
  texts: string[];
  location: Int32Array;
  sizeClass: Int8Array;
  roles: Int32Array;
  competitiveness: Float32Array;
  reliability: Float32Array;
  locationLat: Float64Array;
  locationLon: Float64Array;
  /** contracts between division nodes of the tree */
  contractSupplier: Int32Array;
  contractCustomer: Int32Array;
}

const WORDS_RU = ['производство', 'поставки', 'оборудование', 'услуги', 'ремонт', 'проектирование', 'экспорт', 'качество', 'сертификация',
  'логистика', 'склад', 'монтаж', 'инжиниринг', 'разработка', 'обучение', 'консалтинг', 'комплектующие', 'сырьё', 'переработка', 'испытания'];
const WORDS_EN = ['manufacturing', 'supply', 'equipment', 'services', 'repair', 'design', 'export', 'quality', 'certified', 'logistics',
  'warehouse', 'installation', 'engineering', 'development', 'training', 'consulting', 'components', 'materials', 'processing', 'testing'];

export function generatePartners(n: number, seed = 42): SyntheticRegister {
  const rnd = mulberry32(seed);
  const read = (file: string) => parse(readFileSync(new URL(`../data/${file}`, import.meta.url)), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const sectorRows = read('sectors.csv');
  const tree = new SectorTree(sectorRows.map((r) => ({ code: r.code as string, level: r.level as string, parent: r.parent_code || null })));
  const classes = sectorRows.filter((r) => r.level === 'class');
  const territories = read('territories.csv').filter((t) => t.level === 'raion' || t.level === 'city');
  const nLoc = territories.length;
  const locationLat = Float64Array.from({ length: nLoc }, () => 51.4 + rnd() * 4.6);
  const locationLon = Float64Array.from({ length: nLoc }, () => 23.5 + rnd() * 8.9);
  // Zipf-like popularity of classes and places: index = floor(len * u^2)
  const shuffled = classes.map((c) => ({ c, k: rnd() })).sort((a, b) => a.k - b.k).map((x) => x.c);
  const pickClass = () => shuffled[Math.floor(shuffled.length * rnd() ** 2)] as Record<string, string>;
  const codes: string[][] = new Array(n);
  const texts: string[] = new Array(n);
  const location = new Int32Array(n);
  const sizeClass = new Int8Array(n);
  const roles = new Int32Array(n);
  const sector = new Int32Array(n);
  const productivity = new Float64Array(n);
  const growth = new Float64Array(n);
  const exportShare = new Float64Array(n);
  const years = new Float64Array(n);
  const completed = new Float64Array(n);
  const broken = new Float64Array(n);
  const memberships = new Float64Array(n);
  const active = new Uint8Array(n);
  const labels = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const primary = pickClass();
    const own = [primary.code as string];
    if (rnd() < 0.3) own.push(pickClass().code as string);
    if (rnd() < 0.1) own.push(pickClass().code as string);
    codes[i] = own;
    sector[i] = tree.id(primary.code as string);
    const ru = rnd() < 0.7;
    const words = ru ? WORDS_RU : WORDS_EN;
    const name = ((ru ? primary.name_ru : primary.name_en) || primary.name_en || '').split(/[ ,]+/).slice(0, 6).join(' ');
    const extra = Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => words[Math.floor(rnd() * words.length)]).join(' ');
    texts[i] = `${name} ${extra}`;
    location[i] = Math.floor(nLoc * rnd() ** 1.5);
    const u = rnd();
    sizeClass[i] = u < 0.7 ? 0 : u < 0.9 ? 1 : u < 0.98 ? 2 : 3;
    roles[i] = 1 << Math.floor(rnd() * 8);
    productivity[i] = rnd() < 0.2 ? NaN : Math.exp(rnd() * 3);
    growth[i] = rnd() < 0.3 ? NaN : rnd() * 0.4 - 0.1;
    exportShare[i] = rnd() < 0.5 ? 0 : rnd();
    years[i] = Math.floor(rnd() * 30);
    completed[i] = Math.floor(rnd() ** 3 * 20);
    broken[i] = rnd() < 0.1 ? 1 : 0;
    memberships[i] = rnd() < 0.05 ? 1 : 0;
    active[i] = rnd() < 0.97 ? 1 : 0;
    labels[i] = rnd() < 0.1 ? 1 : 0;
  }
  const comp = competitiveness({ productivity, growth, exportShare, sector }).score;
  const rel = reliability({ yearsActive: years, completed, broken, memberships, active, labels });
  // contracts: every division buys from three supplier divisions of its own (plus noise)
  const divisions = tree.codes.map((_, i) => i).filter((i) => tree.levels[i] === 'division');
  const suppliersOf = new Map(divisions.map((d) => [d, [0, 1, 2].map(() => divisions[Math.floor(rnd() * divisions.length)] as number)]));
  const nContracts = Math.max(100, Math.floor(n / 5));
  const contractSupplier = new Int32Array(nContracts);
  const contractCustomer = new Int32Array(nContracts);
  for (let c = 0; c < nContracts; c++) {
    const customer = divisions[Math.floor(divisions.length * rnd() ** 2)] as number;
    contractCustomer[c] = customer;
    contractSupplier[c] = rnd() < 0.8 ? ((suppliersOf.get(customer) as number[])[Math.floor(rnd() * 3)] as number) : (divisions[Math.floor(rnd() * divisions.length)] as number);
  }
  return {
    tree, codes, texts, location, sizeClass, roles,
    competitiveness: Float32Array.from(comp), reliability: Float32Array.from(rel),
    locationLat, locationLon, contractSupplier, contractCustomer,
  };
}
