// A cluster organisation's catalogue of cooperation services and its members' requests of them.
import { z } from 'zod';
import { Name, OptionalText, patchOf } from './primitives.ts';

export const SERVICE_KINDS = ['matchmaking', 'training', 'internationalisation', 'rnd_projects', 'finance', 'other'] as const;
export const ServiceKind = z.enum(SERVICE_KINDS);
export type ServiceKind = z.infer<typeof ServiceKind>;

export const REQUEST_STATUSES = ['requested', 'in_progress', 'done', 'declined'] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

/** The statuses a request may move to from each status; done and declined are final. */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = Object.freeze({
  requested: ['in_progress', 'done', 'declined'],
  in_progress: ['done', 'declined'],
  done: [],
  declined: [],
});
export const CLOSING_STATUSES: readonly RequestStatus[] = ['done', 'declined'];

export const ClusterServiceInput = z.object({
  kind: ServiceKind,
  titleRu: Name,
  titleEn: Name.nullish(),
  description: OptionalText,
  active: z.boolean().default(true),
  illustrative: z.boolean().default(false),
});
export type ClusterServiceInput = z.infer<typeof ClusterServiceInput>;
export const ClusterServicePatch = patchOf(ClusterServiceInput);

export const ServiceRequestInput = z.object({
  /** The requesting organisation; a member's own organisation when left out. */
  organizationId: z.number().int().positive().optional(),
  note: z.string().trim().max(5_000).nullish(),
});

export const ServiceRequestPatch = z.object({
  status: RequestStatus.optional(),
  note: z.string().trim().max(5_000).nullish(),
});
