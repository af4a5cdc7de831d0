import { z } from 'zod';
import { MembershipRole } from './enums.ts';
import { Id, IsoDate } from './primitives.ts';

export const MembershipInput = z.object({
  id: Id.optional(),
  organizationId: Id,
  clusterId: Id,
  role: MembershipRole.default('member'),
  joined: IsoDate.nullish(),
  left: IsoDate.nullish(),
  illustrative: z.boolean().default(false),
}).refine((m) => !m.joined || !m.left || m.left >= m.joined, { message: 'left must not be before joined', path: ['left'] });
export type MembershipInput = z.infer<typeof MembershipInput>;
export const MembershipPatch = z.object({
  role: MembershipRole.optional(),
  joined: IsoDate.nullish(),
  left: IsoDate.nullish(),
  illustrative: z.boolean().optional(),
});
