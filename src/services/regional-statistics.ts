// Region x category statistics in the database: datasets (labelled partial or illustrative) and their rows.
// A dataset is loaded from a file in the mapping contract (PRODUCT.md) in one transaction that replaces the
// dataset's previous rows; every region must be a known territory and every category a known code of the
// dataset's classification (NACE / ОКЭД codes, or the codes of a category scheme).
import { basename } from 'node:path';
import { copyLine, type Database } from '../db/database.ts';
import { ValidationError, type CellError } from './errors.ts';
import { formatOf, type TableSource } from './files/read-table.ts';
import { readMappingTable, type MappingRecord } from './mapping-input.ts';

export interface DatasetMeta {
  id: string;
  nameRu: string;
  nameBe?: string | null;
  nameEn?: string | null;
  /** 'nace' or a category scheme id. */
  classification?: string;
  source?: string | null;
  note?: string | null;
  illustrative?: boolean;
  partial?: boolean;
}

export interface DatasetSummary {
  id: string;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  classification: string;
  source: string | null;
  note: string | null;
  illustrative: boolean;
  partial: boolean;
  years: number[];
  regions: number;
  categories: number;
  rows: number;
}

export interface StatisticsRecord {
  region: string;
  category: string;
  year: number;
  employment: number;
  /** NaN when unknown. */
  establishments: number;
  /** NaN when unknown. */
  wages: number;
}

/** The demo's statistics: real Belstat employment totals by raion, split by NACE division illustratively. */
export const DEMO_STATISTICS = {
  file: 'statistics/employment_raion_nace.csv',
  meta: {
    id: 'by-employment',
    nameRu: 'Занятость по районам и видам деятельности (итоги — Белстат, разбивка по отраслям иллюстративная)',
    nameBe: 'Занятасць па раёнах і відах дзейнасці (вынікі — Белстат, разбіўка па галінах ілюстрацыйная)',
    nameEn: 'Employment by raion and activity (totals: Belstat; the split by industry is illustrative)',
    classification: 'nace',
    source: 'Belstat open data, indicator 10102000017, via BY_maps (CC BY 4.0); split by NACE division: illustrative (data/statistics/README.md)',
    note: 'Minsk city is not in the Belstat raion table, so it has no rows: location quotients compare the raions and oblast-subordinate cities without Minsk.',
    illustrative: true,
    partial: true,
  } satisfies DatasetMeta,
};

const MAX_LISTED_ERRORS = 100;
const DATASET_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Reads a statistics file (CSV or XLSX, the mapping contract with a year column) and stores it as a dataset. */
export async function importStatisticsFile(db: Database, meta: DatasetMeta, path: string, name = basename(path)) {
  return importStatisticsSource(db, meta, { path }, formatOf(path), name);
}

export async function importStatisticsSource(db: Database, meta: DatasetMeta, source: TableSource, format: 'csv' | 'xlsx', name: string) {
  const table = await readMappingTable(source, format, name);
  if (!table.hasYear) {
    throw new ValidationError(`${name}: a statistics dataset needs a year column`, [{ row: 1, column: 'year', message: 'no year column' }]);
  }
  await checkCodes(db, table.records, meta.classification ?? 'nace', name);
  const traded = table.hasTraded ? table.traded : null;
  return saveStatistics(db, meta, table.records.map((r) => ({ ...r, year: r.year as number })), traded);
}

/** Replaces a dataset's rows in one transaction. Records must already be checked. */
export async function saveStatistics(db: Database, meta: DatasetMeta, records: readonly StatisticsRecord[], traded: Map<string, number> | null = null) {
  if (!DATASET_ID.test(meta.id)) {
    throw new ValidationError(`dataset id "${meta.id}": use 1-64 lower-case letters, digits, '.', '_' or '-'`, [{ row: 0, column: 'dataset', message: 'bad dataset id' }]);
  }
  const lines = records.map((r) => copyLine([
    meta.id, r.region, r.category, r.year, r.employment,
    Number.isNaN(r.establishments) ? null : r.establishments, Number.isNaN(r.wages) ? null : r.wages, traded ? traded.get(r.category) === 1 : null,
  ]));
  await db.transaction(async (client) => {
    await client.query('DELETE FROM statistics_datasets WHERE id = $1', [meta.id]);
    await client.query(
      `INSERT INTO statistics_datasets (id, name_ru, name_be, name_en, classification, source, note, illustrative, partial)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [meta.id, meta.nameRu, meta.nameBe ?? null, meta.nameEn ?? null, meta.classification ?? 'nace', meta.source ?? null,
        meta.note ?? null, meta.illustrative ?? false, meta.partial ?? false],
    );
    await db.copyRows(client, 'regional_statistics',
      ['dataset_id', 'territory_id', 'category', 'year', 'employment', 'establishments', 'wages', 'traded'], lines);
  });
  const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
  return { dataset: meta.id, rows: records.length, years };
}

export async function listDatasets(db: Database): Promise<DatasetSummary[]> {
  const { rows } = await db.pool.query<DatasetSummary & { years: number[] | null }>(`
    SELECT d.id, d.name_ru AS "nameRu", d.name_be AS "nameBe", d.name_en AS "nameEn", d.classification, d.source, d.note,
           d.illustrative, d.partial,
           (SELECT array_agg(DISTINCT s.year ORDER BY s.year) FROM regional_statistics s WHERE s.dataset_id = d.id) AS years,
           (SELECT count(DISTINCT s.territory_id)::int FROM regional_statistics s WHERE s.dataset_id = d.id) AS regions,
           (SELECT count(DISTINCT s.category)::int FROM regional_statistics s WHERE s.dataset_id = d.id) AS categories,
           (SELECT count(*)::int FROM regional_statistics s WHERE s.dataset_id = d.id) AS rows
      FROM statistics_datasets d ORDER BY d.id`);
  return rows.map((r) => ({ ...r, years: (r.years ?? []).map(Number) }));
}

export async function datasetYears(db: Database, datasetId: string): Promise<number[]> {
  const { rows } = await db.pool.query<{ y: number }>('SELECT DISTINCT year AS y FROM regional_statistics WHERE dataset_id = $1 ORDER BY 1', [datasetId]);
  return rows.map((r) => r.y);
}

/** The rows of a dataset in the given years. */
export async function loadStatistics(db: Database, datasetId: string, years: readonly number[]): Promise<{ records: StatisticsRecord[]; traded: Map<string, number> | null }> {
  const { rows } = await db.pool.query<{ r: string; c: string; y: number; e: number; n: number | null; w: number | null; t: boolean | null }>(
    `SELECT territory_id AS r, category AS c, year AS y, employment AS e, establishments AS n, wages AS w, traded AS t
       FROM regional_statistics WHERE dataset_id = $1 AND year = ANY($2::int[])`, [datasetId, years]);
  let traded: Map<string, number> | null = null;
  const records = rows.map((row) => {
    if (row.t !== null) (traded ??= new Map()).set(row.c, row.t ? 1 : 0);
    return { region: row.r, category: row.c, year: row.y, employment: row.e, establishments: row.n ?? Number.NaN, wages: row.w ?? Number.NaN };
  });
  return { records, traded };
}

async function checkCodes(db: Database, records: readonly MappingRecord[], classification: string, name: string) {
  const territories = await keys(db, 'SELECT id AS k FROM territories', []);
  const categories = classification === 'nace'
    ? await keys(db, 'SELECT code AS k FROM sectors', [])
    : await keys(db, 'SELECT code AS k FROM cluster_categories WHERE scheme_id = $1', [classification]);
  if (classification !== 'nace' && categories.size === 0) {
    throw new ValidationError(`${name}: no category scheme "${classification}" is loaded`, [{ row: 0, column: 'category', message: 'unknown scheme' }]);
  }
  const errors: CellError[] = [];
  let total = 0;
  const fail = (row: number, column: string, message: string) => {
    total += 1;
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ row, column, message });
  };
  for (const r of records) {
    if (!territories.has(r.region)) fail(r.row, 'region', `unknown territory "${r.region}"`);
    if (!categories.has(r.category)) {
      fail(r.row, 'category', classification === 'nace' ? `unknown NACE / ОКЭД code "${r.category}"` : `"${r.category}" is not a category of scheme ${classification}`);
    }
  }
  if (total > 0) throw new ValidationError(`${name}: ${total} problem${total > 1 ? 's' : ''} found; nothing was written`, errors, total);
}

async function keys(db: Database, sql: string, params: unknown[]): Promise<Set<string>> {
  const { rows } = await db.pool.query<{ k: string }>(sql, params);
  return new Set(rows.map((r) => r.k));
}
