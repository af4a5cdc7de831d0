// Patent and deal datasets in the database (issue 7): each is loaded from a file (patents-input.ts,
// deals-input.ts: the same checks and messages as the `crosssector` command) in one transaction that replaces
// the dataset's previous rows; a bad row writes nothing.
import type { Database } from '../../db/database.ts';
import { copyLine } from '../../db/database.ts';
import { ValidationError } from '../errors.ts';
import type { TableSource } from '../files/read-table.ts';
import { knownIpcClasses } from './concordance.ts';
import { type DealRows, readDeals } from './deals-input.ts';
import { type PatentRows, readPatents } from './patents-input.ts';

export type DatasetKind = 'patents' | 'deals';

export interface CrossSectorDatasetMeta {
  id: string;
  name: string;
  source?: string | null;
  illustrative?: boolean;
}

export interface CrossSectorDatasetSummary {
  kind: DatasetKind;
  id: string;
  name: string;
  source: string | null;
  illustrative: boolean;
  importedAt: string;
  rows: number;
  firstYear: number | null;
  lastYear: number | null;
}

const DATASET_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const TABLES = {
  patents: { datasets: 'patent_datasets', rows: 'patents' },
  deals: { datasets: 'deal_datasets', rows: 'deals' },
} as const;

function checkMeta(meta: CrossSectorDatasetMeta): void {
  if (!DATASET_ID.test(meta.id)) {
    throw new ValidationError(`dataset id "${meta.id}": use 1-64 lower-case letters, digits, '.', '_' or '-'`, [{ row: 0, column: 'id', message: 'bad dataset id' }]);
  }
  if (meta.name.trim() === '') throw new ValidationError('a dataset name is required', [{ row: 0, column: 'name', message: 'empty name' }]);
}

/** Reads a patent file (IPC classes checked against the concordance) and stores it as a dataset. */
export async function importPatentSource(db: Database, meta: CrossSectorDatasetMeta, source: TableSource, format: 'csv' | 'xlsx', name: string) {
  checkMeta(meta);
  return savePatents(db, meta, await readPatents(source, format, name, { knownIpc: knownIpcClasses() }));
}

/** Reads a deal file and stores it as a dataset. */
export async function importDealSource(db: Database, meta: CrossSectorDatasetMeta, source: TableSource, format: 'csv' | 'xlsx', name: string) {
  checkMeta(meta);
  return saveDeals(db, meta, await readDeals(source, format, name));
}

async function replaceDataset(db: Database, kind: DatasetKind, meta: CrossSectorDatasetMeta, columns: string[], lines: string[]) {
  checkMeta(meta);
  const t = TABLES[kind];
  await db.transaction(async (client) => {
    await client.query(`DELETE FROM ${t.datasets} WHERE id = $1`, [meta.id]);
    await client.query(`INSERT INTO ${t.datasets} (id, name, source, illustrative) VALUES ($1, $2, $3, $4)`,
      [meta.id, meta.name, meta.source ?? null, meta.illustrative ?? false]);
    await db.copyRows(client, t.rows, columns, lines);
  });
  return { kind, dataset: meta.id, rows: lines.length };
}

/** Replaces a patent dataset's rows in one transaction. */
export function savePatents(db: Database, meta: CrossSectorDatasetMeta, rows: PatentRows) {
  const lines = rows.id.map((id, k) => copyLine([meta.id, id, rows.year[k], rows.territory[k] || null, rows.ipc[k]]));
  return replaceDataset(db, 'patents', meta, ['dataset_id', 'patent_id', 'year', 'territory', 'ipc'], lines);
}

/** Replaces a deal dataset's rows in one transaction. */
export function saveDeals(db: Database, meta: CrossSectorDatasetMeta, rows: DealRows) {
  const lines = rows.id.map((id, k) => {
    const value = rows.value[k] as number;
    return copyLine([meta.id, id, rows.year[k], rows.acquirerSector[k], rows.targetSector[k], Number.isNaN(value) ? null : value, rows.country[k] || null]);
  });
  return replaceDataset(db, 'deals', meta, ['dataset_id', 'deal_id', 'year', 'acquirer_sector', 'target_sector', 'value', 'country'], lines);
}

/** Every patent and deal dataset with its row count and years, patents first, then by id. */
export async function listCrossSectorDatasets(db: Database): Promise<CrossSectorDatasetSummary[]> {
  const out: CrossSectorDatasetSummary[] = [];
  for (const kind of ['patents', 'deals'] as const) {
    const t = TABLES[kind];
    const { rows } = await db.pool.query<Omit<CrossSectorDatasetSummary, 'kind'> & { importedAt: Date | string }>(`
      SELECT d.id, d.name, d.source, d.illustrative, d.imported_at AS "importedAt",
             (SELECT count(*)::int FROM ${t.rows} r WHERE r.dataset_id = d.id) AS rows,
             (SELECT min(r.year)::int FROM ${t.rows} r WHERE r.dataset_id = d.id) AS "firstYear",
             (SELECT max(r.year)::int FROM ${t.rows} r WHERE r.dataset_id = d.id) AS "lastYear"
        FROM ${t.datasets} d ORDER BY d.id`);
    for (const r of rows) out.push({ kind, ...r, importedAt: new Date(r.importedAt).toISOString() });
  }
  return out;
}

/** The dataset of a kind to show: the one named, else the most recently imported; null when there is none. */
export async function chooseDataset(db: Database, kind: DatasetKind, id?: string): Promise<{ id: string; importedAt: string; illustrative: boolean } | null> {
  const t = TABLES[kind];
  const { rows } = await db.pool.query<{ id: string; importedAt: Date | string; illustrative: boolean }>(
    `SELECT id, imported_at AS "importedAt", illustrative FROM ${t.datasets} ${id === undefined ? '' : 'WHERE id = $1'} ORDER BY imported_at DESC, id LIMIT 1`,
    id === undefined ? [] : [id]);
  const row = rows[0];
  return row ? { ...row, importedAt: new Date(row.importedAt).toISOString() } : null;
}

/** A patent dataset's rows, ordered by patent id. */
export async function loadPatents(db: Database, id: string): Promise<PatentRows> {
  const { rows } = await db.pool.query<{ id: string; year: number; territory: string | null; ipc: string[] }>(
    'SELECT patent_id AS id, year, territory, ipc FROM patents WHERE dataset_id = $1 ORDER BY patent_id', [id]);
  return {
    id: rows.map((r) => r.id), year: Int16Array.from(rows, (r) => r.year),
    territory: rows.map((r) => r.territory ?? ''), ipc: rows.map((r) => r.ipc),
  };
}

/** A deal dataset's rows, ordered by deal id. */
export async function loadDeals(db: Database, id: string): Promise<DealRows> {
  const { rows } = await db.pool.query<{ id: string; year: number; a: string; t: string; value: number | null; country: string | null }>(
    'SELECT deal_id AS id, year, acquirer_sector AS a, target_sector AS t, value, country FROM deals WHERE dataset_id = $1 ORDER BY deal_id', [id]);
  return {
    id: rows.map((r) => r.id), year: Int16Array.from(rows, (r) => r.year),
    acquirerSector: rows.map((r) => r.a), targetSector: rows.map((r) => r.t),
    value: Float64Array.from(rows, (r) => (r.value === null ? Number.NaN : Number(r.value))), country: rows.map((r) => r.country ?? ''),
  };
}
