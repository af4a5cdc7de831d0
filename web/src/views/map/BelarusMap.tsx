// The SVG map: oblasts or raions shaded by their number of clusters, one focusable marker per cluster
// (colour and shape by status) that opens the cluster's profile, and a tooltip on hover and focus.
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Cluster } from '../../api/types.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import type { MapGeometry, ShapeOf } from './geometry.ts';
import { MarkerShape } from './MarkerShape.tsx';
import { colorFor, placeMarkers, type ChoroplethClass, type Level } from './transform.ts';

/** Marker radius and the spread of markers sharing a spot, in screen pixels whatever the map's width. */
const MARKER_PX = 7;
const SPREAD_PX = 14;
const MIN_GAP_PX = 2 * MARKER_PX + 5;

interface Props {
  geometry: MapGeometry;
  level: Level;
  counts: Map<string, number>;
  classes: ChoroplethClass[];
  clusters: Cluster[];
  region: string;
  activeCluster: number | null;
  onActiveCluster: (id: number | null) => void;
  onRegion: (id: string) => void;
  /** Extra marker layers drawn under the cluster markers, given the scale that keeps a pixel a pixel. */
  layers?: (scale: number) => ReactNode;
  children?: ReactNode;
}

type Hover = { id: string; x: number; y: number } | null;

export function BelarusMap({ geometry, level, counts, classes, clusters, region, activeCluster, onActiveCluster, onRegion, layers, children }: Props) {
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation('common');
  const name = useLocalizedName();
  const format = useFormat();
  const navigate = useNavigate();
  const canvas = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const [hover, setHover] = useState<Hover>(null);
  const { width, height } = geometry;

  // Markers keep their size in screen pixels: on a phone the map shrinks, the markers do not.
  useEffect(() => {
    const element = canvas.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const shown = entry?.contentRect.width ?? 0;
      if (shown > 0) setScale(Math.round((width / shown) * 20) / 20);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);

  const areas = useMemo(() => {
    const shapes = level === 'raion' ? geometry.raions : geometry.oblasts;
    // Small areas last, so an enclave (Minsk city) is drawn over the area around it.
    return [...shapes].sort((a, b) => (b.properties.areaKm2 ?? 0) - (a.properties.areaKm2 ?? 0));
  }, [geometry, level]);

  const markers = useMemo(
    () => placeMarkers(clusters, geometry.levelOf, (id) => geometry.spots.get(id) ?? null, SPREAD_PX * scale, MIN_GAP_PX * scale),
    [clusters, geometry, scale],
  );

  const territoryNames = (ids: string[]) => ids.map((id) => name(geometry.properties.get(id)) || id).join(', ');
  const open = (id: number) => navigate(`/clusters/${id}`);
  const onMarkerKey = (event: KeyboardEvent, id: number) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      open(id);
    }
  };
  const pointerAt = (event: MouseEvent) => {
    const box = canvas.current?.getBoundingClientRect();
    if (!box || box.width === 0) return { x: 0, y: 0 };
    return { x: ((event.clientX - box.left) / box.width) * width, y: ((event.clientY - box.top) / box.height) * height };
  };
  const regionOf = (shape: ShapeOf) => (shape.level === 'oblast' ? shape.id : shape.properties.parentId ?? '');
  const selected = region ? geometry.oblasts.find((o) => o.id === region) : undefined;

  const active = markers.find((m) => m.cluster.id === activeCluster);
  const hovered = hover ? geometry.properties.get(hover.id) : undefined;

  return (
    <div className="map-frame" data-testid="cluster-map" style={{ '--map-aspect': (width / height).toFixed(3) } as CSSProperties}>
      <div className="map-canvas" ref={canvas} onMouseLeave={() => setHover(null)}>
        <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t('mapLabel')}>
          <g className="map-areas" aria-hidden="true">
            {areas.map((shape) => (
              <path
                key={shape.id}
                d={shape.d}
                data-territory={shape.id}
                data-level={shape.level}
                data-count={counts.get(shape.id) ?? 0}
                fill={colorFor(counts.get(shape.id) ?? 0, classes)}
                className={hover?.id === shape.id ? 'hovered' : undefined}
                onMouseMove={(e) => setHover({ id: shape.id, ...pointerAt(e) })}
                onClick={() => {
                  const id = regionOf(shape);
                  if (id) onRegion(id === region ? '' : id);
                }}
              />
            ))}
          </g>
          {level === 'raion' && (
            <g className="map-oblast-borders" aria-hidden="true">
              {geometry.oblasts.map((o) => <path key={o.id} d={o.d} />)}
            </g>
          )}
          {selected && <path className="map-selected" d={selected.d} aria-hidden="true" />}
          {layers?.(scale)}
          <g className="map-markers">
            {markers.map(({ cluster, territoryId, x, y }) => (
              <g
                key={cluster.id}
                className={`marker${cluster.id === activeCluster ? ' active' : ''}`}
                transform={`translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale})`}
                role="link"
                tabIndex={0}
                aria-label={t('markerLabel', { name: name(cluster), status: tc(`status.${cluster.status}`), territory: territoryNames([territoryId]) })}
                data-testid="cluster-marker"
                data-cluster-id={cluster.id}
                data-status={cluster.status}
                onClick={() => open(cluster.id)}
                onKeyDown={(e) => onMarkerKey(e, cluster.id)}
                onMouseEnter={() => { setHover(null); onActiveCluster(cluster.id); }}
                onMouseLeave={() => onActiveCluster(null)}
                onFocus={() => onActiveCluster(cluster.id)}
                onBlur={() => onActiveCluster(null)}
              >
                <circle className="marker-ring" r={MARKER_PX + 6} />
                <circle className="marker-hit" r={MARKER_PX + 4} />
                <MarkerShape status={cluster.status} size={MARKER_PX} />
              </g>
            ))}
          </g>
        </svg>
        {active && (
          <Tooltip x={active.x / width} y={active.y / height}>
            <strong>{name(active.cluster)}</strong>
            <span className="map-tooltip-row"><StatusBadge status={active.cluster.status} /><IllustrativeBadge show={active.cluster.illustrative} /></span>
            <span>{territoryNames(active.cluster.territories)}</span>
            <span className="map-tooltip-hint">{t('tooltip.open')}</span>
          </Tooltip>
        )}
        {!active && hover && hovered && (
          <Tooltip x={hover.x / width} y={hover.y / height}>
            <strong>{name(hovered)}</strong>
            <span>{t('clusterCount', { count: counts.get(hover.id) ?? 0, n: format.integer(counts.get(hover.id) ?? 0) })}</span>
            <span className="map-tooltip-hint">{t('tooltip.filterRegion')}</span>
          </Tooltip>
        )}
      </div>
      {children}
    </div>
  );
}

/** A tooltip at a point given as fractions of the map's width and height, kept inside the map. */
function Tooltip({ x, y, children }: { x: number; y: number; children: ReactNode }) {
  const placement = `${x > 0.65 ? ' left' : ''}${y < 0.3 ? ' below' : ''}`;
  return (
    <div className={`map-tooltip${placement}`} style={{ left: `${x * 100}%`, top: `${y * 100}%` }} role="tooltip" data-testid="map-tooltip">
      {children}
    </div>
  );
}
