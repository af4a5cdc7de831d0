// build(t): a fresh app over a fresh database, closed after the test; signIn returns a session cookie.
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import type { Database } from '../../src/db/database.ts';
import { type Backend, freshDatabase } from './database.ts';
import { makeUser, PASSWORD } from './factories.ts';

export async function build(t: TestContext, backend: Backend = 'pglite'): Promise<{ app: FastifyInstance; db: Database }> {
  const db = await freshDatabase(t, backend);
  const app = await buildApp({ db });
  t.after(() => app.close());
  return { app, db };
}

/** Creates a user with `overrides` and returns the Cookie header of a signed-in session. */
export async function signedIn(app: FastifyInstance, db: Database, overrides: Record<string, unknown> = {}): Promise<{ cookie: string }> {
  const user = await makeUser(db, overrides);
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'ca_session')!;
  return { cookie: `ca_session=${cookie.value}` };
}
