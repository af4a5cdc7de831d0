// Bilateral trade tables in the database (docs/decisions/0004-bilateral-trade.md): a dataset row in
// bilateral_datasets and its flows in trade_bilateral_values, loaded from a file (bilateral-input.ts) in one
// transaction with COPY that replaces the dataset's previous rows; and the flows of one product read back in
// the shape of a BilateralInput for target-markets.ts.
import { basename } from 'node:path';
import { copyLine, type Database } from '../db/database.ts';
import { type BilateralInput, readBilateralFile, readBilateralSource } from './bilateral-input.ts';
import { ValidationError } from './errors.ts';
import type { TableSource } from './files/read-table.ts';

export interface BilateralDatasetMeta {
  id: string;
  name: string;
  source?: string | null;
  illustrative?: boolean;
}

const DATASET_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

function checkId(id: string) {
  if (!DATASET_ID.test(id)) {
    throw new ValidationError(`bilateral dataset id "${id}": use 1-64 lower-case letters, digits, '.', '_' or '-'`, [{ row: 0, column: 'id', message: 'bad dataset id' }]);
  }
}

export async function importBilateralFile(db: Database, meta: BilateralDatasetMeta, path: string, name = basename(path)) {
  checkId(meta.id);
  return saveBilateral(db, meta, await readBilateralFile(path, name));
}

export async function importBilateralSource(db: Database, meta: BilateralDatasetMeta, source: TableSource, format: 'csv' | 'xlsx', name: string) {
  checkId(meta.id);
  return saveBilateral(db, meta, await readBilateralSource(source, format, name));
}

/** Replaces a dataset's flows in one transaction (zero flows are not stored). */
export async function saveBilateral(db: Database, meta: BilateralDatasetMeta, input: BilateralInput) {
  checkId(meta.id);
  const lines: string[] = [];
  for (let r = 0; r < input.value.length; r++) {
    const v = input.value[r] as number;
    if (v === 0) continue;
    const year = input.years.length > 0 ? input.years[input.year[r] as number] : null;
    lines.push(copyLine([meta.id, year, input.exporters[input.exporter[r] as number], input.importers[input.importer[r] as number],
      input.products[input.product[r] as number], v]));
  }
  await db.transaction(async (client) => {
    await client.query('DELETE FROM bilateral_datasets WHERE id = $1', [meta.id]);
    await client.query('INSERT INTO bilateral_datasets (id, name, source, illustrative) VALUES ($1, $2, $3, $4)',
      [meta.id, meta.name, meta.source ?? null, meta.illustrative ?? false]);
    await db.copyRows(client, 'trade_bilateral_values', ['dataset_id', 'year', 'exporter', 'importer', 'product', 'value'], lines);
  });
  return {
    dataset: meta.id, rows: lines.length, exporters: input.exporters.length, importers: input.importers.length, products: input.products.length,
    years: input.years,
  };
}

export async function bilateralDatasetExists(db: Database, id: string): Promise<boolean> {
  const { rows } = await db.pool.query('SELECT 1 FROM bilateral_datasets WHERE id = $1', [id]);
  return rows.length > 0;
}

/** The stored flows of one product as a BilateralInput (one product; years ascending, none when every year is null). */
export async function loadProductFlows(db: Database, id: string, product: string): Promise<BilateralInput> {
  const { rows } = await db.pool.query<{ e: string; i: string; y: number | null; v: number }>(
    'SELECT exporter AS e, importer AS i, year AS y, value AS v FROM trade_bilateral_values WHERE dataset_id = $1 AND product = $2', [id, product]);
  const exporters = [...new Set(rows.map((r) => r.e))];
  const importers = [...new Set(rows.map((r) => r.i))];
  const years = [...new Set(rows.filter((r) => r.y !== null).map((r) => Number(r.y)))].sort((a, b) => a - b);
  const ei = new Map(exporters.map((c, k) => [c, k]));
  const ii = new Map(importers.map((c, k) => [c, k]));
  const yi = new Map(years.map((y, k) => [y, k]));
  return {
    exporters, importers, products: rows.length > 0 ? [product] : [], years,
    exporter: Int32Array.from(rows, (r) => ei.get(r.e) as number),
    importer: Int32Array.from(rows, (r) => ii.get(r.i) as number),
    product: new Int32Array(rows.length),
    year: Int32Array.from(rows, (r) => (r.y === null ? 0 : (yi.get(Number(r.y)) as number))),
    value: Float64Array.from(rows, (r) => Number(r.v)),
    rows: rows.length,
    duplicates: 0,
  };
}
