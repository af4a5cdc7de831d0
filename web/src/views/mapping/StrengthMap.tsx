// The choropleth of cluster strength: every raion (and Minsk city, from the oblast layer) shaded by the share
// of its employment in strong clusters, a tooltip with its figures on hover, a click to list its clusters.
import { useMemo, useRef, useState, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingRegion } from '../../api/mapping.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import '../../i18n/mapping.ts';
import type { MapGeometry } from '../map/geometry.ts';
import { useMappingFormat } from './format.ts';
import { NO_DATA_COLOR, strengthColor, type StrengthClass } from './transform.ts';

interface Props {
  geometry: MapGeometry;
  regions: MappingRegion[];
  classes: StrengthClass[];
  year: number;
  baseYear: number | null;
  selected: string;
  onSelect: (regionId: string) => void;
  children?: ReactNode;
}

type Hover = { id: string; x: number; y: number } | null;

export function StrengthMap({ geometry, regions, classes, year, baseYear, selected, onSelect, children }: Props) {
  const { t } = useTranslation('mapping');
  const name = useLocalizedName();
  const format = useMappingFormat();
  const canvas = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover>(null);
  const { width, height } = geometry;
  const byId = useMemo(() => new Map(regions.map((r) => [r.id, r])), [regions]);
  // Small areas last, so an enclave (Minsk city) is drawn over the area around it.
  const areas = useMemo(() => [...geometry.raions].sort((a, b) => (b.properties.areaKm2 ?? 0) - (a.properties.areaKm2 ?? 0)), [geometry]);
  const selectedShape = selected ? geometry.raions.find((s) => s.id === selected) : undefined;

  const pointerAt = (event: MouseEvent) => {
    const box = canvas.current?.getBoundingClientRect();
    if (!box || box.width === 0) return { x: 0, y: 0 };
    return { x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height };
  };
  const hovered = hover ? byId.get(hover.id) : undefined;
  const hoveredName = hover ? name(geometry.properties.get(hover.id)) || hovered?.nameRu || hover.id : '';
  const parent = hover ? geometry.properties.get(geometry.parentOf.get(hover.id) ?? '') : undefined;

  return (
    <div className="strength-frame" data-testid="strength-map" style={{ '--map-aspect': (width / height).toFixed(3) } as CSSProperties}>
      <div className="strength-canvas" ref={canvas} onMouseLeave={() => setHover(null)}>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('strength.mapLabel')}>
          <g className="strength-areas">
            {areas.map((shape) => {
              const region = byId.get(shape.id);
              return (
                <path
                  key={shape.id}
                  d={shape.d}
                  data-region={shape.id}
                  data-strength={region?.strength ?? ''}
                  fill={region ? strengthColor(region.strength, classes) : NO_DATA_COLOR}
                  className={hover?.id === shape.id ? 'hovered' : undefined}
                  onMouseMove={(e) => setHover({ id: shape.id, ...pointerAt(e) })}
                  onClick={() => region && onSelect(shape.id === selected ? '' : shape.id)}
                />
              );
            })}
          </g>
          <g className="strength-oblasts" aria-hidden="true">
            {geometry.oblasts.map((o) => <path key={o.id} d={o.d} />)}
          </g>
          {selectedShape && <path className="strength-selected" d={selectedShape.d} aria-hidden="true" />}
        </svg>
        {hover && (
          <div
            className={`mapping-tooltip${hover.x > 0.65 ? ' left' : ''}${hover.y < 0.3 ? ' below' : ''}`}
            style={{ left: `${hover.x * 100}%`, top: `${hover.y * 100}%` }}
            role="tooltip"
            data-testid="strength-tooltip"
          >
            <strong>{hoveredName}</strong>
            {parent && parent.id !== hover.id && <span className="mapping-muted">{name(parent)}</span>}
            {hovered ? (
              <>
                <span>{t('strength.value', { value: format.share(hovered.strength) })}</span>
                <span>{t('strength.strongCount', { n: format.integer(hovered.strongCount) })}</span>
                <span>{t('strength.employment', { value: format.integer(hovered.employment) })}</span>
                <span>
                  {hovered.growth !== null && baseYear !== null
                    ? t('strength.growth', { from: baseYear, to: year, value: format.rate(hovered.growth) })
                    : t('strength.noGrowth')}
                </span>
                <span className="mapping-tooltip-hint">{t('strength.hint')}</span>
              </>
            ) : (
              <span>{t('strength.noData')}</span>
            )}
          </div>
        )}
      </div>
      {children}
    </div>
  );
}

/** The legend of the shading: the classes of the share in strong clusters and the colour of "no data". */
export function StrengthLegend({ classes }: { classes: StrengthClass[] }) {
  const { t } = useTranslation('mapping');
  const format = useMappingFormat();
  return (
    <div className="strength-legend" data-testid="strength-legend">
      <p className="strength-legend-title">{t('strength.legend')}</p>
      <ul>
        {classes.map((c) => (
          <li key={c.from}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            {t('strength.range', { from: format.integer(c.from), to: format.integer(c.to) })}
          </li>
        ))}
        <li><span className="swatch" style={{ background: NO_DATA_COLOR }} aria-hidden="true" />{t('strength.noData')}</li>
      </ul>
    </div>
  );
}
