// Data hooks of partner search and the organisation page: one endpoint each, every input in the query key,
// the previous answer kept on screen while the next one loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError, queryString } from '../api/client.ts';
import { type PartnerAnswer, partnerPaths, type PartnerQuery } from '../api/partners.ts';
import type { Cluster, Organization, Paged } from '../api/types.ts';

/** Ranked partners; the answer carries its own path so the view can tell current rows from the previous ones. */
export function usePartners(query: PartnerQuery | null) {
  const path = query ? partnerPaths.search(query) : '';
  return useQuery({
    queryKey: ['partners', path],
    queryFn: async () => ({ ...(await api<PartnerAnswer>(path)), path }),
    enabled: query !== null,
    // A 4xx (unknown organisation, bad weights) will not change on a retry.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useOrganization(id: number | string | null | undefined) {
  return useQuery({
    queryKey: ['organization', String(id)],
    queryFn: () => api<Organization>(`/api/organizations/${id}`),
    enabled: id !== null && id !== undefined && id !== '',
    staleTime: 60_000,
  });
}

/** Registry search of the subject picker (GET /api/organizations?q=). */
export function useOrganizationSearch(q: string, limit = 10) {
  const text = q.trim();
  return useQuery({
    queryKey: ['organizations', 'search', text, limit],
    queryFn: () => api<Paged<Organization>>(`/api/organizations${queryString({ q: text, limit, sort: 'name_ru' })}`),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useClusterList() {
  return useQuery({
    queryKey: ['clusters', 'all'],
    queryFn: () => api<Paged<Cluster>>(`/api/clusters${queryString({ limit: 500, sort: 'name_ru' })}`),
    staleTime: 5 * 60_000,
  });
}
