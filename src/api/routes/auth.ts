// Sign-in and sign-out with an httpOnly SameSite session cookie; `me` tells who is signed in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_DAYS, signIn, signOut } from '../../services/users.ts';

export const SESSION_COOKIE = 'ca_session';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/auth/sign-in', {
    schema: { tags: ['auth'], body: z.object({ email: z.string(), password: z.string() }) },
  }, async (request, reply) => {
    const session = await signIn(app.db, request.body.email, request.body.password);
    if (!session) return reply.code(401).send({ error: { id: 'bad_credentials', message: 'wrong e-mail or password' } });
    reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true, sameSite: 'strict', path: '/', maxAge: SESSION_DAYS * 86_400, secure: request.protocol === 'https',
    });
    return { ok: true };
  });

  app.post('/api/auth/sign-out', { schema: { tags: ['auth'] } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await signOut(app.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', { schema: { tags: ['auth'] } }, async (request) => ({ user: request.viewer }));
};
