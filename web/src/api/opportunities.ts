// Response types and paths of the economic-complexity API (/api/complexity/...) used by the export
// opportunities page. Shapes follow src/services/complexity-view.ts.
import { queryString } from './client.ts';

export type StrategyName = 'low-hanging' | 'balanced' | 'long-jumps';
export const STRATEGY_NAMES: readonly StrategyName[] = ['low-hanging', 'balanced', 'long-jumps'];

export interface OpportunityWeights { density: number; pci: number; cog: number; size: number; growth?: number }

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
  worldGrowth: number | null;
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
  /** the first year of world market growth; null when the dataset has one year */
  growthFrom: number | null;
  items: OpportunityItem[];
  total: number;
  exported: { product: string; nameEn: string | null; rca: number; value: number }[];
  /** the firm's own product list when one was given, else null */
  products: string[] | null;
  /** codes of that list the dataset does not know */
  unknownProducts: string[];
  /** a registered organisation or cluster whose products were derived from its sector codes, else null */
  subject: { kind: 'organization' | 'cluster'; id: number; nameRu: string; nameEn: string | null; sectors: string[]; products: string[] } | null;
}

export interface ProductSpaceNode {
  product: string;
  x: number;
  y: number;
  /** agriculture, textiles, stone, minerals, machinery, metals, chemicals, electronics or vehicles */
  sector: string;
  color: string;
  label: string;
  nameEn: string | null;
  /** null when the dataset lacks the product */
  rca: number | null;
  /** 1 when the place exports the product with advantage (RCA above the threshold) */
  m: number;
  value: number | null;
  worldValue: number | null;
}

export interface ProductSpace {
  dataset: string;
  preset: string;
  year: number | null;
  location: string;
  counts: { nodes: number; edges: number; matched: number; exported: number };
  nodes: ProductSpaceNode[];
  /** pairs of indices into nodes */
  edges: [number, number][];
}

/** One importing country of a product ranked as a target market (src/services/target-markets.ts). */
export interface MarketItem {
  rank: number;
  importer: string;
  size: number;
  growth: number | null;
  peerShare: number | null;
  alreadyExports: boolean;
  score: number;
  reasons: ('large-market' | 'growing' | 'peers-present' | 'already-exports')[];
}

/** Ranked importers from bilateral data, or `bilateral: false` with the product's world exports. */
export type TargetMarkets =
  | { bilateral: true; dataset: string; product: string; location: string; year: number | null; firstYear: number | null; peers: string[]; worldValue: number; total: number; items: MarketItem[] }
  | { bilateral: false; dataset: string; product: string; location: string; message: string; worldValue: number; year: number | null };

/** products: a firm's own codes, comma-separated ('' for the location's own exports) */
export interface OpportunityQuery { dataset: string; location: string; strategy: StrategyName; products?: string; cluster?: string; organization?: string }

export const complexityPaths = {
  datasets: () => '/api/complexity/datasets',
  locations: (dataset: string) => `/api/complexity/locations${queryString({ dataset })}`,
  products: (dataset: string) => `/api/complexity/products${queryString({ dataset })}`,
  markets: (dataset: string, product: string, location: string) => `/api/complexity/markets${queryString({ dataset, product, location })}`,
  productSpace: (dataset: string, location: string) => `/api/complexity/product-space${queryString({ dataset, location })}`,
  opportunities: (q: OpportunityQuery, limit: number) =>
    `/api/complexity/opportunities${queryString({ dataset: q.dataset, location: q.location, strategy: q.strategy, products: q.products || undefined, cluster: q.cluster || undefined, organization: q.organization || undefined, limit })}`,
};
