// Accounts and sessions: argon2id password hashes, random session tokens stored only as SHA-256 hashes.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { UserRole } from '../domain/enums.ts';
import type { Viewer } from './access.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, fieldErrors, parseInput } from './errors.ts';

export const SESSION_DAYS = 14;

export const NewUser = z.object({
  email: z.string().trim().toLowerCase().email('expected an e-mail address'),
  password: z.string().min(10, 'the password needs at least 10 characters').max(200),
  role: UserRole,
  clusterIds: z.array(z.number().int().positive()).default([]),
  organizationId: z.number().int().positive().nullish(),
}).refine((u) => u.role !== 'cluster_manager' || u.clusterIds.length > 0, { message: 'a cluster manager needs at least one cluster', path: ['clusterIds'] })
  .refine((u) => u.role !== 'member' || u.organizationId, { message: 'a member needs an organisation', path: ['organizationId'] });

export async function addUser(db: Database, input: unknown): Promise<{ id: number; email: string; role: string }> {
  const user = parseInput(NewUser, input);
  const { rows: found } = await db.pool.query<{ id: number }>('SELECT id FROM clusters WHERE id = ANY($1::int[])', [user.clusterIds]);
  const missing = user.clusterIds.filter((id) => !found.some((c) => c.id === id));
  if (missing.length > 0) throw fieldErrors([{ field: 'clusterIds', message: `cluster ${missing.join(', ')} does not exist` }]);
  const { rows: org } = await db.pool.query('SELECT 1 FROM organizations WHERE id = $1', [user.organizationId ?? 0]);
  if (user.organizationId && org.length === 0) {
    throw fieldErrors([{ field: 'organizationId', message: `organisation ${user.organizationId} does not exist` }]);
  }
  const passwordHash = await hash(user.password);
  const { rows } = await db.pool.query<{ id: number }>(
    `INSERT INTO users (email, password_hash, role, organization_id, cluster_ids) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [user.email, passwordHash, user.role, user.organizationId ?? null, user.clusterIds],
  );
  if (rows.length === 0) throw new ConflictError(`a user with e-mail ${user.email} already exists`);
  await recordAudit(db.pool, { action: 'create', entity: 'user', entityId: rows[0]!.id, detail: { email: user.email, role: user.role } });
  return { id: rows[0]!.id, email: user.email, role: user.role };
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Returns a new session token, or null when the e-mail or password is wrong. */
export async function signIn(db: Database, email: string, password: string): Promise<{ token: string; expiresAt: Date } | null> {
  const { rows } = await db.pool.query<{ id: number; password_hash: string }>(
    'SELECT id, password_hash FROM users WHERE email = $1', [email.trim().toLowerCase()],
  );
  const user = rows[0];
  if (!user || !(await verify(user.password_hash, password))) return null;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db.pool.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [tokenHash(token), user.id, expiresAt]);
  await recordAudit(db.pool, { userId: user.id, action: 'sign-in', entity: 'user', entityId: user.id });
  return { token, expiresAt };
}

export async function signOut(db: Database, token: string): Promise<void> {
  await db.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}

export async function viewerForToken(db: Database, token: string | undefined): Promise<Viewer | null> {
  if (!token) return null;
  const { rows } = await db.pool.query(
    `SELECT u.id, u.email, u.role, u.cluster_ids, u.organization_id
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash(token)],
  );
  const u = rows[0];
  return u ? { userId: u.id, email: u.email, role: u.role, clusterIds: u.cluster_ids, organizationId: u.organization_id } : null;
}
