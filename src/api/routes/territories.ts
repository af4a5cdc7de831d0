import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { officialFigures, territoryFeatures } from '../../services/territories.ts';

export const territoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/territories', {
    schema: { tags: ['territories'], querystring: z.object({ level: z.enum(['oblast', 'raion']).default('oblast') }) },
  }, async (request) => territoryFeatures(app.db, request.query.level));
  app.get('/api/countries/figures', { schema: { tags: ['territories'] } }, async () => officialFigures(app.db));
};
