// Opportunity calls: the call, answers (interest), screening and its report (JSON, CSV, XLSX), the organisations
// that fit, B2B slots and meetings, and an organisation's "calls for me".
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CallInput, CallKind, CallPatch, CallStatus, MeetingInput, ResponseInput, SlotInput } from '../../domain/call.ts';
import { closeCall, createCall, getCall, listCalls, updateCall } from '../../services/calls/calls.ts';
import { callsForOrganization } from '../../services/calls/calls-for-organization.ts';
import { bookMeeting, cancelMeeting, createSlots, listMeetings, listSlots } from '../../services/calls/meetings.ts';
import { listResponses, respondToCall } from '../../services/calls/responses.ts';
import { callMatches, lastScreening, runScreening, screeningTable } from '../../services/calls/screening.ts';
import { IdParams, Page } from './schemas.ts';

const CallQuery = Page.extend({
  status: CallStatus.optional(),
  kind: CallKind.optional(),
  clusterId: z.coerce.number().int().positive().optional(),
});
const MeetingParams = IdParams.extend({ meetingId: z.coerce.number().int().positive() });
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export const callRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['calls'];
  app.get('/api/calls', { schema: { tags, querystring: CallQuery } }, async (request) => {
    const { limit, offset, ...filter } = request.query;
    return listCalls(app.db, filter, { limit, offset });
  });
  app.post('/api/calls', { schema: { tags, body: CallInput } }, async (request, reply) =>
    reply.code(201).send(await createCall(app.db, request.viewer, request.body)));
  app.get('/api/calls/:id', { schema: { tags, params: IdParams } }, async (request) => getCall(app.db, request.params.id));
  app.patch('/api/calls/:id', { schema: { tags, params: IdParams, body: CallPatch } }, async (request) =>
    updateCall(app.db, request.viewer, request.params.id, request.body));
  app.post('/api/calls/:id/close', { schema: { tags, params: IdParams } }, async (request) =>
    closeCall(app.db, request.viewer, request.params.id));

  app.get('/api/calls/:id/responses', { schema: { tags, params: IdParams } }, async (request) =>
    listResponses(app.db, request.viewer, request.params.id));
  app.post('/api/calls/:id/responses', { schema: { tags, params: IdParams, body: ResponseInput } }, async (request, reply) =>
    reply.code(201).send(await respondToCall(app.db, request.viewer, request.params.id, request.body)));

  app.post('/api/calls/:id/screening', { schema: { tags, params: IdParams } }, async (request) =>
    runScreening(app.db, request.viewer, request.params.id));
  // { report: null } for a call never screened
  app.get('/api/calls/:id/screening', { schema: { tags, params: IdParams } }, async (request) =>
    ({ report: await lastScreening(app.db, request.viewer, request.params.id) }));
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/api/calls/:id/screening.${format}`, { schema: { tags, params: IdParams } }, async (request, reply) => {
      // the report the manager last saw; a call never screened is screened now
      const report = await lastScreening(app.db, request.viewer, request.params.id) ?? await runScreening(app.db, request.viewer, request.params.id);
      return reply.type(CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="call-${request.params.id}-screening.${format}"`)
        .send(await screeningTable(report, format));
    });
  }
  app.get('/api/calls/:id/matches', {
    schema: { tags, params: IdParams, querystring: z.object({ top: z.coerce.number().int().min(1).max(500).default(20) }) },
  }, async (request) => callMatches(app.db, request.viewer, request.params.id, request.query.top));

  app.get('/api/calls/:id/slots', { schema: { tags, params: IdParams } }, async (request) => listSlots(app.db, request.params.id));
  app.post('/api/calls/:id/slots', { schema: { tags, params: IdParams, body: SlotInput } }, async (request, reply) =>
    reply.code(201).send(await createSlots(app.db, request.viewer, request.params.id, request.body)));
  app.get('/api/calls/:id/meetings', { schema: { tags, params: IdParams } }, async (request) =>
    listMeetings(app.db, request.viewer, request.params.id));
  app.post('/api/calls/:id/meetings', { schema: { tags, params: IdParams, body: MeetingInput } }, async (request, reply) =>
    reply.code(201).send(await bookMeeting(app.db, request.viewer, request.params.id, request.body)));
  app.delete('/api/calls/:id/meetings/:meetingId', { schema: { tags, params: MeetingParams } }, async (request, reply) => {
    await cancelMeeting(app.db, request.viewer, request.params.id, request.params.meetingId);
    return reply.code(204).send();
  });

  app.get('/api/organizations/:id/calls', { schema: { tags, params: IdParams } }, async (request) =>
    callsForOrganization(app.db, request.viewer, request.params.id));
};
