// The page's state in the URL (?dataset=&location=&strategy=&products=) and pure helpers: money, product lists.
import { STRATEGY_NAMES, type StrategyName } from '../../api/opportunities.ts';

/**
 * `products`: a firm's own product codes (comma-separated); `cluster` / `organization`: a registered one whose
 * products are derived from its sectors ('' when not used; at most one of the three).
 */
export interface OpportunitiesView { dataset: string; location: string; strategy: StrategyName; products: string; cluster: string; organization: string }

export const DEFAULT_VIEW: OpportunitiesView = { dataset: 'world-hs4-2017', location: 'blr', strategy: 'balanced', products: '', cluster: '', organization: '' };

export function readView(params: URLSearchParams): OpportunitiesView {
  const strategy = params.get('strategy') as StrategyName | null;
  return {
    dataset: params.get('dataset') || DEFAULT_VIEW.dataset,
    location: params.get('location') || DEFAULT_VIEW.location,
    strategy: strategy && STRATEGY_NAMES.includes(strategy) ? strategy : DEFAULT_VIEW.strategy,
    products: parseProductList(params.get('products') ?? '').join(','),
    cluster: /^\d+$/.test(params.get('cluster') ?? '') ? params.get('cluster') as string : '',
    organization: /^\d+$/.test(params.get('organization') ?? '') ? params.get('organization') as string : '',
  };
}

/** The URL's parameters for a view: defaults left out, other parameters (such as ?lang) kept. */
export function writeView(current: URLSearchParams, view: OpportunitiesView): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of ['dataset', 'location', 'strategy', 'products', 'cluster', 'organization'] as const) {
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
