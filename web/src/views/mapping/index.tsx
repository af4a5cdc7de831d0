// Cluster mapping (/mapping): the dataset, year and base year chosen in the URL; the dataset's label (what is
// illustrative, where it comes from); the map of cluster strength by region, potential clusters, the LQ
// heatmap of regions by industries, and the table of strong clusters.
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useMappingDatasets, useMappingMatrix, useMappingSummary } from '../../hooks/useMapping.ts';
import '../../i18n/mapping.ts';
import { useTerritories } from '../cluster-profile/reference-data.ts';
import { buildGeometry } from '../map/geometry.ts';
import { DatasetLabel, FiguresBadge } from './DatasetLabel.tsx';
import { LqHeatmap } from './LqHeatmap.tsx';
import './mapping.css';
import { PotentialList } from './PotentialList.tsx';
import { Selectors } from './Selectors.tsx';
import { StrengthLegend, StrengthMap } from './StrengthMap.tsx';
import { StrongTable } from './StrongTable.tsx';
import { changeView, type MappingView, mappingQuery, readView, strengthClasses, writeView } from './transform.ts';

export default function MappingPage() {
  const { t, i18n } = useTranslation('mapping');
  const name = useLocalizedName();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const update = useCallback(
    (change: Partial<MappingView>) => setParams((current) => writeView(current, changeView(readView(current), change)), { replace: true }),
    [setParams],
  );
  const tableSection = useRef<HTMLElement>(null);
  const showInTable = useCallback((change: Partial<MappingView>) => {
    update(change);
    tableSection.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [update]);
  // Stable, so the heatmap is not redrawn whenever the page renders.
  const showCell = useCallback((region: string, category: string) => showInTable({ region, category, cls: 'all' }), [showInTable]);

  const datasets = useMappingDatasets();
  const query = useMemo(() => mappingQuery(view, datasets.data?.items), [view, datasets.data]);
  const dataset = datasets.data?.items.find((d) => d.id === query?.dataset);
  const summary = useMappingSummary(query);
  const matrix = useMappingMatrix(query);
  const oblasts = useTerritories('oblast');
  const raions = useTerritories('raion');
  const geometry = useMemo(
    () => (oblasts.data && raions.data ? buildGeometry(oblasts.data, raions.data) : undefined),
    [oblasts.data, raions.data],
  );
  const groupName = useMemo(
    () => (id: string) => name(geometry?.properties.get(id)) || id,
    // `name` is a new function on every render; what it returns changes only with the language.
    [geometry, i18n.language],
  );
  const classes = useMemo(() => strengthClasses((summary.data?.regions ?? []).map((r) => r.strength)), [summary.data]);

  const header = (
    <header className="mapping-head">
      <h1>{t('title')}</h1>
      <p className="mapping-muted mapping-intro">{t('intro')} <Link to="/methods#mapping">{t('methodsLink')}</Link></p>
    </header>
  );
  if (datasets.isPending) return <div className="mapping-page">{header}<Loading /></div>;
  if (datasets.isError) return <div className="mapping-page">{header}<ErrorMessage error={datasets.error} onRetry={() => void datasets.refetch()} /></div>;
  if (!query || !dataset) return <div className="mapping-page">{header}<p className="mapping-empty" data-testid="mapping-no-data">{t('dataset.none')}</p></div>;

  const latest = dataset.years[dataset.years.length - 1]!;
  const year = query.year ?? latest;
  const data = summary.data;
  const current = data && !summary.isPlaceholderData ? data : undefined;
  const loadingNext = summary.isFetching || matrix.isFetching;

  return (
    <div className="mapping-page" data-testid="mapping-page" data-state={current && !loadingNext ? 'ready' : 'loading'} data-year={current?.year}>
      {header}
      <div className="mapping-top">
        <Selectors datasets={datasets.data.items} dataset={dataset} year={year} baseYear={query.baseYear ?? null} onChange={update} />
        <DatasetLabel
          dataset={dataset}
          scheme={data?.scheme ?? query.scheme ?? dataset.classification}
          coverage={{ regions: dataset.regions, categories: dataset.categories, from: dataset.years[0], to: latest }}
        />
      </div>
      {loadingNext && <p className="mapping-computing" role="status" data-testid="mapping-computing">{t('computing')}</p>}
      {summary.isError && <ErrorMessage error={new Error(t('dataset.unavailable', { message: summary.error.message }))} onRetry={() => void summary.refetch()} />}

      {data && (
        <>
          <div className="mapping-grid">
            <section className="card mapping-section" aria-labelledby="strength-title" data-testid="strength-section">
              <h2 id="strength-title">{t('strength.title')} <FiguresBadge dataset={dataset} /></h2>
              <p className="mapping-muted">{t(data.tradedKnown ? 'strength.introTraded' : 'strength.intro', { year: data.year })}</p>
              {geometry ? (
                <StrengthMap
                  geometry={geometry}
                  regions={data.regions}
                  classes={classes}
                  year={data.year}
                  baseYear={data.baseYear}
                  selected={view.region}
                  onSelect={(region) => update({ region })}
                >
                  <StrengthLegend classes={classes} />
                </StrengthMap>
              ) : oblasts.isError || raions.isError ? (
                <ErrorMessage error={oblasts.error ?? raions.error} onRetry={() => { void oblasts.refetch(); void raions.refetch(); }} />
              ) : <Loading />}
            </section>
            <section className="card mapping-section mapping-potential" aria-labelledby="potential-title" data-testid="potential-section">
              <h2 id="potential-title">{t('potential.title')} <FiguresBadge dataset={dataset} /></h2>
              <p className="mapping-muted">{t('potential.intro')}</p>
              <PotentialList query={query} onShow={showCell} />
            </section>
          </div>

          <section className="card mapping-section" aria-labelledby="heatmap-title" data-testid="heatmap-section">
            <h2 id="heatmap-title">{t('heatmap.title')} <FiguresBadge dataset={dataset} /></h2>
            <p className="mapping-muted">{t('heatmap.intro')}</p>
            {matrix.data ? (
              <LqHeatmap
                summary={data}
                matrix={matrix.data}
                rowOrder={view.rows}
                columns={view.cols}
                groupName={groupName}
                onRowOrder={(rows) => update({ rows })}
                onColumns={(cols) => update({ cols })}
                onCell={showCell}
              />
            ) : matrix.isError ? <ErrorMessage error={matrix.error} onRetry={() => void matrix.refetch()} /> : <Loading />}
          </section>

          <section className="card mapping-section" aria-labelledby="table-title" data-testid="table-section" ref={tableSection}>
            <h2 id="table-title">{t('table.title')} <FiguresBadge dataset={dataset} /></h2>
            <p className="mapping-muted">{t('table.intro')}</p>
            <StrongTable query={query} view={view} summary={data} groupName={groupName} onChange={update} />
          </section>
        </>
      )}
      {!data && !summary.isError && <Loading />}
    </div>
  );
}
