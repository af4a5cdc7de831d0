// The printable national programme report (/evaluation/programmes/:id/report): the programme, the date, the
// execution rate, planned vs achieved by region, the lagging measures, all measures, the national KPIs and the
// sources; a Print button and the XLSX download. The print stylesheet hides the app's navigation.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { evaluationPaths } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import '../../i18n/evaluation.ts';
import './evaluation.css';
import { KpiTable } from './KpiTable.tsx';
import { ExecutionSummary, LaggingTable, MeasuresTable, SourceNote, useRegionName } from './ProgrammeSections.tsx';
import { useNationalKpis, useProgramme } from './queries.ts';
import { RegionChart } from './RegionChart.tsx';
import './report.css';
import { laggingRows, localName, planSources, regionBars } from './transform.ts';

export default function ProgrammeReport() {
  const { t, i18n } = useTranslation('evaluation');
  const format = useFormat();
  const id = useParams().id ?? '';
  const detail = useProgramme(id);
  const kpis = useNationalKpis();
  const regionName = useRegionName();
  const data = detail.data;
  const bars = useMemo(() => (data ? regionBars(data.execution, regionName) : []), [data, regionName]);
  const lagging = useMemo(() => (data ? laggingRows(data, i18n.language, regionName) : []), [data, i18n.language, regionName]);
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const ready = Boolean(data && !detail.isFetching && !kpis.isPending);

  const tools = (
    <div className="ev-report-tools ev-no-print">
      <Link to="/evaluation">← {t('report.back')}</Link>
      <button type="button" onClick={() => window.print()} data-testid="ev-print">{t('report.print')}</button>
      <a href={evaluationPaths.programmeReportXlsx(id)} download data-testid="ev-report-xlsx">{t('programme.xlsx')}</a>
    </div>
  );
  if (detail.isPending) return <div className="ev-page ev-report">{tools}<Loading /></div>;
  if (detail.isError || !data) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <div className="ev-page ev-report">
        {tools}
        {missing ? <p className="error" role="alert">{t('report.notFound')}</p> : <ErrorMessage error={detail.error} onRetry={() => void detail.refetch()} />}
      </div>
    );
  }
  const sources = planSources(data);
  return (
    <div className="ev-page ev-report" data-testid="ev-report" data-state={ready ? 'ready' : 'loading'}>
      {tools}
      <header className="ev-head">
        <h1>{t('report.title')}</h1>
        <p className="ev-report-programme">
          <strong>{localName(data.programme, i18n.language)}</strong> ({t('programme.years', { from: data.programme.startYear, to: data.programme.endYear })})
          <IllustrativeBadge show={data.programme.illustrative} />
        </p>
        <p className="ev-muted">{t('report.generated', { date: format.date(today) })}</p>
      </header>
      <ExecutionSummary detail={data} />
      <section className="ev-section ev-keep">
        <h2>{t('programme.byRegion')}</h2>
        <RegionChart bars={bars} ready={!detail.isFetching} />
      </section>
      <section className="ev-section">
        <h2>{t('programme.lagging')}</h2>
        <LaggingTable rows={lagging} />
      </section>
      <section className="ev-section">
        <h2>{t('programme.measures')}</h2>
        <MeasuresTable measures={data.measures} />
      </section>
      <section className="ev-section">
        <h2>{t('kpi.title')}</h2>
        {kpis.isPending && <Loading />}
        {kpis.isError && <ErrorMessage error={kpis.error} onRetry={() => void kpis.refetch()} />}
        {kpis.data && <KpiTable board={kpis.data} />}
      </section>
      <section className="ev-section">
        <h2>{t('report.sources')}</h2>
        <SourceNote detail={data} withSources={false} />
        <ul className="ev-sources">
          {sources.map((s) => <li key={s}>{s}</li>)}
          <li>{t('report.registrySource')}</li>
        </ul>
      </section>
    </div>
  );
}
