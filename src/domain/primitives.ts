// Shared field schemas of the registry entities.
import { z } from 'zod';
import { validateUnp } from './unp.ts';

export const Id = z.number().int().positive();
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');
export const SectorCode = z.string().regex(/^([A-U]|\d{2}(\.\d{1,2})?)$/, 'expected a NACE code such as C, 26, 26.5 or 26.51');
export const TerritoryId = z.string().min(1).max(64);
export const Name = z.string().trim().min(1, 'must not be empty').max(500);
/** One entry of a list of certifications or labels (a list cell separates them with `|`). */
export const Label = z.string().trim().min(1, 'must not be empty').max(200).refine((s) => !s.includes('|'), 'must not contain |');
export const OptionalText = z.string().max(20_000).nullish();
export const Url = z.string().max(2_000).regex(/^https?:\/\/\S+/, 'expected a web address starting with http:// or https://');
export const Unp = z.string().transform((raw, ctx) => {
  const result = validateUnp(raw);
  if (!result.valid) {
    ctx.addIssue({ code: 'custom', message: `invalid UNP: ${result.reason}` });
    return z.NEVER;
  }
  return result.unp;
});
export const Money = z.number().nonnegative().finite();

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;
type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> };

/** The schema of a partial update: every field optional and no defaults, so that fields a PATCH leaves
 * out stay as they are (zod's `.partial()` alone would still fill in `.default()` values). */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): z.ZodObject<PatchShape<T>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional()]),
  );
  return z.object(shape) as unknown as z.ZodObject<PatchShape<T>>;
}
