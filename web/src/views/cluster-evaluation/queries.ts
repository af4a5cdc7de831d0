// Data hooks of the cluster evaluation views: one endpoint each, keyed by the cluster, and the mutations that
// refresh the cluster's answers when the server accepts a change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.ts';
import {
  type AssessmentRequest, evaluationPaths, type ExcellenceView, type GoalsView, type JudgementsRequest, type KpiBoard, type KpiValueRequest,
  type PeerView, type Strategy,
} from '../../api/evaluation.ts';
import type { StrategyBody } from './transform.ts';

const STALE = 60_000;
const retry = (count: number, error: unknown) => !(error instanceof ApiError && error.status < 500) && count < 1;
const key = (id: number, part: string) => ['cluster-evaluation', id, part] as const;

export function useKpis(id: number) {
  return useQuery({ queryKey: key(id, 'kpis'), queryFn: () => api<KpiBoard>(evaluationPaths.kpis('cluster', String(id))), staleTime: STALE, retry });
}

export function useExcellence(id: number) {
  return useQuery({ queryKey: key(id, 'excellence'), queryFn: () => api<ExcellenceView>(evaluationPaths.excellence(id)), staleTime: STALE, retry });
}

export function usePeers(id: number) {
  return useQuery({ queryKey: key(id, 'peers'), queryFn: () => api<PeerView>(evaluationPaths.peers(id)), staleTime: STALE, retry });
}

export function useGoals(id: number) {
  return useQuery({ queryKey: key(id, 'goals'), queryFn: () => api<GoalsView>(evaluationPaths.goals(id)), staleTime: STALE, retry });
}

export function useStrategy(id: number) {
  return useQuery({ queryKey: key(id, 'strategy'), queryFn: () => api<Strategy>(evaluationPaths.strategy(id)), staleTime: STALE, retry });
}

/** A change to the cluster: on success the cluster's answers are asked again. */
function useChange<T>(id: number, send: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: ['cluster-evaluation', id] }),
  });
}

export const useSetKpi = (id: number) => useChange<KpiValueRequest>(id, (body) => api(evaluationPaths.kpiValue(), { method: 'PUT', json: body }));
export const useAddAssessment = (id: number) => useChange<AssessmentRequest>(id, (body) => api(evaluationPaths.excellence(id), { method: 'POST', json: body }));
export const useSetJudgements = (id: number) => useChange<JudgementsRequest>(id, (body) => api(evaluationPaths.judgements(id), { method: 'PUT', json: body }));
export const useSetStrategy = (id: number) => useChange<StrategyBody>(id, (body) => api(evaluationPaths.strategy(id), { method: 'PUT', json: body }));
