// The Programme tab: the programme's execution rate, budget execution, planned vs achieved by region, the
// lagging measures, all measures with their RAG status, where the numbers come from, and the national KPIs.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { evaluationPaths, type ProgrammeSummary } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { ExecutionSummary, LaggingTable, MeasuresTable, SourceNote, useRegionName } from './ProgrammeSections.tsx';
import { KpiTable } from './KpiTable.tsx';
import { useNationalKpis, useProgramme } from './queries.ts';
import { RegionChart } from './RegionChart.tsx';
import { laggingRows, localName, regionBars } from './transform.ts';

interface Props { programmes: ProgrammeSummary[]; programme: string; onProgramme: (id: string) => void }

export function ProgrammeTab({ programmes, programme, onProgramme }: Props) {
  const { t, i18n } = useTranslation('evaluation');
  const detail = useProgramme(programme);
  const kpis = useNationalKpis();
  const regionName = useRegionName();
  const data = detail.data;
  const bars = useMemo(() => (data ? regionBars(data.execution, regionName) : []), [data, regionName]);
  const lagging = useMemo(() => (data ? laggingRows(data, i18n.language, regionName) : []), [data, i18n.language, regionName]);
  const ready = Boolean(data && !detail.isPlaceholderData && !detail.isFetching);

  if (programmes.length === 0) return <p className="ev-muted">{t('programme.none')}</p>;
  return (
    <div className="ev-tab" data-testid="ev-programme" data-state={ready && !kpis.isPending ? 'ready' : 'loading'} data-programme={programme}>
      <div className="ev-controls">
        <label className="ev-control">
          {t('programme.choose')}
          <select data-testid="ev-programme-select" value={programme} onChange={(e) => onProgramme(e.target.value)}>
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>{localName(p, i18n.language)} ({t('programme.years', { from: p.startYear, to: p.endYear })})</option>
            ))}
          </select>
        </label>
        <span className="ev-links">
          <Link to={`/evaluation/programmes/${encodeURIComponent(programme)}/report`} data-testid="ev-report-link">{t('programme.printable')}</Link>
          <a href={evaluationPaths.programmeReportXlsx(programme)} download data-testid="ev-xlsx-link">{t('programme.xlsx')}</a>
        </span>
      </div>
      {detail.isPending && <Loading />}
      {detail.isError && <ErrorMessage error={detail.error} onRetry={() => void detail.refetch()} />}
      {data && (
        <>
          <h2>
            {localName(data.programme, i18n.language)} <span className="ev-muted">{t('programme.years', { from: data.programme.startYear, to: data.programme.endYear })}</span>
            <IllustrativeBadge show={data.programme.illustrative} />
          </h2>
          <ExecutionSummary detail={data} />
          <SourceNote detail={data} />
          <section className="ev-section">
            <h3>{t('programme.byRegion')}</h3>
            <RegionChart bars={bars} ready={ready} />
          </section>
          <section className="ev-section">
            <h3>{t('programme.lagging')}</h3>
            <p className="ev-muted ev-small">{t('programme.laggingHint')}</p>
            <LaggingTable rows={lagging} />
          </section>
          <section className="ev-section">
            <h3>{t('programme.measures')}</h3>
            <MeasuresTable measures={data.measures} />
          </section>
        </>
      )}
      <section className="ev-section">
        <h3>{t('kpi.title')}</h3>
        {kpis.isPending && <Loading />}
        {kpis.isError && <ErrorMessage error={kpis.error} onRetry={() => void kpis.refetch()} />}
        {kpis.data && <KpiTable board={kpis.data} />}
      </section>
    </div>
  );
}
