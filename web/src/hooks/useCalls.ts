// Data hooks of opportunity calls: the list, one call, its responses, screening report, slots and meetings,
// the calls an organisation fits; mutations invalidate what they change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import {
  type Call, type CallForOrganization, type CallInput, callPaths, type CallResponse, type Interest, type Meeting, type MeetingSlot, type ScreeningReport,
} from '../api/calls.ts';

type Items<T> = { items: T[] };
const itemsOf = <T>(answer: Items<T> | T[]): T[] => (Array.isArray(answer) ? answer : answer.items);

export function useCallList() {
  return useQuery({ queryKey: ['calls', 'list'], queryFn: async () => itemsOf(await api<Items<Call> | Call[]>(callPaths.list())) });
}

export function useCall(id: string) {
  return useQuery({ queryKey: ['calls', id], queryFn: () => api<Call>(callPaths.one(id)) });
}

/** Responses are for the call's managers and staff; others get 401/403, which the page shows as a note. */
export function useCallResponses(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['calls', id, 'responses'],
    queryFn: async () => itemsOf(await api<Items<CallResponse> | CallResponse[]>(callPaths.responses(id))),
    enabled,
    retry: false,
  });
}

export function useCallSlots(id: string) {
  return useQuery({
    queryKey: ['calls', id, 'slots'],
    queryFn: async () => itemsOf(await api<Items<MeetingSlot> | MeetingSlot[]>(callPaths.slots(id))),
    retry: false,
  });
}

export function useCallMeetings(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['calls', id, 'meetings'],
    queryFn: async () => itemsOf(await api<Items<Meeting> | Meeting[]>(callPaths.meetings(id))),
    enabled,
    retry: false,
  });
}

export function useCallsForOrganization(orgId: number | string, enabled = true) {
  return useQuery({
    queryKey: ['calls', 'for', String(orgId)],
    queryFn: async () => itemsOf(await api<Items<CallForOrganization> | CallForOrganization[]>(callPaths.forOrganization(orgId))),
    enabled,
    retry: false,
  });
}

export function usePostCall() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput) => api<Call>(callPaths.list(), { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calls'] }),
  });
}

export function usePatchCall(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<CallInput> & { status?: string }) => api<Call>(callPaths.one(id), { method: 'PATCH', json: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calls'] }),
  });
}

export function useCloseCall(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<Call>(callPaths.close(id), { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calls'] }),
  });
}

export function useRespond(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answer: { organizationId: number; interest: Interest; note: string | null }) =>
      api<CallResponse>(callPaths.responses(id), { method: 'POST', json: answer }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calls'] }),
  });
}

/** Runs the screening; the report is its answer and is kept in the query cache for the page. */
export function useRunScreening(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<ScreeningReport>(callPaths.screening(id), { method: 'POST', json: {} }),
    onSuccess: (report) => {
      client.setQueryData(['calls', id, 'screening'], report);
      void client.invalidateQueries({ queryKey: ['calls', id], exact: true });
    },
  });
}

/** The call's last report as the server keeps it (null when never screened); managers only. */
export function useScreeningReport(id: string, enabled: boolean) {
  return useQuery<ScreeningReport | null>({
    queryKey: ['calls', id, 'screening'],
    queryFn: async () => (await api<{ report: ScreeningReport | null }>(callPaths.screening(id))).report,
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}

export function useAddSlot(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (slot: { startsAt: string; endsAt: string }) => api<unknown>(callPaths.slots(id), { method: 'POST', json: { slots: [slot] } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calls', id, 'slots'] }),
  });
}

export function useBookMeeting(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (meeting: { slotId: number; organizationId: number; withOrganizationId: number }) =>
      api<Meeting>(callPaths.meetings(id), { method: 'POST', json: meeting }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calls', id, 'meetings'] }),
  });
}
