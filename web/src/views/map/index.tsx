// The home page: the cluster map of Belarus with its filters (kept in the URL), the list of the
// filtered clusters, and the comparison with Poland and Russia.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { Cluster, Paged, TerritoryCollection } from '../../api/types.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { BelarusMap } from './BelarusMap.tsx';
import { ClusterList } from './ClusterList.tsx';
import { CountryComparison } from './CountryComparison.tsx';
import { Filters } from './Filters.tsx';
import { buildGeometry } from './geometry.ts';
import { HowToRead } from './HowToRead.tsx';
import { Legend } from './Legend.tsx';
import './map.css';
import {
  choroplethClasses, clustersPath, countByStatus, countByTerritory, DEFAULT_FILTERS, indexSectors, isSection, matchesSector,
  readFilters, readPotentialLayer, writeFilters, writePotentialLayer, type CountryFigure, type MapFilters, type SectorItem,
} from './transform.ts';

// The potential-cluster layer (and the mapping catalog it speaks with) is fetched only when switched on.
const layerModule = () => import('./PotentialLayer.tsx');
const PotentialMarkers = lazy(() => layerModule().then((m) => ({ default: m.PotentialMarkers })));
const PotentialPanel = lazy(() => layerModule().then((m) => ({ default: m.PotentialPanel })));
const PotentialLegend = lazy(() => layerModule().then((m) => ({ default: m.PotentialLegend })));

const territoriesQuery = (level: 'oblast' | 'raion') => ({
  queryKey: ['territories', level],
  queryFn: () => api<TerritoryCollection>(`/api/territories?level=${level}`),
  staleTime: Infinity,
});

export default function MapView() {
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation('common');
  const name = useLocalizedName();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const setFilters = useCallback(
    (change: Partial<MapFilters>) => setParams((current) => writeFilters(current, { ...readFilters(current), ...change }), { replace: true }),
    [setParams],
  );
  const [activeCluster, setActiveCluster] = useState<number | null>(null);
  const potentialLayer = readPotentialLayer(params);
  const setPotentialLayer = useCallback(
    (on: boolean) => setParams((current) => writePotentialLayer(current, on), { replace: true }),
    [setParams],
  );
  const [potentialRegion, setPotentialRegion] = useState<string | null>(null);

  // Asked in the order the first render needs them; raions are needed in both views, as the markers of
  // raion clusters sit at the raion's centre.
  const path = clustersPath(filters);
  const clusters = useQuery({ queryKey: ['clusters', 'map', path], queryFn: () => api<Paged<Cluster>>(path), placeholderData: keepPreviousData });
  const oblasts = useQuery(territoriesQuery('oblast'));
  const raions = useQuery(territoriesQuery('raion'));
  const sectors = useQuery({
    queryKey: ['sectors', 'section-division'],
    queryFn: () => api<{ items: SectorItem[] }>('/api/sectors'),
    staleTime: Infinity,
    select: (answer) => indexSectors(answer.items),
  });
  const figures = useQuery({
    queryKey: ['countries', 'figures'],
    queryFn: () => api<{ items: CountryFigure[] }>('/api/countries/figures'),
    staleTime: 5 * 60_000,
  });

  const geometry = useMemo(
    () => (oblasts.data && raions.data ? buildGeometry(oblasts.data, raions.data) : undefined),
    [oblasts.data, raions.data],
  );

  // A whole NACE section is filtered here: the API matches codes, and clusters name divisions.
  const waitingForSectors = isSection(filters.sector) && !sectors.data;
  const visible = useMemo(() => {
    const items = clusters.data?.items ?? [];
    if (!isSection(filters.sector)) return items;
    return sectors.data ? items.filter((c) => matchesSector(c, filters.sector, sectors.data)) : [];
  }, [clusters.data, filters.sector, sectors.data]);

  const counts = useMemo(() => countByTerritory(visible, geometry?.parentOf ?? new Map()), [visible, geometry]);
  const classes = useMemo(() => {
    const areas = (filters.level === 'raion' ? geometry?.raions : geometry?.oblasts) ?? [];
    return choroplethClasses(Math.max(0, ...areas.map((a) => counts.get(a.id) ?? 0)));
  }, [counts, geometry, filters.level]);
  const statusCounts = useMemo(() => countByStatus(visible), [visible]);

  const collator = new Intl.Collator(format.locale);
  const regions = [...(oblasts.data?.features ?? [])].sort((a, b) => collator.compare(name(a.properties), name(b.properties)));
  const error = oblasts.error ?? raions.error ?? clusters.error;
  const answer = clusters.data;

  return (
    <div className="map-page">
      <header className="map-head">
        <h1>{t('title')}</h1>
        <p className="partial-note" data-testid="partial-data">{tc('partialData')}</p>
        <p className="map-muted map-intro">{t('intro')}</p>
      </header>
      <Filters
        filters={filters}
        onChange={setFilters}
        onReset={() => setFilters({ status: DEFAULT_FILTERS.status, sector: DEFAULT_FILTERS.sector, region: DEFAULT_FILTERS.region })}
        sectors={sectors.data}
        regions={regions}
        potentialLayer={potentialLayer}
        onPotentialLayer={(on) => { setPotentialLayer(on); if (!on) setPotentialRegion(null); }}
      />
      {error ? (
        <ErrorMessage error={error} onRetry={() => { void oblasts.refetch(); void raions.refetch(); void clusters.refetch(); }} />
      ) : (
        <div className="map-layout">
          <div className="map-main">
            {geometry && answer && !waitingForSectors ? (
              <BelarusMap
                geometry={geometry}
                level={filters.level}
                counts={counts}
                classes={classes}
                clusters={visible}
                region={filters.region}
                activeCluster={activeCluster}
                onActiveCluster={setActiveCluster}
                onRegion={(region) => setFilters({ region })}
                layers={potentialLayer ? (scale) => (
                  <Suspense fallback={null}>
                    <PotentialMarkers geometry={geometry} scale={scale} selected={potentialRegion} onSelect={setPotentialRegion} />
                  </Suspense>
                ) : undefined}
              >
                <Legend classes={classes} statusCounts={statusCounts}>
                  {potentialLayer && <Suspense fallback={null}><PotentialLegend /></Suspense>}
                </Legend>
                {potentialLayer && potentialRegion && (
                  <Suspense fallback={null}>
                    <PotentialPanel geometry={geometry} region={potentialRegion} onClose={() => setPotentialRegion(null)} />
                  </Suspense>
                )}
              </BelarusMap>
            ) : (
              <div className="map-frame map-placeholder"><Loading /></div>
            )}
            <HowToRead />
          </div>
          {answer && !waitingForSectors ? (
            <ClusterList
              summary={t('shown', { count: visible.length, n: format.integer(visible.length) })}
              clusters={visible}
              truncated={answer.total > answer.items.length ? { shown: answer.items.length, total: answer.total } : null}
              territories={geometry?.properties ?? new Map()}
              activeCluster={activeCluster}
              onActiveCluster={setActiveCluster}
            />
          ) : (
            <div className="map-list"><Loading /></div>
          )}
        </div>
      )}
      {figures.data && <CountryComparison figures={figures.data.items} />}
      {figures.error && <ErrorMessage error={figures.error} onRetry={() => void figures.refetch()} />}
    </div>
  );
}
