// Saving an edit form: PATCH the changed fields, then either go on, or say what the server refused.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { SESSION_KEY } from '../../hooks/useSession.ts';
import { type GroupedErrors, groupErrors } from './form.ts';
import { useServerMessage } from './messages.ts';

export type SaveOutcome =
  | { kind: 'idle' }
  | { kind: 'unchanged' }
  | { kind: 'invalid'; errors: GroupedErrors }
  | { kind: 'forbidden' }
  | { kind: 'signedOut' }
  | { kind: 'failed'; message: string };

export function useEditSave(url: string, fields: readonly string[], onSaved: () => void) {
  const queryClient = useQueryClient();
  const translate = useServerMessage();
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'idle' });
  const mutation = useMutation({
    mutationFn: (patch: Record<string, unknown>) => api<unknown>(url, { method: 'PATCH', json: patch }),
    onSuccess: () => {
      setOutcome({ kind: 'idle' });
      // Every cached view of the registry may show the record: mark them all out of date.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] && q.queryKey[0] !== 'edit' });
      onSaved();
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return setOutcome({ kind: 'failed', message: error.message });
      if (error.status === 403) return setOutcome({ kind: 'forbidden' });
      if (error.status === 401) {
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        return setOutcome({ kind: 'signedOut' });
      }
      if (error.status === 400 || error.status === 422) {
        const errors = error.errors.length > 0 ? error.errors : [{ row: 0, column: '', message: error.message }];
        return setOutcome({ kind: 'invalid', errors: groupErrors(errors, fields, translate) });
      }
      return setOutcome({ kind: 'failed', message: translate(error.message) });
    },
  });
  const save = (patch: Record<string, unknown>) => {
    if (Object.keys(patch).length === 0) return setOutcome({ kind: 'unchanged' });
    mutation.mutate(patch);
  };
  return { save, saving: mutation.isPending, outcome };
}
