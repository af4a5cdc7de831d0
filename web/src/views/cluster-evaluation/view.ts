// The page's state in the URL (?tab=kpis|excellence|peers|goals|strategy&indicator=CODE) and the cluster id of
// the route. Defaults are left out of the URL; other parameters (such as ?lang) are kept.

export const TABS = ['kpis', 'excellence', 'peers', 'goals', 'strategy'] as const;
export type Tab = (typeof TABS)[number];

/** `indicator`: the KPI drawn in the chart ('' for the first of the board). */
export interface EvaluationView { tab: Tab; indicator: string }

export const DEFAULT_VIEW: EvaluationView = { tab: 'kpis', indicator: '' };

const CODE = /^[A-Za-z0-9._-]{1,48}$/;

export function readView(params: URLSearchParams): EvaluationView {
  const tab = params.get('tab') as Tab | null;
  const indicator = params.get('indicator') ?? '';
  return {
    tab: tab && TABS.includes(tab) ? tab : DEFAULT_VIEW.tab,
    indicator: CODE.test(indicator) ? indicator : DEFAULT_VIEW.indicator,
  };
}

export function writeView(current: URLSearchParams, view: EvaluationView): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of ['tab', 'indicator'] as const) {
    if (view[key] === DEFAULT_VIEW[key]) next.delete(key);
    else next.set(key, String(view[key]));
  }
  return next;
}

/** The cluster id of the route (a positive integer), or null. */
export function clusterIdOf(param: string | undefined): number | null {
  if (!param || !/^\d{1,9}$/.test(param)) return null;
  const id = Number(param);
  return id > 0 ? id : null;
}
