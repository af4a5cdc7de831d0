// GeoJSON as d3-geo reads it.
import { geoArea } from 'd3-geo';

/** d3-geo wants the exterior rings clockwise (the sphere's inside); GeoJSON files (RFC 7946) wind them the
 * other way, which d3 reads as "everything but the polygon". Reverses the rings of such polygons. */
export function forD3<F extends { geometry: GeoJSON.Geometry }>(feature: F): F {
  const fix = (rings: GeoJSON.Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  const g = feature.geometry;
  if (g.type === 'Polygon') return { ...feature, geometry: { ...g, coordinates: fix(g.coordinates) } };
  if (g.type === 'MultiPolygon') return { ...feature, geometry: { ...g, coordinates: g.coordinates.map(fix) } };
  return feature;
}
