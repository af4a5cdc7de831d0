// Data hooks of the policy-evaluation page: one endpoint each, every input in the query key, the previous
// answer kept on screen while the next one loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.ts';
import {
  type Eligibility, evaluationPaths, type ImpactView, type Indicator, type KpiBoard, type PanelSummary, type ProgrammeDetail, type ProgrammeSummary,
  type SupportMeasure, type SupportRankRequest, type SupportRanking,
} from '../../api/evaluation.ts';
import type { Cluster, Paged } from '../../api/types.ts';

const STALE = 5 * 60_000;

/** A 4xx answer (an unknown programme, panel or measure) is final: not asked again. */
const retry = (count: number, error: unknown) => !(error instanceof ApiError && error.status < 500) && count < 1;

/** Lists may come bare or as { items }. */
const items = <T,>(body: T[] | { items: T[] }): T[] => (Array.isArray(body) ? body : body.items);

export function useProgrammes() {
  return useQuery({
    queryKey: ['evaluation', 'programmes'],
    queryFn: async () => items(await api<ProgrammeSummary[] | { items: ProgrammeSummary[] }>(evaluationPaths.programmes())),
    staleTime: STALE,
    retry,
  });
}

export function useProgramme(id: string) {
  return useQuery({
    queryKey: ['evaluation', 'programme', id],
    queryFn: () => api<ProgrammeDetail>(evaluationPaths.programme(id)),
    enabled: id !== '',
    placeholderData: keepPreviousData,
    staleTime: STALE,
    retry,
  });
}

/** The national KPI board (scope country, Belarus). */
export function useNationalKpis() {
  return useQuery({
    queryKey: ['evaluation', 'kpis', 'country', 'BY'],
    queryFn: () => api<KpiBoard>(evaluationPaths.kpis('country', 'BY')),
    staleTime: STALE,
    retry,
  });
}

/** The TOPSIS ranking and budget selection for a body; null body: nothing asked. */
export function useSupportRanking(body: SupportRankRequest | null) {
  return useQuery({
    queryKey: ['evaluation', 'support', 'rank', body],
    queryFn: () => api<SupportRanking>(evaluationPaths.supportRank(), { method: 'POST', json: body }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: STALE,
    retry,
  });
}

export function useSupportMeasures() {
  return useQuery({
    queryKey: ['evaluation', 'support', 'measures'],
    queryFn: async () => items(await api<SupportMeasure[] | { items: SupportMeasure[] }>(evaluationPaths.supportMeasures())),
    staleTime: STALE,
    retry,
  });
}

export function useEligibility(code: string, cluster: string, territory: string) {
  const path = evaluationPaths.eligibility(code, { cluster: cluster === '' ? undefined : Number(cluster), territory: territory === '' ? undefined : territory });
  return useQuery({
    queryKey: ['evaluation', 'eligibility', path],
    queryFn: () => api<Eligibility>(path),
    enabled: code !== '',
    placeholderData: keepPreviousData,
    staleTime: STALE,
    retry,
  });
}

/** The registered clusters, for the eligibility filter. */
export function useClusterList() {
  return useQuery({
    queryKey: ['evaluation', 'clusters'],
    queryFn: async () => (await api<Paged<Cluster>>('/api/clusters?limit=500&sort=name_ru')).items,
    staleTime: STALE,
    retry: false,
  });
}

export function usePanels() {
  return useQuery({
    queryKey: ['evaluation', 'panels'],
    queryFn: async () => items(await api<PanelSummary[] | { items: PanelSummary[] }>(evaluationPaths.panels())),
    staleTime: STALE,
    retry,
  });
}

export function useImpact(panel: string, replications: number) {
  const path = evaluationPaths.impact(panel, { replications });
  return useQuery({
    queryKey: ['evaluation', 'impact', path],
    queryFn: () => api<ImpactView>(path),
    enabled: panel !== '',
    placeholderData: keepPreviousData,
    staleTime: STALE,
    retry,
  });
}

/** The KPI definitions (their names also name the support criteria that share their codes). */
export function useIndicators() {
  return useQuery({
    queryKey: ['evaluation', 'indicators'],
    queryFn: async () => items(await api<Indicator[] | { items: Indicator[] }>(evaluationPaths.indicators())),
    staleTime: STALE,
    retry: false,
  });
}
