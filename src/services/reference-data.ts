// Loads the reference tables (territories with their geometry, the NACE / ОКЭД classifier, official
// cluster counts) from the files of the dataset folder, in one transaction, with COPY.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { polygonCentroid, type Ring } from '../analytics/centroid.ts';
import { copyLine, type Database } from '../db/database.ts';
import { parseCsvRecords } from './files/csv-records.ts';

type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

const readCsv = (path: string) => parseCsvRecords(readFileSync(path, 'utf8')).rows;
const orNull = (s: string | undefined) => (s === undefined || s === '' ? null : s);

function readGeometries(path: string): Map<string, Geometry> {
  const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: { id: string }; geometry: Geometry }[] };
  return new Map(collection.features.map((f) => [f.properties.id, f.geometry]));
}

export async function loadReferenceData(db: Database, dataDir: string): Promise<{ territories: number; sectors: number; figures: number }> {
  // The raion file also outlines Minsk city (BY-HM); the oblast file's outline of it wins.
  const geometry = new Map([
    ...readGeometries(join(dataDir, 'geo/raions.geojson')),
    ...readGeometries(join(dataDir, 'geo/oblasts.geojson')),
  ]);
  const territories = readCsv(join(dataDir, 'territories.csv')).map((t) => {
    const shape = geometry.get(t.id!);
    const [lon, lat] = shape ? polygonCentroid(shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates) : [null, null];
    return copyLine([t.id, t.level, orNull(t.parent_id), orNull(t.iso_code), t.name_ru, orNull(t.name_be), orNull(t.name_en), orNull(t.area_km2), shape ?? null, lon, lat]);
  });
  const sectors = readCsv(join(dataDir, 'sectors.csv')).map((s) => copyLine([s.code, s.level, orNull(s.parent_code), orNull(s.name_ru), s.name_en]));
  const figures = readCsv(join(dataDir, 'official_figures.csv')).map((f) =>
    copyLine([f.country, f.as_of, f.total, orNull(f.operating), orNull(f.forming), orNull(f.potential), orNull(f.source_url), orNull(f.source_note)]),
  );
  await db.transaction(async (client) => {
    await db.copyRows(client, 'territories', ['id', 'level', 'parent_id', 'iso_code', 'name_ru', 'name_be', 'name_en', 'area_km2', 'geometry', 'centroid_lon', 'centroid_lat'], territories);
    await db.copyRows(client, 'sectors', ['code', 'level', 'parent_code', 'name_ru', 'name_en'], sectors);
    await db.copyRows(client, 'official_figures', ['country', 'as_of', 'total', 'operating', 'forming', 'potential', 'source_url', 'source_note'], figures);
  });
  return { territories: territories.length, sectors: sectors.length, figures: figures.length };
}
