// The national KPI board as a table of the latest point of each indicator, with RAG badges.
import { useTranslation } from 'react-i18next';
import type { KpiBoard } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { RagBadge } from '../../components/RagBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { kpiRows, numberText, percentText } from './transform.ts';

export function KpiTable({ board }: { board: KpiBoard }) {
  const { t, i18n } = useTranslation('evaluation');
  const format = useFormat();
  const rows = kpiRows(board, i18n.language);
  if (rows.length === 0) return <p className="ev-muted">{t('kpi.none')}</p>;
  const s = board.summary;
  return (
    <>
      <p className="ev-muted" data-testid="ev-kpi-summary">
        {t('kpi.summary', { green: s.green ?? 0, amber: s.amber ?? 0, red: s.red ?? 0, noData: s['no-data'] ?? 0 })}
      </p>
      <div className="ev-scroll">
        <table className="ev-table" data-testid="ev-kpis">
          <thead>
            <tr>
              <th>{t('kpi.indicator')}</th>
              <th className="ev-num">{t('kpi.year')}</th>
              <th className="ev-num">{t('kpi.target')}</th>
              <th className="ev-num">{t('kpi.actual')}</th>
              <th className="ev-num">{t('kpi.progress')}</th>
              <th>{t('kpi.status')}</th>
              <th>{t('kpi.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-status={row.status}>
                <td>{row.name}{row.unit && row.unit !== 'count' ? <span className="ev-muted"> ({row.unit})</span> : null}<IllustrativeBadge show={row.illustrative} /></td>
                <td className="ev-num">{row.year ?? '—'}</td>
                <td className="ev-num">{numberText(row.target, format.locale)}</td>
                <td className="ev-num">{numberText(row.actual, format.locale)}</td>
                <td className="ev-num">{percentText(row.progress, format.locale, 0)}</td>
                <td><RagBadge status={row.status} /></td>
                <td className="ev-source">{row.source === 'registry' ? t('kpi.registry') : (row.source ?? '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
