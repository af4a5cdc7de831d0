// People profiles (researchers, engineers, experts, managers) for talent matching. Kept with the person's
// consent only: a profile without consent is never listed or matched.
import { z } from 'zod';
import { Id, IsoDate, Name, OptionalText, patchOf, SectorCode, TerritoryId } from './primitives.ts';

export const PERSON_KINDS = ['researcher', 'engineer', 'expert', 'manager'] as const;
export const PersonKind = z.enum(PERSON_KINDS);
export type PersonKind = z.infer<typeof PersonKind>;

/** One competence as the person words it, e.g. "machine learning" or "ISO 17025 calibration". */
export const Competence = z.string().trim().min(1, 'must not be empty').max(200);

export const PersonInput = z.object({
  name: Name,
  kind: PersonKind,
  email: z.string().trim().max(320).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an e-mail address such as name@example.by').nullish(),
  organizationId: Id.nullish(),
  territoryId: TerritoryId.nullish(),
  competences: z.array(Competence).max(100).default([]),
  sectors: z.array(SectorCode).max(50).default([]),
  profile: OptionalText,
  /** The person agreed to be listed and matched; without it the profile is never shown or matched. */
  consent: z.boolean().default(false),
  /** The day consent was given; today when consent is given without a date. */
  consentDate: IsoDate.nullish(),
  illustrative: z.boolean().default(false),
});
export type PersonInput = z.infer<typeof PersonInput>;
export const PersonPatch = patchOf(PersonInput);
