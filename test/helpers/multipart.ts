import type { FastifyInstance } from 'fastify';

/** A multipart/form-data body with one file in the field `file`, for app.inject(). */
export function multipart(filename: string, content: Buffer | string) {
  const boundary = '----clusteratlas';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** POSTs one file as multipart/form-data to url, with a session cookie when given. */
export function postFile(app: FastifyInstance, url: string, filename: string, content: Buffer | string, cookie?: string) {
  const body = multipart(filename, content);
  return app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, ...(cookie ? { cookie } : {}) } });
}
