import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importCategorySchemeSource, listSchemes } from '../../services/category-schemes.ts';
import { clusterMaturity } from '../../services/cluster-maturity.ts';
import { mappingRelatedness } from '../../services/mapping-relatedness.ts';
import { mappingCells, mappingMatrix, mappingSummary, potentialClusters } from '../../services/mapping-views.ts';
import { computeRegionalMapping } from '../../services/regional-mapping.ts';
import { importStatisticsSource, listDatasets } from '../../services/regional-statistics.ts';
import { IdParams, Page } from './schemas.ts';
import { QueryFlag, staffUpload } from './uploads.ts';

const Year = z.coerce.number().int().min(1900).max(2100);
const MappingQuery = z.object({
  dataset: z.string().min(1),
  year: Year.optional(),
  baseYear: Year.optional(),
  scheme: z.string().min(1).optional(),
});
const CellQuery = MappingQuery.merge(Page).extend({
  region: z.string().optional(),
  category: z.string().optional(),
  class: z.enum(['strong', 'strong10', 'starred', 'all']).default('strong'),
  minStars: z.coerce.number().int().min(0).max(4).optional(),
  registered: z.enum(['yes', 'no']).optional(),
  sort: z.enum(['lq', 'employment', 'stars', 'growth']).default('lq'),
});

const DatasetUpload = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  classification: z.string().default('nace'),
  source: z.string().optional(),
  illustrative: QueryFlag,
  partial: QueryFlag,
});
const SchemeUpload = z.object({ id: z.string().min(1), name: z.string().min(1), nameEn: z.string().optional(), source: z.string().optional() });

export const mappingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['mapping'];
  app.post('/api/mapping/datasets', { schema: { tags, querystring: DatasetUpload, consumes: ['multipart/form-data'] } }, async (request, reply) => {
    const { buffer, name, format } = await staffUpload(request, 'load statistics');
    const q = request.query;
    const result = await importStatisticsSource(app.db, {
      id: q.id, nameRu: q.name, nameEn: q.nameEn ?? null, classification: q.classification, source: q.source ?? null,
      illustrative: q.illustrative, partial: q.partial,
    }, { buffer }, format, name);
    return reply.code(201).send(result);
  });
  app.post('/api/mapping/schemes', { schema: { tags, querystring: SchemeUpload, consumes: ['multipart/form-data'] } }, async (request, reply) => {
    const { buffer, name } = await staffUpload(request, 'load category definitions');
    const q = request.query;
    const result = await importCategorySchemeSource(app.db, { id: q.id, nameRu: q.name, nameEn: q.nameEn ?? null, source: q.source ?? null }, { buffer }, name);
    return reply.code(201).send(result);
  });
  app.get('/api/mapping/datasets', { schema: { tags } }, async () => ({ items: await listDatasets(app.db) }));
  app.get('/api/mapping/schemes', { schema: { tags } }, async () => ({ items: await listSchemes(app.db) }));
  app.get('/api/mapping/summary', { schema: { tags, querystring: MappingQuery } }, async (request) =>
    mappingSummary(await computeRegionalMapping(app.db, request.query)));
  app.get('/api/mapping/matrix', { schema: { tags, querystring: MappingQuery } }, async (request) =>
    mappingMatrix(await computeRegionalMapping(app.db, request.query)));
  app.get('/api/mapping/cells', { schema: { tags, querystring: CellQuery } }, async (request) => {
    const { dataset, year, baseYear, scheme, limit, offset, ...filter } = request.query;
    return mappingCells(await computeRegionalMapping(app.db, { dataset, year, baseYear, scheme }), filter, { limit, offset });
  });
  app.get('/api/mapping/potential', { schema: { tags, querystring: MappingQuery.merge(Page) } }, async (request) => {
    const { limit, offset, ...query } = request.query;
    return potentialClusters(await computeRegionalMapping(app.db, query), { limit, offset });
  });
  app.get('/api/mapping/relatedness', {
    schema: { tags, querystring: MappingQuery.extend({ k: z.coerce.number().int().min(2).max(500).optional(), linkage: z.enum(['average', 'single', 'complete']).default('average') }) },
  }, async (request) => {
    const { k, linkage, ...query } = request.query;
    return mappingRelatedness(await computeRegionalMapping(app.db, query), { k, linkage });
  });
  app.get('/api/clusters/:id/maturity', { schema: { tags: ['clusters', 'mapping'], params: IdParams } }, async (request) =>
    clusterMaturity(app.db, request.params.id));
};
