// Fetches an indicator from the Belstat open data portal (https://dataportal.belstat.gov.by): one POST of a
// filter to `<base>/indicatorValuesSearch`, answered by a table that ./parse-response.ts reads.
//
// The request body (as in ../shared/data/belarus/belstat_api_request_log.json):
//   { indicatorCode: "10206000003",
//     valuesFilter: { years: [2021, ...], periodicities: [], units: ["208"],
//                     dimensionOrder: ["razrez_594", ...], dimensionParams: { razrez_594: ["699961", ...] },
//                     simbolsAfterComma: 1 } }
// Units and dimension node codes are the portal's own (unit 208 per cent, 210 persons, 211 thousand persons;
// razrez_594 the territory). Caveats of the portal: at most 10 years per request; oblasts and raions may be
// published in different units and a request for one unit silently drops the other level; a classification
// that is not broken down is sent as an empty list.
import { ValidationError } from '../errors.ts';

/** The public API of the portal; the base URL can be changed (tests point it at a local server). */
export const BELSTAT_API_URL = 'https://dataportal.belstat.gov.by/osids-public-api/indicator';
export const BELSTAT_MAX_YEARS = 10;

export interface BelstatRequest {
  indicatorCode: string;
  valuesFilter: {
    years: number[];
    periodicities: string[];
    units: string[];
    dimensionOrder: string[];
    dimensionParams: Record<string, string[]>;
    simbolsAfterComma: number;
  };
}

export interface FetchBelstatOptions {
  /** The years to ask for: at most 10. */
  years: readonly number[];
  /** Default BELSTAT_API_URL. */
  baseUrl?: string;
  /** Default the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Give up after this long; default 60,000 ms. */
  timeoutMs?: number;
  /** The portal's unit codes ("208" per cent, "210" persons); default none. */
  units?: readonly string[];
  /** Dimension code to node codes, in dimension order ({ razrez_594: ["699961", "919070"] }); default none. */
  dimensions?: Readonly<Record<string, readonly string[]>>;
  /** Decimal places the portal rounds to; default 1. */
  decimals?: number;
}

export interface BelstatFetchResult {
  url: string;
  request: BelstatRequest;
  /** The response body, parsed from JSON, not yet checked (parseBelstatResponse does that). */
  response: unknown;
  /** The response body as received, for keeping the raw file. */
  text: string;
}

/** The portal could not be reached or did not answer with JSON: not the user's input, so exit code 1. */
export class BelstatFetchError extends Error {}

/** @throws ValidationError unless `code` is an indicator code of the portal: 11 digits, such as 10206000003 */
export function checkIndicatorCode(code: string): void {
  if (!/^\d{11}$/.test(code)) {
    throw new ValidationError(`indicator ${code}: expected the portal's 11-digit indicator code, such as 10206000003`,
      [{ row: 0, column: '--indicator', message: 'expected 11 digits' }]);
  }
}

/** The request body for an indicator and filter. @throws ValidationError for a bad code or years */
export function belstatRequest(code: string, options: Omit<FetchBelstatOptions, 'baseUrl' | 'fetch' | 'timeoutMs'>): BelstatRequest {
  checkIndicatorCode(code);
  const years = [...new Set(options.years)].sort((a, b) => a - b);
  if (years.length === 0 || years.some((y) => !Number.isInteger(y) || y < 1900 || y > 2100)) {
    throw new ValidationError(`years ${options.years.join(', ') || '(none)'}: expected years such as 2021-2025`,
      [{ row: 0, column: '--years', message: 'expected years' }]);
  }
  if (years.length > BELSTAT_MAX_YEARS) {
    throw new ValidationError(`years ${years[0]}-${years[years.length - 1]}: the portal answers at most ${BELSTAT_MAX_YEARS} years per request; split the range`,
      [{ row: 0, column: '--years', message: `more than ${BELSTAT_MAX_YEARS} years` }]);
  }
  const dimensions = options.dimensions ?? {};
  return {
    indicatorCode: code,
    valuesFilter: {
      years,
      periodicities: [],
      units: [...(options.units ?? [])],
      dimensionOrder: Object.keys(dimensions),
      dimensionParams: Object.fromEntries(Object.entries(dimensions).map(([d, nodes]) => [d, [...nodes]])),
      simbolsAfterComma: options.decimals ?? 1,
    },
  };
}

/**
 * Fetches one indicator: POSTs the filter to `<baseUrl>/indicatorValuesSearch` and returns the parsed JSON.
 * @throws ValidationError for a bad code or years; BelstatFetchError when the portal cannot be reached, times
 * out, answers with an HTTP error or with something other than JSON
 */
export async function fetchBelstatIndicator(code: string, options: FetchBelstatOptions): Promise<BelstatFetchResult> {
  const request = belstatRequest(code, options);
  return postBelstatRequest(request, options);
}

/** POSTs a ready request body (a saved or logged one); see fetchBelstatIndicator. */
export async function postBelstatRequest(request: BelstatRequest, options: Pick<FetchBelstatOptions, 'baseUrl' | 'fetch' | 'timeoutMs'> = {}): Promise<BelstatFetchResult> {
  const url = `${(options.baseUrl ?? BELSTAT_API_URL).replace(/\/+$/, '')}/indicatorValuesSearch`;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  let response: Response;
  let text: string;
  try {
    // One signal for the answer and its body: a server that stalls half-way is also given up on.
    const signal = AbortSignal.timeout(timeoutMs);
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
      signal,
    });
    text = await response.text();
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new BelstatFetchError(`${url} did not answer within ${formatSeconds(timeoutMs)}`);
    }
    throw new BelstatFetchError(`cannot reach ${url} (offline?): ${reason(error)}`);
  }
  if (!response.ok) {
    throw new BelstatFetchError(`${url} answered ${response.status} ${response.statusText}`.trim() + excerpt(text));
  }
  try {
    return { url, request, response: JSON.parse(text) as unknown, text };
  } catch {
    throw new BelstatFetchError(`${url} answered with something other than JSON${excerpt(text)}`);
  }
}

function reason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t === '' ? '' : `: ${t.length > 200 ? `${t.slice(0, 200)}...` : t}`;
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
