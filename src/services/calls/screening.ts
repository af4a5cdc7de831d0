// Runs a call's screening over its candidates and shapes the report: JSON rows, CSV and XLSX, and the ranked
// "organisations that fit the call" list with the parts of their score and the reasons.
import { sectorReason } from '../../analytics/matching/call-fit.ts';
import { screen, type ScreeningCall, type ScreeningRow } from '../../analytics/matching/screening.ts';
import type { Database } from '../../db/database.ts';
import { type ConfidentialScope, confidentialScope, managesCluster, type MaybeViewer, requireRole } from '../access.ts';
import { ValidationError } from '../errors.ts';
import { writeTable } from '../files/write-table.ts';
import { type CallRow, getCallRow } from './calls.ts';
import { loadCandidates, loadSectorTree, loadTerritoryParents } from './candidates.ts';

export interface ScreeningItem extends Omit<ScreeningRow, 'id'> {
  organizationId: number;
  accepted: boolean;
}

export interface ScreeningReport {
  callId: number;
  title: string;
  ranAt: string;
  fitThreshold: number;
  requireInterest: boolean;
  considered: number;
  accepted: number;
  screenedOut: number;
  items: ScreeningItem[];
}

const STAGE_ORDER = { fit: 0, interest: 1, rule: 2 } as const;

export function screeningCall(call: CallRow): ScreeningCall {
  return {
    sectors: call.sectors, territories: call.territories, sizeClasses: call.sizeClasses, roles: call.roles,
    certifications: call.certifications, minEmployees: call.minEmployees, minCompetitiveness: call.minCompetitiveness,
    minReliability: call.minReliability, fitThreshold: call.fitThreshold, requireInterest: call.requireInterest, deadline: call.deadline,
  };
}

/**
 * Screens a call's candidates (see `loadCandidates`: a cluster's call considers its current members and every
 * organisation that answered; a call without a cluster the whole registry). Rows: accepted first, then screened
 * out at the fit, interest and rule stages; each group by fit, highest first. Only the call's managers (its
 * cluster's managers, analysts, admins) may run it. A call with no organisation to consider is bad input.
 */
export async function runScreening(db: Database, viewer: MaybeViewer, callId: number, now = new Date()): Promise<ScreeningReport> {
  const call = await getCallRow(db, callId);
  requireRole(viewer, (v) => managesCluster(v, call.clusterId), 'screen this call');
  const report = await screenCall(db, call, await confidentialScope(db.pool, viewer), now);
  await db.pool.query(
    `INSERT INTO call_screenings (call_id, ran_at, report) VALUES ($1, $2, $3)
     ON CONFLICT (call_id) DO UPDATE SET ran_at = excluded.ran_at, report = excluded.report`,
    [callId, report.ranAt, JSON.stringify(report)]);
  return report;
}

/** The call's last screening report as it was run and shown, or null when it was never screened. Managers only. */
export async function lastScreening(db: Database, viewer: MaybeViewer, callId: number): Promise<ScreeningReport | null> {
  const call = await getCallRow(db, callId);
  requireRole(viewer, (v) => managesCluster(v, call.clusterId), 'see the screening of this call');
  const { rows } = await db.pool.query<{ report: ScreeningReport }>('SELECT report FROM call_screenings WHERE call_id = $1', [callId]);
  return rows[0]?.report ?? null;
}

/** The screening of a call without the permission check (B2B booking reads the decisions). */
export async function screenCall(db: Database, call: CallRow, scope: ConfidentialScope, now = new Date()): Promise<ScreeningReport> {
  const callId = call.id;
  const [candidates, tree, parents] = await Promise.all([loadCandidates(db, call, scope), loadSectorTree(db), loadTerritoryParents(db)]);
  if (candidates.length === 0) {
    const why = call.clusterId === null ? 'the registry has no organisations' : `cluster ${call.clusterId} has no current members and nobody answered the call`;
    throw new ValidationError(`call ${callId} has no organisations to screen: ${why}`, [{ row: 0, column: 'call', message: 'no organisations to screen' }]);
  }
  const rows = screen(screeningCall(call), candidates, tree, parents);
  const items = rows.map(({ id, ...row }): ScreeningItem => ({ organizationId: id, ...row, accepted: row.decision === 'accepted' }))
    .sort((a, b) => Number(b.accepted) - Number(a.accepted) || STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || b.fit - a.fit || a.organizationId - b.organizationId);
  const accepted = items.filter((i) => i.accepted).length;
  return {
    callId, title: call.titleRu, ranAt: now.toISOString(), fitThreshold: call.fitThreshold, requireInterest: call.requireInterest,
    considered: items.length, accepted, screenedOut: items.length - accepted, items,
  };
}

export const REPORT_COLUMNS = ['organization_id', 'name', 'decision', 'stage', 'rule', 'reason', 'interest', 'fit', 'sector_fit', 'size_fit'] as const;

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The report as a table (CSV with a UTF-8 BOM, or XLSX), one row per organisation considered. */
export async function screeningTable(report: ScreeningReport, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const rows = report.items.map((i) => [
    i.organizationId, i.name, i.decision, i.stage, i.rule ?? '', i.reason, i.interest ?? '', round(i.fit), round(i.sectorFit), round(i.sizeFit),
  ]);
  return writeTable(REPORT_COLUMNS, rows, format, 'screening');
}

export interface CallMatch {
  id: number;
  name: string;
  score: number;
  components: { sector: number; size: number };
  reasons: { code: string; params: Record<string, string | number>; text: string }[];
  interest: 'interested' | 'declined' | null;
}

/**
 * Organisations that fit a call: those passing its hard rules, whatever their answer, ranked by fit score
 * (highest first, then id), each with its sector and size parts and plain-language reasons.
 */
export async function callMatches(db: Database, viewer: MaybeViewer, callId: number, top = 20): Promise<{ items: CallMatch[] }> {
  const call = await getCallRow(db, callId);
  requireRole(viewer, (v) => managesCluster(v, call.clusterId), 'see the organisations that fit this call');
  const scope = await confidentialScope(db.pool, viewer);
  const [candidates, tree, parents] = await Promise.all([loadCandidates(db, call, scope), loadSectorTree(db), loadTerritoryParents(db)]);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rows = screen(screeningCall(call), candidates, tree, parents).filter((r) => r.failedRules.length === 0)
    .sort((a, b) => b.fit - a.fit || a.id - b.id).slice(0, top);
  return {
    items: rows.map((r) => {
      const c = byId.get(r.id)!;
      const reasons: CallMatch['reasons'] = [];
      const codes = [c.primarySector, ...c.secondarySectors].filter((s): s is string => !!s);
      const sector = call.sectors.length > 0 ? sectorReason(tree, codes, call.sectors) : null;
      if (sector) reasons.push({ code: `same-${sector.level}`, params: { code: sector.code }, text: sector.text });
      if (call.sizeClasses.length > 0 && c.sizeClass && call.sizeClasses.includes(c.sizeClass)) {
        reasons.push({ code: 'size-wanted', params: { sizeClass: c.sizeClass }, text: `size class ${c.sizeClass} is one the call asks for` });
      }
      if (r.interest === 'interested') reasons.push({ code: 'interested', params: {}, text: 'expressed interest' });
      return { id: r.id, name: r.name, score: r.fit, components: { sector: r.sectorFit, size: r.sizeFit }, reasons, interest: r.interest };
    }),
  };
}
