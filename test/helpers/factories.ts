// Factories that seed records through the services, with overrides.
import type { Database } from '../../src/db/database.ts';
import type { Viewer } from '../../src/services/access.ts';
import { createCluster } from '../../src/services/clusters.ts';
import { membershipRecords } from '../../src/services/memberships.ts';
import { createOrganization } from '../../src/services/organizations.ts';
import { addUser } from '../../src/services/users.ts';

export const ADMIN: Viewer = { userId: 0, email: 'factory@test', role: 'admin', clusterIds: [], organizationId: null };

let counter = 0;

export async function makeOrganization(db: Database, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return createOrganization(db, ADMIN, {
    kind: 'legal', nameRu: `Организация ${counter}`, roles: ['producer'], primarySector: '16.21',
    territoryId: 'r-dobrusski', employees: 40, revenue: 1200, exports: 300, ...overrides,
  });
}

export async function makeCluster(db: Database, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return createCluster(db, ADMIN, {
    nameRu: `Кластер ${counter}`, status: 'forming', specialisation: ['16'], territories: ['r-dobrusski'], ...overrides,
  });
}

export async function makeMembership(db: Database, organizationId: number, clusterId: number, overrides: Record<string, unknown> = {}) {
  return membershipRecords.create(db, ADMIN, { organizationId, clusterId, ...overrides });
}

export const PASSWORD = 'correct horse battery';

export async function makeUser(db: Database, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return addUser(db, { email: `user${counter}@example.by`, password: PASSWORD, role: 'analyst', ...overrides });
}
