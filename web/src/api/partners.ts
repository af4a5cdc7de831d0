// Response types and paths of partner search (GET /api/organizations/:id/partners, GET /api/clusters/:id/partners).
// Shapes follow src/analytics/matching/types.ts and src/api/routes/partners.ts.
import { queryString } from './client.ts';

/** The components of a partner score, each in [0, 1] (the server's COMPONENTS, in its order). */
export const COMPONENTS = ['sector', 'complementarity', 'text', 'competitiveness', 'reliability', 'geography', 'size'] as const;
export type Component = (typeof COMPONENTS)[number];
export type Weights = Record<Component, number>;

export const PARTNER_MODES = ['similar', 'complementary', 'foreign'] as const;
export type PartnerMode = (typeof PARTNER_MODES)[number];

/** Why a candidate scored: a stable code the interface translates with its parameters, and an English sentence. */
export interface PartnerReason {
  component: Component;
  code: string;
  params: Record<string, string | number>;
  text: string;
}

/** One ranked partner: an organisation or (foreign mode) a cluster. Names come as `name` or `nameRu`/`nameEn`. */
export interface PartnerMatch {
  id: number;
  kind?: 'organization' | 'cluster';
  name?: string | null;
  nameRu?: string | null;
  nameBe?: string | null;
  nameEn?: string | null;
  country?: string | null;
  territoryId?: string | null;
  score: number;
  components: Record<Component, number>;
  reasons: PartnerReason[];
}

export interface PartnerAnswer {
  items: PartnerMatch[];
  /** the weights the server used, when it says */
  weights?: Partial<Weights>;
  mode?: PartnerMode;
}

export interface PartnerFilters { territory: string; country: string; role: string; sizeClass: string; sector: string; cluster: string }

export interface PartnerQuery extends PartnerFilters {
  subject: { kind: 'organization' | 'cluster'; id: number };
  mode: PartnerMode;
  top: number;
  /** only the weights the user set; the server's defaults for the rest */
  weights: Partial<Weights>;
}

/** `sector=1,text=0.5`: the weights in the server's component order; '' when none is set. */
export function formatWeights(weights: Partial<Weights>): string {
  return COMPONENTS.filter((c) => weights[c] !== undefined && Number.isFinite(weights[c])).map((c) => `${c}=${weights[c]}`).join(',');
}

/** Reads `sector=1,text=0.5`; unknown components and values that are not non-negative numbers are dropped. */
export function parseWeights(text: string): Partial<Weights> {
  const weights: Partial<Weights> = {};
  for (const part of text.split(',')) {
    const [key, raw] = part.split('=');
    const value = Number(raw);
    if ((COMPONENTS as readonly string[]).includes(key ?? '') && raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value >= 0) {
      weights[key as Component] = value;
    }
  }
  return weights;
}

export const partnerPaths = {
  search(q: PartnerQuery): string {
    const base = q.subject.kind === 'cluster' ? `/api/clusters/${q.subject.id}/partners` : `/api/organizations/${q.subject.id}/partners`;
    return base + queryString({
      mode: q.mode, top: q.top, weights: formatWeights(q.weights),
      territory: q.territory, country: q.country, role: q.role, sizeClass: q.sizeClass, sector: q.sector, cluster: q.cluster,
    });
  },
};
