// The page's state in the URL (?source=&year=&threshold=&sector=) and pure helpers for its tables.
import { LINK_SOURCES, type LinkSource } from '../../api/crosssector.ts';

/** `year`: null for all years together; `threshold`: the lowest observed/expected ratio drawn; `sector`: '' for none. */
export interface CrossSectorView { source: LinkSource; year: number | null; threshold: number; sector: string }

export const DEFAULT_VIEW: CrossSectorView = { source: 'patents', year: null, threshold: 1, sector: '' };

/** The thresholds offered in the ratio filter (observed/expected). */
export const THRESHOLDS: readonly number[] = [0, 1, 1.5, 2, 3, 5];

const SECTOR_CODE = /^[A-Za-z0-9._-]{1,16}$/;

export function readView(params: URLSearchParams): CrossSectorView {
  const source = params.get('source') as LinkSource | null;
  const year = Number(params.get('year'));
  const threshold = Number(params.get('threshold'));
  const sector = params.get('sector') ?? '';
  return {
    source: source && LINK_SOURCES.includes(source) ? source : DEFAULT_VIEW.source,
    year: params.get('year') && Number.isInteger(year) && year > 1800 && year < 2200 ? year : DEFAULT_VIEW.year,
    threshold: params.get('threshold') && Number.isFinite(threshold) && threshold >= 0 && threshold <= 100 ? threshold : DEFAULT_VIEW.threshold,
    sector: SECTOR_CODE.test(sector) ? sector : DEFAULT_VIEW.sector,
  };
}

/** The URL's parameters for a view: defaults left out, other parameters (such as ?lang) kept. */
export function writeView(current: URLSearchParams, view: CrossSectorView): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of ['source', 'year', 'threshold', 'sector'] as const) {
    if (view[key] === DEFAULT_VIEW[key]) next.delete(key);
    else next.set(key, String(view[key]));
  }
  return next;
}

/** A year that the source does not have falls back to all years together. */
export function validYear(year: number | null, years: readonly number[]): number | null {
  return year !== null && years.includes(year) ? year : null;
}

/** Growth as a signed percentage text, e.g. +12% / −5% / 0%; null when unknown. */
export function growthText(growth: number | null | undefined, percent: (n: number) => string): string {
  if (growth === null || growth === undefined || !Number.isFinite(growth)) return '—';
  const rounded = Math.round(growth * 100);
  if (rounded === 0) return `${percent(0)}%`;
  return `${rounded > 0 ? '+' : '−'}${percent(Math.abs(rounded))}%`;
}

/** The direction of a growth figure, for an arrow and a CSS class. */
export function growthTrend(growth: number | null | undefined): 'up' | 'down' | 'flat' | 'none' {
  if (growth === null || growth === undefined || !Number.isFinite(growth)) return 'none';
  if (growth > 0.005) return 'up';
  if (growth < -0.005) return 'down';
  return 'flat';
}

/** Regions of an industry, the strongest first, at most `top`. */
export function topRegions<T extends { lq: number }>(regions: readonly T[], top: number): T[] {
  return [...regions].sort((a, b) => b.lq - a.lq).slice(0, top);
}

/**
 * Whether a source's data is illustrative: the latest imported dataset of its kind (the one the API shows by
 * default) says so. Contracts are the registry's own and have no dataset here.
 */
export function isIllustrative(datasets: readonly { kind: string; illustrative: boolean; importedAt: string }[] | undefined, source: LinkSource): boolean {
  const latest = [...(datasets ?? [])].filter((d) => d.kind === source).sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0];
  return latest?.illustrative === true;
}
