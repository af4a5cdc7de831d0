import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PersonKind } from '../../domain/person.ts';
import { createPerson, deletePerson, getPerson, listPeople, updatePerson } from '../../services/people.ts';
import { callTalent, clusterTalent, MAX_TOP } from '../../services/talent.ts';
import { IdParams, Page } from './schemas.ts';

const PeopleQuery = Page.extend({
  kind: PersonKind.optional(),
  sector: z.string().optional(),
  region: z.string().optional(),
  organizationId: z.coerce.number().int().positive().optional(),
  q: z.string().optional(),
});
const TalentQuery = z.object({ top: z.coerce.number().int().min(1).max(MAX_TOP).default(20) });

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['people'];
  app.get('/api/people', { schema: { tags, querystring: PeopleQuery } }, async (request) => {
    const { limit, offset, ...filter } = request.query;
    return listPeople(app.db, request.viewer, filter, { limit, offset });
  });
  app.get('/api/people/:id', { schema: { tags, params: IdParams } }, async (request) =>
    getPerson(app.db, request.viewer, request.params.id));
  // Bodies are checked by the service, which names every bad field (422).
  app.post('/api/people', { schema: { tags } }, async (request, reply) =>
    reply.code(201).send(await createPerson(app.db, request.viewer, request.body)));
  app.patch('/api/people/:id', { schema: { tags, params: IdParams } }, async (request) =>
    updatePerson(app.db, request.viewer, request.params.id, request.body));
  app.delete('/api/people/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    await deletePerson(app.db, request.viewer, request.params.id);
    return reply.code(204).send();
  });
  app.get('/api/clusters/:id/talent', { schema: { tags, params: IdParams, querystring: TalentQuery } }, async (request) =>
    clusterTalent(app.db, request.viewer, request.params.id, request.query.top));
  app.get('/api/calls/:id/talent', { schema: { tags, params: IdParams, querystring: TalentQuery } }, async (request) =>
    callTalent(app.db, request.viewer, request.params.id, request.query.top));
};
