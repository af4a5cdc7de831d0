// The page's state in the URL (?dataset=&location=&strategy=) and pure helpers: money and the explanation text.
import { STRATEGY_NAMES, type StrategyName } from '../../api/opportunities.ts';

export interface OpportunitiesView { dataset: string; location: string; strategy: StrategyName }

export const DEFAULT_VIEW: OpportunitiesView = { dataset: 'world-hs4-2017', location: 'blr', strategy: 'balanced' };

export function readView(params: URLSearchParams): OpportunitiesView {
  const strategy = params.get('strategy') as StrategyName | null;
  return {
    dataset: params.get('dataset') || DEFAULT_VIEW.dataset,
    location: params.get('location') || DEFAULT_VIEW.location,
    strategy: strategy && STRATEGY_NAMES.includes(strategy) ? strategy : DEFAULT_VIEW.strategy,
  };
}

/** The URL's parameters for a view: defaults left out, other parameters (such as ?lang) kept. */
export function writeView(current: URLSearchParams, view: OpportunitiesView): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of ['dataset', 'location', 'strategy'] as const) {
    if (view[key] === DEFAULT_VIEW[key]) next.delete(key);
    else next.set(key, view[key]);
  }
  return next;
}

/** A money amount split into a scale key and a value in that scale. */
export function moneyScale(value: number): { key: 'billion' | 'million' | 'thousand' | 'unit'; value: number } {
  const abs = Math.abs(value);
  if (abs >= 1e9) return { key: 'billion', value: value / 1e9 };
  if (abs >= 1e6) return { key: 'million', value: value / 1e6 };
  if (abs >= 1e3) return { key: 'thousand', value: value / 1e3 };
  return { key: 'unit', value };
}
