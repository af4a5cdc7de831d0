// The `crosssector` command's computation and files (no database): patent and deal files -> link matrices per
// source and year (src/analytics/crosssector/), their observed/expected ratios, the significant-link network
// of sectors, and DIR/links.csv (source,year,sector_from,sector_to,weight,expected,ratio) and DIR/sectors.csv
// (source,sector,activity,cross_share,degree,strength,betweenness,community). docs/methods-crosssector.md.
//
// links.csv has one row per source, year (empty = all years together) and ordered sector pair with weight > 0,
// the diagonal (same-sector links) included so that the totals behind `expected` can be re-derived from the
// file. sectors.csv has one row per source and sector with activity > 0, measured on all years together;
// `community` is empty for a sector without significant links. Numbers at full precision, NaN as an empty cell.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Concordance, ipcClass, networkMeasures, observedExpected, pairLinkMatrices, parseConcordance,
  patentLinkMatrices, sectorMeasures, significantLinks, sumYears,
} from '../analytics/crosssector/index.ts';
import { csvCode } from './complexity-output.ts';
import type { DealRows } from './crosssector/deals-input.ts';
import type { PatentRows } from './crosssector/patents-input.ts';
import { ValidationError } from './errors.ts';

export const LINK_COLUMNS = ['source', 'year', 'sector_from', 'sector_to', 'weight', 'expected', 'ratio'] as const;
export const SECTOR_COLUMNS = ['source', 'sector', 'activity', 'cross_share', 'degree', 'strength', 'betweenness', 'community'] as const;

const CONCORDANCE_NAME = 'nace2div_x_ipc3_share_fraunhofer2019.csv';
/** data/crosssector/ of this repository, else the shared data folder next to it. */
export const DEFAULT_CONCORDANCE_FILES = [
  fileURLToPath(new URL(`../../data/crosssector/${CONCORDANCE_NAME}`, import.meta.url)),
  fileURLToPath(new URL(`../../../shared/data/cross_sector/${CONCORDANCE_NAME}`, import.meta.url)),
];

/** Reads and parses a concordance file (the default one when path is undefined). */
export function readConcordanceFile(path?: string): { path: string; concordance: Concordance } {
  const file = path ?? DEFAULT_CONCORDANCE_FILES.find((f) => existsSync(f));
  if (file === undefined || !existsSync(file)) {
    throw new ValidationError(`${path ?? CONCORDANCE_NAME}: no such file (give --concordance FILE)`, [{ row: 0, column: '--concordance', message: 'no such file' }]);
  }
  try {
    return { path: file, concordance: parseConcordance(readFileSync(file, 'utf8')) };
  } catch (error) {
    if (error instanceof RangeError) throw new ValidationError(`${file}: ${error.message.replace(/^`parseConcordance` /, '')}`);
    throw error;
  }
}

/** One source's matrices: sectors (rows/columns), years, year-major perYear and all years summed. */
export interface SourceLinks {
  source: 'patents' | 'deals' | 'contracts';
  symmetric: boolean;
  sectors: string[];
  years: number[];
  perYear: Float64Array;
  all: Float64Array;
}

/** The distinct years, ascending, and each year's position among them. */
export function yearIndex(years: ArrayLike<number>): { list: number[]; at: Map<number, number> } {
  const list = [...new Set(Array.from(years))].sort((a, b) => a - b);
  return { list, at: new Map(list.map((y, k) => [y, k])) };
}

/** Patents mapped through the concordance (codes already checked against it by readPatents). */
export function patentLinks(rows: PatentRows, concordance: Concordance): SourceLinks {
  const { list, at } = yearIndex(rows.year);
  const offset = new Int32Array(rows.id.length + 1);
  const classOf: number[] = [];
  rows.ipc.forEach((codes, p) => {
    for (const code of codes) {
      const c = concordance.classIndex.get(ipcClass(code) ?? '');
      if (c === undefined) throw new ValidationError(`unknown IPC code ${code}`, [{ row: p + 2, column: 'ipc', message: `unknown IPC code ${code}` }]);
      classOf.push(c);
    }
    offset[p + 1] = classOf.length;
  });
  const yearOf = Int32Array.from(rows.year, (y) => at.get(y) as number);
  const { links } = patentLinkMatrices({ offset, classOf: Int32Array.from(classOf), yearOf, nYears: list.length }, concordance);
  const n = concordance.divisions.length;
  return { source: 'patents', symmetric: true, sectors: concordance.divisions, years: list, perYear: links, all: sumYears(links, n * n) };
}

/** Deals acquirer -> target; weight 'count' (each deal 1) or 'value' (the deal value, required on every row). */
export function dealLinks(rows: DealRows, weight: 'count' | 'value', name = 'deals'): SourceLinks {
  if (weight === 'value') {
    const missing = [...rows.value].flatMap((v, r) => (Number.isNaN(v) ? [{ row: r + 2, column: 'value', message: 'empty: --deal-weight value needs a value on every row' }] : []));
    if (missing.length > 0) throw new ValidationError(`${name}: ${missing.length} deal${missing.length > 1 ? 's have' : ' has'} no value`, missing.slice(0, 100), missing.length);
  }
  const sectors = [...new Set([...rows.acquirerSector, ...rows.targetSector])].sort();
  const si = new Map(sectors.map((s, k) => [s, k]));
  const { list, at } = yearIndex(rows.year);
  const n = sectors.length;
  const m = pairLinkMatrices(
    Int32Array.from(rows.acquirerSector, (s) => si.get(s) as number), Int32Array.from(rows.targetSector, (s) => si.get(s) as number),
    Int32Array.from(rows.year, (y) => at.get(y) as number), list.length, n, weight === 'value' ? rows.value : undefined,
  );
  return { source: 'deals', symmetric: false, sectors, years: list, perYear: m, all: sumYears(m, n * n) };
}

/** links.csv and sectors.csv of the given sources. */
export function crossSectorFiles(sources: readonly SourceLinks[], options: { alpha?: number; seed?: number } = {}): { links: string; sectors: string } {
  const links: string[] = [`${LINK_COLUMNS.join(',')}\n`];
  const sectors: string[] = [`${SECTOR_COLUMNS.join(',')}\n`];
  for (const s of sources) {
    const n = s.sectors.length;
    const code = s.sectors.map(csvCode);
    const writeLinks = (m: Float64Array, year: string) => {
      const oe = observedExpected(m, n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const k = i * n + j;
          if (!((m[k] as number) > 0)) continue;
          links.push(`${s.source},${year},${code[i]},${code[j]},${num(m[k] as number)},${num(oe.expected[k] as number)},${num(oe.ratio[k] as number)}\n`);
        }
      }
    };
    writeLinks(s.all, '');
    s.years.forEach((y, t) => writeLinks(s.perYear.subarray(t * n * n, (t + 1) * n * n), String(y)));
    const oe = observedExpected(s.all, n);
    const mask = significantLinks(s.all, oe.expected, n, options.alpha ?? 0.05);
    const net = networkMeasures(s.all, mask, n, { seed: options.seed ?? 1 });
    const act = sectorMeasures(s.all, n, s.symmetric);
    for (let i = 0; i < n; i++) {
      if (!((act.activity[i] as number) > 0)) continue;
      const c = net.community[i] as number;
      sectors.push(`${s.source},${code[i]},${num(act.activity[i] as number)},${num(act.crossShare[i] as number)},${num(net.degree[i] as number)},`
        + `${num(net.strength[i] as number)},${num(net.betweenness[i] as number)},${c < 0 ? '' : c}\n`);
    }
  }
  return { links: `\uFEFF${links.join('')}`, sectors: `\uFEFF${sectors.join('')}` };
}

function num(v: number): string {
  return Number.isNaN(v) ? '' : String(v);
}
