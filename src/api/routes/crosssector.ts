// Cross-sector cooperation (issue 7): patent and deal datasets, link views of a source, a sector's partners,
// and the emerging industries. The services are in src/services/crosssector/.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importDealSource, importPatentSource, listCrossSectorDatasets } from '../../services/crosssector/datasets.ts';
import { emergingView } from '../../services/crosssector/emerging-view.ts';
import { emergingLinks, linksView, sectorProfile } from '../../services/crosssector/link-views.ts';
import { QueryFlag, staffUpload } from './uploads.ts';

const Source = z.object({
  source: z.enum(['patents', 'deals', 'contracts']).default('contracts'),
  /** a stored patent or deal dataset; the most recently imported one when absent */
  dataset: z.string().min(1).optional(),
});
const Links = Source.extend({
  year: z.coerce.number().int().min(1800).max(2100).optional(),
  minRatio: z.coerce.number().min(0).optional(),
  significant: QueryFlag,
});
const Upload = z.object({ id: z.string().min(1), name: z.string().min(1), source: z.string().optional(), illustrative: QueryFlag });

export const crossSectorRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['crosssector'];
  app.get('/api/crosssector/datasets', { schema: { tags } }, async () => ({ items: await listCrossSectorDatasets(app.db) }));
  app.get('/api/crosssector/links', { schema: { tags, querystring: Links } }, async (request) => {
    const q = request.query;
    return linksView(app.db, { source: q.source, dataset: q.dataset, year: q.year ?? null, minRatio: q.minRatio, significant: q.significant });
  });
  app.get('/api/crosssector/sectors/:code', { schema: { tags, params: z.object({ code: z.string().min(1) }), querystring: Source } }, async (request) =>
    sectorProfile(app.db, request.params.code, request.query.source, request.query.dataset));
  app.get('/api/crosssector/emerging-links', {
    schema: { tags, querystring: Source.extend({ top: z.coerce.number().int().min(1).max(100).default(10), minWeight: z.coerce.number().min(0).default(5) }) },
  }, async (request) => emergingLinks(app.db, request.query.source, request.query));
  app.get('/api/crosssector/emerging', { schema: { tags, querystring: Source } }, async (request) =>
    emergingView(app.db, request.query.source, request.query.dataset));
  for (const kind of ['patents', 'deals'] as const) {
    app.post(`/api/crosssector/${kind}`, { schema: { tags, querystring: Upload, consumes: ['multipart/form-data'] } }, async (request, reply) => {
      const { buffer, name, format } = await staffUpload(request, `load ${kind}`);
      const q = request.query;
      const meta = { id: q.id, name: q.name, source: q.source ?? null, illustrative: q.illustrative };
      const result = kind === 'patents'
        ? await importPatentSource(app.db, meta, { buffer }, format, name)
        : await importDealSource(app.db, meta, { buffer }, format, name);
      return reply.code(201).send(result);
    });
  }
};
