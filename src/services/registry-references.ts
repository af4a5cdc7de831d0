// References from registry records to sectors, territories, organisations and clusters, and the check that
// they exist. Imports load every key once and check rows synchronously; single writes load only the keys
// the record names.
import type { Queryable } from '../db/database.ts';
import type { RegistryKind } from '../domain/columns.ts';

type Target = 'sectors' | 'territories' | 'organizations' | 'clusters';
export type References = Record<Target, Set<string>>;

export interface FieldProblem { field: string; message: string }

interface Reference { field: string; target: Target; what: string }

const REFERENCES: Record<RegistryKind, Reference[]> = {
  organizations: [
    { field: 'primarySector', target: 'sectors', what: 'sector' },
    { field: 'secondarySectors', target: 'sectors', what: 'sector' },
    { field: 'territoryId', target: 'territories', what: 'territory' },
  ],
  clusters: [
    { field: 'specialisation', target: 'sectors', what: 'sector' },
    { field: 'territories', target: 'territories', what: 'territory' },
    { field: 'coordinatorId', target: 'organizations', what: 'organisation' },
  ],
  memberships: [
    { field: 'organizationId', target: 'organizations', what: 'organisation' },
    { field: 'clusterId', target: 'clusters', what: 'cluster' },
  ],
  contracts: [
    { field: 'supplierId', target: 'organizations', what: 'organisation' },
    { field: 'customerId', target: 'organizations', what: 'organisation' },
    { field: 'clusterId', target: 'clusters', what: 'cluster' },
  ],
  projects: [
    { field: 'clusterId', target: 'clusters', what: 'cluster' },
    { field: 'participants', target: 'organizations', what: 'organisation' },
  ],
};

const KEY_SQL: Record<Target, string> = {
  sectors: 'SELECT code AS k FROM sectors',
  territories: 'SELECT id AS k FROM territories',
  organizations: 'SELECT id::text AS k FROM organizations',
  clusters: 'SELECT id::text AS k FROM clusters',
};
const KEY_COLUMN: Record<Target, string> = { sectors: 'code', territories: 'id', organizations: 'id::text', clusters: 'id::text' };

const valuesOf = (value: unknown): unknown[] =>
  value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Every key of the tables that records of `kind` refer to (for checking many rows). */
export async function loadAllReferences(db: Queryable, kind: RegistryKind): Promise<References> {
  const targets = new Set(REFERENCES[kind].map((r) => r.target));
  return loadReferences(db, (target) => (targets.has(target) ? [KEY_SQL[target], []] : null));
}

/** Only the keys that `entity` names (for checking one record without loading whole tables). */
export async function loadEntityReferences(db: Queryable, kind: RegistryKind, entity: Record<string, unknown>): Promise<References> {
  const wanted = new Map<Target, string[]>();
  for (const r of REFERENCES[kind]) {
    wanted.set(r.target, [...(wanted.get(r.target) ?? []), ...valuesOf(entity[r.field]).map(String)]);
  }
  return loadReferences(db, (target) => {
    const keys = wanted.get(target);
    return keys?.length ? [`${KEY_SQL[target]} WHERE ${KEY_COLUMN[target]} = ANY($1::text[])`, [keys]] : null;
  });
}

async function loadReferences(db: Queryable, queryFor: (target: Target) => [string, unknown[]] | null): Promise<References> {
  const targets: Target[] = ['sectors', 'territories', 'organizations', 'clusters'];
  const sets = await Promise.all(targets.map(async (target) => {
    const query = queryFor(target);
    if (!query) return new Set<string>();
    const { rows } = await db.query<{ k: string }>(query[0], query[1]);
    return new Set(rows.map((r) => r.k));
  }));
  return { sectors: sets[0]!, territories: sets[1]!, organizations: sets[2]!, clusters: sets[3]! };
}

/** References from `entity` (a record of `kind`) to keys that do not exist. */
export function referenceProblems(kind: RegistryKind, entity: Record<string, unknown>, refs: References): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { field, target, what } of REFERENCES[kind]) {
    for (const value of valuesOf(entity[field])) {
      if (!refs[target].has(String(value))) problems.push({ field, message: `${what} ${String(value)} does not exist` });
    }
  }
  return problems;
}

/** Problems of one record, loading just the keys it names. */
export async function entityReferenceProblems(db: Queryable, kind: RegistryKind, entity: Record<string, unknown>): Promise<FieldProblem[]> {
  return referenceProblems(kind, entity, await loadEntityReferences(db, kind, entity));
}
