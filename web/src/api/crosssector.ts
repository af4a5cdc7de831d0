// Response types and paths of the cross-sector cooperation API (/api/crosssector/...). Shapes follow
// src/api/routes/crosssector.ts and src/services/crosssector/ (link-views.ts, emerging-view.ts, datasets.ts).
import { queryString } from './client.ts';

export type LinkSource = 'patents' | 'deals' | 'contracts';
export const LINK_SOURCES: readonly LinkSource[] = ['patents', 'deals', 'contracts'];

/** patents: each unordered pair once (from < to); deals and contracts: directed. `ratio` null when not finite. */
export interface SectorLink { from: string; to: string; weight: number; expected: number; ratio: number | null; significant: boolean }

/** A NACE division; its names are null when the classifier lacks it. */
export interface SectorMeasures {
  sector: string;
  nameRu: string | null;
  nameEn: string | null;
  activity: number;
  crossShare: number | null;
  degree: number;
  strength: number;
  betweenness: number;
  eigenvector: number;
  /** null: no community (an isolated sector) */
  community: number | null;
}

export interface CrossSectorLinks {
  source: LinkSource;
  /** the patent or deal dataset shown (null for contracts or when none is loaded) */
  dataset: string | null;
  illustrative: boolean;
  /** null: all years together */
  year: number | null;
  years: number[];
  items: SectorLink[];
  sectors: SectorMeasures[];
}

export interface SectorPartner {
  sector: string;
  nameRu: string | null;
  nameEn: string | null;
  /** links in both directions, over all years */
  weight: number;
  ratio: number | null;
  significant: boolean;
  /** log-linear growth of the link per year (null when it cannot be estimated) */
  growth: number | null;
}

export interface SectorProfile {
  sector: string;
  nameRu: string | null;
  nameEn: string | null;
  source: LinkSource;
  dataset: string | null;
  illustrative: boolean;
  partners: SectorPartner[];
  activityByYear: { year: number; activity: number }[];
}

export interface EmergingIndustry {
  id: string;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  codes: string[];
  /** null when the source has no data */
  size: number | null;
  growth: number | null;
  interconnectedness: number | null;
  /** LQ by territory; empty when no regional statistics are loaded */
  regions: { territory: string; lq: number }[];
}

export interface EmergingIndustries { source: LinkSource; dataset: string | null; illustrative: boolean; years: number[]; items: EmergingIndustry[]; notes: string[] }

/** A stored patent or deal dataset; `source` is its provenance (free text), `kind` the link source. */
export interface CrossSectorDataset { kind: 'patents' | 'deals'; id: string; name: string; source: string | null; illustrative: boolean; importedAt: string }

export interface LinksQuery { source: LinkSource; year: number | null; minRatio: number }

export const crosssectorPaths = {
  datasets: () => '/api/crosssector/datasets',
  links: (q: LinksQuery) => `/api/crosssector/links${queryString({ source: q.source, year: q.year, minRatio: q.minRatio, significant: 'true' })}`,
  /** every link of the source and year (no threshold): the heatmap shows all ratios */
  matrix: (source: LinkSource, year: number | null) => `/api/crosssector/links${queryString({ source, year })}`,
  sector: (code: string, source: LinkSource) => `/api/crosssector/sectors/${encodeURIComponent(code)}${queryString({ source })}`,
  emerging: (source: LinkSource) => `/api/crosssector/emerging${queryString({ source })}`,
};
