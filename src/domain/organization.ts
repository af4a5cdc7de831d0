import { z } from 'zod';
import { OrgKind, OrgRole, OrgStatus, SizeClass, sizeClassFor } from './enums.ts';
import { Id, Label, Money, Name, OptionalText, patchOf, SectorCode, TerritoryId, Unp, Url } from './primitives.ts';

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
  foundedYear: z.number().int().min(1800).max(2100).nullish(),
  status: OrgStatus.default('active'),
  /** Year-on-year revenue growth as a fraction (0.12 is +12 %); confidential like the revenue. */
  revenueGrowth: z.number().finite().min(-1, 'revenue cannot fall by more than 100 %').max(100).nullish(),
  /** Certifications held, e.g. ISO 9001 (calls may require them). */
  certifications: z.array(Label).max(100).default([]),
  /** Excellence labels and awards. */
  labels: z.array(Label).max(100).default([]),
  website: Url.nullish(),
  profile: OptionalText,
  source: OptionalText,
  illustrative: z.boolean().default(false),
});
export type OrganizationInput = z.infer<typeof OrganizationInput>;
export const OrganizationPatch = patchOf(OrganizationInput.omit({ id: true }));

/** Figures of a single firm that only its own people, its cluster's managers and analysts may see. */
export const CONFIDENTIAL_ORG_FIELDS = ['employees', 'revenue', 'exports', 'revenueGrowth'] as const;

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
