// Territories as GeoJSON for the map, each feature carrying its names and clusters counted by status.
import type { Database } from '../db/database.ts';
import { countryPopulation } from './country-population.ts';

export interface TerritoryFeature {
  type: 'Feature';
  id: string;
  geometry: unknown;
  properties: Record<string, unknown>;
}

export async function territoryFeatures(db: Database, level: 'oblast' | 'raion') {
  // A cluster counts in every territory it names, and in the oblast of each raion it names (once per oblast).
  const { rows } = await db.pool.query(
    `WITH placed AS (
       SELECT DISTINCT c.id, c.status, t.id AS territory_id
       FROM clusters c
       JOIN territories named ON named.id = ANY(c.territories)
       JOIN territories t ON t.id = named.id OR (t.id = named.parent_id AND t.level = 'oblast')
     )
     SELECT t.id, t.level, t.parent_id, t.iso_code, t.name_ru, t.name_be, t.name_en, t.area_km2,
            t.centroid_lon, t.centroid_lat, t.geometry,
            count(p.id) FILTER (WHERE p.status = 'operating')::int AS operating,
            count(p.id) FILTER (WHERE p.status = 'forming')::int AS forming,
            count(p.id) FILTER (WHERE p.status = 'potential')::int AS potential
     FROM territories t LEFT JOIN placed p ON p.territory_id = t.id
     WHERE t.level = $1
     GROUP BY t.id ORDER BY t.id`,
    [level],
  );
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r): TerritoryFeature => ({
      type: 'Feature',
      id: r.id,
      geometry: r.geometry,
      properties: {
        id: r.id,
        level: r.level,
        parentId: r.parent_id,
        isoCode: r.iso_code,
        nameRu: r.name_ru,
        nameBe: r.name_be,
        nameEn: r.name_en,
        areaKm2: r.area_km2,
        centroid: r.centroid_lon === null ? null : [r.centroid_lon, r.centroid_lat],
        clusters: { operating: r.operating, forming: r.forming, potential: r.potential, total: r.operating + r.forming + r.potential },
      },
    })),
  };
}

/** Official cluster counts by country, each with the country's population (year and source) for per-million figures. */
export async function officialFigures(db: Database) {
  const { rows } = await db.pool.query(
    `SELECT country, to_char(as_of, 'YYYY-MM-DD') AS "asOf", total, operating, forming, potential,
            source_url AS "sourceUrl", source_note AS "sourceNote"
     FROM official_figures ORDER BY total DESC, country`,
  );
  const population = countryPopulation();
  return {
    items: rows.map((row) => {
      const p = population.get(row.country);
      return { ...row, population: p?.population ?? null, populationYear: p?.year ?? null, populationSource: p?.source ?? null };
    }),
  };
}
