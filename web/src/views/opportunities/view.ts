// The page's state in the URL (?dataset=&location=&strategy=&products=) and pure helpers: money, product lists.
import { STRATEGY_NAMES, type StrategyName } from '../../api/opportunities.ts';

/** `products`: a firm's or cluster's own product codes (comma-separated; '' for the location's own exports) */
export interface OpportunitiesView { dataset: string; location: string; strategy: StrategyName; products: string }

export const DEFAULT_VIEW: OpportunitiesView = { dataset: 'world-hs4-2017', location: 'blr', strategy: 'balanced', products: '' };

export function readView(params: URLSearchParams): OpportunitiesView {
  const strategy = params.get('strategy') as StrategyName | null;
  return {
    dataset: params.get('dataset') || DEFAULT_VIEW.dataset,
    location: params.get('location') || DEFAULT_VIEW.location,
    strategy: strategy && STRATEGY_NAMES.includes(strategy) ? strategy : DEFAULT_VIEW.strategy,
    products: parseProductList(params.get('products') ?? '').join(','),
  };
}

/** The URL's parameters for a view: defaults left out, other parameters (such as ?lang) kept. */
export function writeView(current: URLSearchParams, view: OpportunitiesView): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of ['dataset', 'location', 'strategy', 'products'] as const) {
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

/** Product codes typed by a user: separated by commas, semicolons or spaces; repeats removed, order kept. */
export function parseProductList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((code) => code !== ''))];
}
