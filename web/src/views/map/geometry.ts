// Projects the territories once per answer: SVG paths of the oblasts and raions, and the point where a
// territory's markers go, in the coordinates of the map's viewBox. Mercator fitted to Belarus.
import { geoBounds, geoContains, geoMercator, geoPath } from 'd3-geo';
import type { TerritoryCollection, TerritoryProperties } from '../../api/types.ts';
import { rewindForD3, type Level, type TerritoryFeature } from './transform.ts';

export const MAP_WIDTH = 800;
const PAD = 8;

export interface ShapeOf { id: string; level: Level; readonly d: string; properties: TerritoryProperties }

export interface MapGeometry {
  width: number;
  height: number;
  oblasts: ShapeOf[];
  /** The raions and the oblast-level units that have none (Minsk city): the areas of the raion view. */
  raions: ShapeOf[];
  /** Where a territory's markers go (viewBox coordinates). */
  spots: Map<string, [number, number]>;
  levelOf: Map<string, Level>;
  parentOf: Map<string, string | null>;
  properties: Map<string, TerritoryProperties>;
}

/** The centroid when it lies inside the territory, else the inside point of a grid nearest to it (a ring-shaped raion). */
function markerPoint(feature: TerritoryFeature, geometry: GeoJSON.Geometry): [number, number] | null {
  const shape = { type: 'Feature' as const, properties: {}, geometry };
  const centroid = feature.properties.centroid;
  if (centroid && geoContains(shape, centroid)) return centroid;
  const [[x0, y0], [x1, y1]] = geoBounds(shape);
  const [cx, cy] = centroid ?? [(x0 + x1) / 2, (y0 + y1) / 2];
  const steps = 24;
  const grid: [number, number][] = [];
  for (let i = 1; i < steps; i++) for (let j = 1; j < steps; j++) grid.push([x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps]);
  const distance = ([x, y]: [number, number]) => (x - cx) ** 2 + (y - cy) ** 2;
  grid.sort((a, b) => distance(a) - distance(b));
  return grid.find((point) => geoContains(shape, point)) ?? centroid;
}

export function buildGeometry(oblastCollection: TerritoryCollection, raionCollection: TerritoryCollection | undefined): MapGeometry {
  const rewound = (collection: TerritoryCollection) =>
    collection.features.map((f) => ({ feature: f, geometry: rewindForD3(f.geometry) }));
  const oblastShapes = rewound(oblastCollection);
  const raionShapes = raionCollection ? rewound(raionCollection) : [];
  const outline = { type: 'FeatureCollection' as const, features: oblastShapes.map((s) => ({ type: 'Feature' as const, properties: {}, geometry: s.geometry })) };

  const projection = geoMercator().fitWidth(MAP_WIDTH - 2 * PAD, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(bottom - top) + 2 * PAD;
  projection.fitExtent([[PAD, PAD], [MAP_WIDTH - PAD, height - PAD]], outline);
  const path = geoPath(projection).digits(1);

  const spots = new Map<string, [number, number]>();
  const levelOf = new Map<string, Level>();
  const parentOf = new Map<string, string | null>();
  const properties = new Map<string, TerritoryProperties>();
  // A shape's path is made when it is first drawn: the raion paths only when the raion view is shown.
  const shape = ({ feature, geometry }: { feature: TerritoryFeature; geometry: GeoJSON.Geometry }): ShapeOf => {
    const p = feature.properties;
    levelOf.set(p.id, p.level);
    parentOf.set(p.id, p.parentId);
    properties.set(p.id, p);
    const point = markerPoint(feature, geometry);
    const projected = point && projection(point);
    if (projected) spots.set(p.id, [projected[0], projected[1]]);
    let d: string | undefined;
    return {
      id: p.id,
      level: p.level,
      properties: p,
      get d() {
        d ??= path(geometry) ?? '';
        return d;
      },
    };
  };
  const oblasts = oblastShapes.map(shape);
  const raions = raionShapes.map(shape);
  const withRaions = new Set(raions.map((r) => r.properties.parentId));
  return {
    width: MAP_WIDTH,
    height,
    oblasts,
    raions: raionCollection ? [...raions, ...oblasts.filter((o) => !withRaions.has(o.id))] : [],
    spots,
    levelOf,
    parentOf,
    properties,
  };
}
