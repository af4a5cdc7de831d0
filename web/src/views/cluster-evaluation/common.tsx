// Small pieces shared by the tabs and the report: the RAG badge with this namespace's labels, the server's
// validation errors beside a form, and who may change what.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RagStatus } from '../../api/evaluation.ts';
import type { SessionUser } from '../../api/types.ts';
import { RagBadge } from '../../components/RagBadge.tsx';
import { canEditCluster } from '../../hooks/useSession.ts';
import { errorLines } from './transform.ts';

export function Rag({ status }: { status: RagStatus }) {
  const { t } = useTranslation('clusterEvaluation');
  return <RagBadge status={status} labels={{ green: t('rag.green'), amber: t('rag.amber'), red: t('rag.red'), 'no-data': t('rag.no-data') }} />;
}

export function FormErrors({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useTranslation('clusterEvaluation');
  const lines = errorLines(error);
  if (!error) return null;
  return (
    <div className="ce-errors error" role="alert" data-testid={testId}>
      <p>{t('form.failed')}</p>
      {lines.length > 0 && <ul>{lines.map((line, i) => <li key={i}>{line}</li>)}</ul>}
    </div>
  );
}

/** Staff and the cluster's managers change its KPIs, assessments and strategy (the server checks again). */
export const canManage = (user: SessionUser | null | undefined, clusterId: number) => canEditCluster(user, clusterId);

/** The members whose judgements a user may enter: all for a manager, the user's own organisation for a member. */
export function judgeableMembers<M extends { memberId: number }>(user: SessionUser | null | undefined, clusterId: number, members: readonly M[]): M[] {
  if (!user) return [];
  if (canEditCluster(user, clusterId)) return [...members];
  return members.filter((m) => m.memberId === user.organizationId);
}

/** KPI group and unit codes in the interface language (an unknown code is shown as it is). */
export function useKpiLabels() {
  const { t, i18n } = useTranslation('clusterEvaluation');
  const language = i18n.language;
  // memoised by language: chart options built with it must stay the same object between renders
  return useMemo(() => {
    const groups = t('kpi.groups', { returnObjects: true, lng: language }) as Record<string, string>;
    const units = t('kpi.units', { returnObjects: true, lng: language }) as Record<string, string>;
    return { group: (code: string) => groups[code] ?? code, unit: (code: string) => units[code] ?? code };
  }, [t, language]);
}
