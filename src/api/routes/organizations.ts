import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrgRole, SizeClass } from '../../domain/enums.ts';
import { OrganizationInput, OrganizationPatch } from '../../domain/organization.ts';
import {
  createOrganization, deleteOrganization, getOrganization, listOrganizations, ORGANIZATION_SORTS, updateOrganization,
} from '../../services/organizations.ts';
import { IdParams, Page } from './schemas.ts';

const OrganizationQuery = Page.extend({
  q: z.string().optional(),
  region: z.string().optional(),
  sector: z.string().optional(),
  role: OrgRole.optional(),
  sizeClass: SizeClass.optional(),
  clusterId: z.coerce.number().int().positive().optional(),
  sort: z.enum(ORGANIZATION_SORTS).default('id'),
});

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['organizations'];
  app.get('/api/organizations', { schema: { tags, querystring: OrganizationQuery } }, async (request) => {
    const { limit, offset, sort, ...filter } = request.query;
    return listOrganizations(app.db, request.viewer, filter, { limit, offset }, sort);
  });
  app.get('/api/organizations/:id', { schema: { tags, params: IdParams } }, async (request) =>
    getOrganization(app.db, request.viewer, request.params.id));
  app.post('/api/organizations', { schema: { tags, body: OrganizationInput } }, async (request, reply) =>
    reply.code(201).send(await createOrganization(app.db, request.viewer, request.body)));
  app.patch('/api/organizations/:id', { schema: { tags, params: IdParams, body: OrganizationPatch } }, async (request) =>
    updateOrganization(app.db, request.viewer, request.params.id, request.body));
  app.delete('/api/organizations/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    await deleteOrganization(app.db, request.viewer, request.params.id);
    return reply.code(204).send();
  });
};
