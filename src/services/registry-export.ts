// Export of registry kinds as CSV or XLSX with the import columns (so an export imports back), and
// empty templates. Confidential figures are exported only to those who may see them. Clusters and
// organisations can be exported as a list view: the same filter and order as GET /api/clusters|organizations.
import { and, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { clusters, organizations } from '../db/schema.ts';
import { type KindSpec, kindSpec } from '../domain/columns.ts';
import { confidentialScope, canSeeConfidential, managesCluster, type MaybeViewer } from './access.ts';
import { ValidationError } from './errors.ts';
import type { TableFormat } from './files/read-table.ts';
import { type Cell, writeTable } from './files/write-table.ts';
import { CLUSTER_SORTS, clusterConditions, type ClusterFilter, clusterOrder, type ClusterSort } from './clusters.ts';
import {
  ORGANIZATION_SORTS, organizationConditions, type OrganizationFilter, organizationOrder, type OrganizationSort,
} from './organizations.ts';

/** A list view to export: the list's filters and sort (clusters and organisations only). */
export interface ExportView {
  filter?: ClusterFilter & OrganizationFilter;
  sort?: string;
}

const CLUSTER_FILTERS = ['status', 'region', 'sector', 'q'] as const;
const ORGANIZATION_FILTERS = ['q', 'region', 'sector', 'role', 'sizeClass', 'clusterId'] as const;

function specOf(kind: string): KindSpec {
  const spec = kindSpec(kind);
  if (!spec) throw new ValidationError(`unknown kind "${kind}"; expected organizations, clusters, memberships, contracts or projects`);
  return spec;
}

export async function exportTemplate(kind: string, format: TableFormat): Promise<Buffer> {
  return writeTable(specOf(kind).columns.map((c) => c.column), [], format, kind);
}

export async function exportRegistry(
  db: Database, viewer: MaybeViewer, kind: string, format: TableFormat, view: ExportView = {},
): Promise<{ buffer: Buffer; rows: number }> {
  const spec = specOf(kind);
  const rows = await selectRows(db, spec, view);
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

/** The rows of a kind, in the view's filter and order; other kinds take no view and come in id order. */
async function selectRows(db: Database, spec: KindSpec, view: ExportView): Promise<Record<string, unknown>[]> {
  const filter = Object.fromEntries(Object.entries(view.filter ?? {}).filter(([, v]) => v !== undefined && v !== '')) as ExportView['filter'] & object;
  if (spec.kind === 'clusters') {
    refuseOthers(spec.kind, filter, CLUSTER_FILTERS);
    const order = clusterOrder(checkedSort<ClusterSort>(view.sort, CLUSTER_SORTS) ?? 'id');
    const latestStatusSince = sql`(SELECT to_char(h.valid_from, 'YYYY-MM-DD') FROM cluster_status_history h WHERE h.cluster_id = ${clusters.id} ORDER BY h.id DESC LIMIT 1)`;
    return query(db, sql`SELECT ${clusters}.*, ${latestStatusSince} AS status_since FROM ${clusters}`, clusterConditions(filter), order);
  }
  if (spec.kind === 'organizations') {
    refuseOthers(spec.kind, filter, ORGANIZATION_FILTERS);
    const order = organizationOrder(checkedSort<OrganizationSort>(view.sort, ORGANIZATION_SORTS) ?? 'id');
    return query(db, sql`SELECT ${organizations}.* FROM ${organizations}`, organizationConditions(filter), order);
  }
  refuseOthers(spec.kind, filter, []);
  if (view.sort) throw new ValidationError(`${spec.kind} are exported in id order; sort applies to clusters and organizations`);
  return (await db.pool.query(`SELECT x.* FROM ${spec.table} x ORDER BY x.id`)).rows;
}

async function query(db: Database, select: SQL, conditions: SQL[], order: SQL[]): Promise<Record<string, unknown>[]> {
  const where = and(...conditions);
  const result = await db.orm.execute(sql`${select}${where ? sql` WHERE ${where}` : sql``} ORDER BY ${sql.join(order, sql`, `)}`);
  return result.rows;
}

function refuseOthers(kind: string, filter: object, allowed: readonly string[]): void {
  const others = Object.keys(filter).filter((key) => !allowed.includes(key));
  if (others.length > 0) {
    throw new ValidationError(`${kind} cannot be filtered by ${others.join(', ')}`, others.map((column) => ({ row: 0, column, message: `not a filter of ${kind}` })));
  }
}

function checkedSort<S extends string>(sort: string | undefined, allowed: readonly S[]): S | undefined {
  if (sort === undefined || sort === '') return undefined;
  if (!(allowed as readonly string[]).includes(sort)) {
    throw new ValidationError(`unknown sort "${sort}"`, [{ row: 0, column: 'sort', message: `expected one of ${allowed.join(', ')}` }]);
  }
  return sort as S;
}
