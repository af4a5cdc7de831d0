// The page's state in the URL (?tab=&programme=&measure=&cluster=&territory=&panel=&replications=); the support weights
// and budget are a form's state, not the URL's.

export const TABS = ['programme', 'support', 'eligibility', 'impact'] as const;
export type EvaluationTab = (typeof TABS)[number];

/**
 * `programme`, `measure`, `panel`: '' for the first one the API lists; `cluster` (an id) and `territory` (a
 * territory id such as BY-VI): the eligibility filters, '' for all organisations.
 */
export interface EvaluationView { tab: EvaluationTab; programme: string; measure: string; cluster: string; territory: string; panel: string; replications: number }

/** Bootstrap replications offered for the impact intervals. */
export const REPLICATIONS: readonly number[] = [50, 100, 200, 500];

export const DEFAULT_VIEW: EvaluationView = { tab: 'programme', programme: '', measure: '', cluster: '', territory: '', panel: '', replications: 200 };

const CODE = /^[A-Za-z0-9._-]{1,64}$/;
const code = (value: string | null) => (value !== null && CODE.test(value) ? value : '');

export function readView(params: URLSearchParams): EvaluationView {
  const tab = params.get('tab') as EvaluationTab | null;
  const replications = Number(params.get('replications'));
  return {
    tab: tab && TABS.includes(tab) ? tab : DEFAULT_VIEW.tab,
    programme: code(params.get('programme')),
    measure: code(params.get('measure')),
    cluster: /^\d{1,9}$/.test(params.get('cluster') ?? '') && Number(params.get('cluster')) > 0 ? String(Number(params.get('cluster'))) : '',
    territory: /^[A-Z]{2}(-[A-Za-z0-9]{1,12})*$/.test(params.get('territory') ?? '') ? params.get('territory') as string : '',
    panel: code(params.get('panel')),
    replications: REPLICATIONS.includes(replications) ? replications : DEFAULT_VIEW.replications,
  };
}

/** The URL's parameters for a view: defaults left out, other parameters (such as ?lang) kept. */
export function writeView(current: URLSearchParams, view: EvaluationView): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of ['tab', 'programme', 'measure', 'cluster', 'territory', 'panel', 'replications'] as const) {
    if (view[key] === DEFAULT_VIEW[key]) next.delete(key);
    else next.set(key, String(view[key]));
  }
  return next;
}

/** The chosen id when the list has it, else the list's first (or '' for an empty list). */
export function chosen<T>(id: string, items: readonly T[] | undefined, key: (item: T) => string): string {
  if (!items || items.length === 0) return '';
  return items.some((item) => key(item) === id) ? id : key(items[0] as T);
}
