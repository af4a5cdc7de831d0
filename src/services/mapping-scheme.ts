// The categories a mapping runs on: the dataset's own codes (NACE / ОКЭД, or a scheme's categories), or a
// category scheme that NACE-coded statistics are aggregated into (the built-in U.S. benchmark or a user's own).
import { aggregateToCategories, assignCategories, type CategoryAssignment } from '../analytics/category-aggregation.ts';
import type { Database } from '../db/database.ts';
import { schemeDefinitions, sectorClasses } from './category-schemes.ts';
import { ValidationError } from './errors.ts';

export interface CategoryInfo {
  code: string;
  nameRu: string | null;
  nameBe: string | null;
  nameEn: string | null;
  traded: boolean | null;
  /** The NACE codes the category is made of (for the dataset's own NACE codes: the code itself). */
  nace: string[];
}

export interface SchemeDefinition {
  categories: CategoryInfo[];
  traded: Uint8Array | null;
  /** How the dataset's codes add up to the categories; null = the categories are the codes. */
  assignment: CategoryAssignment | null;
  nCodes: number;
  /** Per dataset code, the share that falls in no category (NACE codes outside the scheme). */
  unassigned: Float64Array | null;
}

export async function loadScheme(
  db: Database, classification: string, scheme: string, codes: string[], tradedByCode: Map<string, number> | null,
): Promise<SchemeDefinition> {
  if (scheme === classification) {
    const categories = classification === 'nace' ? await naceCategories(db, codes) : await schemeCategories(db, scheme, codes);
    if (tradedByCode) categories.forEach((c) => { c.traded = tradedByCode.get(c.code) === 1; });
    return { categories, traded: tradedFlags(categories), assignment: null, nCodes: codes.length, unassigned: null };
  }
  if (classification !== 'nace') {
    throw new ValidationError(`the dataset's categories (${classification}) are not NACE codes, so they cannot be mapped to scheme "${scheme}"`,
      [{ row: 0, column: 'scheme', message: 'only NACE-coded statistics can be aggregated to a scheme' }]);
  }
  const [definitions, { classes }] = await Promise.all([schemeDefinitions(db, scheme), sectorClasses(db)]);
  let assignment: CategoryAssignment;
  try {
    assignment = assignCategories(codes, definitions.entries, classes);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ValidationError(`scheme "${scheme}" does not fit the NACE classifier: ${error.message}`, [{ row: 0, column: 'scheme', message: error.message }]);
  }
  const nace = definitions.categories.map(() => [] as string[]);
  for (const e of definitions.entries) nace[e.category]!.push(e.nace);
  const categories = definitions.categories.map((c, i) => ({ ...c, nace: nace[i]! }));
  return { categories, traded: tradedFlags(categories), assignment, nCodes: codes.length, unassigned: assignment.unassigned };
}

/** A region x code matrix aggregated to region x category (identity when the scheme is the dataset's own). */
export function applyScheme(definition: SchemeDefinition, matrix: Float64Array, nRegions: number): Float64Array {
  const { assignment, nCodes } = definition;
  return assignment ? aggregateToCategories(matrix, nRegions, nCodes, assignment, definition.categories.length) : matrix;
}

function tradedFlags(categories: CategoryInfo[]): Uint8Array | null {
  if (categories.every((c) => c.traded === null)) return null;
  return Uint8Array.from(categories, (c) => (c.traded ? 1 : 0));
}

async function naceCategories(db: Database, codes: string[]): Promise<CategoryInfo[]> {
  const { rows } = await db.pool.query<{ code: string; name_ru: string | null; name_en: string }>(
    'SELECT code, name_ru, name_en FROM sectors WHERE code = ANY($1::text[])', [codes]);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((code) => ({
    code, nameRu: byCode.get(code)?.name_ru ?? null, nameBe: null, nameEn: byCode.get(code)?.name_en ?? null, traded: null, nace: [code],
  }));
}

async function schemeCategories(db: Database, scheme: string, codes: string[]): Promise<CategoryInfo[]> {
  const { rows } = await db.pool.query<{ code: string; name_ru: string | null; name_be: string | null; name_en: string | null; traded: boolean | null; nace: string[] | null }>(
    `SELECT c.code, c.name_ru, c.name_be, c.name_en, c.traded,
            (SELECT array_agg(s.nace ORDER BY s.nace) FROM cluster_category_sectors s WHERE s.scheme_id = c.scheme_id AND s.category = c.code) AS nace
       FROM cluster_categories c WHERE c.scheme_id = $1 AND c.code = ANY($2::text[])`, [scheme, codes]);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((code) => {
    const r = byCode.get(code);
    return { code, nameRu: r?.name_ru ?? null, nameBe: r?.name_be ?? null, nameEn: r?.name_en ?? null, traded: r?.traded ?? null, nace: r?.nace ?? [] };
  });
}
