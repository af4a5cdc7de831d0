// Serves the built web app (web/dist) at `/`, with every other non-API path answered by index.html so the
// app's own routes work on reload. Without a build, `/` says how to make one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const NO_BUILD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ClusterAtlas</title></head>
<body><h1>ClusterAtlas</h1><p>The web app is not built: run <code>npm run build:web</code>. The API is at
<a href="/api/docs">/api/docs</a>.</p></body></html>`;

export const homeRoutes: FastifyPluginAsync = async (app) => {
  if (!existsSync(`${WEB_DIST}index.html`)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(NO_BUILD));
    return;
  }
  await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, maxAge: '1h', index: false });
  const sendApp = (_request: unknown, reply: { header: (k: string, v: string) => unknown; sendFile: (f: string) => unknown }) => {
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  };
  app.get('/', { schema: { hide: true } }, sendApp as never);
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.includes('.')) return sendApp(request, reply as never);
    return reply.code(404).send({ error: { id: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` } });
  });
};
