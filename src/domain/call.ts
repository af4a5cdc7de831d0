// Opportunity calls: what a cluster manager posts, how organisations answer, B2B slots and meetings.
import { z } from 'zod';
import { OrgRole, SizeClass } from './enums.ts';
import { Id, IsoDate, Name, OptionalText, patchOf, SectorCode, TerritoryId } from './primitives.ts';

export const CALL_KINDS = ['joint_project', 'tender', 'export_mission', 'event', 'staff'] as const;
export const CALL_STATUSES = ['open', 'closed'] as const;
export const INTERESTS = ['interested', 'declined'] as const;

export const CallKind = z.enum(CALL_KINDS);
export const CallStatus = z.enum(CALL_STATUSES);
export const Interest = z.enum(INTERESTS);

const Score = z.number().min(0, 'must be within [0, 1]').max(1, 'must be within [0, 1]');

export const CallInput = z.object({
  clusterId: Id.nullish(),
  kind: CallKind,
  titleRu: Name,
  titleEn: Name.nullish(),
  description: OptionalText,
  sectors: z.array(SectorCode).max(200).default([]),
  territories: z.array(TerritoryId).max(500).default([]),
  sizeClasses: z.array(SizeClass).default([]),
  roles: z.array(OrgRole).default([]),
  certifications: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  minEmployees: z.number().int().nonnegative().nullish(),
  minCompetitiveness: Score.nullish(),
  minReliability: Score.nullish(),
  fitThreshold: Score.default(0.3),
  requireInterest: z.boolean().default(true),
  deadline: IsoDate.nullish(),
  status: CallStatus.default('open'),
  illustrative: z.boolean().default(false),
});
export type CallInput = z.infer<typeof CallInput>;
export const CallPatch = patchOf(CallInput);

export const ResponseInput = z.object({
  organizationId: Id,
  interest: Interest,
  note: z.string().max(5_000).nullish(),
});

export const SlotInput = z.object({
  slots: z.array(z.object({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }) })).min(1).max(500),
});

export const MeetingInput = z.object({
  slotId: Id,
  organizationId: Id,
  withOrganizationId: Id,
});
