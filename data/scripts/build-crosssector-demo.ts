/**
 * Builds the demo's ILLUSTRATIVE cross-sector inputs (issue 7), made up and labelled as such, never official:
 *
 * - data/crosssector/demo_patents.csv (`id,year,territory,ipc`): 3,000 patents, 2015-2024, Belarusian oblasts
 *   and Minsk, 1-4 IPC codes each. Classes are drawn from the classes of the Fraunhofer ISI concordance
 *   (nace2div_x_ipc3_share_fraunhofer2019.csv): seven out of ten patents belong to a technology theme (digital,
 *   medical, mobility, packaging, food, energy, agriculture) and draw their codes from its classes, the rest draw
 *   any class; the digital and medical themes grow over the years.
 * - data/crosssector/demo_deals.csv (`id,year,acquirer_sector,target_sector,value,country`): 400 deals over
 *   the same years between NACE divisions, with some preferred pairs (ICT buying electronics, pharmacy buying
 *   R&D) and values in million USD.
 *
 *   cd /work/main && node --import tsx data/scripts/build-crosssector-demo.ts
 *
 * Deterministic: every draw comes from mulberry32 with a fixed seed, so two runs give identical files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/analytics/random.ts';

const DIR = fileURLToPath(new URL('../crosssector/', import.meta.url));
const rng = mulberry32(20_260_707);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
  let r = rng() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
};

const YEARS = Array.from({ length: 10 }, (_, k) => 2015 + k);
const TERRITORIES = [['BY-HM', 4], ['BY-MI', 2], ['BY-HO', 1], ['BY-VI', 1], ['BY-BR', 1], ['BY-HR', 0.8], ['BY-MA', 0.8]] as const;

const header = readFileSync(`${DIR}nace2div_x_ipc3_share_fraunhofer2019.csv`, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
const CLASSES = header.split(',').slice(1).map((c) => c.trim());
const THEMES = [
  { classes: ['G06', 'H04', 'H03', 'G09', 'H01'], weight: (t: number) => 2 + 4 * t },
  { classes: ['A61', 'C07', 'G01', 'C12'], weight: (t: number) => 1.5 + 2 * t },
  { classes: ['B60', 'H01', 'F02', 'G05', 'B62'], weight: () => 1.5 },
  { classes: ['B65', 'B32', 'C08', 'D21'], weight: () => 1 },
  { classes: ['A23', 'C12', 'B01', 'A47'], weight: () => 1 },
  { classes: ['H02', 'F03', 'F24', 'H01'], weight: () => 1.2 },
  { classes: ['A01', 'C05', 'B01', 'A23'], weight: () => 0.8 },
].map((t) => ({ ...t, classes: t.classes.filter((c) => CLASSES.includes(c)) }));
const SUBCLASS = 'ABCDFGHJKLMN';

function ipcCode(cls: string): string {
  const sub = pick([...SUBCLASS]);
  return rng() < 0.5 ? `${cls}${sub}` : `${cls}${sub} ${1 + Math.floor(rng() * 40)}/${String(Math.floor(rng() * 99)).padStart(2, '0')}`;
}

const patents = ['id,year,territory,ipc'];
for (let p = 1; p <= 3000; p++) {
  const year = weighted(YEARS.map((y, k) => [y, 1 + k * 0.08] as const));
  const trend = (year - 2015) / 9;
  const theme = rng() < 0.7 ? weighted(THEMES.map((th) => [th, th.weight(trend)] as const)) : null;
  const pool = theme ? theme.classes : CLASSES;
  const n = Math.min(pool.length, weighted([[1, 2], [2, 4], [3, 3], [4, 1]] as const));
  const classes: string[] = [];
  while (classes.length < n) {
    const next = pick(pool);
    if (!classes.includes(next)) classes.push(next);
  }
  const territory = rng() < 0.1 ? '' : weighted(TERRITORIES);
  patents.push(`DEMO-P${String(p).padStart(5, '0')},${year},${territory},${classes.map(ipcCode).join(';')}`);
}
writeFileSync(`${DIR}demo_patents.csv`, `${patents.join('\n')}\n`);

const SECTORS = ['10', '11', '13', '16', '17', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '32', '35', '38', '41', '46', '47', '49', '52', '58', '61', '62', '63', '64', '71', '72', '73', '86', '90', '93'];
const PREFERRED = [['62', '26', 6], ['62', '63', 5], ['61', '62', 4], ['21', '72', 4], ['29', '27', 3], ['46', '52', 3], ['58', '90', 3], ['26', '32', 2], ['28', '62', 2], ['10', '11', 2]] as const;
const COUNTRIES = [['BY', 5], ['RU', 3], ['CN', 1], ['DE', 1], ['KZ', 1], ['PL', 0.5]] as const;
const deals = ['id,year,acquirer_sector,target_sector,value,country'];
for (let d = 1; d <= 400; d++) {
  const year = weighted(YEARS.map((y, k) => [y, 1 + k * 0.12] as const));
  let acquirer: string;
  let target: string;
  if (rng() < 0.45) [acquirer, target] = weighted(PREFERRED.map(([a, t, w]) => [[a, t], w] as const));
  else if (rng() < 0.3) acquirer = target = pick(SECTORS);
  else [acquirer, target] = [pick(SECTORS), pick(SECTORS)];
  const value = rng() < 0.15 ? '' : (Math.exp(rng() * 4) * (0.5 + rng())).toFixed(1);
  deals.push(`DEMO-D${String(d).padStart(4, '0')},${year},${acquirer},${target},${value},${weighted(COUNTRIES)}`);
}
writeFileSync(`${DIR}demo_deals.csv`, `${deals.join('\n')}\n`);
console.log(`patents: ${patents.length - 1}, deals: ${deals.length - 1} (illustrative) in data/crosssector/`);
