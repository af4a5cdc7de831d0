// Cross-sector cooperation (/crosssector): the network of sectors linked more often than independence predicts
// (from patents, deals or the registry's contracts), the sector x sector heatmap of ratios, a sector's profile
// (its partners and how the links change) and the emerging industries dashboard. Source, year, ratio threshold
// and the selected sector are kept in the URL.
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { LINK_SOURCES, type LinkSource } from '../../api/crosssector.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useCrossSectorDatasets, useCrossSectorLinks, useCrossSectorMatrix } from '../../hooks/useCrosssector.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import '../../i18n/crosssector.ts';
import { useTerritoryNames } from '../cluster-profile/reference-data.ts';
import { Centrality } from './Centrality.tsx';
import './crosssector.css';
import { Emerging } from './Emerging.tsx';
import { Matrix } from './Matrix.tsx';
import { Network } from './Network.tsx';
import { SectorProfile } from './SectorProfile.tsx';
import { type CrossSectorView, isIllustrative, readView, THRESHOLDS, validYear, writeView } from './view.ts';

export default function CrossSectorPage() {
  const { t } = useTranslation('crosssector');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const update = useCallback(
    (change: Partial<CrossSectorView>) => setParams((current) => writeView(current, { ...readView(current), ...change }), { replace: true }),
    [setParams],
  );
  const onSector = useCallback((sector: string) => update({ sector }), [update]);
  const datasets = useCrossSectorDatasets();
  const links = useCrossSectorLinks({ source: view.source, year: view.year, minRatio: view.threshold });
  const matrix = useCrossSectorMatrix(view.source, view.year);
  const territoryName = useTerritoryNames();
  // the answer says whether its data is illustrative; until it comes, the latest dataset of the source does
  const illustrative = links.data && !links.isPlaceholderData ? links.data.illustrative : isIllustrative(datasets.data, view.source);

  // a year the source does not have (an old link) is answered with 422: fall back to all years
  const badYear = links.isError && view.year !== null && links.error instanceof ApiError && (links.error.status === 422 || links.error.status === 400);
  useEffect(() => {
    if (badYear) update({ year: null });
  }, [badYear, update]);

  const data = links.data;
  const years = data?.years ?? [];
  const linksReady = Boolean(data && !links.isPlaceholderData && !links.isFetching);
  const matrixReady = Boolean(matrix.data && !matrix.isPlaceholderData && !matrix.isFetching);

  const header = (
    <header className="cs-head">
      <h1>{t('title')}</h1>
      <p className="cs-muted cs-intro">{t('intro')}</p>
    </header>
  );
  if (links.isPending) return <div className="cs-page">{header}<Loading /></div>;
  if (links.isError && !data) return <div className="cs-page">{header}<ErrorMessage error={links.error} onRetry={() => void links.refetch()} /></div>;

  return (
    <div className="cs-page" data-testid="cs-page" data-state={linksReady && matrixReady ? 'ready' : 'loading'} data-source={view.source}>
      {header}
      <form className="cs-controls" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        <fieldset className="cs-sources" data-testid="cs-source">
          <legend>{t('filters.source')}</legend>
          {LINK_SOURCES.map((source: LinkSource) => (
            <label key={source} className={view.source === source ? 'checked' : undefined}>
              <input type="radio" name="source" value={source} checked={view.source === source} onChange={() => update({ source, year: null })} />
              {t(`source.${source}`)}
              {isIllustrative(datasets.data, source) && <span className="cs-star" aria-hidden="true">*</span>}
            </label>
          ))}
        </fieldset>
        <label className="cs-control">
          {t('filters.year')}
          <select data-testid="cs-year" value={validYear(view.year, years) ?? ''} onChange={(e) => update({ year: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{t('filters.allYears')}</option>
            {years.map((year) => <option key={year} value={year}>{year}</option>)}
          </select>
        </label>
        <label className="cs-control">
          {t('filters.threshold')}
          <select data-testid="cs-threshold" value={view.threshold} onChange={(e) => update({ threshold: Number(e.target.value) })}>
            {[...new Set([...THRESHOLDS, view.threshold])].sort((a, b) => a - b).map((n) => (
              <option key={n} value={n}>{n === 0 ? t('filters.thresholdAny') : format.decimal(n)}</option>
            ))}
          </select>
        </label>
        {illustrative && (
          <p className="cs-illustrative" data-testid="cs-illustrative">
            <span className="illustrative-badge">{t('illustrativeBadge')}</span> {t('illustrativeNote', { source: t(`sourceLower.${view.source}`) })}
          </p>
        )}
      </form>
      {links.isError && <ErrorMessage error={links.error} onRetry={() => void links.refetch()} />}
      {data && (
        <section className="cs-section" data-testid="cs-network-section">
          <h2>{t('network.title')}</h2>
          <p className="cs-muted">{t('network.hint')}</p>
          <Network data={data} threshold={view.threshold} selected={view.sector} ready={linksReady} onSector={onSector} />
        </section>
      )}
      <section className="cs-section" data-testid="cs-profile-section">
        <h2>{t('profile.title')}</h2>
        <SectorProfile code={view.sector} source={view.source} sectors={data?.sectors ?? []} onSector={onSector} />
      </section>
      <section className="cs-section">
        <h2>{t('matrix.title')}</h2>
        <p className="cs-muted">{t('matrix.hint')}</p>
        {matrix.isError && <ErrorMessage error={matrix.error} onRetry={() => void matrix.refetch()} />}
        {matrix.isPending && <Loading />}
        {matrix.data && <Matrix data={matrix.data} ready={matrixReady} onSector={onSector} />}
      </section>
      {data && (
        <section className="cs-section">
          <h2>{t('centrality.title')}</h2>
          <Centrality sectors={data.sectors} selected={view.sector} onSector={onSector} />
        </section>
      )}
      <section className="cs-section" data-testid="cs-emerging-section">
        <h2>{t('emerging.title')}</h2>
        <p className="cs-muted">{t('emerging.hint')}</p>
        <Emerging source={view.source} territoryName={territoryName} />
      </section>
    </div>
  );
}
