import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  clusterServiceKpis, createClusterService, listClusterServices, requestClusterService, updateClusterService, updateServiceRequest,
} from '../../services/cluster-services.ts';
import { IdParams } from './schemas.ts';

// Bodies and dates are checked by the service, which names every bad field (422).
const KpiQuery = z.object({ from: z.string().optional(), to: z.string().optional() });

export const clusterServiceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['cluster-services'];
  app.get('/api/clusters/:id/services', { schema: { tags, params: IdParams } }, async (request) =>
    listClusterServices(app.db, request.viewer, request.params.id));
  app.get('/api/clusters/:id/services/kpis', { schema: { tags, params: IdParams, querystring: KpiQuery } }, async (request) =>
    clusterServiceKpis(app.db, request.params.id, request.query));
  app.post('/api/clusters/:id/services', { schema: { tags, params: IdParams } }, async (request, reply) =>
    reply.code(201).send(await createClusterService(app.db, request.viewer, request.params.id, request.body)));
  app.patch('/api/services/:id', { schema: { tags, params: IdParams } }, async (request) =>
    updateClusterService(app.db, request.viewer, request.params.id, request.body));
  app.post('/api/services/:id/requests', { schema: { tags, params: IdParams } }, async (request, reply) =>
    reply.code(201).send(await requestClusterService(app.db, request.viewer, request.params.id, request.body ?? {})));
  app.patch('/api/service-requests/:id', { schema: { tags, params: IdParams } }, async (request) =>
    updateServiceRequest(app.db, request.viewer, request.params.id, request.body));
};
