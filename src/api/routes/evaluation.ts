// Policy evaluation and support (issue 8): KPIs, programmes, excellence self-assessments and peers, good
// practices, support ranking and SME eligibility, common goals (AHP) and the internationalisation strategy, the
// impact of membership, and the XLSX reports. The services are in src/services/evaluation/.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addAssessment, excellenceView, listPractices } from '../../services/evaluation/excellence.ts';
import { measureEligibility, listSupportMeasures } from '../../services/evaluation/eligibility.ts';
import { goalsView, setJudgements } from '../../services/evaluation/goals.ts';
import { importPanel, impactView, listPanels } from '../../services/evaluation/impact.ts';
import { kpiBoard, listIndicators, setKpiValue } from '../../services/evaluation/kpis.ts';
import { peerView } from '../../services/evaluation/peers.ts';
import { listProgrammes, programmeDetail, updateMeasure } from '../../services/evaluation/programmes.ts';
import { clusterReport, programmeReport } from '../../services/evaluation/reports.ts';
import { importKpiValues } from '../../services/evaluation/kpi-import.ts';
import { KPI_LEVELS } from '../../services/evaluation/reference-data.ts';
import { getStrategy, saveStrategy } from '../../services/evaluation/strategy.ts';
import { applyForSupport, createSupportMeasure } from '../../services/evaluation/support-records.ts';
import { rankForSupport } from '../../services/evaluation/support.ts';
import { fileUpload, staffUpload } from './uploads.ts';

const Scope = z.enum(KPI_LEVELS);
const ClusterParams = z.object({ id: z.coerce.number().int().positive() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const KpiValue = z.object({
  indicator: z.string().min(1),
  scope: Scope,
  scopeId: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  target: z.number().finite().nullable().optional(),
  actual: z.number().finite().nullable().optional(),
  source: z.string().max(500).optional(),
});

const SupportRank = z.object({
  weights: z.record(z.string(), z.number()).optional(),
  budget: z.number(),
  year: z.number().int().min(1990).max(2100).optional(),
});

const Judgements = z.object({
  memberId: z.number().int().positive(),
  judgements: z.array(z.object({ goalA: z.string().min(1), goalB: z.string().min(1), value: z.number() })).min(1).max(1000),
});

export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['evaluation'];
  app.get('/api/evaluation/indicators', { schema: { tags } }, async () => ({ items: await listIndicators(app.db.pool) }));
  app.get('/api/evaluation/kpis', { schema: { tags, querystring: z.object({ scope: Scope, id: z.string().min(1) }) } }, async (request) =>
    kpiBoard(app.db.pool, request.query.scope, request.query.id));
  app.put('/api/evaluation/kpis', { schema: { tags, body: KpiValue } }, async (request) => setKpiValue(app.db, request.viewer, request.body));
  app.post('/api/evaluation/kpis/import', { schema: { tags, consumes: ['multipart/form-data'] } }, async (request, reply) => {
    const { buffer, name, format } = await fileUpload(request);
    return reply.code(201).send(await importKpiValues(app.db, request.viewer, { buffer }, format, name));
  });

  app.get('/api/evaluation/programmes', { schema: { tags } }, async () => ({ items: await listProgrammes(app.db.pool) }));
  app.get('/api/evaluation/programmes/:id', { schema: { tags, params: z.object({ id: z.string().min(1) }) } }, async (request) =>
    programmeDetail(app.db.pool, request.params.id));
  app.put('/api/evaluation/programmes/:id/measures/:code', { schema: { tags, params: z.object({ id: z.string().min(1), code: z.string().min(1) }) } }, async (request) =>
    updateMeasure(app.db, request.viewer, request.params.id, request.params.code, request.body));

  app.get('/api/evaluation/clusters/:id/excellence', { schema: { tags, params: ClusterParams } }, async (request) =>
    excellenceView(app.db.pool, request.params.id));
  app.post('/api/evaluation/clusters/:id/excellence', { schema: { tags, params: ClusterParams } }, async (request, reply) =>
    reply.code(201).send(await addAssessment(app.db, request.viewer, request.params.id, request.body)));
  app.get('/api/evaluation/clusters/:id/peers', { schema: { tags, params: ClusterParams } }, async (request) => peerView(app.db.pool, request.params.id));
  app.get('/api/evaluation/practices', { schema: { tags, querystring: z.object({ area: z.string().min(1).optional(), sector: z.string().min(1).optional() }) } }, async (request) => ({
    items: await listPractices(app.db.pool, {
      areas: request.query.area === undefined ? undefined : [request.query.area],
      sectors: request.query.sector === undefined ? undefined : [request.query.sector.replace('.', '').slice(0, 2)],
    }),
  }));

  app.post('/api/evaluation/support/rank', { schema: { tags, body: SupportRank } }, async (request) => rankForSupport(app.db.pool, request.body));
  app.get('/api/evaluation/support/measures', { schema: { tags } }, async () => ({ items: await listSupportMeasures(app.db.pool) }));
  app.post('/api/evaluation/support/measures', { schema: { tags } }, async (request, reply) =>
    reply.code(201).send(await createSupportMeasure(app.db, request.viewer, request.body)));
  app.put('/api/evaluation/support/applications', { schema: { tags } }, async (request) => applyForSupport(app.db, request.viewer, request.body));
  app.get('/api/evaluation/support/measures/:code/eligibility', {
    schema: { tags, params: z.object({ code: z.string().min(1) }), querystring: z.object({ cluster: z.coerce.number().int().positive().optional(), territory: z.string().min(1).optional() }) },
  }, async (request) => measureEligibility(app.db, request.viewer, request.params.code, request.query));

  app.get('/api/evaluation/clusters/:id/goals', { schema: { tags, params: ClusterParams } }, async (request) => goalsView(app.db.pool, request.params.id));
  app.put('/api/evaluation/clusters/:id/goals/judgements', { schema: { tags, params: ClusterParams, body: Judgements } }, async (request) =>
    setJudgements(app.db, request.viewer, request.params.id, request.body.memberId, request.body.judgements));
  app.get('/api/evaluation/clusters/:id/strategy', { schema: { tags, params: ClusterParams } }, async (request) => getStrategy(app.db.pool, request.params.id));
  app.put('/api/evaluation/clusters/:id/strategy', { schema: { tags, params: ClusterParams } }, async (request) =>
    saveStrategy(app.db, request.viewer, request.params.id, request.body));

  app.get('/api/evaluation/impact/panels', { schema: { tags } }, async () => ({ items: await listPanels(app.db.pool) }));
  app.post('/api/evaluation/impact/panels', {
    schema: { tags, querystring: z.object({ id: z.string().min(1), name: z.string().min(1), source: z.string().optional() }), consumes: ['multipart/form-data'] },
  }, async (request, reply) => {
    const { buffer, name, format } = await staffUpload(request, 'import firm panels');
    return reply.code(201).send(await importPanel(app.db, request.viewer, request.query, { buffer }, format, name));
  });
  app.get('/api/evaluation/impact', {
    schema: { tags, querystring: z.object({
      panel: z.string().min(1),
      replications: z.coerce.number().int().min(20).max(2000).default(200),
      caliper: z.coerce.number().positive().max(5).default(0.2),
    }) },
  }, async (request) => impactView(app.db, request.query.panel, request.query));

  app.get('/api/evaluation/reports/clusters/:file', { schema: { tags, params: z.object({ file: z.string().regex(/^\d+\.xlsx$/, 'expected ID.xlsx') }) } }, async (request, reply) => {
    const id = Number(request.params.file.replace('.xlsx', ''));
    const buffer = await clusterReport(app.db, id);
    return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="cluster-${id}-report.xlsx"`).send(buffer);
  });
  app.get('/api/evaluation/reports/programmes/:file', { schema: { tags, params: z.object({ file: z.string().regex(/^[\w-]+\.xlsx$/, 'expected ID.xlsx') }) } }, async (request, reply) => {
    const id = request.params.file.replace(/\.xlsx$/, '');
    const buffer = await programmeReport(app.db, id);
    return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="programme-${id}-report.xlsx"`).send(buffer);
  });
};
