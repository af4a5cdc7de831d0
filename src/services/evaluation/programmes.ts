// State programmes for clusters: their measures, what was achieved (reported, or counted from the registry for
// clusters_created), the execution rate, the budget execution and what lags where
// (analytics/evaluation/programme-execution.ts).
import { z } from 'zod';
import type { Database, Queryable } from '../../db/database.ts';
import { kpiStatus, type KpiStatus } from '../../analytics/evaluation/kpi-progress.ts';
import { programmeExecution } from '../../analytics/evaluation/programme-execution.ts';
import { isStaff, requireRole, type MaybeViewer } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { fieldErrors, NotFoundError, parseInput } from '../errors.ts';
import { clustersFounded } from './registry-kpis.ts';
import { finiteOrNull } from '../json-numbers.ts';

export interface ProgrammeSummary {
  id: string; nameRu: string; nameBe: string; nameEn: string; startYear: number; endYear: number;
  executionRate: number | null; budgetExecution: number | null; source: string | null; illustrative: boolean;
}

export interface ProgrammeMeasureView {
  code: string; nameRu: string; nameBe: string; nameEn: string; territoryId: string | null; territoryName: string | null;
  year: number; indicatorCode: string | null; planned: number | null; achieved: number | null;
  achievedFrom: 'registry' | 'reported' | 'none';
  achievedClusters: { id: number; name: string; foundedYear: number | null }[];
  budgetPlanned: number | null; budgetSpent: number | null; rate: number | null; status: KpiStatus; source: string | null;
}

export interface ProgrammeDetail {
  programme: ProgrammeSummary;
  execution: {
    executionRate: number | null; rawRate: number | null; budgetExecution: number | null;
    byGroup: { group: string; name: string; planned: number; achieved: number; rate: number | null }[];
    lagging: { code: string; group: string; name: string; planned: number; achieved: number; rate: number | null; gap: number }[];
  };
  measures: ProgrammeMeasureView[];
  registryPartial: boolean;
}

interface ProgrammeRow { id: string; nameRu: string; nameBe: string; nameEn: string; startYear: number; endYear: number; source: string | null; illustrative: boolean }
interface MeasureRow {
  code: string; nameRu: string; nameBe: string; nameEn: string; territoryId: string | null; territoryName: string | null; year: number;
  indicatorCode: string | null; planned: number | null; achieved: number | null; budgetPlanned: number | null; budgetSpent: number | null; source: string | null;
}

const NO_GROUP = '-';

const PROGRAMME_COLUMNS = `id, name_ru AS "nameRu", name_be AS "nameBe", name_en AS "nameEn", start_year AS "startYear", end_year AS "endYear", source, illustrative`;

async function measuresOf(db: Queryable, programme: ProgrammeRow): Promise<ProgrammeMeasureView[]> {
  const { rows } = await db.query<MeasureRow>(
    `SELECT m.code, m.name_ru AS "nameRu", m.name_be AS "nameBe", m.name_en AS "nameEn", m.territory_id AS "territoryId",
       t.name_ru AS "territoryName", m.year, m.indicator_code AS "indicatorCode", m.planned, m.achieved,
       m.budget_planned AS "budgetPlanned", m.budget_spent AS "budgetSpent", m.source
     FROM programme_measures m LEFT JOIN territories t ON t.id = m.territory_id
     WHERE m.programme_id = $1 ORDER BY m.code`, [programme.id]);
  const years = [];
  for (let y = programme.startYear; y <= programme.endYear; y++) years.push(y);
  const views: ProgrammeMeasureView[] = [];
  for (const m of rows) {
    let achieved = m.achieved;
    let achievedFrom: ProgrammeMeasureView['achievedFrom'] = achieved === null ? 'none' : 'reported';
    let achievedClusters: ProgrammeMeasureView['achievedClusters'] = [];
    if (achieved === null && m.indicatorCode === 'clusters_created') {
      achievedClusters = (await clustersFounded(db, years.filter((y) => y <= m.year), m.territoryId ?? undefined))
        .map((c) => ({ id: c.id, name: c.name, foundedYear: c.foundedYear }));
      achieved = achievedClusters.length;
      achievedFrom = 'registry';
    }
    const rate = m.planned !== null && m.planned > 0 && achieved !== null ? Math.min(achieved, m.planned) / m.planned : null;
    views.push({ ...m, achieved, achievedFrom, achievedClusters, rate, status: rate === null ? 'no-data' : kpiStatus(rate) });
  }
  return views;
}

function execution(measures: ProgrammeMeasureView[]) {
  const result = programmeExecution(measures.map((m) => ({
    planned: m.planned ?? 0, achieved: m.achieved ?? NaN, budgetPlanned: m.budgetPlanned ?? NaN, budgetSpent: m.budgetSpent ?? NaN,
    group: m.territoryId ?? NO_GROUP,
  })));
  const groupName = (group: string) => measures.find((m) => (m.territoryId ?? NO_GROUP) === group)?.territoryName ?? group;
  return {
    executionRate: finiteOrNull(result.executionRate),
    rawRate: finiteOrNull(result.rawRate),
    budgetExecution: finiteOrNull(result.budgetExecution),
    byGroup: result.byGroup.map((g) => ({ group: g.group, name: groupName(g.group), planned: g.planned, achieved: g.achieved, rate: finiteOrNull(g.rate) })),
    lagging: result.lagging.map((l) => {
      const m = measures[l.index]!;
      return { code: m.code, group: l.group, name: m.nameRu, planned: l.planned, achieved: l.achieved, rate: finiteOrNull(l.rate), gap: l.gap };
    }),
  };
}

export async function listProgrammes(db: Queryable): Promise<ProgrammeSummary[]> {
  const { rows } = await db.query<ProgrammeRow>(`SELECT ${PROGRAMME_COLUMNS} FROM programmes ORDER BY start_year DESC, id`);
  const out: ProgrammeSummary[] = [];
  for (const p of rows) {
    const e = execution(await measuresOf(db, p));
    out.push({ ...p, executionRate: e.executionRate, budgetExecution: e.budgetExecution });
  }
  return out;
}

export async function programmeDetail(db: Queryable, id: string): Promise<ProgrammeDetail> {
  const { rows: [p] } = await db.query<ProgrammeRow>(`SELECT ${PROGRAMME_COLUMNS} FROM programmes WHERE id = $1`, [id]);
  if (!p) throw new NotFoundError('programme', id);
  const measures = await measuresOf(db, p);
  const e = execution(measures);
  return {
    programme: { ...p, executionRate: e.executionRate, budgetExecution: e.budgetExecution },
    execution: e,
    measures,
    registryPartial: measures.some((m) => m.achievedFrom === 'registry'),
  };
}

export const MeasureUpdate = z.object({
  achieved: z.number().min(0).nullable().optional(),
  budgetPlanned: z.number().min(0).nullable().optional(),
  budgetSpent: z.number().min(0).nullable().optional(),
  source: z.string().trim().max(500).optional(),
});

/** Records what a measure achieved and spent (analysts and admins); `achieved: null` goes back to the registry count. */
export async function updateMeasure(db: Database, viewer: MaybeViewer, programmeId: string, code: string, body: unknown): Promise<ProgrammeDetail> {
  const user = requireRole(viewer, isStaff, 'record the execution of programme measures');
  const input = parseInput(MeasureUpdate, body);
  const columns = { achieved: 'achieved', budgetPlanned: 'budget_planned', budgetSpent: 'budget_spent', source: 'source' } as const;
  const set = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => input[k] !== undefined);
  if (set.length === 0) throw fieldErrors([{ field: '(body)', message: 'give achieved, budgetPlanned, budgetSpent or source' }]);
  await db.transaction(async (client) => {
    const { rowCount } = await client.query(
      `UPDATE programme_measures SET ${set.map((k, i) => `${columns[k]} = $${i + 3}`).join(', ')} WHERE programme_id = $1 AND code = $2`,
      [programmeId, code, ...set.map((k) => input[k])]);
    if (rowCount === 0) throw new NotFoundError(`measure of programme ${programmeId}`, code);
    await recordAudit(client, { userId: user.userId, action: 'update', entity: 'programme_measure', entityId: `${programmeId}/${code}`, detail: input });
  });
  return programmeDetail(db.pool, programmeId);
}
