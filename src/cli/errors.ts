import { ConflictError, ValidationError } from '../services/errors.ts';

export function exitCodeFor(error: unknown): number {
  return error instanceof ValidationError || error instanceof ConflictError ? 2 : 1;
}

export function printError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message}\n`);
  if (error instanceof ValidationError) {
    for (const e of error.errors) {
      process.stderr.write(`  ${e.row > 0 ? `row ${e.row}, ` : ''}column ${e.column}: ${e.message}\n`);
    }
    if (error.totalErrors > error.errors.length) {
      process.stderr.write(`  ... and ${error.totalErrors - error.errors.length} more\n`);
    }
  }
}
