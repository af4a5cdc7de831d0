// Contracts between organisations, the contractual basis of a cluster. Written by staff, by the managers of
// the contract's cluster and by either party; the value is confidential to those who may write it.
import { contracts } from '../db/schema.ts';
import { ContractInput, ContractPatch } from '../domain/contract.ts';
import { managesCluster, type MaybeViewer, type Viewer } from './access.ts';
import { linkedRecords } from './linked-records.ts';

type ContractRow = Record<string, unknown> & { id: number };

const isParty = (viewer: Viewer, row: ContractRow) =>
  viewer.organizationId !== null && (row.supplierId === viewer.organizationId || row.customerId === viewer.organizationId);

const mayWrite = (viewer: Viewer, row: ContractRow) => managesCluster(viewer, row.clusterId as number | null) || isParty(viewer, row);

export const contractRecords = linkedRecords({
  kind: 'contracts',
  entity: 'contract',
  table: contracts,
  input: ContractInput,
  patch: ContractPatch,
  mayWrite,
  present: (row: ContractRow, viewer: MaybeViewer) => {
    if (viewer && mayWrite(viewer, row)) return row;
    const { value: _value, ...rest } = row;
    return rest as ContractRow;
  },
});
