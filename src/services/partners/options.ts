// Partner-search options from the API or the CLI: mode, top, weights ("sector=1,text=0.5") and filters,
// checked with errors that name the field.
import { checkWeights } from '../../analytics/matching/combine.ts';
import { COMPONENTS, type Component, type Weights } from '../../analytics/matching/types.ts';
import { ORG_ROLES, SIZE_CLASSES } from '../../domain/enums.ts';
import { fieldErrors } from '../errors.ts';

export const PARTNER_MODES = ['similar', 'complementary', 'foreign'] as const;
export type PartnerMode = (typeof PARTNER_MODES)[number];

/** Default weights of each mode (a user's weights replace the ones they name). */
export const MODE_WEIGHTS: Readonly<Record<PartnerMode, Weights>> = Object.freeze({
  similar: { sector: 1, complementarity: 0, text: 0.5, competitiveness: 0.25, reliability: 0.25, geography: 0.25, size: 0.25 },
  complementary: { sector: 0, complementarity: 1, text: 0.25, competitiveness: 0.25, reliability: 0.25, geography: 0.25, size: 0 },
  foreign: { sector: 1, complementarity: 0, text: 0.5, competitiveness: 0, reliability: 0, geography: 0, size: 0 },
});

export const MAX_TOP = 200;

export interface PartnerOptionsInput {
  mode?: string;
  top?: string | number;
  weights?: string;
  territory?: string;
  country?: string;
  role?: string;
  sizeClass?: string;
  sector?: string;
  cluster?: string | number;
}

export interface PartnerOptions {
  mode: PartnerMode;
  top: number;
  weights: Weights;
  territory?: string;
  country?: string;
  role?: string;
  sizeClass?: string;
  sector?: string;
  cluster?: number;
}

/** Parses "sector=1,text=0.5" over the mode's defaults. @throws {ValidationError} naming `weights.<component>` */
export function parseWeights(text: string | undefined, mode: PartnerMode): Weights {
  const weights: Weights = { ...MODE_WEIGHTS[mode] };
  if (text === undefined || text.trim() === '') return weights;
  for (const part of text.split(',')) {
    const [name, value, extra] = part.split('=').map((s) => s.trim());
    if (!name || value === undefined || extra !== undefined) throw fieldErrors([{ field: 'weights', message: `"${part}" is not component=number` }]);
    if (!(COMPONENTS as readonly string[]).includes(name)) {
      throw fieldErrors([{ field: `weights.${name}`, message: `unknown component ${name}; one of ${COMPONENTS.join(', ')}` }]);
    }
    const w = Number(value);
    if (value === '' || !Number.isFinite(w) || w < 0) throw fieldErrors([{ field: `weights.${name}`, message: `weight of ${name} must be a number >= 0, not "${value}"` }]);
    weights[name as Component] = w;
  }
  try {
    return checkWeights(weights);
  } catch (e) {
    throw fieldErrors([{ field: 'weights', message: (e as Error).message }]);
  }
}

/** Checks and types the options. @throws {ValidationError} naming the field */
export function parsePartnerOptions(input: PartnerOptionsInput, allowed: readonly PartnerMode[]): PartnerOptions {
  const mode = (input.mode ?? 'similar') as PartnerMode;
  if (!allowed.includes(mode)) throw fieldErrors([{ field: 'mode', message: `mode must be one of ${allowed.join(', ')}` }]);
  const top = input.top === undefined || input.top === '' ? 20 : Number(input.top);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw fieldErrors([{ field: 'top', message: `top must be an integer from 1 to ${MAX_TOP}` }]);
  if (input.role && !(ORG_ROLES as readonly string[]).includes(input.role)) throw fieldErrors([{ field: 'role', message: `role must be one of ${ORG_ROLES.join(', ')}` }]);
  if (input.sizeClass && !(SIZE_CLASSES as readonly string[]).includes(input.sizeClass)) {
    throw fieldErrors([{ field: 'sizeClass', message: `sizeClass must be one of ${SIZE_CLASSES.join(', ')}` }]);
  }
  let cluster: number | undefined;
  if (input.cluster !== undefined && input.cluster !== '') {
    cluster = Number(input.cluster);
    if (!Number.isInteger(cluster) || cluster < 1) throw fieldErrors([{ field: 'cluster', message: 'cluster must be a cluster id' }]);
  }
  const opt = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : undefined);
  return {
    mode, top, weights: parseWeights(input.weights, mode), cluster,
    territory: opt(input.territory), country: opt(input.country)?.toUpperCase(), role: opt(input.role), sizeClass: opt(input.sizeClass), sector: opt(input.sector),
  };
}
