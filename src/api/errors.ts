// One error handler: known service errors become 4xx JSON answers; anything else is logged and hidden.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../services/errors.ts';

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        row: 0,
        column: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || (v.params as { issue?: { path?: unknown[] } }).issue?.path?.join('.') || error.validationContext || '',
        message: v.message ?? 'invalid',
      }));
      return reply.code(400).send({ error: { id: 'invalid_request', message: `invalid ${error.validationContext ?? 'request'}`, errors } });
    }
    if (error instanceof ValidationError) {
      return reply.code(422).send({ error: { id: 'invalid_input', message: error.message, errors: error.errors, totalErrors: error.totalErrors } });
    }
    if (error instanceof NotFoundError) {
      return reply.code(404).send({ error: { id: `${error.entity}_not_found`, message: error.message } });
    }
    if (error instanceof ForbiddenError) {
      const signedIn = request.viewer !== null;
      return reply.code(signedIn ? 403 : 401).send({ error: { id: signedIn ? 'forbidden' : 'unauthenticated', message: error.message } });
    }
    const sqlState = databaseErrorCode(error);
    if (error instanceof ConflictError || sqlState?.startsWith('23')) {
      return reply.code(409).send({ error: { id: 'conflict', message: error instanceof ConflictError ? error.message : 'the record conflicts with an existing one' } });
    }
    if (sqlState?.startsWith('22')) {
      return reply.code(422).send({ error: { id: 'invalid_input', message: 'a value is out of range for its field' } });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ error: { id: error.code ?? 'bad_request', message: error.message } });
    }
    request.log.error({ err: error, url: request.url, method: request.method }, 'request failed');
    return reply.code(500).send({ error: { id: 'internal', message: 'internal error; it has been logged' } });
  });
}

/** The SQLSTATE of a database error, also when drizzle wraps it. */
function databaseErrorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}
