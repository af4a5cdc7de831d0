import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { complexityLocations, complexityProducts, computeDatasetComplexity, locationOpportunities } from '../../services/complexity-view.ts';
import { resolveWeights } from '../../services/opportunities.ts';
import { adviseeProducts } from '../../services/sector-products.ts';
import { locationProductSpace } from '../../services/product-space.ts';
import { importTradeSource, listTradeDatasets } from '../../services/trade-data.ts';
import { Page } from './schemas.ts';
import { QueryFlag, staffUpload } from './uploads.ts';

const View = z.object({ dataset: z.string().min(1), preset: z.enum(['atlas', 'py']).default('atlas') });
const Opportunity = View.merge(Page).extend({
  location: z.string().min(1),
  strategy: z.enum(['low-hanging', 'balanced', 'long-jumps']).optional(),
  /** density=0.5,pci=0.2,cog=0.2,size=0.1 */
  weights: z.string().min(1).optional(),
  /** a firm's or cluster's own product codes, comma- or space-separated: its personal export map */
  products: z.string().optional(),
  /** a registered organisation or cluster: its products derived from its sector codes (sector-products.ts) */
  organization: z.coerce.number().int().positive().optional(),
  cluster: z.coerce.number().int().positive().optional(),
});

const DatasetUpload = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  classification: z.string().default('hs4'),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  source: z.string().optional(),
  illustrative: QueryFlag,
  partial: QueryFlag,
});

export const complexityRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['complexity'];
  app.get('/api/complexity/datasets', { schema: { tags } }, async () => ({ items: await listTradeDatasets(app.db) }));
  app.get('/api/complexity/locations', { schema: { tags, querystring: View } }, async (request) =>
    complexityLocations(await computeDatasetComplexity(app.db, request.query)));
  app.get('/api/complexity/products', { schema: { tags, querystring: View } }, async (request) =>
    complexityProducts(await computeDatasetComplexity(app.db, request.query)));
  app.get('/api/complexity/opportunities', { schema: { tags, querystring: Opportunity } }, async (request) => {
    const q = request.query;
    const chosen = resolveWeights(q.strategy, q.weights);
    const { subject, products } = await adviseeProducts(app.db, q);
    const view = await computeDatasetComplexity(app.db, q);
    const answer = locationOpportunities(view, {
      location: q.location, products, weights: chosen.weights,
      strategy: q.weights ? 'custom' : (q.strategy ?? 'balanced'), limit: q.limit, offset: q.offset,
    });
    return { ...answer, subject };
  });
  app.get('/api/complexity/product-space', { schema: { tags, querystring: View.extend({ location: z.string().min(1) }) } }, async (request) =>
    locationProductSpace(await computeDatasetComplexity(app.db, request.query), request.query.location));
  app.post('/api/complexity/datasets', { schema: { tags, querystring: DatasetUpload, consumes: ['multipart/form-data'] } }, async (request, reply) => {
    const { buffer, name, format } = await staffUpload(request, 'load trade data');
    const q = request.query;
    const result = await importTradeSource(app.db, {
      id: q.id, nameRu: q.name, nameEn: q.nameEn ?? null, classification: q.classification, year: q.year ?? null, source: q.source ?? null,
      illustrative: q.illustrative, partial: q.partial,
    }, { buffer }, format, name);
    return reply.code(201).send(result);
  });
};

