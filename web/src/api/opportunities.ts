// Response types and paths of the economic-complexity API (/api/complexity/...) used by the export
// opportunities page. Shapes follow src/services/complexity-view.ts.
import { queryString } from './client.ts';

export type StrategyName = 'low-hanging' | 'balanced' | 'long-jumps';
export const STRATEGY_NAMES: readonly StrategyName[] = ['low-hanging', 'balanced', 'long-jumps'];

export interface OpportunityWeights { density: number; pci: number; cog: number; size: number }

export interface TradeDataset {
  id: string;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  classification: string;
  year: number | null;
  source: string | null;
  illustrative: boolean;
  partial: boolean;
  locations: number;
  products: number;
}

export interface ComplexityLocation { location: string; diversity: number | null; eci: number | null; coi: number | null; rank: number | null }

export interface ComplexityLocations { dataset: string; preset: string; year: number | null; items: ComplexityLocation[] }

export interface ComplexityProduct { product: string; nameEn: string | null; nameRu: string | null; ubiquity: number | null; pci: number | null }

export interface ComplexityProducts { dataset: string; preset: string; year: number | null; items: ComplexityProduct[] }

export interface OpportunityItem {
  rank: number;
  product: string;
  nameEn: string | null;
  score: number;
  density: number | null;
  distance: number | null;
  pci: number | null;
  cog: number | null;
  worldValue: number;
  rca: number | null;
  near: { product: string; nameEn: string | null; phi: number }[];
}

export interface LocationOpportunities {
  dataset: string;
  preset: string;
  year: number | null;
  location: string;
  eci: number | null;
  coi: number | null;
  diversity: number | null;
  rank: number | null;
  strategy: string;
  weights: OpportunityWeights;
  items: OpportunityItem[];
  total: number;
  exported: { product: string; nameEn: string | null; rca: number; value: number }[];
}

export interface OpportunityQuery { dataset: string; location: string; strategy: StrategyName }

export const complexityPaths = {
  datasets: () => '/api/complexity/datasets',
  locations: (dataset: string) => `/api/complexity/locations${queryString({ dataset })}`,
  products: (dataset: string) => `/api/complexity/products${queryString({ dataset })}`,
  opportunities: (q: OpportunityQuery, limit: number) =>
    `/api/complexity/opportunities${queryString({ dataset: q.dataset, location: q.location, strategy: q.strategy, limit })}`,
};
