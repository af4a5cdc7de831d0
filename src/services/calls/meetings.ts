// B2B matchmaking of a call: time slots, and meetings that two accepted organisations book in a slot. Double
// booking is impossible by the key of meeting_participants (slot, organisation); a clash is answered with a
// conflict that names who is busy.
import type { Database } from '../../db/database.ts';
import { MeetingInput, SlotInput } from '../../domain/call.ts';
import { isStaff, managesCluster, type MaybeViewer, requireRole, type Viewer } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { ConflictError, fieldErrors, NotFoundError, parseInput } from '../errors.ts';
import { getCallRow } from './calls.ts';
import { screenCall } from './screening.ts';

export interface SlotRow { id: number; callId: number; startsAt: string; endsAt: string; busy: number[] }

export interface MeetingRow {
  id: number;
  slotId: number;
  startsAt: string;
  endsAt: string;
  requestedBy: number;
  requestedByName: string;
  withOrganization: number;
  withOrganizationName: string;
  createdAt: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** Adds time slots to a call (its managers only); each must end after it starts. One transaction. */
export async function createSlots(db: Database, viewer: MaybeViewer, callId: number, input: unknown): Promise<{ items: SlotRow[] }> {
  const { slots } = parseInput(SlotInput, input);
  const call = await getCallRow(db, callId);
  const user = requireRole(viewer, (v) => managesCluster(v, call.clusterId), 'add meeting slots to this call');
  const problems = slots.flatMap((s, i) => (Date.parse(s.endsAt) > Date.parse(s.startsAt) ? [] : [{ field: `slots.${i}.endsAt`, message: 'must be after startsAt' }]));
  if (problems.length > 0) throw fieldErrors(problems);
  const items = await db.transaction(async (client) => {
    const out: SlotRow[] = [];
    for (const s of slots) {
      const { rows } = await client.query<{ id: number; startsAt: Date; endsAt: Date }>(
        'INSERT INTO meeting_slots (call_id, starts_at, ends_at) VALUES ($1, $2, $3) RETURNING id, starts_at AS "startsAt", ends_at AS "endsAt"',
        [callId, s.startsAt, s.endsAt],
      );
      out.push({ id: rows[0]!.id, callId, startsAt: iso(rows[0]!.startsAt), endsAt: iso(rows[0]!.endsAt), busy: [] });
    }
    return out;
  });
  await recordAudit(db.pool, { userId: user.userId || null, action: 'create-slots', entity: 'call', entityId: callId, detail: { slots: items.length } });
  return { items };
}

/** The call's slots in time order, each with the organisations already booked in it. */
export async function listSlots(db: Database, callId: number): Promise<{ items: SlotRow[] }> {
  await getCallRow(db, callId);
  const { rows } = await db.pool.query<{ id: number; callId: number; startsAt: Date; endsAt: Date; busy: number[] }>(
    `SELECT s.id, s.call_id AS "callId", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
       COALESCE((SELECT array_agg(p.organization_id ORDER BY p.organization_id) FROM meeting_participants p WHERE p.slot_id = s.id), '{}') AS busy
     FROM meeting_slots s WHERE s.call_id = $1 ORDER BY s.starts_at, s.id`,
    [callId],
  );
  return { items: rows.map((r) => ({ ...r, startsAt: iso(r.startsAt), endsAt: iso(r.endsAt) })) };
}

const MEETING_SELECT = `SELECT m.id, m.slot_id AS "slotId", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
    m.requested_by AS "requestedBy", a.name_ru AS "requestedByName", m.with_organization AS "withOrganization",
    b.name_ru AS "withOrganizationName", m.created_at AS "createdAt"
  FROM meetings m JOIN meeting_slots s ON s.id = m.slot_id
  JOIN organizations a ON a.id = m.requested_by JOIN organizations b ON b.id = m.with_organization`;

function presentMeeting(r: MeetingRow): MeetingRow {
  return { ...r, startsAt: iso(r.startsAt), endsAt: iso(r.endsAt), createdAt: iso(r.createdAt) };
}

/** The call's meetings: all of them for its managers, an organisation's own for its member users. */
export async function listMeetings(db: Database, viewer: MaybeViewer, callId: number): Promise<{ items: MeetingRow[] }> {
  const call = await getCallRow(db, callId);
  const user = requireRole(viewer, (v) => managesCluster(v, call.clusterId) || v.organizationId !== null, 'see the meetings of this call');
  const own = managesCluster(user, call.clusterId) ? null : user.organizationId;
  const { rows } = await db.pool.query<MeetingRow>(
    `${MEETING_SELECT} WHERE s.call_id = $1 AND ($2::int IS NULL OR $2 IN (m.requested_by, m.with_organization)) ORDER BY s.starts_at, m.id`,
    [callId, own],
  );
  return { items: rows.map(presentMeeting) };
}

const mayActFor = (v: Viewer, clusterId: number | null, organizationId: number) =>
  isStaff(v) || managesCluster(v, clusterId) || v.organizationId === organizationId;

/**
 * Books a meeting of two organisations in a slot of the call. The requesting organisation's member user or the
 * call's managers may book; both organisations must be accepted by the call's screening. Meeting and both
 * participants are written in one transaction; when either organisation is already booked in the slot the
 * primary key of meeting_participants refuses it and the answer is a ConflictError naming who is busy.
 */
export async function bookMeeting(db: Database, viewer: MaybeViewer, callId: number, input: unknown): Promise<MeetingRow> {
  const data = parseInput(MeetingInput, input);
  const call = await getCallRow(db, callId);
  const user = requireRole(viewer, (v) => mayActFor(v, call.clusterId, data.organizationId), `book meetings for organisation ${data.organizationId}`);
  if (data.organizationId === data.withOrganizationId) throw fieldErrors([{ field: 'withOrganizationId', message: 'an organisation cannot meet itself' }]);
  const { rows: slots } = await db.pool.query<{ id: number }>('SELECT id FROM meeting_slots WHERE id = $1 AND call_id = $2', [data.slotId, callId]);
  if (slots.length === 0) throw new NotFoundError('slot', data.slotId);
  const report = await screenCall(db, call, new Set());
  const accepted = new Set(report.items.filter((i) => i.accepted).map((i) => i.organizationId));
  const problems = (['organizationId', 'withOrganizationId'] as const).flatMap((field) => {
    if (accepted.has(data[field])) return [];
    const item = report.items.find((i) => i.organizationId === data[field]);
    return [{ field, message: `organisation ${data[field]} is not accepted by the screening of call ${callId}${item ? ` (${item.reason})` : ' (not considered)'}` }];
  });
  if (problems.length > 0) throw fieldErrors(problems);
  let id: number;
  try {
    id = await db.transaction(async (client) => {
      const { rows } = await client.query<{ id: number }>(
        'INSERT INTO meetings (slot_id, requested_by, with_organization) VALUES ($1, $2, $3) RETURNING id',
        [data.slotId, data.organizationId, data.withOrganizationId],
      );
      const meetingId = rows[0]!.id;
      await client.query(
        'INSERT INTO meeting_participants (slot_id, organization_id, meeting_id) VALUES ($1, $2, $3), ($1, $4, $3)',
        [data.slotId, data.organizationId, meetingId, data.withOrganizationId],
      );
      return meetingId;
    });
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    throw await busyConflict(db, data.slotId, [data.organizationId, data.withOrganizationId]);
  }
  await recordAudit(db.pool, { userId: user.userId || null, action: 'book-meeting', entity: 'call', entityId: callId, detail: { meetingId: id, ...data } });
  const { rows } = await db.pool.query<MeetingRow>(`${MEETING_SELECT} WHERE m.id = $1`, [id]);
  return presentMeeting(rows[0]!);
}

/** The conflict of a refused booking: which of the organisations already has a meeting in the slot. */
async function busyConflict(db: Database, slotId: number, organizationIds: number[]): Promise<ConflictError> {
  const { rows } = await db.pool.query<{ id: number; name: string; meetingId: number }>(
    `SELECT o.id, o.name_ru AS name, p.meeting_id AS "meetingId" FROM meeting_participants p JOIN organizations o ON o.id = p.organization_id
     WHERE p.slot_id = $1 AND p.organization_id = ANY($2::int[]) ORDER BY o.id`,
    [slotId, organizationIds],
  );
  const who = rows.map((r) => `organisation ${r.id} (${r.name}) already has meeting ${r.meetingId}`).join('; ');
  return new ConflictError(`slot ${slotId} is taken: ${who || 'one of the organisations is already booked'}`);
}

/** Cancels a meeting of the call (either organisation's member user or the call's managers); frees the slot for both. */
export async function cancelMeeting(db: Database, viewer: MaybeViewer, callId: number, meetingId: number): Promise<void> {
  const call = await getCallRow(db, callId);
  const { rows } = await db.pool.query<{ requestedBy: number; withOrganization: number }>(
    `SELECT m.requested_by AS "requestedBy", m.with_organization AS "withOrganization" FROM meetings m
     JOIN meeting_slots s ON s.id = m.slot_id WHERE m.id = $1 AND s.call_id = $2`,
    [meetingId, callId],
  );
  const meeting = rows[0];
  if (!meeting) throw new NotFoundError('meeting', meetingId);
  const user = requireRole(viewer, (v) => mayActFor(v, call.clusterId, meeting.requestedBy) || v.organizationId === meeting.withOrganization, 'cancel this meeting');
  await db.pool.query('DELETE FROM meetings WHERE id = $1', [meetingId]);
  await recordAudit(db.pool, { userId: user.userId || null, action: 'cancel-meeting', entity: 'call', entityId: callId, detail: { meetingId } });
}
