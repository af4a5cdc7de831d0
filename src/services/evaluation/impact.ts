// Impact of cluster membership over a stored firm x year panel (analytics/evaluation/impact.ts): panels are
// imported from a file in one transaction (COPY) and never changed after, so results are kept per panel and options.
import type { Database, Queryable } from '../../db/database.ts';
import { copyLine } from '../../db/database.ts';
import { evaluateImpact, type ImpactResult } from '../../analytics/evaluation/impact.ts';
import { isStaff, requireRole, type MaybeViewer } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { ConflictError, fieldErrors, NotFoundError } from '../errors.ts';
import type { TableSource } from '../files/read-table.ts';
import { resultCache } from '../result-cache.ts';
import { panelFromRecords, readPanel, type PanelData } from './panel-input.ts';

export interface PanelSummary { id: string; name: string; source: string | null; illustrative: boolean; firms: number; years: [number, number] }

export interface ImpactView extends Omit<ImpactResult, 'outcomes'> {
  panel: PanelSummary;
  replications: number;
  caliper: number;
  outcomes: ImpactResult['outcomes'];
}

export interface PanelMeta { id: string; name: string; source?: string | null; illustrative?: boolean }

const PANEL_COLUMNS = ['panel_id', 'firm', 'year', 'member_since', 'employment', 'revenue', 'exports', 'productivity'] as const;

/** The stored panels, or only the one with `id`. */
export async function listPanels(db: Queryable, id?: string): Promise<PanelSummary[]> {
  const { rows } = await db.query<{ id: string; name: string; source: string | null; illustrative: boolean; firms: number; first: number; last: number }>(
    `SELECT p.id, p.name, p.source, p.illustrative, count(DISTINCT r.firm)::int AS firms, min(r.year) AS first, max(r.year) AS last
     FROM firm_panels p LEFT JOIN firm_panel_rows r ON r.panel_id = p.id
     WHERE $1::text IS NULL OR p.id = $1 GROUP BY p.id ORDER BY p.imported_at, p.id`, [id ?? null]);
  return rows.map((r) => ({ id: r.id, name: r.name, source: r.source, illustrative: r.illustrative, firms: r.firms, years: [r.first, r.last] }));
}

async function panelSummary(db: Queryable, id: string): Promise<PanelSummary> {
  const [panel] = await listPanels(db, id);
  if (!panel) throw new NotFoundError('panel', id);
  return panel;
}

/** Stores a checked panel under `meta.id` (a new id) in one transaction. */
export async function storePanel(db: Database, meta: PanelMeta, data: PanelData): Promise<PanelSummary> {
  if (!/^[a-z0-9][a-z0-9_-]{0,62}$/.test(meta.id)) throw fieldErrors([{ field: 'id', message: 'lower-case letters, digits, - and _ (up to 63)' }]);
  const { panel, firms } = data;
  await db.transaction(async (client) => {
    const { rows } = await client.query('SELECT 1 FROM firm_panels WHERE id = $1', [meta.id]);
    if (rows.length > 0) throw new ConflictError(`panel ${meta.id} already exists`);
    await client.query('INSERT INTO firm_panels (id, name, source, illustrative) VALUES ($1, $2, $3, $4)',
      [meta.id, meta.name, meta.source ?? null, meta.illustrative ?? false]);
    const value = (name: string, f: number, t: number) => panel.outcomes.find((o) => o.name === name)!.values[f * panel.nYears + t]!;
    function* lines() {
      for (let f = 0; f < panel.nFirms; f++) {
        for (let t = 0; t < panel.nYears; t++) {
          const productivity = value('productivity', f, t);
          yield copyLine([meta.id, firms[f], panel.firstYear + t, panel.memberSince[f] || null,
            value('employment', f, t), value('revenue', f, t), value('exports', f, t), Number.isFinite(productivity) ? productivity : null]);
        }
      }
    }
    await db.copyRows(client, 'firm_panel_rows', PANEL_COLUMNS, lines());
  });
  return panelSummary(db.pool, meta.id);
}

export async function importPanel(db: Database, viewer: MaybeViewer, meta: PanelMeta, source: TableSource, format: 'csv' | 'xlsx', fileName: string): Promise<PanelSummary> {
  const user = requireRole(viewer, isStaff, 'import firm panels');
  const data = await readPanel(source, format, fileName);
  const summary = await storePanel(db, { ...meta, illustrative: false }, data);
  await recordAudit(db.pool, { userId: user.userId, action: 'import', entity: 'firm_panel', entityId: meta.id, detail: { file: fileName, firms: summary.firms } });
  return summary;
}

async function loadPanel(db: Queryable, id: string): Promise<PanelData> {
  const { rows } = await db.query<{ firm: string; year: number; member_since: number | null; employment: number; revenue: number; exports: number; productivity: number | null }>(
    'SELECT firm, year, member_since, employment, revenue, exports, productivity FROM firm_panel_rows WHERE panel_id = $1 ORDER BY firm, year', [id]);
  return panelFromRecords(rows.map((r) => ({
    firm: r.firm, year: r.year, memberSince: r.member_since, employment: r.employment, revenue: r.revenue, exports: r.exports, productivity: r.productivity,
  })), `panel ${id}`);
}

export interface ImpactRequest { replications?: number; caliper?: number }

const cached = resultCache<ImpactView>(8);

export async function impactView(db: Database, panelId: string, request: ImpactRequest = {}): Promise<ImpactView> {
  const replications = request.replications ?? 200;
  const caliper = request.caliper ?? 0.2;
  return cached(db, `${panelId}/${replications}/${caliper}`, async () => {
    const panel = await panelSummary(db.pool, panelId);
    const data = await loadPanel(db.pool, panelId);
    const result = evaluateImpact(data.panel, { replications, caliper, seed: 1 });
    return { ...result, panel, replications, caliper };
  });
}

