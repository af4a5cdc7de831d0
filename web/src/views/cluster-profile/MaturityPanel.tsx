// The maturity check of a cluster: the status the registry records, the status its evidence suggests, and
// each criterion (met or not, recorded value against the requirement). Worded as a suggestion, never as a
// decision: it only reads what the registry holds.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClusterMaturity, MaturityCriterion } from '../../api/mapping.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useClusterMaturity } from '../../hooks/useMapping.ts';
import '../../i18n/mapping.ts';

/** Criteria whose value is a yes or no (1 or 0). */
const YES_NO: MaturityCriterion[] = ['coordinator', 'agreement'];

export function MaturityPanel({ clusterId }: { clusterId: number }) {
  const { t } = useTranslation('mapping');
  const maturity = useClusterMaturity(clusterId);
  return (
    <section className="card maturity" aria-labelledby="maturity-title" data-testid="maturity-panel">
      <h2 id="maturity-title">{t('maturity.title')}</h2>
      <p className="muted">{t('maturity.intro')}</p>
      {maturity.isPending ? <Loading /> : maturity.isError ? (
        <ErrorMessage error={new Error(t('maturity.failed'))} onRetry={() => void maturity.refetch()} />
      ) : <MaturityChecks maturity={maturity.data} />}
    </section>
  );
}

function MaturityChecks({ maturity }: { maturity: ClusterMaturity }) {
  const { t } = useTranslation('mapping');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const shown = (criterion: MaturityCriterion, n: number, isValue: boolean) => {
    if (YES_NO.includes(criterion)) return n >= 1 ? t('maturity.yes') : t('maturity.no');
    if (criterion === 'staff' && isValue && maturity.evidence.managementStaff === null) return t('maturity.notRecorded');
    return format.integer(n);
  };
  return (
    <>
      <dl className="facts compact maturity-statuses">
        <dt>{t('maturity.registered')}</dt>
        <dd data-testid="maturity-registered" data-status={maturity.registered}><StatusBadge status={maturity.registered} /></dd>
        <dt>{t('maturity.suggested')}</dt>
        <dd data-testid="maturity-suggested" data-status={maturity.suggested}><StatusBadge status={maturity.suggested} /></dd>
      </dl>
      <p className={maturity.agrees ? 'maturity-verdict agrees' : 'maturity-verdict differs'} data-testid="maturity-verdict">
        {t(maturity.agrees ? 'maturity.agrees' : 'maturity.disagrees')}
      </p>
      <div className="table-scroll">
        <table className="maturity-checks" data-testid="maturity-checks">
          <caption className="visually-hidden">{t('maturity.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('maturity.criterion')}</th>
              <th scope="col">{t('maturity.stage')}</th>
              <th scope="col" className="number">{t('maturity.value')}</th>
              <th scope="col" className="number">{t('maturity.required')}</th>
              <th scope="col">{t('maturity.met')}</th>
            </tr>
          </thead>
          <tbody>
            {maturity.checks.map((check) => (
              <tr key={check.criterion} data-testid="maturity-check" data-criterion={check.criterion} data-met={check.met}>
                <th scope="row">{t(`maturity.criteria.${check.criterion}`)}</th>
                <td>{tc(`status.${check.stage}`)}</td>
                <td className="number">{shown(check.criterion, check.value, true)}</td>
                <td className="number">{YES_NO.includes(check.criterion) ? t('maturity.yes') : `≥ ${format.integer(check.required)}`}</td>
                <td className={check.met ? 'check-met' : 'check-unmet'}>
                  <span aria-hidden="true">{check.met ? '✓' : '✗'}</span> {t(check.met ? 'maturity.metYes' : 'maturity.metNo')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('maturity.basis')} <Link to="/methods#mapping-maturity">{t('methodsLink')}</Link></p>
    </>
  );
}
