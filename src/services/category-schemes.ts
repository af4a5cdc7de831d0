// Category schemes in the database: the built-in NACE benchmark (from the U.S. cluster definitions) and the
// users' own definitions, each stored in one transaction that replaces the scheme.
import { basename } from 'node:path';
import { copyLine, type Database } from '../db/database.ts';
import {
  loadBenchmarkCategories, naceClassesOf, readCategoryDefinitionsSource, type CategoryDefinitions, type NaceClass,
} from './category-definitions.ts';
import { ValidationError } from './errors.ts';
import { formatOf, type TableSource } from './files/read-table.ts';

export interface SchemeMeta {
  id: string;
  nameRu: string;
  nameBe?: string | null;
  nameEn?: string | null;
  source?: string | null;
  builtIn?: boolean;
}

export const BENCHMARK_SCHEME: SchemeMeta = {
  id: 'us-benchmark',
  nameRu: 'Эталонные категории кластеров (определения США через NAICS → ISIC → NACE)',
  nameBe: 'Эталонныя катэгорыі кластараў (азначэнні ЗША праз NAICS → ISIC → NACE)',
  nameEn: 'Benchmark cluster categories (U.S. definitions via NAICS → ISIC → NACE)',
  source: 'U.S. Cluster Mapping Project cluster definitions (Delgado, Porter and Stern 2016); docs/cluster-categories.md',
  builtIn: true,
};

const SCHEME_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export async function saveCategoryScheme(db: Database, meta: SchemeMeta, definitions: CategoryDefinitions) {
  if (!SCHEME_ID.test(meta.id) || meta.id === 'nace') {
    throw new ValidationError(`scheme id "${meta.id}": use 1-64 lower-case letters, digits, '.', '_' or '-' (not "nace")`,
      [{ row: 0, column: 'scheme', message: 'bad scheme id' }]);
  }
  const categories = definitions.categories.map((c) => copyLine([meta.id, c.code, c.nameRu, c.nameBe, c.nameEn, c.traded]));
  const sectors = definitions.entries.map((e) => copyLine([meta.id, definitions.categories[e.category]!.code, e.nace, e.weight]));
  await db.transaction(async (client) => {
    await client.query('DELETE FROM category_schemes WHERE id = $1', [meta.id]);
    await client.query('INSERT INTO category_schemes (id, name_ru, name_be, name_en, source, built_in) VALUES ($1, $2, $3, $4, $5, $6)',
      [meta.id, meta.nameRu, meta.nameBe ?? null, meta.nameEn ?? null, meta.source ?? null, meta.builtIn ?? false]);
    await db.copyRows(client, 'cluster_categories', ['scheme_id', 'code', 'name_ru', 'name_be', 'name_en', 'traded'], categories);
    await db.copyRows(client, 'cluster_category_sectors', ['scheme_id', 'category', 'nace', 'weight'], sectors);
  });
  return { scheme: meta.id, categories: categories.length, definitions: sectors.length };
}

/** A user's definitions file (category,nace[,weight,name_ru,name_be,name_en,traded]) checked against the database's NACE codes. */
export async function importCategorySchemeFile(db: Database, meta: SchemeMeta, path: string, name = basename(path)) {
  return importCategorySchemeSource(db, meta, { path }, name);
}

/** The same from an upload: the format comes from the file name. */
export async function importCategorySchemeSource(db: Database, meta: SchemeMeta, source: TableSource, name: string) {
  const { codes } = await sectorClasses(db);
  const definitions = await readCategoryDefinitionsSource(source, formatOf(name), name, { knownCodes: codes, name });
  return saveCategoryScheme(db, { ...meta, builtIn: false }, definitions);
}

export async function loadBenchmarkScheme(db: Database, dataDir?: string) {
  const { codes } = await sectorClasses(db);
  return saveCategoryScheme(db, BENCHMARK_SCHEME, loadBenchmarkCategories({ dataDir, knownCodes: codes }));
}

export async function listSchemes(db: Database) {
  const { rows } = await db.pool.query(
    `SELECT s.id, s.name_ru AS "nameRu", s.name_be AS "nameBe", s.name_en AS "nameEn", s.source, s.built_in AS "builtIn",
            (SELECT count(*)::int FROM cluster_categories c WHERE c.scheme_id = s.id) AS categories
       FROM category_schemes s ORDER BY s.built_in DESC, s.id`);
  return rows;
}

/** The NACE codes and classes of the database's classifier. */
export async function sectorClasses(db: Database): Promise<{ codes: Set<string>; classes: NaceClass[] }> {
  const { rows } = await db.pool.query<{ code: string; level: string; parentCode: string | null }>(
    'SELECT code, level, parent_code AS "parentCode" FROM sectors');
  return naceClassesOf(rows);
}

/** The definitions of a stored scheme, in the shape of a definitions file. */
export async function schemeDefinitions(db: Database, scheme: string): Promise<CategoryDefinitions> {
  const [{ rows: categories }, { rows: sectors }] = await Promise.all([
    db.pool.query<{ code: string; nameRu: string | null; nameBe: string | null; nameEn: string | null; traded: boolean | null }>(
      `SELECT code, name_ru AS "nameRu", name_be AS "nameBe", name_en AS "nameEn", traded
         FROM cluster_categories WHERE scheme_id = $1 ORDER BY code COLLATE "C"`, [scheme]),
    db.pool.query<{ category: string; nace: string; weight: number }>(
      'SELECT category, nace, weight FROM cluster_category_sectors WHERE scheme_id = $1 ORDER BY category COLLATE "C", nace COLLATE "C"', [scheme]),
  ]);
  if (categories.length === 0) throw new ValidationError(`no category scheme "${scheme}" is loaded`, [{ row: 0, column: 'scheme', message: 'unknown scheme' }]);
  const index = new Map(categories.map((c, i) => [c.code, i]));
  return { categories, entries: sectors.map((s) => ({ category: index.get(s.category)!, nace: s.nace, weight: s.weight })) };
}
