// JSON has no NaN or Infinity: the API sends a number that is not finite (or absent) as null.
export const finiteOrNull = (value: number | null | undefined): number | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : value;
