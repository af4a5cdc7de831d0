// Target markets of the export advisor: importing countries of a product ranked for a location from a stored
// bilateral dataset (or, without one, the product's world exports), and the staff upload of bilateral data.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importBilateralSource } from '../../services/bilateral-trade.ts';
import { targetMarkets } from '../../services/target-markets.ts';
import { QueryFlag, staffUpload } from './uploads.ts';

const Markets = z.object({
  dataset: z.string().min(1),
  product: z.string().min(1),
  location: z.string().min(1),
  /** the bilateral dataset (the trade dataset's id when absent) */
  bilateral: z.string().min(1).optional(),
  /** peer exporters, comma-separated; the k most similar exporters of the trade dataset when absent */
  peers: z.string().min(1).optional(),
  k: z.coerce.number().int().min(1).max(100).default(10),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const BilateralUpload = z.object({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  source: z.string().optional(),
  illustrative: QueryFlag,
});

export const marketRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['complexity'];
  app.get('/api/complexity/markets', { schema: { tags, querystring: Markets } }, async (request) => {
    const q = request.query;
    return targetMarkets(app.db, {
      dataset: q.dataset, product: q.product, location: q.location, bilateral: q.bilateral, k: q.k, limit: q.limit,
      peers: q.peers?.split(',').map((c) => c.trim()).filter((c) => c !== ''),
    });
  });
  app.post('/api/complexity/bilateral', { schema: { tags, querystring: BilateralUpload, consumes: ['multipart/form-data'] } }, async (request, reply) => {
    const { buffer, name, format } = await staffUpload(request, 'load bilateral trade data');
    const q = request.query;
    const result = await importBilateralSource(app.db, { id: q.id, name: q.name ?? name, source: q.source ?? null, illustrative: q.illustrative }, { buffer }, format, name);
    return reply.code(201).send(result);
  });
};
