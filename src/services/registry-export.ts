// Export of registry kinds as CSV or XLSX with the import columns (so an export imports back), and
// empty templates. Confidential figures are exported only to those who may see them.
import type { Database } from '../db/database.ts';
import { type KindSpec, kindSpec } from '../domain/columns.ts';
import { confidentialScope, canSeeConfidential, managesCluster, type MaybeViewer } from './access.ts';
import { ValidationError } from './errors.ts';
import type { TableFormat } from './files/read-table.ts';
import { type Cell, writeTable } from './files/write-table.ts';

function specOf(kind: string): KindSpec {
  const spec = kindSpec(kind);
  if (!spec) throw new ValidationError(`unknown kind "${kind}"; expected organizations, clusters, memberships, contracts or projects`);
  return spec;
}

export async function exportTemplate(kind: string, format: TableFormat): Promise<Buffer> {
  return writeTable(specOf(kind).columns.map((c) => c.column), [], format, kind);
}

export async function exportRegistry(db: Database, viewer: MaybeViewer, kind: string, format: TableFormat): Promise<{ buffer: Buffer; rows: number }> {
  const spec = specOf(kind);
  const statusSince = spec.kind === 'clusters'
    ? `, (SELECT to_char(h.valid_from, 'YYYY-MM-DD') FROM cluster_status_history h WHERE h.cluster_id = x.id ORDER BY h.id DESC LIMIT 1) AS status_since`
    : '';
  const { rows } = await db.pool.query(`SELECT x.*${statusSince} FROM ${spec.table} x ORDER BY x.id`);
  const scope = await confidentialScope(db.pool, viewer);
  const mayReadConfidential = (row: Record<string, unknown>): boolean => {
    if (spec.kind === 'organizations') return canSeeConfidential(scope, row.id as number);
    if (spec.kind === 'contracts') {
      const parties = [row.supplier_id, row.customer_id];
      return managesCluster(viewer, row.cluster_id as number | null) || (viewer?.organizationId != null && parties.includes(viewer.organizationId));
    }
    return true;
  };
  const cells = rows.map((row) => {
    const visible = mayReadConfidential(row);
    return spec.columns.map((c): Cell => {
      if (c.confidential && !visible) return null;
      const value = row[c.db ?? c.column];
      return Array.isArray(value) ? value.join('|') : (value as Cell);
    });
  });
  return { buffer: await writeTable(spec.columns.map((c) => c.column), cells, format, kind), rows: rows.length };
}
