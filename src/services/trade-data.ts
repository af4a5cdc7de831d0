// Location x product export tables in the database: trade datasets (labelled partial or illustrative) for the
// economic-complexity views. A dataset is loaded from a file in the complexity input contract
// (location,product,value[,year,population]; read by complexity-input.ts, so the same checks and messages as the
// `complexity` command) in one transaction that replaces the dataset's previous rows. Product names of a
// classification (e.g. HS4) are kept apart in trade_products.
import { basename } from 'node:path';
import { copyLine, type Database } from '../db/database.ts';
import type { ComplexityInput } from './complexity-input.ts';
import { readComplexityInput, readComplexitySource } from './complexity-input.ts';
import { ValidationError } from './errors.ts';
import { formatOf, readTable, type TableSource } from './files/read-table.ts';

export interface TradeDatasetMeta {
  id: string;
  nameRu: string;
  nameBe?: string | null;
  nameEn?: string | null;
  /** the product classification (default 'hs4') */
  classification?: string;
  /** the year of the figures; the file's year column when it has one */
  year?: number | null;
  source?: string | null;
  note?: string | null;
  illustrative?: boolean;
  partial?: boolean;
}

export interface TradeDatasetSummary {
  id: string;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  classification: string;
  year: number | null;
  source: string | null;
  note: string | null;
  illustrative: boolean;
  partial: boolean;
  importedAt: string;
  locations: number;
  products: number;
  rows: number;
}

/** The demo's trade table: world exports by country and HS4 product, 2017 (data/SOURCES.md). */
export const DEMO_TRADE = {
  file: 'trade/world_exports_hs4_2017.csv',
  products: 'trade/hs4_products.csv',
  meta: {
    id: 'world-hs4-2017',
    nameRu: 'Мировой экспорт по странам и товарам (ТН ВЭД, 4 знака), 2017',
    nameBe: 'Сусветны экспарт па краінах і таварах (ТН ЗЭД, 4 знакі), 2017',
    nameEn: 'World exports by country and HS4 product, 2017',
    classification: 'hs4',
    year: 2017,
    source: 'UN Comtrade; Open Trade Statistics (tradestatistics.io)',
    note: 'USD; countries as lower-case ISO3 codes',
    illustrative: false,
    partial: false,
  } satisfies TradeDatasetMeta,
};

const DATASET_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Reads a complexity input file (CSV or XLSX) and stores it as a trade dataset. */
export async function importTradeFile(db: Database, meta: TradeDatasetMeta, path: string, name = basename(path)) {
  checkId(meta.id);
  return saveTrade(db, meta, await readComplexityInput(path, { name }));
}

export async function importTradeSource(db: Database, meta: TradeDatasetMeta, source: TableSource, format: 'csv' | 'xlsx', name: string) {
  checkId(meta.id);
  return saveTrade(db, meta, await readComplexitySource(source, format, name));
}

function checkId(id: string) {
  if (!DATASET_ID.test(id)) {
    throw new ValidationError(`dataset id "${id}": use 1-64 lower-case letters, digits, '.', '_' or '-'`, [{ row: 0, column: 'dataset', message: 'bad dataset id' }]);
  }
}

/** Replaces a dataset's rows in one transaction: the non-zero cells of a validated matrix. */
export async function saveTrade(db: Database, meta: TradeDatasetMeta, input: ComplexityInput) {
  checkId(meta.id);
  const nP = input.products.length;
  const lines: string[] = [];
  for (let c = 0; c < input.locations.length; c++) {
    for (let p = 0; p < nP; p++) {
      const v = input.values[c * nP + p] as number;
      if (v !== 0) lines.push(copyLine([meta.id, input.locations[c], input.products[p], v]));
    }
  }
  const year = input.year ?? meta.year ?? null;
  await db.transaction(async (client) => {
    await client.query('DELETE FROM trade_datasets WHERE id = $1', [meta.id]);
    await client.query(
      `INSERT INTO trade_datasets (id, name_ru, name_be, name_en, classification, year, source, note, illustrative, partial)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [meta.id, meta.nameRu, meta.nameBe ?? null, meta.nameEn ?? null, meta.classification ?? 'hs4', year, meta.source ?? null,
        meta.note ?? null, meta.illustrative ?? false, meta.partial ?? false],
    );
    await db.copyRows(client, 'trade_values', ['dataset_id', 'location', 'product', 'value'], lines);
    const base = input.firstYear;
    if (base) {
      const totals = input.products.map((p, k) => copyLine([meta.id, base.year, p, base.totals[k] as number]));
      await db.copyRows(client, 'trade_world_totals', ['dataset_id', 'year', 'product', 'value'], totals);
    }
  });
  return { dataset: meta.id, rows: lines.length, locations: input.locations.length, products: nP, year };
}

/** Stores product names (`code,name_en[,name_ru]`, CSV) of a classification, replacing its previous names. */
export async function importProductNames(db: Database, classification: string, path: string): Promise<number> {
  const table = await readTable({ path }, formatOf(path));
  const header = table.header.map((h) => h.trim().toLowerCase());
  const code = header.indexOf('code');
  const en = header.indexOf('name_en');
  const ru = header.indexOf('name_ru');
  if (code < 0 || en < 0) throw new ValidationError(`${basename(path)}: columns code,name_en are required`, [{ row: 1, column: code < 0 ? 'code' : 'name_en', message: 'missing column' }]);
  const lines: string[] = [];
  for await (const batch of table.batches) {
    for (const { cells } of batch) {
      const c = (cells[code] ?? '').trim();
      if (c === '') continue;
      lines.push(copyLine([classification, c, (cells[en] ?? '').trim(), ru >= 0 ? (cells[ru] ?? '').trim() || null : null]));
    }
  }
  await db.transaction(async (client) => {
    await client.query('DELETE FROM trade_products WHERE classification = $1', [classification]);
    await db.copyRows(client, 'trade_products', ['classification', 'code', 'name_en', 'name_ru'], lines);
  });
  return lines.length;
}

export async function listTradeDatasets(db: Database): Promise<TradeDatasetSummary[]> {
  const { rows } = await db.pool.query<TradeDatasetSummary & { importedAt: Date | string }>(`
    SELECT d.id, d.name_ru AS "nameRu", d.name_be AS "nameBe", d.name_en AS "nameEn", d.classification, d.year, d.source, d.note,
           d.illustrative, d.partial, d.imported_at AS "importedAt",
           (SELECT count(DISTINCT v.location)::int FROM trade_values v WHERE v.dataset_id = d.id) AS locations,
           (SELECT count(DISTINCT v.product)::int FROM trade_values v WHERE v.dataset_id = d.id) AS products,
           (SELECT count(*)::int FROM trade_values v WHERE v.dataset_id = d.id) AS rows
      FROM trade_datasets d ORDER BY d.id`);
  return rows.map((r) => ({ ...r, importedAt: new Date(r.importedAt).toISOString() }));
}

/** One dataset's labels and import time, or null when there is none with this id. */
export async function tradeDataset(db: Database, id: string): Promise<{ id: string; classification: string; year: number | null; importedAt: string } | null> {
  const { rows } = await db.pool.query<{ id: string; classification: string; year: number | null; importedAt: Date | string }>(
    'SELECT id, classification, year, imported_at AS "importedAt" FROM trade_datasets WHERE id = $1', [id]);
  const row = rows[0];
  return row ? { ...row, importedAt: new Date(row.importedAt).toISOString() } : null;
}

/** A dataset as a complexity input matrix: codes sorted as text, 0 where no row is stored. */
export async function loadTradeMatrix(db: Database, id: string): Promise<ComplexityInput> {
  const { rows } = await db.pool.query<{ l: string; p: string; v: number }>(
    'SELECT location AS l, product AS p, value AS v FROM trade_values WHERE dataset_id = $1', [id]);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const locations = [...new Set(rows.map((r) => r.l))].sort(byText);
  const products = [...new Set(rows.map((r) => r.p))].sort(byText);
  const li = new Map(locations.map((c, i) => [c, i]));
  const pi = new Map(products.map((c, i) => [c, i]));
  const nP = products.length;
  const values = new Float64Array(locations.length * nP);
  for (const r of rows) values[(li.get(r.l) as number) * nP + (pi.get(r.p) as number)] = Number(r.v);
  const dataset = await tradeDataset(db, id);
  const base = await db.pool.query<{ year: number; product: string; value: number }>(
    'SELECT year, product, value FROM trade_world_totals WHERE dataset_id = $1', [id]);
  let firstYear: ComplexityInput['firstYear'] = null;
  if (base.rows.length > 0) {
    firstYear = { year: base.rows[0]!.year, totals: new Float64Array(nP) };
    for (const r of base.rows) {
      const p = pi.get(r.product);
      if (p !== undefined) firstYear.totals[p] = Number(r.value);
    }
  }
  return { locations, products, values, population: null, year: dataset?.year ?? null, rows: rows.length, duplicates: 0, firstYear };
}

/** Product names of a classification: code -> { en, ru }. */
export async function productNames(db: Database, classification: string): Promise<Map<string, { en: string; ru: string | null }>> {
  const { rows } = await db.pool.query<{ code: string; en: string; ru: string | null }>(
    'SELECT code, name_en AS en, name_ru AS ru FROM trade_products WHERE classification = $1', [classification]);
  return new Map(rows.map((r) => [r.code, { en: r.en, ru: r.ru }]));
}
