// The registry table's state (search, filters, page, page size, sort) as it lives in the URL, and the API
// queries it maps to. Pure: no React, so it is tested on its own. Defaults are left out of the URL.

export type RegistryKind = 'clusters' | 'organizations';
export const REGISTRY_KINDS: RegistryKind[] = ['clusters', 'organizations'];
export const isRegistryKind = (value: unknown): value is RegistryKind => REGISTRY_KINDS.includes(value as RegistryKind);

/** The list filters of each kind (query parameters of GET /api/clusters and /api/organizations). */
export const FILTERS = {
  clusters: ['status', 'region', 'sector'],
  organizations: ['region', 'sector', 'role', 'sizeClass', 'clusterId'],
} as const satisfies Record<RegistryKind, readonly string[]>;
export type FilterKey = (typeof FILTERS)[RegistryKind][number];

/** Sorts of the URL: the server's sort keys (a column, descending with a leading minus), except `name`,
 * which is the name in the interface language (name_ru, name_be or name_en on the server). */
export const SORTS = {
  clusters: ['name', '-name', 'status', '-status', 'founded_year', '-founded_year', 'id', '-id'],
  organizations: ['name', '-name', 'size_class', '-size_class', 'id', '-id'],
} as const satisfies Record<RegistryKind, readonly string[]>;

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULTS = { page: 1, size: 25, sort: 'name' } as const;

export type Language = 'ru' | 'be' | 'en';

/** The server's sort key for a URL sort in the interface language. */
export const serverSort = (sort: string, language: Language): string => sort.replace(/^(-?)name$/, `$1name_${language}`);

/** Allowed values of the closed filters; anything else in a URL is dropped rather than sent. */
const CLOSED: Partial<Record<FilterKey, readonly string[]>> = {
  status: ['operating', 'forming', 'potential'],
  role: ['producer', 'supplier', 'service', 'rnd', 'education', 'finance', 'government', 'nonprofit'],
  sizeClass: ['micro', 'small', 'medium', 'large'],
};

export interface TableState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  page: number;
  size: number;
  sort: string;
}

export function parseState(kind: RegistryKind, params: URLSearchParams): TableState {
  const filters: TableState['filters'] = {};
  for (const key of FILTERS[kind]) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (CLOSED[key] && !CLOSED[key]!.includes(value)) continue;
    if (key === 'clusterId' && !/^[1-9]\d*$/.test(value)) continue;
    filters[key] = value;
  }
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const sort = params.get('sort') ?? '';
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    page: Number.isInteger(page) && page >= 1 ? page : DEFAULTS.page,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULTS.size,
    sort: (SORTS[kind] as readonly string[]).includes(sort) ? sort : DEFAULTS.sort,
  };
}

/** The URL's search parameters for `state`: other parameters (e.g. lang) kept, defaults and blanks removed. */
export function writeState(kind: RegistryKind, state: TableState, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of ['q', 'page', 'size', 'sort', ...FILTERS.clusters, ...FILTERS.organizations]) next.delete(key);
  if (state.q) next.set('q', state.q);
  for (const key of FILTERS[kind]) {
    const value = state.filters[key];
    if (value) next.set(key, value);
  }
  if (state.page !== DEFAULTS.page) next.set('page', String(state.page));
  if (state.size !== DEFAULTS.size) next.set('size', String(state.size));
  if (state.sort !== DEFAULTS.sort) next.set('sort', state.sort);
  return next;
}

const search = (entries: [string, string | number | undefined][]) => {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined && value !== '') params.set(key, String(value));
  return params.toString();
};

const viewEntries = (kind: RegistryKind, state: TableState, language: Language): [string, string | undefined][] => [
  ['q', state.q],
  ...FILTERS[kind].map((key): [string, string | undefined] => [key, state.filters[key]]),
  ['sort', serverSort(state.sort, language)],
];

/** GET /api/<kind> for the page in view. */
export function listUrl(kind: RegistryKind, state: TableState, language: Language): string {
  return `/api/${kind}?${search([...viewEntries(kind, state, language), ['limit', state.size], ['offset', (state.page - 1) * state.size]])}`;
}

/** GET /api/export/<kind>: every row of the view (all pages), in the view's order. */
export function exportUrl(kind: RegistryKind, state: TableState, format: 'csv' | 'xlsx', language: Language): string {
  return `/api/export/${kind}?${search([['format', format], ...viewEntries(kind, state, language)])}`;
}

/** The sort as TanStack Table's sorting state, and back. */
export function toSorting(sort: string): { id: string; desc: boolean }[] {
  return [{ id: sort.replace(/^-/, ''), desc: sort.startsWith('-') }];
}
export function fromSorting(sorting: { id: string; desc: boolean }[]): string {
  const first = sorting[0];
  return first ? `${first.desc ? '-' : ''}${first.id}` : DEFAULTS.sort;
}
