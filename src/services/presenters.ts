// Shapes database rows for readers: confidential figures are left out unless the viewer may see them.
import { CONFIDENTIAL_ORG_FIELDS } from '../domain/organization.ts';
import { canSeeConfidential, type ConfidentialScope } from './access.ts';
import type { organizations } from '../db/schema.ts';

type OrganizationRow = typeof organizations.$inferSelect;
export type PublicOrganization = Omit<OrganizationRow, (typeof CONFIDENTIAL_ORG_FIELDS)[number]> &
  Partial<Pick<OrganizationRow, (typeof CONFIDENTIAL_ORG_FIELDS)[number]>>;

export function presentOrganization(row: OrganizationRow, scope: ConfidentialScope): PublicOrganization {
  if (canSeeConfidential(scope, row.id)) return row;
  const copy: Partial<OrganizationRow> = { ...row };
  for (const field of CONFIDENTIAL_ORG_FIELDS) delete copy[field];
  return copy as PublicOrganization;
}
