// Builds the HTTP application: infrastructure plugins, the signed-in viewer of each request, then routes.
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database.ts';
import type { MaybeViewer } from '../services/access.ts';
import { viewerForToken } from '../services/users.ts';
import { registerErrorHandler } from './errors.ts';
import { authRoutes, SESSION_COOKIE } from './routes/auth.ts';
import { callRoutes } from './routes/calls.ts';
import { clusterRoutes } from './routes/clusters.ts';
import { complexityRoutes } from './routes/complexity.ts';
import { crossSectorRoutes } from './routes/crosssector.ts';
import { evaluationRoutes } from './routes/evaluation.ts';
import { healthRoutes } from './routes/health.ts';
import { linkedRecordRoutes } from './routes/linked-records.ts';
import { mappingRoutes } from './routes/mapping.ts';
import { marketRoutes } from './routes/markets.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { partnerRoutes } from './routes/partners.ts';
import { peopleRoutes } from './routes/people.ts';
import { clusterServiceRoutes } from './routes/cluster-services.ts';
import { sectorRoutes } from './routes/sectors.ts';
import { territoryRoutes } from './routes/territories.ts';
import { transferRoutes } from './routes/transfer.ts';
import { homeRoutes } from './routes/home.ts';

declare module 'fastify' {
  interface FastifyInstance { db: Database }
  interface FastifyRequest { viewer: MaybeViewer }
}

export interface AppOptions { db: Database; logLevel?: string }

export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

export async function buildApp({ db, logLevel = 'silent' }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: logLevel } }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'ClusterAtlas API', version: '0.1.0', description: 'Registry and cluster map of ClusterAtlas' },
      tags: [
        { name: 'clusters' }, { name: 'organizations' }, { name: 'memberships' }, { name: 'contracts' }, { name: 'calls' },
        { name: 'territories' }, { name: 'sectors' }, { name: 'import-export' }, { name: 'auth' }, { name: 'system' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorate('db', db);
  app.decorateRequest('viewer', null);
  app.addHook('onRequest', async (request) => {
    request.viewer = await viewerForToken(db, request.cookies[SESSION_COOKIE]);
  });

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(clusterRoutes);
  await app.register(organizationRoutes);
  await app.register(partnerRoutes);
  await app.register(peopleRoutes);
  await app.register(clusterServiceRoutes);
  await app.register(linkedRecordRoutes);
  await app.register(territoryRoutes);
  await app.register(mappingRoutes);
  await app.register(complexityRoutes);
  await app.register(marketRoutes);
  await app.register(crossSectorRoutes);
  await app.register(evaluationRoutes);
  await app.register(sectorRoutes);
  await app.register(transferRoutes);
  await app.register(callRoutes);
  await app.register(homeRoutes);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
