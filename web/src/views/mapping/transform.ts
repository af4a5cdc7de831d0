// Pure data shaping for the cluster mapping page: its selections <-> the URL, the API query they stand for,
// the classes and colours of the cluster-strength map, the rows and columns of the LQ heatmap. No React, no DOM.
import {
  CELL_CLASSES, CELL_SORTS, type CellClass, type CellFilter, type CellSort, type MappingDataset, type MappingMatrix, type MappingQuery,
  type MappingRegion, type MappingSummary,
} from '../../api/mapping.ts';

export type RowOrder = 'oblast' | 'strength' | 'name';
export const ROW_ORDERS: RowOrder[] = ['oblast', 'strength', 'name'];
export type ColumnSet = 'top' | 'all';
export const PAGE_SIZES = [10, 25, 50, 100] as const;
/** Columns of the heatmap when it shows the top industries only. */
export const TOP_CATEGORIES = 30;

export interface MappingView {
  /** A dataset id; '' for the first dataset. */
  dataset: string;
  /** null for the dataset's latest year. */
  year: number | null;
  /** null for the server's default (five years before `year`, or the first year after that). */
  baseYear: number | null;
  /** A category scheme id; '' for the dataset's own classification. */
  scheme: string;
  region: string;
  category: string;
  cls: CellClass;
  minStars: number;
  registered: '' | 'yes' | 'no';
  sort: CellSort;
  page: number;
  size: number;
  rows: RowOrder;
  cols: ColumnSet;
}

export const DEFAULT_VIEW: MappingView = {
  dataset: '', year: null, baseYear: null, scheme: '', region: '', category: '', cls: 'strong', minStars: 1, registered: '', sort: 'lq',
  page: 1, size: 25, rows: 'oblast', cols: 'top',
};

/** The URL parameter of each field. */
const KEYS: Record<keyof MappingView, string> = {
  dataset: 'dataset', year: 'year', baseYear: 'baseYear', scheme: 'scheme', region: 'region', category: 'category', cls: 'class',
  minStars: 'minStars', registered: 'registered', sort: 'sort', page: 'page', size: 'size', rows: 'rows', cols: 'cols',
};
/** The fields that choose which rows the table shows: a change sends the table back to its first page. */
export const TABLE_FILTERS = ['region', 'category', 'cls', 'minStars', 'registered', 'sort', 'size'] as const;

const ID = /^[\w.-]{1,64}$/;
const YEAR = /^\d{4}$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => {
  const given = value ?? '';
  return (values as readonly string[]).includes(given) ? (given as T) : fallback;
};
const integerIn = (value: string | null, min: number, max: number, fallback: number) => {
  if (!value || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= min && n <= max ? n : fallback;
};

/** The view a URL holds; values that make no sense fall back to the defaults. */
export function readView(params: URLSearchParams): MappingView {
  const id = (key: string) => {
    const value = params.get(key)?.trim() ?? '';
    return ID.test(value) ? value : '';
  };
  const year = (key: string) => {
    const value = params.get(key) ?? '';
    return YEAR.test(value) ? Number(value) : null;
  };
  const size = Number(params.get(KEYS.size));
  return {
    dataset: id(KEYS.dataset),
    year: year(KEYS.year),
    baseYear: year(KEYS.baseYear),
    scheme: id(KEYS.scheme),
    region: id(KEYS.region),
    category: id(KEYS.category),
    cls: oneOf(CELL_CLASSES, params.get(KEYS.cls), DEFAULT_VIEW.cls),
    minStars: integerIn(params.get(KEYS.minStars), 1, 4, DEFAULT_VIEW.minStars),
    registered: oneOf(['', 'yes', 'no'] as const, params.get(KEYS.registered), ''),
    sort: oneOf(CELL_SORTS, params.get(KEYS.sort), DEFAULT_VIEW.sort),
    page: integerIn(params.get(KEYS.page), 1, 1_000_000, 1),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_VIEW.size,
    rows: oneOf(ROW_ORDERS, params.get(KEYS.rows), DEFAULT_VIEW.rows),
    cols: oneOf(['top', 'all'] as const, params.get(KEYS.cols), DEFAULT_VIEW.cols),
  };
}

/** `params` with the view written in and the fields at their default removed; other parameters are kept. */
export function writeView(params: URLSearchParams, view: MappingView): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const field of Object.keys(KEYS) as (keyof MappingView)[]) {
    const value = view[field];
    if (value === DEFAULT_VIEW[field] || value === null || value === '') next.delete(KEYS[field]);
    else next.set(KEYS[field], String(value));
  }
  return next;
}

/**
 * Applies a change to a view: a new dataset starts again from its latest year and an unfiltered table; a new
 * year drops a base year that is no longer before it; a new filter or page size goes back to the first page.
 */
export function changeView(view: MappingView, change: Partial<MappingView>): MappingView {
  let next = { ...view, ...change };
  if (change.dataset !== undefined && change.dataset !== view.dataset) {
    next = { ...DEFAULT_VIEW, dataset: change.dataset, scheme: next.scheme, rows: next.rows, cols: next.cols };
  }
  if (next.year !== null && next.baseYear !== null && next.baseYear >= next.year) next.baseYear = null;
  if (TABLE_FILTERS.some((key) => key in change && change[key] !== view[key]) && !('page' in change)) next.page = 1;
  if (change.year !== undefined && change.year !== view.year) next.page = 1;
  return next;
}

/**
 * The API query of a view over the known datasets, or null while they load or when there is none. A year
 * or base year the dataset does not have is left to the server's default rather than sent.
 */
export function mappingQuery(view: MappingView, datasets: MappingDataset[] | undefined): MappingQuery | null {
  const dataset = datasets?.find((d) => d.id === view.dataset) ?? datasets?.[0];
  if (!dataset) return null;
  const year = view.year !== null && dataset.years.includes(view.year) ? view.year : undefined;
  const latest = year ?? dataset.years[dataset.years.length - 1];
  const baseYear = view.baseYear !== null && dataset.years.includes(view.baseYear) && latest !== undefined && view.baseYear < latest
    ? view.baseYear : undefined;
  return { dataset: dataset.id, year, baseYear, scheme: view.scheme || undefined };
}

/** The base year the server takes by default: five years earlier, or the first year after that it has. */
export const defaultBaseYear = (years: number[], year: number): number | null => years.find((y) => y >= year - 5 && y < year) ?? null;

export const cellFilter = (view: MappingView): CellFilter => ({
  region: view.region || undefined,
  category: view.category || undefined,
  class: view.cls,
  minStars: view.cls === 'starred' ? view.minStars : undefined,
  registered: view.registered || undefined,
  sort: view.sort,
});

export const isTableFiltered = (view: MappingView) =>
  view.region !== '' || view.category !== '' || view.cls !== DEFAULT_VIEW.cls || view.registered !== '' || view.sort !== DEFAULT_VIEW.sort;

// --- cluster strength map ---------------------------------------------------------------------------

/** ColorBrewer YlGnBu, five classes: sequential and safe for the common colour-vision deficiencies. */
export const STRENGTH_COLORS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
export const NO_DATA_COLOR = '#e4e6eb';

/** A class of shares [from, to) (the last one closed), in whole per cent. */
export interface StrengthClass { from: number; to: number; color: string }

/**
 * Classes of cluster strength: quintiles of the known shares, rounded to whole per cent, with equal bounds
 * merged (so there may be fewer than five). Empty when no share is known.
 */
export function strengthClasses(values: (number | null)[]): StrengthClass[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (known.length === 0) return [];
  const quantile = (q: number) => {
    const at = (known.length - 1) * q;
    const low = Math.floor(at);
    return known[low]! + (known[Math.min(low + 1, known.length - 1)]! - known[low]!) * (at - low);
  };
  const percent = (x: number) => Math.round(x * 100);
  const bounds = [Math.floor(known[0]! * 100), ...[0.2, 0.4, 0.6, 0.8].map((q) => percent(quantile(q))), Math.ceil(known[known.length - 1]! * 100)];
  const unique = bounds.filter((b, i) => i === 0 || b > bounds[i - 1]!);
  if (unique.length === 1) unique.push(unique[0]! + 1);
  const n = unique.length - 1;
  return unique.slice(0, -1).map((from, i) => ({
    from,
    to: unique[i + 1]!,
    color: STRENGTH_COLORS[n === 1 ? STRENGTH_COLORS.length - 1 : Math.round((i * (STRENGTH_COLORS.length - 1)) / (n - 1))]!,
  }));
}

export function strengthColor(value: number | null, classes: StrengthClass[]): string {
  if (value === null || !Number.isFinite(value) || classes.length === 0) return NO_DATA_COLOR;
  const percent = value * 100;
  return (classes.find((c) => percent < c.to) ?? classes[classes.length - 1]!).color;
}

// --- LQ heatmap -------------------------------------------------------------------------------------

/** log2 of the LQ shown: 1/8 to 8 cover the colour scale; beyond it the end colours. */
export const LQ_LOG_LIMIT = 3;
/** Diverging: blue below the national share, white at LQ 1, orange above (ColorBrewer RdBu and PuOr ends). */
export const LQ_COLORS = ['#2166ac', '#67a9cf', '#d1e5f0', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'];
export const LQ_TICKS = [0.125, 0.25, 0.5, 1, 2, 4, 8];

export const lqScale = (lq: number) => Math.max(-LQ_LOG_LIMIT, Math.min(LQ_LOG_LIMIT, Math.log2(lq)));

export type Mark = 'strongStarred' | 'starred' | 'strong';
export const MARKS: Mark[] = ['strongStarred', 'starred', 'strong'];

/** The mark of a cell: strong cells and cells with two or more stars. */
export function markOf(strong: boolean, stars: number): Mark | null {
  if (strong && stars >= 2) return 'strongStarred';
  if (stars >= 2) return 'starred';
  return strong ? 'strong' : null;
}

export interface HeatmapRow { id: string; label: string; group: string; groupLabel: string }
export interface HeatmapColumn { code: string; label: string; name: string }
/** A drawn cell: column, row, log2 LQ (clamped), and the index of the cell in the matrix. */
export type HeatmapCell = [x: number, y: number, value: number, index: number];

export interface Heatmap {
  rows: HeatmapRow[];
  columns: HeatmapColumn[];
  cells: HeatmapCell[];
  marks: Record<Mark, [x: number, y: number, index: number][]>;
}

export interface HeatmapOptions {
  rowOrder: RowOrder;
  columns: ColumnSet;
  top?: number;
  /** A record's name in the interface language. */
  name: (record: { nameRu: string; nameBe?: string | null; nameEn?: string | null }) => string;
  /** The name of an oblast-level territory (the groups); the id while unknown. */
  groupName: (id: string) => string;
  locale: string;
}

/** The oblast a region is grouped under: its parent, or itself for an oblast-level region (Minsk city). */
export const groupOf = (region: Pick<MappingRegion, 'id' | 'parentId'>) =>
  region.parentId && region.parentId !== 'BY' ? region.parentId : region.id;

/** The industries of the heatmap: all, or the top ones by the number of strong regions (then employment), in code order. */
export function heatmapColumns(summary: Pick<MappingSummary, 'categories'>, columns: ColumnSet, top = TOP_CATEGORIES) {
  const chosen = columns === 'all'
    ? summary.categories
    : [...summary.categories].sort((a, b) => b.strongRegions - a.strongRegions || b.employment - a.employment || a.code.localeCompare(b.code)).slice(0, top);
  return [...chosen].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

/** Rows in the chosen order: by oblast (then strength), by strength, or by name. Unknown strength sorts last. */
export function heatmapRows(regions: MappingRegion[], options: Pick<HeatmapOptions, 'rowOrder' | 'name' | 'groupName' | 'locale'>): HeatmapRow[] {
  const collator = new Intl.Collator(options.locale);
  const strength = (r: MappingRegion) => r.strength ?? Number.NEGATIVE_INFINITY;
  const rows = regions.map((r) => ({ region: r, row: { id: r.id, label: options.name(r), group: groupOf(r), groupLabel: options.groupName(groupOf(r)) } }));
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => collator.compare(a.row.label, b.row.label);
  const byStrength = (a: (typeof rows)[number], b: (typeof rows)[number]) => strength(b.region) - strength(a.region) || byName(a, b);
  if (options.rowOrder === 'name') rows.sort(byName);
  else if (options.rowOrder === 'strength') rows.sort(byStrength);
  else rows.sort((a, b) => collator.compare(a.row.groupLabel, b.row.groupLabel) || a.row.group.localeCompare(b.row.group) || byStrength(a, b));
  return rows.map((r) => r.row);
}

/** The heatmap of a summary and its matrix (which must be of the same selection). */
export function toHeatmap(summary: Pick<MappingSummary, 'regions' | 'categories'>, matrix: MappingMatrix, options: HeatmapOptions): Heatmap {
  const rows = heatmapRows(summary.regions, options);
  const columns = heatmapColumns(summary, options.columns, options.top).map((c) => ({ code: c.code, label: c.code, name: options.name(c) }));
  const regionIndex = new Map(matrix.regions.map((id, r) => [id, r]));
  const categoryIndex = new Map(matrix.categories.map((code, c) => [code, c]));
  const nC = matrix.categories.length;
  const cells: HeatmapCell[] = [];
  const marks: Heatmap['marks'] = { strongStarred: [], starred: [], strong: [] };
  rows.forEach((row, y) => {
    const r = regionIndex.get(row.id);
    if (r === undefined) return;
    columns.forEach((column, x) => {
      const c = categoryIndex.get(column.code);
      if (c === undefined) return;
      const i = r * nC + c;
      const lq = matrix.lq[i];
      if (!(matrix.employment[i]! > 0) || lq === null || lq === undefined || !(lq > 0)) return;
      cells.push([x, y, lqScale(lq), i]);
      const mark = markOf(matrix.strong[i] === 1, matrix.stars[i] ?? 0);
      if (mark) marks[mark].push([x, y, i]);
    });
  });
  return { rows, columns, cells, marks };
}

/** Layout of the heatmap in CSS pixels: rows of a fixed height, columns of at least a minimum width. */
export const HEATMAP_LAYOUT = { row: 14, minColumn: 11, left: 170, right: 120, top: 40, bottom: 8 };

/** The box of a heatmap of `rows` x `columns`; the oblast labels on the right take room only when grouped. */
export function heatmapSize(rows: number, columns: number, grouped: boolean) {
  const right = grouped ? HEATMAP_LAYOUT.right : 16;
  return {
    height: HEATMAP_LAYOUT.top + rows * HEATMAP_LAYOUT.row + HEATMAP_LAYOUT.bottom,
    minWidth: HEATMAP_LAYOUT.left + right + columns * HEATMAP_LAYOUT.minColumn,
    right,
  };
}

// --- potential clusters on the map ------------------------------------------------------------------

export interface RegionGroup<C> { region: string; cells: C[]; employment: number; bestRank: number }

/** Potential clusters grouped by region, in the order of each region's best rank; employment summed. */
export function groupByRegion<C extends { region: string; employment: number; rank: number }>(cells: C[]): RegionGroup<C>[] {
  const groups = new Map<string, RegionGroup<C>>();
  for (const cell of cells) {
    const group = groups.get(cell.region) ?? { region: cell.region, cells: [], employment: 0, bestRank: cell.rank };
    group.cells.push(cell);
    group.employment += cell.employment;
    group.bestRank = Math.min(group.bestRank, cell.rank);
    groups.set(cell.region, group);
  }
  return [...groups.values()].sort((a, b) => a.bestRank - b.bestRank);
}

/** Marker radius in screen pixels: its area grows with employment, from `min` to `max` at the largest group. */
export function markerRadius(employment: number, largest: number, min = 5, max = 14): number {
  if (!(largest > 0) || !(employment > 0)) return min;
  return min + (max - min) * Math.sqrt(Math.min(1, employment / largest));
}
