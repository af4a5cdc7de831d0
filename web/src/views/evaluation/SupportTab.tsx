// The Support tab: weights of the TOPSIS criteria and a budget; the ranked clusters with the selected set
// (0/1 knapsack within the budget) and how the selection changes with each weight.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SupportRanking } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useIndicators, useSupportRanking } from './queries.ts';
import {
  budgetUse, defaultBudget, localName, normalisedWeights, numberText, percentText, rankedItems, rankRequest, scanCells, selectedIds,
} from './transform.ts';
import { useFormat } from '../../hooks/useFormat.ts';

interface Form { weights: Record<string, number | ''>; budget: number | '' }

/** The value after it has stayed the same for `ms` (compared as JSON). */
function useSettled<T>(value: T, ms: number): T {
  const text = JSON.stringify(value);
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), ms);
    return () => window.clearTimeout(timer);
  }, [text, ms]);
  return useMemo(() => JSON.parse(settled) as T, [settled]);
}

const toNumber = (text: string): number | '' => (text.trim() === '' || !Number.isFinite(Number(text)) ? '' : Number(text));

/** A criterion's name: the catalog's, else the KPI indicator's of the same code, else the code. */
export function useCriterionName() {
  const { t, i18n } = useTranslation('evaluation');
  const indicators = useIndicators();
  return (code: string) => {
    if (i18n.exists(`criteria.${code}`, { ns: 'evaluation' })) return t(`criteria.${code}` as 'criteria.members');
    const indicator = indicators.data?.find((i) => i.code === code);
    return indicator ? localName(indicator, i18n.language) : code;
  };
}

export function SupportTab() {
  const { t } = useTranslation('evaluation');
  const [form, setForm] = useState<Form | null>(null);
  // the first answer (the server's default weights, a token budget) gives the criteria and the costs for the form
  const probe = useSupportRanking(form === null ? { budget: 1 } : null);
  const defaults = useMemo(() => {
    const data = probe.data;
    if (!data) return null;
    return { weights: Object.fromEntries(data.criteria.map((c) => [c.code, c.weight])) as Record<string, number | ''>, budget: defaultBudget(data.items.map((i) => i.cost)) || 1 };
  }, [probe.data]);
  useEffect(() => {
    if (form === null && defaults) setForm(defaults);
  }, [form, defaults]);
  // the API takes a positive budget only: nothing is asked until there is one
  const request = form && form.budget !== '' && form.budget > 0 ? rankRequest(form.weights, form.budget) : null;
  const body = useSettled(request, 300);
  const ranking = useSupportRanking(body);
  const data = ranking.data;
  const current = request ? JSON.stringify(request) : '';
  const ready = Boolean(data && body && !ranking.isPlaceholderData && !ranking.isFetching && JSON.stringify(body) === current);

  if (probe.isError) return <ErrorMessage error={probe.error} onRetry={() => void probe.refetch()} />;
  if (!form || !defaults) return <Loading />;
  return (
    <div className="ev-tab" data-testid="ev-support" data-state={ready ? 'ready' : 'loading'} data-body={body ? JSON.stringify(body) : ''}
      data-selected={data ? selectedIds(data).join(',') : ''}>
      <p className="ev-muted">{t('support.intro')}</p>
      <WeightsForm form={form} criteria={probe.data?.criteria ?? []} onChange={setForm} onReset={() => setForm({ ...form, weights: defaults.weights })} />
      {!request && <p className="error" role="alert">{t('support.budgetPositive')}</p>}
      {ranking.isError && <ErrorMessage error={ranking.error} onRetry={() => void ranking.refetch()} />}
      {ranking.isPending && <Loading />}
      {data && <RankingTable ranking={data} />}
      {data && data.sensitivity.length > 0 && <Sensitivity ranking={data} />}
    </div>
  );
}

function WeightsForm({ form, criteria, onChange, onReset }: { form: Form; criteria: SupportRanking['criteria']; onChange: (form: Form) => void; onReset: () => void }) {
  const { t } = useTranslation('evaluation');
  const name = useCriterionName();
  return (
    <form className="ev-controls ev-weights" onSubmit={(e) => e.preventDefault()} aria-label={t('support.weights')}>
      <fieldset>
        <legend>{t('support.weights')} <span className="ev-muted ev-small">{t('support.weightsHint')}</span></legend>
        {criteria.map((c) => {
          const value = form.weights[c.code] ?? '';
          return (
            <label key={c.code} className="ev-weight">
              <span>{name(c.code)} <span className="ev-muted ev-small">({c.benefit ? t('support.benefit') : t('support.cost')})</span></span>
              <span className="ev-weight-inputs">
                <input type="range" min={0} max={1} step={0.05} value={value === '' ? 0 : Math.min(1, value)} aria-hidden="true" tabIndex={-1}
                  onChange={(e) => onChange({ ...form, weights: { ...form.weights, [c.code]: Number(e.target.value) } })} />
                <input type="number" min={0} step={0.05} value={value} data-testid={`ev-weight-${c.code}`} data-criterion={c.code}
                  onChange={(e) => onChange({ ...form, weights: { ...form.weights, [c.code]: toNumber(e.target.value) } })} />
              </span>
            </label>
          );
        })}
      </fieldset>
      <label className="ev-control">
        {t('support.budget')}
        <input type="number" min={0} step="any" value={form.budget} data-testid="ev-budget" onChange={(e) => onChange({ ...form, budget: toNumber(e.target.value) })} />
      </label>
      <button type="button" onClick={onReset}>{t('support.reset')}</button>
    </form>
  );
}

function RankingTable({ ranking }: { ranking: SupportRanking }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const name = useCriterionName();
  const rows = rankedItems(ranking);
  const use = budgetUse(ranking);
  const selected = rows.filter((r) => r.selected).length;
  if (rows.length === 0) return <p className="ev-muted">{t('support.none')}</p>;
  return (
    <section className="ev-section">
      <p className="ev-total" data-testid="ev-support-total">
        {t('support.year', { year: ranking.year })}. {t('support.total', {
          n: selected, cost: numberText(use.cost, format.locale, 0), budget: numberText(use.budget, format.locale, 0), share: percentText(use.share, format.locale, 0),
        })}
        {use.over && <strong className="ev-over"> {t('support.over')}</strong>}
        <IllustrativeBadge show={ranking.illustrative} />
      </p>
      <div className="ev-bar-track" aria-hidden="true"><span style={{ width: `${Math.min(100, Math.round((use.share ?? 0) * 100))}%` }} /></div>
      <div className="ev-scroll">
        <table className="ev-table" data-testid="ev-ranking">
          <thead>
            <tr>
              <th className="ev-num">{t('support.rank')}</th>
              <th>{t('support.cluster')}</th>
              <th className="ev-num">{t('support.closeness')}</th>
              <th className="ev-num">{t('support.costCol')}</th>
              <th>{t('support.selected')}</th>
              {ranking.criteria.map((c) => <th key={c.code} className="ev-num">{name(c.code)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.clusterId} className={row.selected ? 'ev-selected' : undefined} data-cluster={row.clusterId} data-selected={row.selected}>
                <td className="ev-num">{row.rank}</td>
                <td className="ev-name"><Link to={`/evaluation/clusters/${row.clusterId}`}>{row.name}</Link></td>
                <td className="ev-num">
                  <span className="ev-closeness" style={{ width: `${Math.round(row.closeness * 3 * 10) / 10}rem` }} aria-hidden="true" />
                  {numberText(row.closeness, format.locale, 3)}
                </td>
                <td className="ev-num">{numberText(row.cost, format.locale, 0)}</td>
                <td>{row.selected ? <strong>✓ {t('support.yes')}</strong> : t('support.no')}</td>
                {ranking.criteria.map((c) => <td key={c.code} className="ev-num">{numberText(row.values[c.code], format.locale)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Sensitivity({ ranking }: { ranking: SupportRanking }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const name = useCriterionName();
  const weights = normalisedWeights(ranking.criteria);
  const clusterName = new Map(ranking.items.map((i) => [i.clusterId, i.name]));
  return (
    <section className="ev-section">
      <h3>{t('support.sensitivity')}</h3>
      <p className="ev-muted ev-small">{t('support.sensitivityHint')}</p>
      <div className="ev-scroll">
        <table className="ev-table ev-sensitivity" data-testid="ev-sensitivity">
          <thead>
            <tr>
              <th>{t('support.criterion')}</th>
              <th className="ev-num">{t('support.current')}</th>
              <th className="ev-num">{t('support.stable')}</th>
              <th>{t('support.scan')}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.sensitivity.map((s) => (
              <tr key={s.criterion} data-criterion={s.criterion}>
                <td>{name(s.criterion)}</td>
                <td className="ev-num">{numberText(weights[s.criterion], format.locale, 3)}</td>
                <td className="ev-num" data-testid="ev-stable">{numberText(s.stableFrom, format.locale, 2)} … {numberText(s.stableTo, format.locale, 2)}</td>
                <td>
                  <span className="ev-strip">
                    {scanCells(ranking, s.criterion).map((cell) => (
                      <span
                        key={cell.weight}
                        className={`ev-cell${cell.sameSelection ? ' ev-same' : ''}${cell.inStable ? ' ev-stable' : ''}`}
                        title={t('support.cellTitle', {
                          weight: numberText(cell.weight, format.locale, 2),
                          top: cell.top === null ? t('support.nothing') : (clusterName.get(cell.top) ?? String(cell.top)),
                          selected: cell.selected.length === 0 ? t('support.nothing') : cell.selected.map((id) => clusterName.get(id) ?? String(id)).join(', '),
                        })}
                      >
                        {cell.sameTop ? '●' : ''}
                      </span>
                    ))}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
