// GET /api/sectors: NACE sections and divisions (the sector filter of the map and the registry).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listSectors } from '../../services/sectors.ts';

const Sector = z.object({
  code: z.string(),
  level: z.enum(['section', 'division']),
  parentCode: z.string().nullable(),
  nameRu: z.string().nullable(),
  nameEn: z.string(),
});

export const sectorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/sectors', {
    schema: {
      tags: ['sectors'],
      description: 'NACE Rev.2 / ОКЭД sections and divisions; `level` limits the answer to one of them.',
      querystring: z.object({ level: z.enum(['section', 'division']).optional() }),
      response: { 200: z.object({ items: z.array(Sector) }) },
    },
  }, async (request) => listSectors(app.db, request.query.level));
};

