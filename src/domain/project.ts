import { z } from 'zod';
import { ProjectStatus } from './enums.ts';
import { Id, IsoDate, Money, Name, OptionalText } from './primitives.ts';

export const ProjectInput = z.object({
  id: Id.optional(),
  clusterId: Id.nullish(),
  titleRu: Name,
  titleEn: Name.nullish(),
  description: OptionalText,
  startDate: IsoDate.nullish(),
  endDate: IsoDate.nullish(),
  budget: Money.nullish(),
  status: ProjectStatus.default('active'),
  participants: z.array(Id).default([]),
  illustrative: z.boolean().default(false),
});
export type ProjectInput = z.infer<typeof ProjectInput>;
