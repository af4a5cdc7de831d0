// The parts of a programme's execution shared by the Programme tab and the printable report: the headline
// rates, the lagging measures, the measures table and the note on where the numbers come from.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetail, ProgrammeMeasure } from '../../api/evaluation.ts';
import { RagBadge } from '../../components/RagBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useTerritoryNames } from '../cluster-profile/reference-data.ts';
import { type LaggingRow, localName, numberText, percentText, planSources } from './transform.ts';

/** Region id -> name in the interface language; the API's name (or the id) when the territory is unknown. */
export function useRegionName(): (group: string, fallback: string) => string {
  const territoryName = useTerritoryNames(false);
  return useCallback((group: string, fallback: string) => {
    const name = territoryName(group);
    return name && name !== group ? name : fallback || group;
  }, [territoryName]);
}

export function ExecutionSummary({ detail }: { detail: ProgrammeDetail }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const { executionRate, rawRate, budgetExecution } = detail.execution;
  return (
    <div className="ev-kpi-cards">
      <div className="ev-card ev-big">
        <span className="ev-label">{t('programme.executionRate')}</span>
        <strong className="ev-big-number" data-testid="ev-execution-rate" data-value={executionRate ?? ''}>{percentText(executionRate, format.locale)}</strong>
        <span className="ev-muted ev-small">{t('programme.executionHint')}</span>
        {rawRate !== null && rawRate !== executionRate && <span className="ev-muted ev-small">{t('programme.rawRate', { value: percentText(rawRate, format.locale) })}</span>}
      </div>
      <div className="ev-card ev-big">
        <span className="ev-label">{t('programme.budgetExecution')}</span>
        {budgetExecution === null
          ? <strong className="ev-no-budget" data-testid="ev-budget-execution">{t('programme.noBudget')}</strong>
          : <strong className="ev-big-number" data-testid="ev-budget-execution">{percentText(budgetExecution, format.locale)}</strong>}
      </div>
    </div>
  );
}

export function LaggingTable({ rows }: { rows: LaggingRow[] }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  if (rows.length === 0) return <p className="ev-muted" data-testid="ev-lagging-none">{t('programme.noLagging')}</p>;
  return (
    <div className="ev-scroll">
      <table className="ev-table" data-testid="ev-lagging">
        <thead>
          <tr>
            <th>{t('programme.measure')}</th>
            <th>{t('programme.region')}</th>
            <th className="ev-num">{t('programme.planned')}</th>
            <th className="ev-num">{t('programme.achieved')}</th>
            <th className="ev-num">{t('programme.rate')}</th>
            <th className="ev-num">{t('programme.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-code={row.code}>
              <td>{row.measure}</td>
              <td>{row.region}</td>
              <td className="ev-num">{format.integer(row.planned)}</td>
              <td className="ev-num">{format.integer(row.achieved)}</td>
              <td className="ev-num">{percentText(row.rate, format.locale, 0)}</td>
              <td className="ev-num">
                <span className="ev-gap" style={{ width: `${Math.round(Math.min(1, Math.max(0, row.gap)) * 4)}rem` }} aria-hidden="true" />
                {percentText(row.gap, format.locale, 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function money(value: number | null, locale: string) {
  return value === null ? '—' : numberText(value, locale, 0);
}

export function MeasuresTable({ measures }: { measures: ProgrammeMeasure[] }) {
  const { t, i18n } = useTranslation('evaluation');
  const format = useFormat();
  const regionName = useRegionName();
  const from = (m: ProgrammeMeasure) => (m.achievedFrom === 'registry' ? t('programme.fromRegistry') : m.achievedFrom === 'reported' ? t('programme.fromReported') : t('programme.fromNone'));
  return (
    <div className="ev-scroll">
      <table className="ev-table" data-testid="ev-measures">
        <thead>
          <tr>
            <th>{t('programme.measure')}</th>
            <th>{t('programme.region')}</th>
            <th className="ev-num">{t('programme.year')}</th>
            <th className="ev-num">{t('programme.planned')}</th>
            <th className="ev-num">{t('programme.achieved')}</th>
            <th className="ev-num">{t('programme.rate')}</th>
            <th>{t('programme.status')}</th>
            <th className="ev-num">{t('programme.budget')}</th>
            <th>{t('programme.from')}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.code} data-code={m.code} data-status={m.status}>
              <td>
                {localName(m, i18n.language)}
                {m.achievedClusters.length > 0 && (
                  <div className="ev-muted ev-small">{t('programme.clustersCounted', { names: m.achievedClusters.map((c) => (c.foundedYear ? `${c.name} (${c.foundedYear})` : c.name)).join(', ') })}</div>
                )}
              </td>
              <td>{m.territoryId ? regionName(m.territoryId, m.territoryName ?? m.territoryId) : (m.territoryName ?? '—')}</td>
              <td className="ev-num">{m.year}</td>
              <td className="ev-num">{format.integer(m.planned)}</td>
              <td className="ev-num">{format.integer(m.achieved)}</td>
              <td className="ev-num">{percentText(m.rate, format.locale, 0)}</td>
              <td><RagBadge status={m.status} /></td>
              <td className="ev-num">{m.budgetPlanned === null && m.budgetSpent === null ? '—' : `${money(m.budgetPlanned, format.locale)} / ${money(m.budgetSpent, format.locale)}`}</td>
              <td>{from(m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where the numbers come from: the partial registry for achieved counts, the official plan for planned ones. */
export function SourceNote({ detail, withSources = true }: { detail: ProgrammeDetail; withSources?: boolean }) {
  const { t } = useTranslation('evaluation');
  const sources = planSources(detail);
  if (!detail.registryPartial && !withSources) return null;
  return (
    <div className="ev-note" data-testid="ev-source-note">
      {detail.registryPartial && <p data-testid="ev-registry-partial">{t('programme.registryNote')}</p>}
      {withSources && (sources.length > 0
        ? sources.map((s) => <p key={s}>{t('programme.planSource', { source: s })}</p>)
        : <p>{t('programme.noSource')}</p>)}
    </div>
  );
}
