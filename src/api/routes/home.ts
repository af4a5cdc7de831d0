// Until the web app lands, `/` is a small page that points to the API and its documentation.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>ClusterAtlas</title></head>
<body style="font-family:system-ui;max-width:40rem;margin:3rem auto;line-height:1.5">
<h1>ClusterAtlas</h1>
<p>Платформа кластерной политики: реестр кластеров Беларуси, их участников и договоров.</p>
<p>Платформа кластарнай палітыкі: рэестр кластараў Беларусі, іх удзельнікаў і дагавораў.</p>
<p>A platform for cluster policy: the registry of Belarus's clusters, their members and contracts.</p>
<ul><li><a href="/api/docs">API documentation / Документация API</a></li>
<li><a href="/api/clusters">/api/clusters</a></li><li><a href="/api/countries/figures">/api/countries/figures</a></li></ul>
</body></html>`;

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
};
