// Uploads of data files (statistics, category definitions, trade data) by analysts and admins.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isStaff, requireRole } from '../../services/access.ts';
import { ValidationError } from '../../services/errors.ts';
import { formatOf } from '../../services/files/read-table.ts';

/** A `true` / `false` query parameter, false when absent. */
export const QueryFlag = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

/** The CSV or XLSX file in the multipart field "file" of a staff member's request. */
export async function staffUpload(request: FastifyRequest, action: string) {
  requireRole(request.viewer, isStaff, action);
  return fileUpload(request);
}

/** The CSV or XLSX file in the multipart field "file"; the service checks who may load it. */
export async function fileUpload(request: FastifyRequest) {
  const file = await request.file();
  if (!file) throw new ValidationError('upload a CSV or XLSX file in a multipart field named "file"');
  if (!/\.(csv|txt|xlsx)$/i.test(file.filename)) throw new ValidationError(`${file.filename}: unsupported file type (expected .csv or .xlsx)`);
  return { buffer: await file.toBuffer(), name: file.filename, format: formatOf(file.filename) };
}
