// Helpers of the edit forms: text values in, a patch of the changed fields out, server errors per field.
import type { FieldError } from '../../api/client.ts';

/** Splits a list typed as "16, 26.5; 31" (commas, semicolons, bars or spaces). */
export const parseList = (text: string): string[] => text.split(/[\s,;|]+/).map((s) => s.trim()).filter(Boolean);
export const formatList = (items: readonly string[] | null | undefined): string => (items ?? []).join(', ');

/** A text box value for a nullable field, and back: an empty box is null. */
export const textOf = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
export const nullableText = (text: string, trim = true): string | null => (text.trim() === '' ? null : trim ? text.trim() : text);

/** A number box: empty is null; anything else is sent as typed so the server can say what is wrong. */
export function nullableNumber(text: string): number | string | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

/** Only the fields whose value differs from the record as loaded. */
export function changedFields(next: Record<string, unknown>, original: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (!sameValue(value, original[key] ?? null)) patch[key] = value;
  }
  return patch;
}

/** The field an API error belongs to: `specialisation.1` -> `specialisation`; null when no field matches. */
export function fieldOf(column: string, fields: readonly string[]): string | null {
  const head = column.split('.')[0] ?? '';
  return fields.includes(head) ? head : null;
}

export interface GroupedErrors { byField: Record<string, string[]>; other: FieldError[] }

export function groupErrors(errors: FieldError[], fields: readonly string[], translate: (message: string) => string): GroupedErrors {
  const byField: Record<string, string[]> = {};
  const other: FieldError[] = [];
  for (const error of errors) {
    const field = fieldOf(error.column, fields);
    if (field) (byField[field] ??= []).push(translate(error.message));
    else other.push({ ...error, message: translate(error.message) });
  }
  return { byField, other };
}

/** A safe in-app path from ?next= (never another site). */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

/** Fields that a PATCH must always carry. The API's patch schemas are partial copies of the create schemas,
 * whose array and flag fields have defaults; zod 4 applies those defaults to a missing field, so a PATCH
 * without them would reset the record's lists and flags. Until the schemas stop doing that, every save
 * sends their current values along. */
export function withPreserved(patch: Record<string, unknown>, record: object, fields: readonly string[]): Record<string, unknown> {
  if (Object.keys(patch).length === 0) return patch;
  const source = record as Record<string, unknown>;
  const full = { ...patch };
  for (const field of fields) if (!(field in full) && source[field] !== undefined) full[field] = source[field];
  return full;
}
