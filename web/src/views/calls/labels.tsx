// Translated labels of a call's kind and status (unknown values shown as they are).
import { useTranslation } from 'react-i18next';
import { CALL_KINDS, type CallKind } from '../../api/calls.ts';

const STATUSES = ['open', 'closed', 'screened', 'draft'] as const;

export function KindLabel({ kind }: { kind: string }) {
  const { t } = useTranslation('calls');
  return <>{(CALL_KINDS as readonly string[]).includes(kind) ? t(`kind.${kind as CallKind}`) : kind}</>;
}

export function StatusLabel({ status }: { status: string }) {
  const { t } = useTranslation('calls');
  return <span className={`call-status s-${status}`}>{(STATUSES as readonly string[]).includes(status) ? t(`status.${status as 'open'}`) : status}</span>;
}
