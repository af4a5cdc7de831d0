// The potential-cluster layer of the map: the highest-ranked potential clusters of cluster mapping (first
// dataset, latest year), one circle per region at its centre, sized by their employment; a click or Enter shows
// the evidence of each. Loaded only when the layer is switched on, with the mapping catalog.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PotentialCell } from '../../api/mapping.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useMappingDatasets, usePotentialClusters } from '../../hooks/useMapping.ts';
import '../../i18n/mapping.ts';
import { FiguresBadge } from '../mapping/DatasetLabel.tsx';
import { Evidence } from '../mapping/Evidence.tsx';
import { useMappingFormat } from '../mapping/format.ts';
import { groupByRegion, markerRadius } from '../mapping/transform.ts';
import type { MapGeometry } from './geometry.ts';

/** How many potential clusters the layer shows, best first. */
export const LAYER_LIMIT = 50;

function usePotentialLayer() {
  const datasets = useMappingDatasets();
  const dataset = datasets.data?.items[0];
  const potential = usePotentialClusters(dataset ? { dataset: dataset.id } : null, { limit: LAYER_LIMIT, offset: 0 });
  const groups = useMemo(() => groupByRegion<PotentialCell>(potential.data?.items ?? []), [potential.data]);
  const largest = Math.max(0, ...groups.map((g) => g.employment));
  return { dataset, groups, largest, loading: datasets.isPending || potential.isPending };
}

interface MarkersProps {
  geometry: MapGeometry;
  scale: number;
  selected: string | null;
  onSelect: (region: string | null) => void;
}

export function PotentialMarkers({ geometry, scale, selected, onSelect }: MarkersProps) {
  const { t } = useTranslation('mapping');
  const name = useLocalizedName();
  const format = useMappingFormat();
  const { groups, largest } = usePotentialLayer();
  return (
    <g className="potential-markers" data-testid="potential-layer" data-count={groups.length}>
      {groups.map((group) => {
        const spot = geometry.spots.get(group.region);
        if (!spot) return null;
        const regionName = name(geometry.properties.get(group.region)) || group.region;
        return (
          <g
            key={group.region}
            className={`potential-marker${selected === group.region ? ' active' : ''}`}
            transform={`translate(${spot[0].toFixed(1)} ${spot[1].toFixed(1)}) scale(${scale})`}
            role="button"
            tabIndex={0}
            aria-pressed={selected === group.region}
            aria-label={t('layer.markerLabel', {
              region: regionName,
              clusters: t('potentialCount', { count: group.cells.length, n: format.integer(group.cells.length) }),
              employment: format.integer(group.employment),
            })}
            data-testid="potential-marker"
            data-region={group.region}
            data-count={group.cells.length}
            onClick={() => onSelect(selected === group.region ? null : group.region)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(selected === group.region ? null : group.region);
              }
            }}
          >
            <circle className="potential-circle" r={markerRadius(group.employment, largest)} />
          </g>
        );
      })}
    </g>
  );
}

export function PotentialPanel({ geometry, region, onClose }: { geometry: MapGeometry; region: string; onClose: () => void }) {
  const { t } = useTranslation('mapping');
  const name = useLocalizedName();
  const format = useMappingFormat();
  const { dataset, groups } = usePotentialLayer();
  const group = groups.find((g) => g.region === region);
  if (!group) return null;
  const regionName = name(geometry.properties.get(region)) || region;
  return (
    <section className="potential-panel" data-testid="potential-evidence" data-region={region} aria-labelledby="potential-panel-title">
      <header>
        <h2 id="potential-panel-title">{t('layer.title', { region: regionName })}</h2>
        <button type="button" className="secondary potential-close" onClick={onClose} aria-label={t('layer.close')} data-testid="potential-close">×</button>
      </header>
      <p className="map-muted"><FiguresBadge dataset={dataset} /> {t('layer.intro', { year: dataset?.years[dataset.years.length - 1] ?? '' })}</p>
      <ol>
        {group.cells.map((cell) => (
          <li key={cell.category} data-testid="potential-evidence-item">
            <p className="potential-panel-head">
              <span className="map-muted">{t('potential.rank', { rank: cell.rank })}</span> <code>{cell.category}</code> {format.names(cell.categoryName)}
            </p>
            <Evidence cell={cell} />
          </li>
        ))}
      </ol>
      <Link to={`/mapping?region=${encodeURIComponent(region)}&class=all`}>{t('layer.open', { region: regionName })}</Link>
    </section>
  );
}

export function PotentialLegend() {
  const { t } = useTranslation('mapping');
  const { dataset, loading } = usePotentialLayer();
  return (
    <>
      <p className="map-legend-title">{t('potential.title')}</p>
      <p className="map-legend-potential" data-testid="potential-legend">
        <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true"><circle className="potential-circle" r="6" /></svg>
        <span>{loading ? t('layer.loading') : dataset ? t('layer.legend', { n: LAYER_LIMIT }) : t('layer.none')}</span>
      </p>
      <FiguresBadge dataset={dataset} />
    </>
  );
}
