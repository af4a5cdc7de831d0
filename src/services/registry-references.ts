// Sets of existing keys that imported rows and API writes are checked against before anything is written.
import type { Queryable } from '../db/database.ts';

export class ReferenceSets {
  private cache = new Map<string, Promise<Set<string>>>();
  constructor(private readonly db: Queryable) {}

  sectors = () => this.load('sectors', 'SELECT code AS k FROM sectors');
  territories = () => this.load('territories', 'SELECT id AS k FROM territories');
  organizations = () => this.load('organizations', 'SELECT id::text AS k FROM organizations');
  clusters = () => this.load('clusters', 'SELECT id::text AS k FROM clusters');
  unps = () => this.load('unps', 'SELECT unp AS k FROM organizations WHERE unp IS NOT NULL');
  ids = (table: string) => this.load(`ids:${table}`, `SELECT id::text AS k FROM ${table}`);

  private load(name: string, sql: string): Promise<Set<string>> {
    let set = this.cache.get(name);
    if (!set) {
      set = this.db.query<{ k: string }>(sql).then((r) => new Set(r.rows.map((row) => row.k)));
      this.cache.set(name, set);
    }
    return set;
  }
}

export interface FieldProblem { field: string; message: string }

type Entity = Record<string, unknown>;

/** Problems with references from one entity of `kind` to existing sectors, territories and records. */
export async function referenceProblems(kind: string, e: Entity, refs: ReferenceSets): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const need = async (field: string, value: unknown, set: Promise<Set<string>>, what: string) => {
    if (value === null || value === undefined) return;
    if (!(await set).has(String(value))) problems.push({ field, message: `${what} ${String(value)} does not exist` });
  };
  const needAll = async (field: string, values: unknown, set: Promise<Set<string>>, what: string) => {
    for (const v of (values as unknown[] | undefined) ?? []) await need(field, v, set, what);
  };
  switch (kind) {
    case 'organizations':
      await need('primarySector', e.primarySector, refs.sectors(), 'sector');
      await needAll('secondarySectors', e.secondarySectors, refs.sectors(), 'sector');
      await need('territoryId', e.territoryId, refs.territories(), 'territory');
      break;
    case 'clusters':
      await needAll('specialisation', e.specialisation, refs.sectors(), 'sector');
      await needAll('territories', e.territories, refs.territories(), 'territory');
      await need('coordinatorId', e.coordinatorId, refs.organizations(), 'organisation');
      break;
    case 'memberships':
      await need('organizationId', e.organizationId, refs.organizations(), 'organisation');
      await need('clusterId', e.clusterId, refs.clusters(), 'cluster');
      break;
    case 'contracts':
      await need('supplierId', e.supplierId, refs.organizations(), 'organisation');
      await need('customerId', e.customerId, refs.organizations(), 'organisation');
      await need('clusterId', e.clusterId, refs.clusters(), 'cluster');
      break;
    case 'projects':
      await need('clusterId', e.clusterId, refs.clusters(), 'cluster');
      await needAll('participants', e.participants, refs.organizations(), 'organisation');
      break;
  }
  return problems;
}
