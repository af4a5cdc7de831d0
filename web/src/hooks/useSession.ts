import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { SessionUser } from '../api/types.ts';

export const SESSION_KEY = ['session'] as const;

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: () => api<{ user: SessionUser | null }>('/api/auth/me'), staleTime: 60_000 });
}

/** Mirrors the server's rule: staff edit every cluster, a manager their own. */
export function canEditCluster(user: SessionUser | null | undefined, clusterId: number): boolean {
  if (!user) return false;
  return user.role === 'admin' || user.role === 'analyst' || (user.role === 'cluster_manager' && user.clusterIds.includes(clusterId));
}
