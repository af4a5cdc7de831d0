import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ClusterInput, ClusterPatch } from '../../domain/cluster.ts';
import { ClusterStatus } from '../../domain/enums.ts';
import { CLUSTER_SORTS, createCluster, deleteCluster, getCluster, listClusters, updateCluster } from '../../services/clusters.ts';
import { IdParams, Page } from './schemas.ts';

const ClusterQuery = Page.extend({
  status: ClusterStatus.optional(),
  region: z.string().optional(),
  sector: z.string().optional(),
  q: z.string().optional(),
  sort: z.enum(CLUSTER_SORTS).default('id'),
});

export const clusterRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['clusters'];
  app.get('/api/clusters', { schema: { tags, querystring: ClusterQuery } }, async (request) => {
    const { limit, offset, sort, ...filter } = request.query;
    return listClusters(app.db, filter, { limit, offset }, sort);
  });
  app.get('/api/clusters/:id', { schema: { tags, params: IdParams } }, async (request) =>
    getCluster(app.db, request.viewer, request.params.id));
  app.post('/api/clusters', { schema: { tags, body: ClusterInput } }, async (request, reply) =>
    reply.code(201).send(await createCluster(app.db, request.viewer, request.body)));
  app.patch('/api/clusters/:id', { schema: { tags, params: IdParams, body: ClusterPatch } }, async (request) =>
    updateCluster(app.db, request.viewer, request.params.id, request.body));
  app.delete('/api/clusters/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    await deleteCluster(app.db, request.viewer, request.params.id);
    return reply.code(204).send();
  });
};
