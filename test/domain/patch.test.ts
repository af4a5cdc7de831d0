import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClusterPatch } from '../../src/domain/cluster.ts';
import { ContractPatch } from '../../src/domain/contract.ts';
import { OrganizationPatch } from '../../src/domain/organization.ts';

test('patch schemas leave out the fields a PATCH does not send (no defaults filled in)', () => {
  assert.deepEqual(ClusterPatch.parse({ website: 'https://example.by' }), { website: 'https://example.by' });
  assert.deepEqual(OrganizationPatch.parse({ nameEn: 'X' }), { nameEn: 'X' });
  assert.deepEqual(ContractPatch.parse({ status: 'completed' }), { status: 'completed' });
  assert.deepEqual(ClusterPatch.parse({ territories: [] }), { territories: [] }, 'an explicit empty list still clears');
  assert.equal(ClusterPatch.safeParse({ status: 'dormant' }).success, false, 'fields are still validated');
});
