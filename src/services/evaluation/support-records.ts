// The records of support: measures with their eligibility rules (analysts and admins define them) and clusters'
// applications for support in a year (a cluster's managers apply for it; analysts for any cluster).
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { SizeClass } from '../../domain/enums.ts';
import { isStaff, managesCluster, requireRole, type MaybeViewer } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { ConflictError, fieldErrors, parseInput } from '../errors.ts';
import { clusterName } from './cluster-names.ts';
import { listSupportMeasures, type SupportMeasure } from './eligibility.ts';

export const MeasureInput = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, - and _'),
  nameRu: z.string().trim().min(1).max(300),
  nameBe: z.string().trim().min(1).max(300),
  nameEn: z.string().trim().min(1).max(300),
  rules: z.object({
    sizeClasses: z.array(SizeClass).optional(),
    sectors: z.array(z.string().regex(/^\d{2}(\.?\d{1,2}){0,2}$/, 'an ОКЭД/NACE code such as 62 or 62.01')).optional(),
    territories: z.array(z.string().min(1)).optional(),
    membership: z.enum(['any', 'member', 'non-member']).default('any'),
    clusterIds: z.array(z.number().int().positive()).optional(),
    maxEmployees: z.number().int().min(0).optional(),
  }).strict(),
});

export async function createSupportMeasure(db: Database, viewer: MaybeViewer, body: unknown): Promise<SupportMeasure> {
  const user = requireRole(viewer, isStaff, 'define support measures');
  const input = parseInput(MeasureInput, body);
  const territories = input.rules.territories ?? [];
  if (territories.length > 0) {
    const { rows } = await db.pool.query<{ id: string }>('SELECT id FROM territories WHERE id = ANY($1)', [territories]);
    const known = new Set(rows.map((r) => r.id));
    const unknown = territories.filter((t) => !known.has(t));
    if (unknown.length > 0) throw fieldErrors([{ field: 'rules.territories', message: `unknown territory ${unknown.join(', ')}` }]);
  }
  await db.transaction(async (client) => {
    const { rows } = await client.query('SELECT 1 FROM support_measures WHERE code = $1', [input.code]);
    if (rows.length > 0) throw new ConflictError(`support measure ${input.code} already exists`);
    await client.query('INSERT INTO support_measures (code, name_ru, name_be, name_en, rules) VALUES ($1, $2, $3, $4, $5)',
      [input.code, input.nameRu, input.nameBe, input.nameEn, JSON.stringify(input.rules)]);
    await recordAudit(client, { userId: user.userId, action: 'create', entity: 'support_measure', entityId: input.code, detail: input.rules });
  });
  return (await listSupportMeasures(db.pool)).find((m) => m.code === input.code)!;
}

export const ApplicationInput = z.object({
  clusterId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  amount: z.number().positive(),
  purpose: z.string().trim().max(1000).optional(),
});

/** Applies (or changes the application) for support of a cluster in a year. */
export async function applyForSupport(db: Database, viewer: MaybeViewer, body: unknown): Promise<{ clusterId: number; year: number; amount: number; purpose: string | null }> {
  const input = parseInput(ApplicationInput, body);
  const user = requireRole(viewer, (v) => managesCluster(v, input.clusterId), "apply for this cluster's support");
  await clusterName(db.pool, input.clusterId);
  await db.transaction(async (client) => {
    await client.query(
      `INSERT INTO support_applications (cluster_id, year, amount, purpose) VALUES ($1, $2, $3, $4)
       ON CONFLICT (cluster_id, year) DO UPDATE SET amount = EXCLUDED.amount, purpose = EXCLUDED.purpose, illustrative = false`,
      [input.clusterId, input.year, input.amount, input.purpose ?? null]);
    await recordAudit(client, { userId: user.userId, action: 'apply', entity: 'support_application', entityId: `${input.clusterId}/${input.year}`, detail: input });
  });
  return { clusterId: input.clusterId, year: input.year, amount: input.amount, purpose: input.purpose ?? null };
}
