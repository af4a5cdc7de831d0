// Pure data shaping for the map page: filters <-> URL, the clusters query, sector lookups, geometry
// winding, marker placement, choropleth counts and classes, per-million figures. No React, no DOM.
import { geoArea } from 'd3-geo';
import { CLUSTER_STATUSES, type Cluster, type ClusterStatus, type OfficialFigure, type TerritoryCollection } from '../../api/types.ts';

export type Level = 'oblast' | 'raion';
export type TerritoryFeature = TerritoryCollection['features'][number];

export interface MapFilters {
  status: ClusterStatus | '';
  /** A NACE section letter (C) or a division code (26); '' for every sector. */
  sector: string;
  /** An oblast-level territory id (BY-BR); '' for the whole country. */
  region: string;
  level: Level;
}

export const DEFAULT_FILTERS: MapFilters = { status: '', sector: '', region: '', level: 'oblast' };
const FILTER_KEYS = ['status', 'sector', 'region', 'level'] as const;

export interface SectorItem { code: string; level: 'section' | 'division'; parentCode: string | null; nameRu: string | null; nameEn: string }

/** An official figure with the country's population, as /api/countries/figures answers. */
export interface CountryFigure extends OfficialFigure {
  population: number | null;
  populationYear: number | null;
  populationSource: string | null;
}

const SECTION = /^[A-U]$/;
const DIVISION = /^\d{2}$/;

/** The filters a URL holds; unknown values fall back to the defaults. */
export function readFilters(params: URLSearchParams): MapFilters {
  const status = params.get('status') ?? '';
  const sector = (params.get('sector') ?? '').toUpperCase();
  const level = params.get('level');
  return {
    status: (CLUSTER_STATUSES as string[]).includes(status) ? (status as ClusterStatus) : '',
    sector: SECTION.test(sector) || DIVISION.test(sector) ? sector : '',
    region: params.get('region') ?? '',
    level: level === 'raion' ? 'raion' : 'oblast',
  };
}

/** `params` with the filters written in and those at their default removed; other parameters are kept. */
export function writeFilters(params: URLSearchParams, filters: MapFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) {
    if (filters[key] === DEFAULT_FILTERS[key]) next.delete(key);
    else next.set(key, filters[key]);
  }
  return next;
}

/** The potential-cluster layer (from cluster mapping) is on when the URL says `potential=1`. */
export const POTENTIAL_PARAM = 'potential';
export const readPotentialLayer = (params: URLSearchParams) => params.get(POTENTIAL_PARAM) === '1';
export function writePotentialLayer(params: URLSearchParams, on: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  if (on) next.set(POTENTIAL_PARAM, '1');
  else next.delete(POTENTIAL_PARAM);
  return next;
}

export const isFiltered = (filters: MapFilters) => filters.status !== '' || filters.sector !== '' || filters.region !== '';

export const isSection = (code: string) => SECTION.test(code);

/**
 * The /api/clusters query for the filters. The API matches a sector against the clusters' specialisation
 * codes (divisions, groups, classes), so a whole section is filtered here instead (`matchesSector`).
 */
export function clustersPath(filters: MapFilters, limit = 500): string {
  const search = new URLSearchParams({ limit: String(limit) });
  if (filters.status) search.set('status', filters.status);
  if (filters.region) search.set('region', filters.region);
  if (filters.sector && !isSection(filters.sector)) search.set('sector', filters.sector);
  return `/api/clusters?${search.toString()}`;
}

export interface SectorIndex {
  sections: SectorItem[];
  divisionsOf: Map<string, SectorItem[]>;
  byCode: Map<string, SectorItem>;
}

export function indexSectors(items: SectorItem[]): SectorIndex {
  const sections = items.filter((s) => s.level === 'section');
  const divisionsOf = new Map<string, SectorItem[]>(sections.map((s) => [s.code, []]));
  for (const s of items) if (s.level === 'division' && s.parentCode) divisionsOf.get(s.parentCode)?.push(s);
  return { sections, divisionsOf, byCode: new Map(items.map((s) => [s.code, s])) };
}

/** The section of a filter value: the value itself for a section, the parent of a division. */
export function sectionOf(sector: string, index: SectorIndex | undefined): string {
  if (!sector || isSection(sector)) return sector;
  return index?.byCode.get(sector)?.parentCode ?? '';
}

/** True when one of the cluster's specialisation codes lies in the section (or division) `sector`. */
export function matchesSector(cluster: Pick<Cluster, 'specialisation'>, sector: string, index: SectorIndex): boolean {
  if (!sector) return true;
  return cluster.specialisation.some((code) => {
    const division = code.split('.')[0]!;
    return isSection(sector) ? index.byCode.get(division)?.parentCode === sector : division === sector;
  });
}

/**
 * d3-geo wants the exterior rings of polygons clockwise; RFC 7946 GeoJSON has them anticlockwise, which
 * d3 reads as "the whole globe except this area". Rings are reversed where a polygon covers over a hemisphere.
 */
export function rewindForD3(geometry: GeoJSON.Geometry): GeoJSON.Geometry {
  const fix = (rings: GeoJSON.Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

/** The cluster's most specific territory: the first raion it names, else the first territory it names. */
export function markerTerritory(cluster: Pick<Cluster, 'territories'>, levelOf: Map<string, Level>): string | null {
  return cluster.territories.find((id) => levelOf.get(id) === 'raion') ?? cluster.territories.find((id) => levelOf.has(id)) ?? null;
}

export interface PlacedMarker<C> { cluster: C; territoryId: string; x: number; y: number }

/**
 * One marker per cluster at the (projected) centroid of its most specific territory. Clusters sharing a
 * spot are spread evenly on a small circle of radius `spread` around it, in id order; then markers of
 * nearby spots closer than `minDistance` are pushed apart a little. Everything runs in id order, so the
 * layout does not depend on the order of the answer. Clusters without a known spot are left out.
 */
export function placeMarkers<C extends Pick<Cluster, 'id' | 'territories'>>(
  clusters: C[],
  levelOf: Map<string, Level>,
  spotOf: (territoryId: string) => [number, number] | null,
  spread: number,
  minDistance = 0,
): PlacedMarker<C>[] {
  const bySpot = new Map<string, C[]>();
  for (const cluster of [...clusters].sort((a, b) => a.id - b.id)) {
    const territoryId = markerTerritory(cluster, levelOf);
    if (!territoryId || !spotOf(territoryId)) continue;
    bySpot.set(territoryId, [...(bySpot.get(territoryId) ?? []), cluster]);
  }
  const placed: PlacedMarker<C>[] = [];
  for (const [territoryId, group] of bySpot) {
    const [cx, cy] = spotOf(territoryId)!;
    const radius = group.length === 1 ? 0 : spread * Math.max(1, group.length / 4);
    group.forEach((cluster, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / group.length;
      placed.push({ cluster, territoryId, x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    });
  }
  placed.sort((a, b) => a.cluster.id - b.cluster.id);
  separate(placed, minDistance);
  return placed;
}

/** Pushes apart, a few rounds, every pair of points closer than `minDistance` (in place). */
function separate(points: { x: number; y: number }[], minDistance: number, rounds = 20): void {
  if (minDistance <= 0) return;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance - 1e-6) continue;
        if (distance < 1e-6) {
          // Same point: part them along a fixed direction.
          [dx, dy, distance] = [0, 1, 1];
        }
        const push = (minDistance - distance) / 2;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/**
 * Clusters per territory, counted as the API counts them: a cluster counts in every territory it names
 * and in the oblast of each raion it names, once per territory.
 */
export function countByTerritory(clusters: Pick<Cluster, 'territories'>[], parentOf: Map<string, string | null>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cluster of clusters) {
    const places = new Set<string>();
    for (const id of cluster.territories) {
      places.add(id);
      const parent = parentOf.get(id);
      if (parent && parent !== 'BY') places.add(parent);
    }
    for (const id of places) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function countByStatus(clusters: Pick<Cluster, 'status'>[]): Record<ClusterStatus, number> {
  const counts: Record<ClusterStatus, number> = { operating: 0, forming: 0, potential: 0 };
  for (const c of clusters) counts[c.status] += 1;
  return counts;
}

/** A single-hue sequential ramp (ColorBrewer Purples), apart from the status colours of the markers. */
export const CHOROPLETH_COLORS = ['#e4e0f0', '#c3bbdd', '#9d90c6', '#7866ab', '#56408f'];
export const ZERO_COLOR = '#f1f2f4';

export interface ChoroplethClass { from: number; to: number; color: string }

/**
 * Classes for counts 1..max: one class per value up to five values, else five classes of about equal
 * width. Zero has its own neutral colour.
 */
export function choroplethClasses(max: number): ChoroplethClass[] {
  if (max <= 0) return [];
  const n = Math.min(CHOROPLETH_COLORS.length, max);
  const width = max / n;
  const classes: ChoroplethClass[] = [];
  let from = 1;
  for (let i = 0; i < n; i++) {
    const to = i === n - 1 ? max : Math.max(from, Math.round(width * (i + 1)));
    classes.push({ from, to, color: CHOROPLETH_COLORS[Math.round((i * (CHOROPLETH_COLORS.length - 1)) / Math.max(1, n - 1))]! });
    from = to + 1;
  }
  return classes;
}

export function colorFor(count: number, classes: ChoroplethClass[]): string {
  if (count <= 0) return ZERO_COLOR;
  return (classes.find((c) => count <= c.to) ?? classes[classes.length - 1])?.color ?? ZERO_COLOR;
}

/** Count per million inhabitants, or null when either is unknown. */
export function perMillion(count: number | null, population: number | null): number | null {
  if (count === null || !population) return null;
  return (count * 1_000_000) / population;
}
