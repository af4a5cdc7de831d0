// Talent matching: people profiles (researchers, engineers, experts, managers) scored against a cluster's needs
// or a staff call, with the share of each component and plain-language reasons. Pure: the caller loads the
// sector tree, the territory parents and the profiles.
import type { SectorLevel, SectorTree } from './sector-hierarchy.ts';
import { dot, type SparseVector } from './sparse-vector.ts';

export const TALENT_COMPONENTS = ['sector', 'competence', 'territory'] as const;
export type TalentComponent = (typeof TALENT_COMPONENTS)[number];
export type TalentWeights = Record<TalentComponent, number>;

/** Default weights: the sector fit counts most, then the named competences, then being on the spot. */
export const TALENT_WEIGHTS: Readonly<TalentWeights> = Object.freeze({ sector: 0.5, competence: 0.35, territory: 0.15 });

/** What a cluster or a staff call needs. */
export interface TalentNeed {
  /** NACE codes of the need (a cluster: its specialisation and its members' codes; a call: its sectors). */
  sectors: readonly string[];
  /** The need's sector vector, `SectorTree.vector` of the codes with their weights (normalised). */
  sectorVector: SparseVector;
  /** Free text naming what is needed (a call's description, a cluster's description and projects). */
  text: string;
  /** Territory ids of the need; empty when anywhere will do. */
  territories: readonly string[];
}

export interface TalentCandidate {
  id: number;
  sectors: readonly string[];
  /** `SectorTree.vector(sectors)`. */
  sectorVector: SparseVector;
  competences: readonly string[];
  territoryId: string | null;
}

export interface TalentReason {
  component: TalentComponent;
  /** same-class | same-group | same-division | same-section | competences | in-territory | same-oblast */
  code: string;
  params: Record<string, string | number>;
  text: string;
}

export interface TalentMatch {
  id: number;
  score: number;
  components: Record<TalentComponent, number>;
  reasons: TalentReason[];
}

/** Words that carry no competence (ru, be, en). */
const STOP_WORDS = new Set([
  'and', 'or', 'the', 'of', 'for', 'in', 'on', 'with', 'to', 'a', 'an', 'at', 'by',
  'и', 'или', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'из', 'к', 'о', 'об', 'от', 'до', 'не', 'а',
  'і', 'ці', 'у', 'ў', 'з', 'па', 'для', 'ад', 'да',
]);

/**
 * Competence tokens of a text: Unicode NFKC, lower case, ё -> е, split at anything that is not a letter, digit,
 * `+` or `#` (so "C++" and "C#" survive), stop words and one-letter tokens dropped, each token once.
 * @example competenceTokens('Machine learning; C++, Python') // Set { 'machine', 'learning', 'c++', 'python' }
 */
export function competenceTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}\p{N}+#]+/u)) {
    const token = raw.replace(/^\++/, '');
    if (token.length >= 2 && !STOP_WORDS.has(token)) out.add(token);
  }
  return out;
}

/**
 * Competence overlap as the cosine of two binary token vectors (the Ochiai coefficient):
 *   overlap(A, B) = |A ∩ B| / sqrt(|A| |B|),
 * where A are the tokens the person names and B the tokens of the need. It is 1 for equal sets and, unlike the
 * Jaccard index, does not sink when one side (a call's description) is much longer than the other.
 * Returns 0 when either set is empty. O(min(|A|, |B|)).
 * Reference: Ochiai, A. (1957) "Zoogeographical studies on the soleoid fishes found in Japan and its
 * neighbouring regions", Bull. Jpn. Soc. Sci. Fish. 22(9), 526-530; cosine of binary vectors, Salton, G. &
 * McGill, M. J. (1983) Introduction to Modern Information Retrieval, McGraw-Hill.
 * @example tokenOverlap(new Set(['a1', 'b2']), new Set(['a1', 'c3', 'd4', 'e5'])) // 1 / sqrt(8) ~ 0.354
 */
export function tokenOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { value: number; shared: string[] } {
  if (a.size === 0 || b.size === 0) return { value: 0, shared: [] };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const shared = [...small].filter((t) => large.has(t)).sort();
  return { value: shared.length / Math.sqrt(a.size * b.size), shared };
}

/**
 * Territory fit: 1 when the person's territory or one of its ancestors is a territory of the need (a person in
 * a raion fits a need in its oblast); 0.5 when the person is elsewhere in an oblast of the need (the need names a
 * raion of the person's oblast, or the person names the oblast of a needed raion); else 0. `parentOf` maps a
 * territory id to its parent (raion -> oblast -> country).
 */
export function territoryFit(
  territoryId: string | null, needed: readonly string[], parentOf: ReadonlyMap<string, string | null>,
): { value: number; code: string | null; territory: string | null } {
  if (!territoryId || needed.length === 0) return { value: 0, code: null, territory: null };
  const wanted = new Set(needed);
  for (let t: string | null | undefined = territoryId; t; t = parentOf.get(t)) {
    if (wanted.has(t)) return { value: 1, code: 'in-territory', territory: t };
  }
  const oblast = (id: string): string | null => {
    let node: string | null = id;
    let parent = parentOf.get(node);
    // Climb to the level below the country root (a territory whose parent has no parent).
    while (parent && parentOf.get(parent)) {
      node = parent;
      parent = parentOf.get(node);
    }
    return node;
  };
  const mine = oblast(territoryId);
  for (const t of needed) if (oblast(t) === mine) return { value: 0.5, code: 'same-oblast', territory: mine };
  return { value: 0, code: null, territory: null };
}

const LEVEL_PHRASE: Record<SectorLevel, string> = { class: 'class', group: 'group', division: 'division', section: 'section' };

/** The closest pair of codes of the person and the need: their deepest common node in the NACE tree. */
function closestSector(tree: SectorTree, mine: readonly string[], needed: readonly string[]): { node: number; depth: number } | null {
  let best: { node: number; depth: number } | null = null;
  for (const a of mine) {
    for (const b of needed) {
      const node = tree.commonAncestor(tree.id(a), tree.id(b));
      if (node < 0) continue;
      const depth = tree.path(node).length;
      if (!best || depth > best.depth) best = { node, depth };
    }
  }
  return best;
}

/**
 * Talent match score of people against a need, best first (ties by id):
 *   score_p = sum_c w_c x_pc / sum_c w_c   over the components c that apply,
 *   sector_p     = cos(v_p, v_need), the cosine of the NACE-hierarchy vectors (`SectorTree.vector`);
 *   competence_p = |T_p ∩ T_need| / sqrt(|T_p| |T_need|) (`tokenOverlap`), T_p the tokens of the person's
 *                  competences, T_need the tokens of the need's text;
 *   territory_p  = 1 in a needed territory, 0.5 in the same oblast, 0 elsewhere (`territoryFit`).
 * A component applies when the need names something for it (sectors, text tokens, territories); with none
 * applying every score is 0. Weights must be non-negative and finite. O(P (S_p S_need depth + T)).
 * The additive weighting is the simple additive weighting of multi-criteria decision analysis (Hwang, C.-L. &
 * Yoon, K. (1981) Multiple Attribute Decision Making, Springer, doi:10.1007/978-3-642-48318-9).
 * @throws {RangeError} for a negative or non-finite weight
 * @example a person in class 26.51 with competences "metrology, sensors" against a need of 26.51 described as
 *   "sensors" in no particular territory: sector 1, competence 1/sqrt(2), score (0.5 + 0.35/sqrt 2) / 0.85 ~ 0.9.
 */
export function matchTalent(
  tree: SectorTree,
  need: TalentNeed,
  people: readonly TalentCandidate[],
  territoryParents: ReadonlyMap<string, string | null>,
  weights: Readonly<TalentWeights> = TALENT_WEIGHTS,
): TalentMatch[] {
  for (const c of TALENT_COMPONENTS) {
    if (!Number.isFinite(weights[c]) || weights[c] < 0) throw new RangeError(`matchTalent requires a non-negative weight for ${c}`);
  }
  const needTokens = competenceTokens(need.text);
  const applies: Record<TalentComponent, boolean> = {
    sector: need.sectorVector.index.length > 0,
    competence: needTokens.size > 0,
    territory: need.territories.length > 0,
  };
  const total = TALENT_COMPONENTS.reduce((s, c) => s + (applies[c] ? weights[c] : 0), 0);
  const matches = people.map((p): TalentMatch => {
    const reasons: TalentReason[] = [];
    const sector = applies.sector ? Math.min(1, Math.max(0, dot(p.sectorVector, need.sectorVector))) : 0;
    if (sector > 0) {
      const closest = closestSector(tree, p.sectors, need.sectors);
      if (closest) {
        const level = tree.levels[closest.node] as SectorLevel;
        const code = tree.codes[closest.node] as string;
        reasons.push({ component: 'sector', code: `same-${level}`, params: { code }, text: `works in NACE ${LEVEL_PHRASE[level]} ${code} that is needed` });
      }
    }
    const overlap = applies.competence ? tokenOverlap(competenceTokens(p.competences.join(' ')), needTokens) : { value: 0, shared: [] };
    if (overlap.shared.length > 0) {
      reasons.push({ component: 'competence', code: 'competences', params: { words: overlap.shared.join(', ') }, text: `names the needed competences: ${overlap.shared.join(', ')}` });
    }
    const place = applies.territory ? territoryFit(p.territoryId, need.territories, territoryParents) : { value: 0, code: null, territory: null };
    if (place.code === 'in-territory') reasons.push({ component: 'territory', code: place.code, params: { territory: place.territory! }, text: `is based in ${place.territory}` });
    else if (place.code === 'same-oblast') reasons.push({ component: 'territory', code: place.code, params: { territory: place.territory! }, text: `is based in the same oblast ${place.territory}` });
    const components = { sector, competence: overlap.value, territory: place.value };
    const score = total > 0 ? TALENT_COMPONENTS.reduce((s, c) => s + (applies[c] ? weights[c] * components[c] : 0), 0) / total : 0;
    return { id: p.id, score, components, reasons };
  });
  return matches.sort((a, b) => b.score - a.score || a.id - b.id);
}
