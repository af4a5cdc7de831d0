// JSON views of the cross-sector links (GET /api/crosssector/links and /sectors/:code): the links of a source
// and year with their expected weight, ratio and significance, each sector's measures, and one sector's partners
// with the growth of each link.
import { fastestEmerging, linkGrowth } from '../../analytics/crosssector/link-growth.ts';
import type { Database } from '../../db/database.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { analyseLinks } from './link-analysis.ts';
import { naceDivision } from './nace-divisions.ts';
import { divisionNames, named } from './sector-names.ts';
import { type LinkSource, type SourceMatrices, sourceMatrices } from './source-matrices.ts';
import { finiteOrNull } from '../json-numbers.ts';

export interface LinksQuery {
  source: LinkSource;
  dataset?: string;
  /** null or absent: all years together */
  year?: number | null;
  /** keep links with ratio >= minRatio */
  minRatio?: number;
  /** keep only significant links */
  significant?: boolean;
}


/** An empty answer when a source has no data (a patent or deal dataset not loaded). */
function emptyMatrices(source: LinkSource): SourceMatrices {
  return { source, dataset: null, illustrative: false, symmetric: source === 'patents', sectors: [], years: [], perYear: new Float64Array(0), all: new Float64Array(0), key: `${source}:none` };
}

async function matricesOf(db: Database, source: LinkSource, dataset?: string): Promise<SourceMatrices> {
  const m = await sourceMatrices(db, source, dataset);
  if (!m && dataset !== undefined) throw new NotFoundError(`${source}_dataset`, dataset);
  return m ?? emptyMatrices(source);
}

/**
 * The links of a source in a year (all years when none): every pair with weight > 0 (patents: each unordered
 * pair once, from < to; deals and contracts: directed), and the measures of every sector with activity.
 */
export async function linksView(db: Database, query: LinksQuery) {
  const matrices = await matricesOf(db, query.source, query.dataset);
  const year = query.year ?? null;
  if (year !== null && matrices.years.length > 0 && !matrices.years.includes(year)) {
    throw new ValidationError(`${query.source}: no rows in ${year} (years: ${matrices.years.join(', ')})`, [{ row: 0, column: 'year', message: 'no data in this year' }]);
  }
  const base = { source: query.source, dataset: matrices.dataset, illustrative: matrices.illustrative, year, years: matrices.years };
  if (matrices.sectors.length === 0) return { ...base, items: [], sectors: [] };
  const a = await analyseLinks(db, matrices, year);
  const names = await divisionNames(db);
  const { n } = a;
  const items = [];
  for (let i = 0; i < n; i++) {
    for (let j = matrices.symmetric ? i + 1 : 0; j < n; j++) {
      const k = i * n + j;
      const weight = a.m[k] as number;
      if (i === j || !(weight > 0)) continue;
      const ratio = a.oe.ratio[k] as number;
      const significant = a.significant[k] === 1 || (matrices.symmetric && a.significant[j * n + i] === 1);
      if (query.significant && !significant) continue;
      if (query.minRatio !== undefined && !(ratio >= query.minRatio)) continue;
      items.push({ from: matrices.sectors[i] as string, to: matrices.sectors[j] as string, weight, expected: a.oe.expected[k] as number, ratio: finiteOrNull(ratio), significant });
    }
  }
  const sectors = [];
  for (let i = 0; i < n; i++) {
    const activity = a.sectors.activity[i] as number;
    if (!(activity > 0)) continue;
    sectors.push({
      ...named(names, matrices.sectors[i] as string), activity, crossShare: finiteOrNull(a.sectors.crossShare[i] as number),
      degree: a.network.degree[i] as number, strength: a.network.strength[i] as number,
      betweenness: a.network.betweenness[i] as number, eigenvector: a.network.eigenvector[i] as number,
      community: (a.network.community[i] as number) < 0 ? null : (a.network.community[i] as number),
    });
  }
  return { ...base, items, sectors };
}

/**
 * One sector's partners over all years (weight of the links in both directions, their ratio to the expected
 * weight, significance in either direction, log-linear growth per year) and its activity by year.
 * @throws {NotFoundError} when the code is not a NACE division (or finer code)
 */
export async function sectorProfile(db: Database, code: string, source: LinkSource, dataset?: string) {
  const sector = naceDivision(code);
  if (sector === null) throw new NotFoundError('sector', code);
  const matrices = await matricesOf(db, source, dataset);
  const names = await divisionNames(db);
  const head = { ...named(names, sector), source, dataset: matrices.dataset, illustrative: matrices.illustrative };
  const s = matrices.sectors.indexOf(sector);
  if (s < 0) return { ...head, partners: [], activityByYear: matrices.years.map((year) => ({ year, activity: 0 })) };
  const n = matrices.sectors.length;
  const all = await analyseLinks(db, matrices, null);
  const yearly = await Promise.all(matrices.years.map((y) => analyseLinks(db, matrices, y)));
  const nY = matrices.years.length;
  const both = (m: Float64Array, j: number) => (matrices.symmetric ? (m[s * n + j] as number) : (m[s * n + j] as number) + (m[j * n + s] as number));
  const series = new Float64Array(nY * n);
  yearly.forEach((a, y) => { for (let j = 0; j < n; j++) series[y * n + j] = both(a.m, j); });
  const growth = linkGrowth(series, matrices.years, n);
  const partners = [];
  for (let j = 0; j < n; j++) {
    const weight = both(all.m, j);
    if (j === s || !(weight > 0)) continue;
    const expected = both(all.oe.expected, j);
    partners.push({
      ...named(names, matrices.sectors[j] as string), weight, ratio: expected > 0 ? weight / expected : null,
      significant: all.significant[s * n + j] === 1 || all.significant[j * n + s] === 1, growth: finiteOrNull(growth[j] as number),
    });
  }
  partners.sort((a, b) => b.weight - a.weight || (a.sector < b.sector ? -1 : 1));
  const activityByYear = yearly.map((a, y) => ({ year: matrices.years[y] as number, activity: a.sectors.activity[s] as number }));
  return { ...head, partners, activityByYear };
}

/**
 * The fastest-emerging links of a source: directed sector pairs (patents: each pair once) ranked by the
 * log-linear growth of their weight over the years, among links whose total weight over the years is at least
 * minWeight (so that a link seen twice does not lead the list).
 */
export async function emergingLinks(db: Database, source: LinkSource, options: { dataset?: string; top?: number; minWeight?: number } = {}) {
  const matrices = await matricesOf(db, source, options.dataset);
  const base = { source, dataset: matrices.dataset, illustrative: matrices.illustrative, years: matrices.years };
  const n = matrices.sectors.length;
  if (n === 0 || matrices.years.length < 2) return { ...base, items: [] };
  const growth = linkGrowth(matrices.perYear, matrices.years, n * n);
  // a symmetric source lists each unordered pair once
  if (matrices.symmetric) for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) growth[i * n + j] = Number.NaN;
  const names = await divisionNames(db);
  const cells = fastestEmerging(growth, matrices.all, n, options.top ?? 10, options.minWeight ?? 5);
  const items = Array.from(cells, (k) => {
    const i = Math.floor(k / n);
    const j = k % n;
    const from = named(names, matrices.sectors[i] as string);
    const to = named(names, matrices.sectors[j] as string);
    return { from: from.sector, fromNameRu: from.nameRu, fromNameEn: from.nameEn, to: to.sector, toNameRu: to.nameRu, toNameEn: to.nameEn,
      growth: growth[k] as number, weight: matrices.all[k] as number };
  });
  return { ...base, items };
}
