// Shared shapes of partner search: the score components, user weights and explained matches.

/** The components of a partner score, each in [0, 1]. */
export const COMPONENTS = ['sector', 'complementarity', 'text', 'competitiveness', 'reliability', 'geography', 'size'] as const;
export type Component = (typeof COMPONENTS)[number];

/** Non-negative weights per component (normalised to sum 1 when scoring). */
export type Weights = Record<Component, number>;

/**
 * Why a candidate scored: a stable code the interface translates, its parameters, and an English sentence.
 * Examples: { code: 'same-group', params: { code: '26.5' }, text: 'same NACE group 26.5' },
 * { code: 'supplies-your-buyers', params: { sector: '29' }, text: 'supplies sector 29 that you buy from' }.
 */
export interface Reason {
  component: Component;
  code: string;
  params: Record<string, string | number>;
  text: string;
}

export interface Match {
  id: number;
  score: number;
  components: Record<Component, number>;
  reasons: Reason[];
}
