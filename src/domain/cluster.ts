import { z } from 'zod';
import { ClusterStatus } from './enums.ts';
import { Id, IsoDate, Label, Name, OptionalText, patchOf, SectorCode, TerritoryId, Url } from './primitives.ts';

export const ClusterInput = z.object({
  id: Id.optional(),
  nameRu: Name,
  nameBe: Name.nullish(),
  nameEn: Name.nullish(),
  status: ClusterStatus,
  statusSince: IsoDate.nullish(),
  specialisation: z.array(SectorCode).default([]),
  territories: z.array(TerritoryId).default([]),
  coordinatorId: Id.nullish(),
  foundedYear: z.number().int().min(1900).max(2100).nullish(),
  agreementDate: IsoDate.nullish(),
  agreementRef: z.string().max(500).nullish(),
  /** People employed by the cluster's management (coordinating) organisation for the cluster. */
  managementStaff: z.number().int().min(0).max(10000).nullish(),
  description: OptionalText,
  /** Cluster management excellence labels (e.g. ECEI bronze, silver, gold). */
  labels: z.array(Label).max(100).default([]),
  website: Url.nullish(),
  source: OptionalText,
  illustrative: z.boolean().default(false),
});
export type ClusterInput = z.infer<typeof ClusterInput>;
export const ClusterPatch = patchOf(ClusterInput.omit({ id: true }));
