// fetch for the ClusterAtlas API: JSON in and out, the session cookie sent, errors as ApiError with the
// server's {row, column, message} list.

export interface FieldError { row: number; column: string; message: string }

export class ApiError extends Error {
  constructor(readonly status: number, readonly id: string, message: string, readonly errors: FieldError[] = []) {
    super(message);
  }
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...rest,
    headers: json === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? {};
    throw new ApiError(response.status, error.id ?? 'http_error', error.message ?? response.statusText, error.errors ?? []);
  }
  return body as T;
}

export const queryString = (params: Record<string, string | number | undefined | null>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};
