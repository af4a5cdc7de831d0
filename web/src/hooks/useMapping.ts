// Data hooks of cluster mapping: one endpoint each, every input in the query key, the previous answer
// kept on screen while the next one loads (a new year takes the server a few seconds the first time).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Paged } from '../api/types.ts';
import {
  type CellFilter, type ClusterMaturity, type MappingCell, type MappingDataset, type MappingMatrix, mappingPaths, type MappingQuery,
  type MappingSummary, type PotentialCell,
} from '../api/mapping.ts';

export function useMappingDatasets() {
  return useQuery({
    queryKey: ['mapping', 'datasets'],
    queryFn: () => api<{ items: MappingDataset[] }>(mappingPaths.datasets()),
    staleTime: 5 * 60_000,
  });
}

export function useMappingSummary(query: MappingQuery | null) {
  return useQuery({
    queryKey: ['mapping', 'summary', query],
    queryFn: () => api<MappingSummary>(mappingPaths.summary(query!)),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useMappingMatrix(query: MappingQuery | null) {
  return useQuery({
    queryKey: ['mapping', 'matrix', query],
    queryFn: () => api<MappingMatrix>(mappingPaths.matrix(query!)),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** The answer carries its own path, so a view can tell the rows of its filters from the previous ones. */
export function useMappingCells(query: MappingQuery | null, filter: CellFilter, page: { limit: number; offset: number }) {
  const path = query ? mappingPaths.cells(query, filter, page) : '';
  return useQuery({
    queryKey: ['mapping', 'cells', path],
    queryFn: async () => ({ ...(await api<Paged<MappingCell>>(path)), path }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function usePotentialClusters(query: MappingQuery | null, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['mapping', 'potential', query, page],
    queryFn: () => api<Paged<PotentialCell>>(mappingPaths.potential(query!, page)),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useClusterMaturity(clusterId: number) {
  return useQuery({
    queryKey: ['cluster', clusterId, 'maturity'],
    queryFn: () => api<ClusterMaturity>(mappingPaths.maturity(clusterId)),
  });
}
