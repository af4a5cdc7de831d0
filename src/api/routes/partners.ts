// Partner search: ranked, explained partners of an organisation or a cluster (similar, complementary, foreign).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clusterPartners, organizationPartners } from '../../services/partners/search.ts';
import { IdParams } from './schemas.ts';

/** Options as text; the service checks them and names the bad field (422). */
const PartnerQuery = z.object({
  mode: z.string().optional(),
  top: z.string().optional(),
  weights: z.string().optional(),
  territory: z.string().optional(),
  country: z.string().optional(),
  role: z.string().optional(),
  sizeClass: z.string().optional(),
  sector: z.string().optional(),
  cluster: z.string().optional(),
});

export const partnerRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['partners'];
  app.get('/api/organizations/:id/partners', { schema: { tags, params: IdParams, querystring: PartnerQuery } }, async (request) =>
    organizationPartners(app.db, request.viewer, request.params.id, request.query));
  app.get('/api/clusters/:id/partners', { schema: { tags, params: IdParams, querystring: PartnerQuery } }, async (request) =>
    clusterPartners(app.db, request.viewer, request.params.id, request.query));
};
