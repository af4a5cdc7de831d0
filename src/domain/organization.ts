import { z } from 'zod';
import { OrgKind, OrgRole, SizeClass, sizeClassFor } from './enums.ts';
import { Id, Money, Name, OptionalText, patchOf, SectorCode, TerritoryId, Unp, Url } from './primitives.ts';

export const OrganizationInput = z.object({
  id: Id.optional(),
  kind: OrgKind,
  unp: Unp.nullish(),
  nameRu: Name,
  nameBe: Name.nullish(),
  nameEn: Name.nullish(),
  roles: z.array(OrgRole).default([]),
  primarySector: SectorCode.nullish(),
  secondarySectors: z.array(SectorCode).default([]),
  territoryId: TerritoryId.nullish(),
  address: z.string().max(1_000).nullish(),
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
  sizeClass: SizeClass.nullish(),
  employees: z.number().int().nonnegative().nullish(),
  revenue: Money.nullish(),
  exports: Money.nullish(),
  website: Url.nullish(),
  profile: OptionalText,
  source: OptionalText,
  illustrative: z.boolean().default(false),
});
export type OrganizationInput = z.infer<typeof OrganizationInput>;
export const OrganizationPatch = patchOf(OrganizationInput.omit({ id: true }));

/** Figures of a single firm that only its own people, its cluster's managers and analysts may see. */
export const CONFIDENTIAL_ORG_FIELDS = ['employees', 'revenue', 'exports'] as const;

/** Fills the size class from employees, or says why the two disagree. */
export function settleSizeClass<T extends { sizeClass?: string | null; employees?: number | null }>(
  org: T,
): { field: 'sizeClass'; message: string } | null {
  if (org.employees === null || org.employees === undefined) return null;
  const expected = sizeClassFor(org.employees);
  if (!org.sizeClass) {
    org.sizeClass = expected;
    return null;
  }
  return org.sizeClass === expected
    ? null
    : { field: 'sizeClass', message: `size class ${org.sizeClass} does not match ${org.employees} employees (${expected})` };
}
