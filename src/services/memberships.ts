// Memberships of organisations in clusters: written by staff and by the managers of the cluster.
import { memberships } from '../db/schema.ts';
import { MembershipInput, MembershipPatch } from '../domain/membership.ts';
import { managesCluster } from './access.ts';
import { linkedRecords } from './linked-records.ts';

export const membershipRecords = linkedRecords({
  kind: 'memberships',
  entity: 'membership',
  table: memberships,
  input: MembershipInput,
  patch: MembershipPatch,
  mayWrite: (viewer, row) => managesCluster(viewer, row.clusterId as number),
  present: (row) => row,
});
