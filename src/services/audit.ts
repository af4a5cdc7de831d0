// The audit log: who changed what, when.
import type { Queryable } from '../db/database.ts';

export interface AuditEntry {
  userId?: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  detail?: unknown;
}

export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit_log (user_id, action, entity, entity_id, detail) VALUES ($1, $2, $3, $4, $5)', [
    entry.userId ?? null,
    entry.action,
    entry.entity,
    entry.entityId === null || entry.entityId === undefined ? null : String(entry.entityId),
    entry.detail === undefined ? null : JSON.stringify(entry.detail),
  ]);
}
