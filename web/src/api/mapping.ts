// Shapes of the /api/mapping answers (src/services/mapping-views.ts) and of the cluster maturity check
// (src/services/cluster-maturity.ts), and the paths that ask for them.
import { queryString } from './client.ts';
import type { ClusterStatus } from './types.ts';

export interface MappingDataset {
  id: string;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  /** 'nace' or a category scheme id: the codes the rows are in. */
  classification: string;
  source: string | null;
  note: string | null;
  /** Made up (in whole or in part) for the demo: every figure shown from it must say so. */
  illustrative: boolean;
  partial: boolean;
  years: number[];
  regions: number;
  categories: number;
  rows: number;
}

export interface MappingRegion {
  id: string;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  parentId: string | null;
  lon: number | null;
  lat: number | null;
  employment: number;
  tradedEmployment: number;
  strongEmployment: number;
  /** Share of traded employment in strong clusters, 0..1; null without traded employment. */
  strength: number | null;
  strongCount: number;
  /** Employment CAGR from the base year, a fraction a year; null without a base year. */
  growth: number | null;
}

export interface MappingCategory {
  code: string;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  traded: boolean | null;
  nace: string[];
  employment: number;
  /** Regions with employment in the category. */
  regions: number;
  strongRegions: number;
}

export interface MappingSummary {
  dataset: Omit<MappingDataset, 'years' | 'regions' | 'categories' | 'rows'>;
  scheme: string;
  years: number[];
  year: number;
  baseYear: number | null;
  tradedKnown: boolean;
  strongCells: number;
  potentialCells: number;
  regions: MappingRegion[];
  categories: MappingCategory[];
}

/** Region-major flat arrays: the cell of region r and category c is at r * categories.length + c. */
export interface MappingMatrix {
  year: number;
  regions: string[];
  categories: string[];
  employment: number[];
  lq: (number | null)[];
  stars: number[];
  strong: (0 | 1)[];
}

export interface Names { ru: string; be: string | null; en: string | null }
export type StarKind = 'size' | 'specialisation' | 'focus' | 'productivity';
export const STAR_KINDS: StarKind[] = ['size', 'specialisation', 'focus', 'productivity'];

export interface MappingCell {
  region: string;
  regionName: Names;
  category: string;
  categoryName: Names;
  traded: boolean | null;
  employment: number;
  establishments: number;
  wages: number | null;
  lq: number | null;
  strong: boolean;
  strong10: boolean;
  significant: boolean;
  qualifying: boolean;
  stars: number;
  star: Record<StarKind, boolean>;
  /** Employment CAGR from the base year (a fraction a year), null without a base year. */
  growth: number | null;
  shift: { national: number | null; industryMix: number | null; regional: number | null } | null;
  registeredClusters: number[];
}

export interface PotentialCell extends MappingCell {
  rank: number;
  lon: number | null;
  lat: number | null;
}

export type CellClass = 'strong' | 'strong10' | 'starred' | 'all';
export const CELL_CLASSES: CellClass[] = ['strong', 'strong10', 'starred', 'all'];
export type CellSort = 'lq' | 'employment' | 'stars' | 'growth';
export const CELL_SORTS: CellSort[] = ['lq', 'employment', 'stars', 'growth'];

/** What every mapping endpoint is asked for; unset fields take the server's defaults. */
export interface MappingQuery {
  dataset: string;
  year?: number;
  baseYear?: number;
  scheme?: string;
}

export interface CellFilter {
  region?: string;
  category?: string;
  class: CellClass;
  minStars?: number;
  registered?: 'yes' | 'no';
  sort: CellSort;
}

export type MaturityCriterion = 'coordinator' | 'agreement' | 'members' | 'memberTypes' | 'operatingMembers' | 'contracts' | 'projects' | 'staff';

export interface ClusterMaturity {
  clusterId: number;
  registered: ClusterStatus;
  suggested: ClusterStatus;
  agrees: boolean;
  evidence: {
    hasCoordinator: boolean;
    hasAgreement: boolean;
    members: number;
    memberTypes: number;
    contractsBetweenMembers: number;
    jointProjects: number;
    managementStaff: number | null;
  };
  checks: { criterion: MaturityCriterion; stage: 'forming' | 'operating'; value: number; required: number; met: boolean }[];
}

const base = (q: MappingQuery) => ({ dataset: q.dataset, year: q.year, baseYear: q.baseYear, scheme: q.scheme });

// Every view of one selection sends the same dataset, year, base year and scheme: the server caches one
// computation per combination, so the summary, the matrix and the cells share it.
export const mappingPaths = {
  datasets: () => '/api/mapping/datasets',
  summary: (q: MappingQuery) => `/api/mapping/summary${queryString(base(q))}`,
  matrix: (q: MappingQuery) => `/api/mapping/matrix${queryString(base(q))}`,
  cells: (q: MappingQuery, f: CellFilter, page: { limit: number; offset: number }) =>
    `/api/mapping/cells${queryString({
      ...base(q), region: f.region, category: f.category, class: f.class, minStars: f.class === 'starred' ? f.minStars : undefined,
      registered: f.registered, sort: f.sort, limit: page.limit, offset: page.offset,
    })}`,
  potential: (q: MappingQuery, page: { limit: number; offset: number }) => `/api/mapping/potential${queryString({ ...base(q), ...page })}`,
  maturity: (clusterId: number) => `/api/clusters/${clusterId}/maturity`,
};
