// The KPI board: per indicator its group, latest actual against target, progress and RAG status, source and
// illustrative mark; the status counts; the trajectory chart of the selected indicator; and a form for staff
// and the cluster's managers to set a target or an actual for a year.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiBoard } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useSession } from '../../hooks/useSession.ts';
import { Chart } from './Chart.tsx';
import { kpiOption } from './chart-options.ts';
import { canManage, FormErrors, Rag, useKpiLabels } from './common.tsx';
import { useKpis, useSetKpi } from './queries.ts';
import { indicatorName, kpiRow, kpiSeriesData, parseNumber, selectedSeries, summaryCounts } from './transform.ts';

export function KpiTab({ id, indicator, onIndicator }: { id: number; indicator: string; onIndicator: (code: string) => void }) {
  const { t, i18n } = useTranslation('clusterEvaluation');
  const format = useFormat();
  const kpis = useKpis(id);
  const user = useSession().data?.user;
  const labels = useKpiLabels();
  const board = kpis.data;
  const rows = useMemo(() => (board?.items ?? []).map((s) => kpiRow(s, i18n.language)), [board, i18n.language]);
  const series = selectedSeries(board, indicator);
  const option = useMemo(
    () => series && kpiOption(kpiSeriesData(series), { actual: t('kpi.actual'), target: t('kpi.target'), expected: t('kpi.expected'), unit: labels.unit(series.indicator.unit) }),
    [series, t, labels],
  );

  if (kpis.isPending) return <Loading />;
  if (kpis.isError) return <ErrorMessage error={kpis.error} onRetry={() => void kpis.refetch()} />;
  if (!board) return null;

  return (
    <div className="ce-tab-body" data-testid="ce-kpis">
      <h2>{t('kpi.title')}</h2>
      <p className="ce-muted">{t('kpi.hint')}</p>
      <ul className="ce-summary" data-testid="ce-kpi-summary">
        {summaryCounts(board).map(({ status, count }) => (
          <li key={status} data-status={status} data-count={count}><Rag status={status} /> <strong>{format.integer(count)}</strong></li>
        ))}
      </ul>
      {rows.length === 0 ? <p className="ce-muted">{t('kpi.empty')}</p> : (
        <div className="ce-table-scroll">
          <table className="ce-table" data-testid="ce-kpi-table">
            <thead>
              <tr>
                <th>{t('kpi.indicator')}</th>
                <th>{t('kpi.group')}</th>
                <th className="ce-num">{t('kpi.year')}</th>
                <th className="ce-num">{t('kpi.actual')}</th>
                <th className="ce-num">{t('kpi.target')}</th>
                <th className="ce-num">{t('kpi.progress')}</th>
                <th>{t('kpi.status')}</th>
                <th>{t('kpi.source')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code} data-code={row.code} data-status={row.status} className={row.code === series?.indicator.code ? 'ce-selected' : undefined}>
                  <td>
                    <button type="button" className="ce-link" onClick={() => onIndicator(row.code)} aria-pressed={row.code === series?.indicator.code}>{row.name}</button>
                    <span className="ce-unit"> ({labels.unit(row.unit)}{row.direction === 'down' ? `, ${t('kpi.lessIsBetter')}` : ''})</span>
                  </td>
                  <td>{labels.group(row.group)}</td>
                  <td className="ce-num">{row.year ?? '—'}</td>
                  <td className="ce-num">{format.decimal(row.actual)}</td>
                  <td className="ce-num">{format.decimal(row.target)}</td>
                  <td className="ce-num">{row.progress === null ? '—' : `${format.decimal(row.progress)}%`}</td>
                  <td><Rag status={row.status} /></td>
                  <td className="ce-source">{row.source === 'registry' ? t('kpi.fromRegistry') : (row.source ?? '—')}<IllustrativeBadge show={row.illustrative} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {series && option && (
        <section className="ce-card">
          <h3>{t('kpi.chartTitle', { name: indicatorName(series.indicator, i18n.language) })}</h3>
          <Chart option={option} label={t('kpi.chartTitle', { name: indicatorName(series.indicator, i18n.language) })} testId="ce-kpi-chart" height={280} />
        </section>
      )}
      {canManage(user, id) && <KpiForm id={id} board={board} initial={series?.indicator.code ?? ''} />}
    </div>
  );
}

function KpiForm({ id, board, initial }: { id: number; board: KpiBoard; initial: string }) {
  const { t, i18n } = useTranslation('clusterEvaluation');
  const save = useSetKpi(id);
  const [indicator, setIndicator] = useState(initial);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [kind, setKind] = useState<'actual' | 'target'>('actual');
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const code = indicator || board.items[0]?.indicator.code || '';

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const n = parseNumber(value);
    const y = Number(year);
    if (!Number.isInteger(y) || y < 1990 || y > 2100) return setLocal(t('kpiForm.badYear'));
    if (n !== null && Number.isNaN(n)) return setLocal(t('kpiForm.badValue'));
    setLocal(null);
    save.mutate({ indicator: code, scope: 'cluster', scopeId: String(id), year: y, [kind]: n, ...(source.trim() ? { source: source.trim() } : {}) });
  };

  return (
    <form className="ce-card ce-form" onSubmit={submit} data-testid="ce-kpi-form" aria-labelledby="ce-kpi-form-title">
      <h3 id="ce-kpi-form-title">{t('kpiForm.title')}</h3>
      <div className="ce-fields">
        <label>{t('kpi.indicator')}
          <select value={code} onChange={(e) => setIndicator(e.target.value)} data-testid="ce-kpi-form-indicator">
            {board.items.map((s) => <option key={s.indicator.code} value={s.indicator.code}>{indicatorName(s.indicator, i18n.language)}</option>)}
          </select>
        </label>
        <label>{t('kpi.year')}
          <input type="number" min={1990} max={2100} step={1} value={year} onChange={(e) => setYear(e.target.value)} data-testid="ce-kpi-form-year" required />
        </label>
        <fieldset className="ce-radios">
          <legend>{t('kpiForm.kind')}</legend>
          {(['actual', 'target'] as const).map((k) => (
            <label key={k}><input type="radio" name="kpi-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`kpi.${k}`)}</label>
          ))}
        </fieldset>
        <label>{t('kpiForm.value')}
          <input type="text" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} data-testid="ce-kpi-form-value" placeholder={t('kpiForm.valueHint')} />
        </label>
        <label>{t('kpi.source')}
          <input type="text" value={source} onChange={(e) => setSource(e.target.value)} data-testid="ce-kpi-form-source" />
        </label>
      </div>
      {kind === 'actual' && board.items.find((s) => s.indicator.code === code)?.indicator.method === 'registry' && <p className="ce-muted ce-small">{t('kpiForm.registryNote')}</p>}
      <button type="submit" disabled={save.isPending || !code} data-testid="ce-kpi-form-submit">{save.isPending ? t('form.saving') : t('form.save')}</button>
      {local && <p className="error" role="alert">{local}</p>}
      <FormErrors error={save.error} testId="ce-kpi-form-errors" />
      {save.isSuccess && <p className="ce-ok" role="status" data-testid="ce-kpi-form-saved">{t('form.saved')}</p>}
    </form>
  );
}
