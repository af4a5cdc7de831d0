// Plain-language reasons for a partner match: which shared sector, which value-chain link, which percentile,
// how far. Only percentiles and counts are named, never an organisation's confidential figures. Pure.
import type { ChainProfile } from './complementarity.ts';
import { haversineKm } from './geography.ts';
import type { SectorLevel, SectorTree } from './sector-hierarchy.ts';
import { SIZE_CLASSES } from './size-fit.ts';
import type { SparseVector } from './sparse-vector.ts';
import type { Component, Reason, Weights } from './types.ts';

export interface ExplainSide {
  sector: SparseVector;
  sizeClass: number;
  lat: number;
  lon: number;
}

/** What a candidate's reasons may name: percentiles and counts, never confidential figures. */
export interface CandidateEvidence {
  /** percentiles within its sector, 0..1 or NaN */
  productivityPct: number;
  growthPct: number;
  exportPct: number;
  yearsActive: number;
  completed: number;
  memberships: number;
  labels: number;
}

export interface ExplainCandidate extends ExplainSide, CandidateEvidence {}

const DEPTH: Readonly<Record<SectorLevel, number>> = { section: 0, division: 1, group: 2, class: 3 };

/** The deepest sector node two vectors share (the node of the highest level in both), -1 when none. */
export function deepestShared(tree: SectorTree, a: SparseVector, b: SparseVector): number {
  let best = -1;
  let i = 0;
  let j = 0;
  while (i < a.index.length && j < b.index.length) {
    const x = a.index[i] as number;
    const y = b.index[j] as number;
    if (x === y) {
      if (best < 0 || DEPTH[tree.levels[x] as SectorLevel] > DEPTH[tree.levels[best] as SectorLevel]) best = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return best;
}

function topShare(p: number): number | undefined {
  if (!(p >= 0.75)) return undefined;
  return p >= 0.9 ? 10 : 25;
}

/**
 * Reasons of one match, strongest evidence first within each component; components with weight 0 give none.
 *   sector           the deepest shared NACE node: "same NACE group 26.5";
 *   complementarity  the strongest link: "supplies sector 29 that you buy from" / "buys from sector 25 what you sell";
 *   text             "similar profile text (cosine 0.42)" when the cosine is at least 0.1;
 *   competitiveness  "top 10% productivity in its sector" (top 10% or 25% by percentile);
 *   reliability      years active (>= 5), contracts completed, cluster memberships, excellence labels;
 *   geography        "12 km away" (great-circle distance between the two places);
 *   size             "same size class (small)".
 */
export function explain(
  tree: SectorTree,
  query: ExplainSide,
  candidate: ExplainCandidate,
  components: Record<Component, number>,
  weights: Weights,
  chain?: ChainProfile,
): Reason[] {
  const out: Reason[] = [];
  const add = (component: Component, code: string, params: Record<string, string | number>, text: string) =>
    out.push({ component, code, params, text });
  if (weights.sector > 0) {
    const n = deepestShared(tree, query.sector, candidate.sector);
    if (n >= 0) {
      const level = tree.levels[n] as SectorLevel;
      const code = tree.codes[n] as string;
      add('sector', `same-${level}`, { code }, `same NACE ${level} ${code}`);
    }
  }
  if (weights.complementarity > 0 && chain && components.complementarity > 0) {
    let best = 0;
    let how: 'supplies' | 'buys' = 'supplies';
    let c = -1;
    for (let i = 0; i < candidate.sector.index.length; i++) {
      const node = candidate.sector.index[i] as number;
      if (tree.levels[node] !== 'division') continue;
      if ((chain.supplies[node] as number) > best) [best, how, c] = [chain.supplies[node] as number, 'supplies', node];
      if ((chain.buys[node] as number) > best) [best, how, c] = [chain.buys[node] as number, 'buys', node];
    }
    if (c >= 0) {
      const sector = tree.codes[c] as string;
      const yours = tree.codes[(how === 'supplies' ? chain.suppliesVia[c] : chain.buysVia[c]) as number] as string;
      if (how === 'supplies') add('complementarity', 'supplies-you', { sector, yourSector: yours }, `supplies sector ${sector} that you buy from (your sector ${yours})`);
      else add('complementarity', 'buys-from-you', { sector, yourSector: yours }, `sector ${sector} buys what you sell (your sector ${yours})`);
    }
  }
  if (weights.text > 0 && components.text >= 0.1) {
    const cosine = Math.round(components.text * 100) / 100;
    add('text', 'similar-profile', { cosine }, `similar profile text (cosine ${cosine})`);
  }
  if (weights.competitiveness > 0) {
    const parts: [string, number][] = [['productivity', candidate.productivityPct], ['growth', candidate.growthPct], ['export share', candidate.exportPct]];
    for (const [what, p] of parts) {
      const top = topShare(p);
      if (top !== undefined) add('competitiveness', `top-${what.replace(' ', '-')}`, { top, percentile: Math.round(p * 100) }, `top ${top}% ${what} in its sector`);
    }
  }
  if (weights.reliability > 0) {
    const years = Math.floor(candidate.yearsActive);
    if (years >= 5) add('reliability', 'years-active', { years }, `active for ${years} years`);
    if (candidate.completed > 0) add('reliability', 'contracts-completed', { count: candidate.completed }, `${candidate.completed} contract${candidate.completed === 1 ? '' : 's'} completed`);
    if (candidate.memberships > 0) add('reliability', 'cluster-member', { count: candidate.memberships }, `member of ${candidate.memberships} cluster${candidate.memberships === 1 ? '' : 's'}`);
    if (candidate.labels > 0) add('reliability', 'labels', { count: candidate.labels }, `${candidate.labels} excellence label${candidate.labels === 1 ? '' : 's'} or certificate${candidate.labels === 1 ? '' : 's'}`);
  }
  if (weights.geography > 0) {
    const km = haversineKm(query.lat, query.lon, candidate.lat, candidate.lon);
    if (!Number.isNaN(km)) {
      if (km < 1) add('geography', 'same-place', { km: 0 }, 'in the same place');
      else add('geography', 'distance', { km: Math.round(km) }, `${Math.round(km)} km away`);
    }
  }
  if (weights.size > 0 && query.sizeClass >= 0 && query.sizeClass === candidate.sizeClass) {
    const size = SIZE_CLASSES[candidate.sizeClass] as string;
    add('size', 'same-size', { sizeClass: size }, `same size class (${size})`);
  }
  return out;
}
