// The KPI framework: indicator definitions, targets and actuals per scope and year, progress and RAG status
// (analytics/evaluation/kpi-progress.ts). Stored actuals (reported, with their source) win over the values the
// registry can count (registry-kpis.ts).
import type { Database, Queryable } from '../../db/database.ts';
import { kpiSeries, type KpiDirection, type KpiStatus } from '../../analytics/evaluation/kpi-progress.ts';
import { managesCluster, requireRole, type MaybeViewer } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, fieldErrors } from '../errors.ts';
import { clusterName } from './cluster-names.ts';
import type { KpiLevel } from './reference-data.ts';
import { clusterRegistryKpis, countryRegistryKpis, currentYear, type RegistryKpis } from './registry-kpis.ts';
import { finiteOrNull } from '../json-numbers.ts';

/** The level an indicator is measured at is the scope its values belong to. */
export type KpiScope = KpiLevel;

export interface Indicator {
  code: string; nameRu: string; nameBe: string; nameEn: string; unit: string;
  direction: KpiDirection; level: KpiScope; grp: string; method: 'registry' | 'reported';
}

export interface KpiPoint {
  year: number; target: number | null; actual: number | null; expected: number | null; progress: number | null;
  status: KpiStatus; source: string | null; illustrative: boolean;
}

export interface KpiSeriesView {
  indicator: Indicator;
  points: KpiPoint[];
  latest: { year: number; status: KpiStatus; progress: number | null } | null;
}

export interface KpiBoard {
  scope: KpiScope; scopeId: string; name: string; items: KpiSeriesView[]; summary: Record<KpiStatus, number>;
}

interface StoredValue { indicator_code: string; year: number; target: number | null; actual: number | null; source: string | null; illustrative: boolean }


export async function listIndicators(db: Queryable, level?: KpiScope): Promise<Indicator[]> {
  const { rows } = await db.query<Indicator>(
    `SELECT code, name_ru AS "nameRu", name_be AS "nameBe", name_en AS "nameEn", unit, direction, level, grp, method
     FROM kpi_indicators WHERE $1::text IS NULL OR level = $1 ORDER BY grp, code`, [level ?? null]);
  return rows;
}

/** The name of a scope, or a NotFoundError. */
export async function scopeName(db: Queryable, scope: KpiScope, scopeId: string): Promise<string> {
  if (scope === 'cluster') return clusterName(db, Number(scopeId));
  if (scope === 'programme') {
    const { rows } = await db.query<{ name: string }>('SELECT name_ru AS name FROM programmes WHERE id = $1', [scopeId]);
    if (!rows[0]) throw new NotFoundError('programme', scopeId);
    return rows[0].name;
  }
  return scopeId;
}

async function registryValues(db: Queryable, scope: KpiScope, scopeId: string, years: number[]): Promise<RegistryKpis> {
  if (scope === 'cluster') return clusterRegistryKpis(db, Number(scopeId), years);
  if (scope === 'country') return countryRegistryKpis(db, scopeId, years);
  return new Map();
}

export async function kpiBoard(db: Queryable, scope: KpiScope, scopeId: string): Promise<KpiBoard> {
  const name = await scopeName(db, scope, scopeId);
  const indicators = await listIndicators(db, scope);
  const { rows: stored } = await db.query<StoredValue>(
    'SELECT indicator_code, year, target, actual, source, illustrative FROM kpi_values WHERE scope = $1 AND scope_id = $2 ORDER BY year',
    [scope, scopeId]);
  const storedYears = stored.map((r) => r.year);
  const now = currentYear();
  const registryYears = [...new Set([...storedYears, now])].sort((a, b) => a - b);
  const registry = await registryValues(db, scope, scopeId, registryYears);
  const summary: Record<KpiStatus, number> = { green: 0, amber: 0, red: 0, 'no-data': 0 };
  const items = indicators.map((indicator) => {
    const own = stored.filter((r) => r.indicator_code === indicator.code);
    const counted = indicator.method === 'registry' ? registry.get(indicator.code) ?? new Map<number, number>() : new Map<number, number>();
    const years = [...new Set([...own.map((r) => r.year), ...counted.keys()])].sort((a, b) => a - b);
    const byYear = new Map(own.map((r) => [r.year, r]));
    const targets = years.map((y) => byYear.get(y)?.target ?? NaN);
    const actuals = years.map((y) => byYear.get(y)?.actual ?? counted.get(y) ?? NaN);
    const series = kpiSeries(years, targets, actuals, indicator.direction);
    const points: KpiPoint[] = series.years.map((p) => {
      const row = byYear.get(p.year);
      const fromRegistry = (row?.actual ?? null) === null && counted.has(p.year);
      return {
        year: p.year, target: finiteOrNull(p.target), actual: finiteOrNull(p.actual), expected: finiteOrNull(p.expected), progress: finiteOrNull(p.progress),
        status: p.status, source: fromRegistry ? 'registry' : row?.actual !== null && row?.actual !== undefined ? row.source : null,
        illustrative: row?.illustrative ?? false,
      };
    });
    summary[series.latestStatus] += 1;
    const latest = series.latest ? { year: series.latest.year, status: series.latest.status, progress: finiteOrNull(series.latest.progress) } : null;
    return { indicator, points, latest };
  });
  return { scope, scopeId, name, items, summary };
}

export interface KpiValueInput { indicator: string; scope: KpiScope; scopeId: string; year: number; target?: number | null; actual?: number | null; source?: string }

export function canEditScope(viewer: MaybeViewer, scope: KpiScope, scopeId: string): boolean {
  return scope === 'cluster' ? managesCluster(viewer, Number(scopeId)) : viewer?.role === 'admin' || viewer?.role === 'analyst';
}

/** Sets the target and/or actual of one indicator, scope and year (fields left out are kept). */
export async function setKpiValue(db: Database, viewer: MaybeViewer, input: KpiValueInput): Promise<KpiBoard> {
  const user = requireRole(viewer, (v) => canEditScope(v, input.scope, input.scopeId), 'set KPI values of this scope');
  const { rows } = await db.pool.query<{ level: string }>('SELECT level FROM kpi_indicators WHERE code = $1', [input.indicator]);
  if (!rows[0]) throw fieldErrors([{ field: 'indicator', message: `unknown indicator "${input.indicator}"` }]);
  if (rows[0].level !== input.scope) throw fieldErrors([{ field: 'scope', message: `indicator ${input.indicator} is measured at ${rows[0].level} level, not ${input.scope}` }]);
  await scopeName(db.pool, input.scope, input.scopeId);
  await db.transaction(async (client) => {
    await client.query(
      `INSERT INTO kpi_values (indicator_code, scope, scope_id, year, target, actual, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (indicator_code, scope, scope_id, year) DO UPDATE SET
         target = CASE WHEN $8 THEN EXCLUDED.target ELSE kpi_values.target END,
         actual = CASE WHEN $9 THEN EXCLUDED.actual ELSE kpi_values.actual END,
         source = COALESCE(EXCLUDED.source, kpi_values.source), illustrative = false`,
      [input.indicator, input.scope, input.scopeId, input.year, input.target ?? null, input.actual ?? null, input.source ?? null,
        input.target !== undefined, input.actual !== undefined]);
    await recordAudit(client, { userId: user.userId, action: 'set', entity: 'kpi_value', entityId: `${input.indicator}/${input.scope}/${input.scopeId}/${input.year}`, detail: input });
  });
  return kpiBoard(db.pool, input.scope, input.scopeId);
}
