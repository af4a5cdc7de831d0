// Import (CSV/XLSX upload), export and templates of registry kinds.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REGISTRY_KINDS } from '../../domain/columns.ts';
import { ClusterStatus, OrgRole, SizeClass } from '../../domain/enums.ts';
import { isStaff, requireRole } from '../../services/access.ts';
import { ValidationError } from '../../services/errors.ts';
import { dryRunRegistryFile, importRegistryFile } from '../../services/registry-import.ts';
import { CLUSTER_SORTS } from '../../services/clusters.ts';
import { ORGANIZATION_SORTS } from '../../services/organizations.ts';
import { exportRegistry, exportTemplate } from '../../services/registry-export.ts';

const KindParams = z.object({ kind: z.enum(REGISTRY_KINDS) });
const FormatQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export const transferRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['import-export'];
  app.post('/api/import/:kind', {
    schema: { tags, params: KindParams, querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }), consumes: ['multipart/form-data'] },
  }, async (request, reply) => {
    const viewer = requireRole(request.viewer, isStaff, 'import registry files');
    const file = await request.file();
    if (!file) throw new ValidationError('upload a CSV or XLSX file in a multipart field named "file"');
    const buffer = await file.toBuffer();
    const options = { name: file.filename, userId: viewer.userId };
    // A dry run reads and checks the file as the import would, answers what it found and writes nothing.
    if (request.query.dryRun === 'true') return reply.code(200).send(await dryRunRegistryFile(app.db, request.params.kind, { buffer }, options));
    const result = await importRegistryFile(app.db, request.params.kind, { buffer }, options);
    return reply.code(201).send(result);
  });
  // The current view of a list: the filters and sort of GET /api/clusters or /api/organizations.
  const ExportQuery = FormatQuery.extend({
    q: z.string().optional(),
    status: ClusterStatus.optional(),
    region: z.string().optional(),
    sector: z.string().optional(),
    role: OrgRole.optional(),
    sizeClass: SizeClass.optional(),
    clusterId: z.coerce.number().int().positive().optional(),
    sort: z.enum([...CLUSTER_SORTS, ...ORGANIZATION_SORTS]).optional(),
  });
  app.get('/api/export/:kind', { schema: { tags, params: KindParams, querystring: ExportQuery } }, async (request, reply) => {
    const { format, sort, ...filter } = request.query;
    const { buffer } = await exportRegistry(app.db, request.viewer, request.params.kind, format, { filter, sort });
    return reply.type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${request.params.kind}.${format}"`).send(buffer);
  });
  app.get('/api/import/:kind/template', { schema: { tags, params: KindParams, querystring: FormatQuery } }, async (request, reply) => {
    const { format } = request.query;
    return reply.type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${request.params.kind}-template.${format}"`)
      .send(await exportTemplate(request.params.kind, format));
  });
};
