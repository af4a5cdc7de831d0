// Data hooks of the export opportunities page: one endpoint each, every input in the query key, the previous
// answer kept on screen while the next one loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import {
  type ComplexityLocations, type ComplexityProducts, complexityPaths, type LocationOpportunities, type OpportunityQuery, type TradeDataset,
} from '../api/opportunities.ts';

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
