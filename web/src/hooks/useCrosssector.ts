// Data hooks of the cross-sector cooperation page: one endpoint each, every input in the query key, the previous
// answer kept on screen while the next one loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../api/client.ts';
import {
  type CrossSectorDataset, type CrossSectorLinks, crosssectorPaths, type EmergingIndustries, type LinkSource, type LinksQuery, type SectorProfile,
} from '../api/crosssector.ts';

const STALE = 5 * 60_000;

/** A 4xx answer (a year the source lacks, an unknown sector) is final: not asked again. */
const retry = (count: number, error: unknown) => !(error instanceof ApiError && error.status < 500) && count < 1;

/** The stored patent and deal datasets (for the illustrative marks of the source switch). */
export function useCrossSectorDatasets() {
  return useQuery({
    queryKey: ['crosssector', 'datasets'],
    queryFn: async () => (await api<{ items: CrossSectorDataset[] }>(crosssectorPaths.datasets())).items,
    staleTime: STALE,
    retry: false,
  });
}

export function useCrossSectorLinks(query: LinksQuery) {
  const path = crosssectorPaths.links(query);
  return useQuery({
    queryKey: ['crosssector', 'links', path],
    queryFn: () => api<CrossSectorLinks>(path),
    placeholderData: keepPreviousData,
    staleTime: STALE,
    retry,
  });
}

export function useCrossSectorMatrix(source: LinkSource, year: number | null) {
  const path = crosssectorPaths.matrix(source, year);
  return useQuery({
    queryKey: ['crosssector', 'links', path],
    queryFn: () => api<CrossSectorLinks>(path),
    placeholderData: keepPreviousData,
    staleTime: STALE,
    retry,
  });
}

/** One sector's partners and activity by year (no sector: nothing asked). */
export function useSectorProfile(code: string, source: LinkSource) {
  return useQuery({
    queryKey: ['crosssector', 'sector', source, code],
    queryFn: () => api<SectorProfile>(crosssectorPaths.sector(code, source)),
    enabled: code !== '',
    staleTime: STALE,
    retry,
  });
}

export function useEmergingIndustries(source: LinkSource) {
  return useQuery({
    queryKey: ['crosssector', 'emerging', source],
    queryFn: () => api<EmergingIndustries>(crosssectorPaths.emerging(source)),
    placeholderData: keepPreviousData,
    staleTime: STALE,
    retry,
  });
}
