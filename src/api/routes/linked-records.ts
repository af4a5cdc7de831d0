// CRUD routes of memberships and contracts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ContractInput, ContractPatch } from '../../domain/contract.ts';
import { MembershipInput, MembershipPatch } from '../../domain/membership.ts';
import { contractRecords } from '../../services/contracts.ts';
import { membershipRecords } from '../../services/memberships.ts';
import { IdParams, Page } from './schemas.ts';

const optionalId = z.coerce.number().int().positive().optional();

export const linkedRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  const routes = [
    { path: 'memberships', records: membershipRecords, input: MembershipInput, patch: MembershipPatch, filter: { organizationId: optionalId, clusterId: optionalId } },
    { path: 'contracts', records: contractRecords, input: ContractInput, patch: ContractPatch, filter: { supplierId: optionalId, customerId: optionalId, clusterId: optionalId } },
  ];
  for (const { path, records, input, patch, filter } of routes) {
    const tags = [path];
    app.get(`/api/${path}`, { schema: { tags, querystring: Page.extend(filter) } }, async (request) => {
      const { limit, offset, ...where } = request.query as Record<string, number | undefined> & Page;
      return records.list(app.db, request.viewer, where, { limit, offset });
    });
    app.get(`/api/${path}/:id`, { schema: { tags, params: IdParams } }, async (request) =>
      records.get(app.db, request.viewer, request.params.id));
    app.post(`/api/${path}`, { schema: { tags, body: input } }, async (request, reply) =>
      reply.code(201).send(await records.create(app.db, request.viewer, request.body)));
    app.patch(`/api/${path}/:id`, { schema: { tags, params: IdParams, body: patch } }, async (request) =>
      records.update(app.db, request.viewer, request.params.id, request.body));
    app.delete(`/api/${path}/:id`, { schema: { tags, params: IdParams } }, async (request, reply) => {
      await records.remove(app.db, request.viewer, request.params.id);
      return reply.code(204).send();
    });
  }
};
