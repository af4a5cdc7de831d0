// Data hooks of the export opportunities page: one endpoint each, every input in the query key, the previous
// answer kept on screen while the next one loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import {
  type ComplexityLocations, type ComplexityProducts, complexityPaths, type LocationOpportunities, type OpportunityQuery, type ProductSpace, type TradeDataset,
} from '../api/opportunities.ts';
import type { TargetMarkets } from '../api/opportunities.ts';

export function useTradeDatasets() {
  return useQuery({
    queryKey: ['complexity', 'datasets'],
    queryFn: () => api<{ items: TradeDataset[] }>(complexityPaths.datasets()),
    staleTime: 5 * 60_000,
  });
}

export function useComplexityLocations(dataset: string) {
  return useQuery({
    queryKey: ['complexity', 'locations', dataset],
    queryFn: () => api<ComplexityLocations>(complexityPaths.locations(dataset)),
    staleTime: 5 * 60_000,
  });
}

export function useComplexityProducts(dataset: string) {
  return useQuery({
    queryKey: ['complexity', 'products', dataset],
    queryFn: () => api<ComplexityProducts>(complexityPaths.products(dataset)),
    staleTime: 5 * 60_000,
  });
}

/** Target markets of one product for a place (null product: nothing asked). */
export function useTargetMarkets(dataset: string, product: string | null, location: string) {
  return useQuery({
    queryKey: ['complexity', 'markets', dataset, product, location],
    queryFn: () => api<TargetMarkets>(complexityPaths.markets(dataset, product ?? '', location)),
    enabled: product !== null,
    staleTime: 5 * 60_000,
  });
}

/** The answer carries its own path, so the view can tell the rows of its inputs from the previous ones. */
export function useOpportunities(query: OpportunityQuery, limit: number) {
  const path = complexityPaths.opportunities(query, limit);
  return useQuery({
    queryKey: ['complexity', 'opportunities', path],
    queryFn: async () => ({ ...(await api<LocationOpportunities>(path)), path }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** The product space of one place (layout, RCA and M of every node); the previous place's kept while loading. */
export function useProductSpace(dataset: string, location: string) {
  const path = complexityPaths.productSpace(dataset, location);
  return useQuery({
    queryKey: ['complexity', 'product-space', path],
    queryFn: async () => ({ ...(await api<ProductSpace>(path)), path }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
