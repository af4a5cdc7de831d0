// Request shapes shared by the routes.
import { z } from 'zod';
import { Page } from '../../services/pagination.ts';

export const IdParams = z.object({ id: z.coerce.number().int().positive() });
export { Page };
export const ErrorBody = z.object({
  error: z.object({
    id: z.string(),
    message: z.string(),
    errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })).optional(),
  }),
});
