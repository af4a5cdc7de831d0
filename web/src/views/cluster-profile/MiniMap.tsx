// A small SVG map of Belarus (d3-geo, the local GeoJSON) with the cluster's territories highlighted: a named
// oblast lightly, a named raion strongly. The names are also listed next to it.
import { geoMercator, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { forD3 } from './geo.ts';
import { useTerritories } from './reference-data.ts';

const WIDTH = 320;
const HEIGHT = 290;

export function MiniMap({ territoryIds }: { territoryIds: string[] }) {
  const { t } = useTranslation('cluster');
  const localized = useLocalizedName();
  const oblasts = useTerritories('oblast');
  const raions = useTerritories('raion');
  const wanted = useMemo(() => new Set(territoryIds), [territoryIds]);

  const drawing = useMemo(() => {
    if (!oblasts.data) return null;
    const oblastFeatures = oblasts.data.features.map(forD3);
    const projection = geoMercator().fitExtent([[6, 6], [WIDTH - 6, HEIGHT - 6]], { type: 'FeatureCollection', features: oblastFeatures });
    const path = geoPath(projection);
    const raionFeatures = (raions.data?.features ?? []).filter((f) => wanted.has(f.properties.id)).map(forD3);
    return {
      oblasts: oblastFeatures.map((f) => ({ id: f.properties.id, d: path(f) ?? '', named: wanted.has(f.properties.id) })),
      raions: raionFeatures.map((f) => ({ id: f.properties.id, d: path(f) ?? '' })),
    };
  }, [oblasts.data, raions.data, wanted]);

  const names = useMemo(() => {
    const byId = new Map([...(oblasts.data?.features ?? []), ...(raions.data?.features ?? [])].map((f) => [f.properties.id, f.properties]));
    return territoryIds.map((id) => ({ id, name: byId.has(id) ? localized(byId.get(id)) : id }));
  }, [territoryIds, oblasts.data, raions.data, localized]);

  return (
    <div className="mini-map">
      {oblasts.isError && <p className="error">{t('map.unavailable')}</p>}
      {drawing && (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('map.label', { names: names.map((n) => n.name).join(', ') })} data-testid="mini-map">
          {drawing.oblasts.map((o) => <path key={o.id} d={o.d} className={o.named ? 'oblast named' : 'oblast'} data-territory={o.id} />)}
          {drawing.raions.map((r) => <path key={r.id} d={r.d} className="raion named" data-territory={r.id} />)}
        </svg>
      )}
      <ul className="territory-list">
        {names.map((n) => <li key={n.id}>{n.name}</li>)}
      </ul>
    </div>
  );
}
