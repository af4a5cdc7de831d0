import type { z } from 'zod';

// Errors that services raise and the API and CLI turn into answers (HTTP status, exit code 2).

export interface CellError { row: number; column: string; message: string }

/** Bad input: names the file, row and column of every problem; nothing was written. */
export class ValidationError extends Error {
  readonly errors: CellError[];
  readonly totalErrors: number;
  constructor(message: string, errors: CellError[] = [], totalErrors = errors.length) {
    super(message);
    this.errors = errors;
    this.totalErrors = totalErrors;
  }
}

export class NotFoundError extends Error {
  constructor(readonly entity: string, readonly id: string | number) {
    super(`${entity} ${id} not found`);
  }
}

export class ForbiddenError extends Error {}
export class ConflictError extends Error {}

/** Parses `input` with `schema`, or throws a ValidationError listing each field's problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw fieldErrors(result.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })));
}

export function fieldErrors(problems: { field: string; message: string }[]): ValidationError {
  return new ValidationError('invalid input', problems.map((p) => ({ row: 0, column: p.field, message: p.message })));
}
