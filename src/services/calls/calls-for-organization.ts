// "Calls for me": the open calls whose hard rules an organisation passes, with its fit and its answer.
import { callFit } from '../../analytics/matching/call-fit.ts';
import { deadlineEnd, hardRuleFailures } from '../../analytics/matching/screening.ts';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { calls } from '../../db/schema.ts';
import { canSeeConfidential, confidentialScope, type MaybeViewer, requireRole } from '../access.ts';
import { NotFoundError } from '../errors.ts';
import { loadCandidates, loadSectorTree, loadTerritoryParents } from './candidates.ts';
import { screeningCall } from './screening.ts';

/**
 * Open calls (status open, deadline not passed) that the organisation passes every hard rule of, best fit first.
 * Whether it passes can reveal its confidential figures (minimum employees), so only those who may see them ask:
 * its own member users, its clusters' managers, analysts and admins.
 */
export async function callsForOrganization(db: Database, viewer: MaybeViewer, organizationId: number, now = new Date()) {
  const { rows: orgs } = await db.pool.query('SELECT 1 FROM organizations WHERE id = $1', [organizationId]);
  if (orgs.length === 0) throw new NotFoundError('organization', organizationId);
  const scope = await confidentialScope(db.pool, viewer);
  requireRole(viewer, () => canSeeConfidential(scope, organizationId), `see the calls for organisation ${organizationId}`);
  const open = await db.orm.select().from(calls).where(eq(calls.status, 'open')).orderBy(asc(calls.id));
  const [tree, parents] = await Promise.all([loadSectorTree(db), loadTerritoryParents(db)]);
  const items = [];
  for (const call of open) {
    const end = deadlineEnd(call.deadline);
    if (end !== null && now.getTime() > end) continue;
    const [candidate] = await loadCandidates(db, call, scope, organizationId);
    const spec = screeningCall(call);
    if (hardRuleFailures(spec, candidate!, tree, parents).length > 0) continue;
    const fit = callFit(tree, spec, [candidate!]);
    items.push({ ...call, score: fit.score[0] as number, fits: (fit.score[0] as number) >= call.fitThreshold, interest: candidate!.interest });
  }
  items.sort((a, b) => b.score - a.score || a.id - b.id);
  return { items };
}
