// Organisations' answers to a call: express or decline interest (a change of mind is allowed until the
// deadline), and the list of answers for the call's managers.
import type { Database } from '../../db/database.ts';
import { ResponseInput } from '../../domain/call.ts';
import { deadlineEnd } from '../../analytics/matching/screening.ts';
import { isStaff, managesCluster, type MaybeViewer, requireRole } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { ConflictError, NotFoundError, parseInput } from '../errors.ts';
import { getCallRow } from './calls.ts';

export interface CallResponseRow {
  callId: number;
  organizationId: number;
  nameRu: string;
  nameEn: string | null;
  interest: 'interested' | 'declined';
  note: string | null;
  respondedAt: string;
}

/**
 * Records an organisation's answer, replacing an earlier one. The organisation's own member user or an analyst /
 * admin may answer. A closed call or a passed deadline (after the end of the deadline day, UTC) is a conflict.
 */
export async function respondToCall(db: Database, viewer: MaybeViewer, callId: number, input: unknown, now = new Date()): Promise<CallResponseRow> {
  const data = parseInput(ResponseInput, input);
  const call = await getCallRow(db, callId);
  const user = requireRole(viewer, (v) => isStaff(v) || v.organizationId === data.organizationId, `answer for organisation ${data.organizationId}`);
  const { rows: orgs } = await db.pool.query<{ id: number }>('SELECT id FROM organizations WHERE id = $1', [data.organizationId]);
  if (orgs.length === 0) throw new NotFoundError('organization', data.organizationId);
  if (call.status !== 'open') throw new ConflictError(`call ${callId} is ${call.status}: answers are no longer taken`);
  const end = deadlineEnd(call.deadline);
  if (end !== null && now.getTime() > end) throw new ConflictError(`the deadline of call ${callId} (${call.deadline}) has passed: answers are no longer taken`);
  const { rows } = await db.pool.query<CallResponseRow>(
    `WITH saved AS (
       INSERT INTO call_responses (call_id, organization_id, interest, note, responded_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (call_id, organization_id) DO UPDATE SET interest = EXCLUDED.interest, note = EXCLUDED.note, responded_at = EXCLUDED.responded_at
       RETURNING *)
     SELECT s.call_id AS "callId", s.organization_id AS "organizationId", o.name_ru AS "nameRu", o.name_en AS "nameEn",
       s.interest, s.note, s.responded_at AS "respondedAt"
     FROM saved s JOIN organizations o ON o.id = s.organization_id`,
    [callId, data.organizationId, data.interest, data.note ?? null, now],
  );
  await recordAudit(db.pool, { userId: user.userId || null, action: 'respond', entity: 'call', entityId: callId, detail: { organizationId: data.organizationId, interest: data.interest } });
  return rows[0]!;
}

/** Every answer to a call, for its managers (the cluster's managers, analysts and admins). */
export async function listResponses(db: Database, viewer: MaybeViewer, callId: number): Promise<{ items: CallResponseRow[] }> {
  const call = await getCallRow(db, callId);
  requireRole(viewer, (v) => managesCluster(v, call.clusterId), 'see the answers to this call');
  const { rows } = await db.pool.query<CallResponseRow>(
    `SELECT r.call_id AS "callId", r.organization_id AS "organizationId", o.name_ru AS "nameRu", o.name_en AS "nameEn",
       r.interest, r.note, r.responded_at AS "respondedAt"
     FROM call_responses r JOIN organizations o ON o.id = r.organization_id
     WHERE r.call_id = $1 ORDER BY r.responded_at, r.organization_id`,
    [callId],
  );
  return { items: rows };
}
