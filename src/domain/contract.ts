import { z } from 'zod';
import { ContractKind, ContractStatus } from './enums.ts';
import { Id, IsoDate, Money, patchOf } from './primitives.ts';

const fields = {
  id: Id.optional(),
  supplierId: Id,
  customerId: Id,
  kind: ContractKind,
  clusterId: Id.nullish(),
  title: z.string().max(1_000).nullish(),
  signed: IsoDate.nullish(),
  startDate: IsoDate.nullish(),
  endDate: IsoDate.nullish(),
  value: Money.nullish(),
  status: ContractStatus.default('active'),
  illustrative: z.boolean().default(false),
};

export const ContractInput = z.object(fields)
  .refine((c) => c.supplierId !== c.customerId, { message: 'supplier and customer must differ', path: ['customerId'] })
  .refine((c) => !c.startDate || !c.endDate || c.endDate >= c.startDate, { message: 'end_date must not be before start_date', path: ['endDate'] });
export type ContractInput = z.infer<typeof ContractInput>;
export const ContractPatch = patchOf(z.object(fields).omit({ id: true, supplierId: true, customerId: true }));
