// Talent for a cluster or a staff call: loads the consented profiles, the NACE tree and the territory parents,
// describes the need, and ranks people with the pure `matchTalent`. Profiles without consent are never read.
import type { Database } from '../db/database.ts';
import { SectorTree } from '../analytics/matching/sector-hierarchy.ts';
import { matchTalent, type TalentMatch, type TalentNeed } from '../analytics/matching/talent-match.ts';
import type { MaybeViewer } from './access.ts';
import { fieldErrors, NotFoundError } from './errors.ts';
import { presentPerson, type PublicPerson } from './people.ts';
import type { people } from '../db/schema.ts';

export const MAX_TOP = 100;
export type TalentItem = Omit<TalentMatch, 'id'> & { person: PublicPerson };

/** Weights of a cluster's codes in its sector vector: its specialisation counts fully, its members' primary
 * codes half and their secondary codes a quarter (a division named by the cluster outweighs one member). */
const SPECIALISATION_WEIGHT = 1;
const MEMBER_PRIMARY_WEIGHT = 0.5;
const MEMBER_SECONDARY_WEIGHT = 0.25;

async function loadTree(db: Database): Promise<SectorTree> {
  const { rows } = await db.pool.query<{ code: string; level: string; parent: string | null }>(
    "SELECT code, level, parent_code AS parent FROM sectors WHERE level IN ('section', 'division', 'group', 'class')",
  );
  return new SectorTree(rows);
}

async function loadTerritoryParents(db: Database): Promise<Map<string, string | null>> {
  const { rows } = await db.pool.query<{ id: string; parent: string | null }>('SELECT id, parent_id AS parent FROM territories');
  return new Map(rows.map((r) => [r.id, r.parent]));
}

type PersonRow = typeof people.$inferSelect;

async function consentedPeople(db: Database): Promise<PersonRow[]> {
  const { rows } = await db.pool.query(
    `SELECT id, name, kind, email, organization_id AS "organizationId", territory_id AS "territoryId", competences, sectors,
            profile, consent, to_char(consent_date, 'YYYY-MM-DD') AS "consentDate", illustrative, updated_at AS "updatedAt"
     FROM people WHERE consent ORDER BY id`,
  );
  return rows as PersonRow[];
}

async function rank(db: Database, viewer: MaybeViewer, tree: SectorTree, need: TalentNeed, top: number): Promise<{ items: TalentItem[] }> {
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw fieldErrors([{ field: 'top', message: `expected a whole number from 1 to ${MAX_TOP}` }]);
  const [rows, parents] = await Promise.all([consentedPeople(db), loadTerritoryParents(db)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const candidates = rows.map((r) => ({ id: r.id, sectors: r.sectors, sectorVector: tree.vector(r.sectors), competences: r.competences, territoryId: r.territoryId }));
  const items = matchTalent(tree, need, candidates, parents)
    .filter((m) => m.score > 0)
    .slice(0, top)
    .map(({ id, ...match }) => ({ ...match, person: presentPerson(byId.get(id)!, viewer) }));
  return { items };
}

/** People matched to a cluster's specialisation, its members' sectors, its description and projects, and its territories. */
export async function clusterTalent(db: Database, viewer: MaybeViewer, clusterId: number, top = 20): Promise<{ items: TalentItem[] }> {
  const { rows: [cluster] } = await db.pool.query<{ specialisation: string[]; territories: string[]; description: string | null; projects: string }>(
    `SELECT c.specialisation, c.territories, c.description,
            coalesce((SELECT string_agg(concat_ws(' ', p.title_ru, p.title_en, p.description), ' ') FROM projects p WHERE p.cluster_id = c.id), '') AS projects
     FROM clusters c WHERE c.id = $1`,
    [clusterId],
  );
  if (!cluster) throw new NotFoundError('cluster', clusterId);
  const { rows: members } = await db.pool.query<{ primary: string | null; secondary: string[] }>(
    `SELECT o.primary_sector AS primary, o.secondary_sectors AS secondary FROM memberships m JOIN organizations o ON o.id = m.organization_id
     WHERE m.cluster_id = $1 AND (m."left" IS NULL OR m."left" > current_date)`,
    [clusterId],
  );
  const codes: string[] = [];
  const weights: number[] = [];
  const add = (code: string, weight: number) => {
    codes.push(code);
    weights.push(weight);
  };
  for (const code of cluster.specialisation) add(code, SPECIALISATION_WEIGHT);
  for (const m of members) {
    if (m.primary) add(m.primary, MEMBER_PRIMARY_WEIGHT);
    for (const code of m.secondary) add(code, MEMBER_SECONDARY_WEIGHT);
  }
  const tree = await loadTree(db);
  const need: TalentNeed = {
    sectors: [...new Set(codes)],
    sectorVector: tree.vector(codes, weights),
    text: `${cluster.description ?? ''} ${cluster.projects}`,
    territories: cluster.territories,
  };
  return rank(db, viewer, tree, need, top);
}

/** People matched to a staff call: its sectors, its title and description, and its territories. */
export async function callTalent(db: Database, viewer: MaybeViewer, callId: number, top = 20): Promise<{ items: TalentItem[] }> {
  const { rows: [call] } = await db.pool.query<{ kind: string; sectors: string[]; territories: string[]; text: string }>(
    `SELECT kind, sectors, territories, concat_ws(' ', title_ru, title_en, description) AS text FROM calls WHERE id = $1`,
    [callId],
  );
  if (!call) throw new NotFoundError('call', callId);
  if (call.kind !== 'staff') throw fieldErrors([{ field: 'id', message: `call ${callId} is a ${call.kind} call; people are matched to staff calls only` }]);
  const tree = await loadTree(db);
  const need: TalentNeed = { sectors: call.sectors, sectorVector: tree.vector(call.sectors), text: call.text, territories: call.territories };
  return rank(db, viewer, tree, need, top);
}
