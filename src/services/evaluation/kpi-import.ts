// Targets and actuals of KPIs from a file (`indicator,scope,scope_id,year[,target,actual,source]`, CSV or XLSX):
// every row is checked first (known indicator at its level, an existing scope the user may edit, a year, numbers,
// no key twice); then all rows are written in one transaction, or none.
import type { Database } from '../../db/database.ts';
import { type MaybeViewer, requireRole } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { cell, checkYear, eachRow, RowErrors } from '../files/table-input.ts';
import type { TableSource } from '../files/read-table.ts';
import { parseNumber } from '../mapping-input.ts';
import { canEditScope, type KpiScope } from './kpis.ts';
import { KPI_LEVELS } from './reference-data.ts';

interface Row { indicator: string; scope: KpiScope; scopeId: string; year: number; target: number | null; actual: number | null; source: string | null }

export async function importKpiValues(db: Database, viewer: MaybeViewer, source: TableSource, format: 'csv' | 'xlsx', name: string): Promise<{ rows: number }> {
  const user = requireRole(viewer, () => true, 'import KPI values');
  const { rows: indicators } = await db.pool.query<{ code: string; level: string }>('SELECT code, level FROM kpi_indicators');
  const levelOf = new Map(indicators.map((i) => [i.code, i.level]));
  const { rows: clusters } = await db.pool.query<{ id: number }>('SELECT id FROM clusters');
  const { rows: programmes } = await db.pool.query<{ id: string }>('SELECT id FROM programmes');
  const known: Record<KpiScope, Set<string>> = {
    cluster: new Set(clusters.map((c) => String(c.id))),
    programme: new Set(programmes.map((p) => p.id)),
    country: new Set(['BY']),
  };
  const errors = new RowErrors(name);
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  await eachRow(source, format, name, { required: ['indicator', 'scope', 'scope_id', 'year'], optional: ['target', 'actual', 'source'] }, ({ row, cells }, at) => {
    const indicator = cell(cells, at.indicator);
    const scope = cell(cells, at.scope) as KpiScope;
    const scopeId = cell(cells, at.scope_id);
    const year = checkYear(cell(cells, at.year), row, errors);
    const level = levelOf.get(indicator);
    if (level === undefined) errors.add(row, 'indicator', `unknown indicator "${indicator}"`);
    if (!KPI_LEVELS.includes(scope)) errors.add(row, 'scope', `"${scope}" is not one of ${KPI_LEVELS.join(', ')}`);
    else if (level !== undefined && level !== scope) errors.add(row, 'scope', `indicator ${indicator} is measured at ${level} level, not ${scope}`);
    else if (!known[scope].has(scopeId)) errors.add(row, 'scope_id', `no ${scope} "${scopeId}"`);
    else if (!canEditScope(user, scope, scopeId)) errors.add(row, 'scope_id', `your role (${user.role}) may not set values of ${scope} ${scopeId}`);
    const number = (column: 'target' | 'actual'): number | null => {
      const raw = cell(cells, at[column]);
      if (raw === '') return null;
      const v = parseNumber(raw);
      if (!Number.isFinite(v)) errors.add(row, column, `"${raw}" is not a number`);
      return v;
    };
    const target = number('target');
    const actual = number('actual');
    if (target === null && actual === null) errors.add(row, 'target', 'give a target, an actual or both');
    const key = `${indicator}/${scope}/${scopeId}/${year}`;
    const first = seen.get(key);
    if (first !== undefined) errors.add(row, 'year', `${key} repeats row ${first}`);
    else seen.set(key, row);
    rows.push({ indicator, scope, scopeId, year, target, actual, source: cell(cells, at.source) || null });
  });
  if (rows.length === 0) errors.add(2, 'indicator', 'no rows below the header');
  errors.finish();
  await db.transaction(async (client) => {
    for (const r of rows) {
      await client.query(
        `INSERT INTO kpi_values (indicator_code, scope, scope_id, year, target, actual, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (indicator_code, scope, scope_id, year) DO UPDATE SET
           target = COALESCE(EXCLUDED.target, kpi_values.target), actual = COALESCE(EXCLUDED.actual, kpi_values.actual),
           source = COALESCE(EXCLUDED.source, kpi_values.source), illustrative = false`,
        [r.indicator, r.scope, r.scopeId, r.year, r.target, r.actual, r.source]);
    }
    await recordAudit(client, { userId: user.userId, action: 'import', entity: 'kpi_values', detail: { file: name, rows: rows.length } });
  });
  return { rows: rows.length };
}
