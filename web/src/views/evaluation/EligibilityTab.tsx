// The Eligibility tab: a support measure's rules in plain words, how many organisations qualify, and each
// organisation with the rules it fails.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SupportMeasure } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useTerritories, useTerritoryNames } from '../cluster-profile/reference-data.ts';
import { useClusterList, useEligibility } from './queries.ts';
import { compactCodes, explainFailure, localName, percentText, type RuleLine, ruleLines, SIZE_CLASSES } from './transform.ts';

interface Props {
  measures: SupportMeasure[];
  measure: string;
  cluster: string;
  territory: string;
  onChange: (change: { measure?: string; cluster?: string; territory?: string }) => void;
}

/** Rows drawn at most (the counts are the API's over all). */
const MAX_ROWS = 500;

function useSizeName() {
  const { t } = useTranslation('evaluation');
  return (size: string) => ((SIZE_CLASSES as readonly string[]).includes(size) || size === 'unknown' ? t(`eligibility.size.${size as 'micro'}`) : size);
}

function RuleText({ line }: { line: RuleLine }) {
  const { t } = useTranslation('evaluation');
  const size = useSizeName();
  const territory = useTerritoryNames(false);
  const format = useFormat();
  switch (line.rule) {
    case 'size': return <>{t('eligibility.rule.size', { values: line.values.map(size).join(', ') })}</>;
    case 'sector': return <>{t('eligibility.rule.sector', { values: compactCodes(line.values) })}</>;
    case 'territory': return <>{t('eligibility.rule.territory', { values: line.values.map(territory).join(', ') })}</>;
    case 'membership': return <>{line.membership === 'member' ? t('eligibility.rule.member') : t('eligibility.rule.nonMember')}</>;
    case 'employees': return <>{t('eligibility.rule.employees', { max: format.integer(line.max) })}</>;
    default: return null;
  }
}

function FailureText({ failure }: { failure: { rule: string; reason: string } }) {
  const { t } = useTranslation('evaluation');
  const size = useSizeName();
  const territory = useTerritoryNames(false);
  const text = explainFailure(failure);
  switch (text.key) {
    case 'size': return <>{t('eligibility.reason.size', { value: size(text.value), allowed: text.allowed.map(size).join(', ') })}</>;
    case 'sector': return <>{t('eligibility.reason.sector', { value: text.value, allowed: compactCodes(text.allowed) })}</>;
    case 'territory': return <>{t('eligibility.reason.territory', { value: text.value === 'unknown' ? '?' : territory(text.value), allowed: text.allowed.map(territory).join(', ') })}</>;
    case 'notMember': return <>{t('eligibility.reason.notMember')}</>;
    case 'memberOf': return <>{t('eligibility.reason.memberOf', { value: text.value })}</>;
    case 'cluster': return <>{t('eligibility.reason.cluster', { value: text.value, allowed: text.allowed.join(', ') })}</>;
    case 'employees': return <>{t('eligibility.reason.employees', { value: text.value, max: text.max })}</>;
    case 'employeesUnknown': return <>{t('eligibility.reason.employeesUnknown', { max: text.max })}</>;
    case 'employeesAbove': return <>{t('eligibility.reason.employeesAbove', { max: text.max })}</>;
    case 'rule': return <>{t('eligibility.reason.rule', { rule: t(`eligibility.ruleName.${text.rule}`), reason: text.reason })}</>;
    default: return <>{text.reason}</>;
  }
}

export function EligibilityTab({ measures, measure, cluster, territory, onChange }: Props) {
  const { t, i18n } = useTranslation('evaluation');
  const format = useFormat();
  const clusterName = useLocalizedName();
  const clusters = useClusterList();
  const oblasts = useTerritories('oblast');
  const territoryName = useTerritoryNames(false);
  const answer = useEligibility(measure, cluster, territory);
  const [onlyEligible, setOnlyEligible] = useState(false);
  const data = answer.data;
  const ready = Boolean(data && !answer.isPlaceholderData && !answer.isFetching);
  const selected = measures.find((m) => m.code === measure);
  const lines = selected ? ruleLines(selected.rules) : [];
  const items = (data?.items ?? []).filter((i) => !onlyEligible || i.eligible);

  if (measures.length === 0) return <p className="ev-muted">{t('eligibility.none')}</p>;
  return (
    <div className="ev-tab" data-testid="ev-eligibility" data-state={ready ? 'ready' : 'loading'} data-measure={measure} data-cluster={cluster} data-territory={territory}>
      <div className="ev-controls">
        <label className="ev-control">
          {t('eligibility.measure')}
          <select data-testid="ev-measure-select" value={measure} onChange={(e) => onChange({ measure: e.target.value })}>
            {measures.map((m) => <option key={m.code} value={m.code}>{localName(m, i18n.language)}</option>)}
          </select>
        </label>
        <label className="ev-control">
          {t('eligibility.cluster')}
          <select data-testid="ev-cluster-select" value={cluster} onChange={(e) => onChange({ cluster: e.target.value })}>
            <option value="">{t('eligibility.allClusters')}</option>
            {(clusters.data ?? []).map((c) => <option key={c.id} value={String(c.id)}>{clusterName(c)}</option>)}
          </select>
        </label>
        <label className="ev-control">
          {t('eligibility.territory')}
          <select data-testid="ev-territory-select" value={territory} onChange={(e) => onChange({ territory: e.target.value })}>
            <option value="">{t('eligibility.allTerritories')}</option>
            {(oblasts.data?.features ?? []).map((f) => f.properties.id).sort((a, b) => territoryName(a).localeCompare(territoryName(b)))
              .map((id) => <option key={id} value={id}>{territoryName(id)}</option>)}
          </select>
        </label>
        <label className="ev-check">
          <input type="checkbox" checked={onlyEligible} onChange={(e) => setOnlyEligible(e.target.checked)} /> {t('eligibility.onlyEligible')}
        </label>
      </div>
      {selected && (
        <section className="ev-section ev-rules" data-testid="ev-rules">
          <h3>{t('eligibility.rules')} <IllustrativeBadge show={selected.illustrative} /></h3>
          {lines.length === 0 ? <p>{t('eligibility.noRules')}</p> : <ul>{lines.map((line) => <li key={line.rule}><RuleText line={line} /></li>)}</ul>}
        </section>
      )}
      {answer.isPending && <Loading />}
      {answer.isError && <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />}
      {data && (
        <section className="ev-section">
          <p className="ev-total" data-testid="ev-eligible-count" data-eligible={data.eligible} data-total={data.total}>
            <strong>{t('eligibility.counts', { eligible: format.integer(data.eligible), total: format.integer(data.total) })}</strong>
            {' '}({percentText(data.total > 0 ? data.eligible / data.total : null, format.locale, 0)})
          </p>
          {items.length === 0 ? <p className="ev-muted">{t('eligibility.empty')}</p> : (
            <div className="ev-scroll">
              <table className="ev-table" data-testid="ev-eligibility-table" data-rows={Math.min(items.length, MAX_ROWS)}>
                <thead>
                  <tr>
                    <th>{t('eligibility.organisation')}</th>
                    <th>{t('eligibility.eligible')}</th>
                    <th>{t('eligibility.failed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.slice(0, MAX_ROWS).map((item) => (
                    <tr key={item.id} data-eligible={item.eligible} className={item.eligible ? 'ev-yes' : 'ev-no'}>
                      <td><Link to={`/organizations/${item.id}`}>{item.name}</Link></td>
                      <td>{item.eligible ? <strong>✓ {t('support.yes')}</strong> : <span>✗ {t('support.no')}</span>}</td>
                      <td>
                        {item.failed.length > 0 && (
                          <ul className="ev-failed">{item.failed.map((f, i) => <li key={`${f.rule}-${i}`}><FailureText failure={f} /></li>)}</ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {items.length > MAX_ROWS && <p className="ev-muted ev-small">{t('eligibility.shown', { n: MAX_ROWS })}</p>}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
