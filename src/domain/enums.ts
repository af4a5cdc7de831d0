// Closed vocabularies of the registry, shared by the API, the importers and the web app.
import { z } from 'zod';

export const ORG_KINDS = ['legal', 'individual'] as const;
export const ORG_ROLES = ['producer', 'supplier', 'service', 'rnd', 'education', 'finance', 'government', 'nonprofit'] as const;
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
/** Registry status of an organisation: trading, being wound up, or wound up (reliability, call screening). */
export const ORG_STATUSES = ['active', 'liquidating', 'liquidated'] as const;
export const CLUSTER_STATUSES = ['potential', 'forming', 'operating'] as const;
export const MEMBERSHIP_ROLES = ['member', 'coordinator', 'anchor', 'associate'] as const;
export const CONTRACT_KINDS = ['supply', 'rnd', 'service', 'joint_project'] as const;
export const CONTRACT_STATUSES = ['planned', 'active', 'completed', 'terminated'] as const;
export const PROJECT_STATUSES = ['planned', 'active', 'completed'] as const;
export const USER_ROLES = ['admin', 'analyst', 'cluster_manager', 'member'] as const;
export const TERRITORY_LEVELS = ['country', 'oblast', 'raion'] as const;

export const OrgKind = z.enum(ORG_KINDS);
export const OrgRole = z.enum(ORG_ROLES);
export const SizeClass = z.enum(SIZE_CLASSES);
export const OrgStatus = z.enum(ORG_STATUSES);
export const ClusterStatus = z.enum(CLUSTER_STATUSES);
export const MembershipRole = z.enum(MEMBERSHIP_ROLES);
export const ContractKind = z.enum(CONTRACT_KINDS);
export const ContractStatus = z.enum(CONTRACT_STATUSES);
export const ProjectStatus = z.enum(PROJECT_STATUSES);
export const UserRole = z.enum(USER_ROLES);
export const TerritoryLevel = z.enum(TERRITORY_LEVELS);

export type OrgKind = z.infer<typeof OrgKind>;
export type SizeClass = z.infer<typeof SizeClass>;
export type OrgStatus = z.infer<typeof OrgStatus>;
export type ClusterStatus = z.infer<typeof ClusterStatus>;
export type UserRole = z.infer<typeof UserRole>;

/** Size class by employees, as in the Law of the Republic of Belarus "On support of small and medium
 * entrepreneurship" (micro <= 15, small 16-100, medium 101-250; above that, large). */
export function sizeClassFor(employees: number): SizeClass {
  if (employees <= 15) return 'micro';
  if (employees <= 100) return 'small';
  if (employees <= 250) return 'medium';
  return 'large';
}
