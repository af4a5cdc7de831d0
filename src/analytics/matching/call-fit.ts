// How well organisations fit an opportunity call: the sector fit (cosine of sector-structure vectors in the
// NACE hierarchy) combined with the size fit. Pure; one score per organisation in a Float64Array.
import type { SectorTree } from './sector-hierarchy.ts';
import { dot, type SparseVector } from './sparse-vector.ts';

/** Weights of the two parts of the fit score (they sum to one). */
export const CALL_FIT_WEIGHTS = Object.freeze({ sector: 0.7, size: 0.3 });

/** Weight of an organisation's primary code and of each secondary code in its sector vector. */
export const PRIMARY_WEIGHT = 1;
export const SECONDARY_WEIGHT = 0.5;

/** Size fit of an organisation whose size class is unknown while the call names size classes. */
export const UNKNOWN_SIZE_FIT = 0.5;

const SIZE_ORDER = ['micro', 'small', 'medium', 'large'];

export interface FitCandidate {
  /** primary code first (null when unknown), then the secondary codes */
  primarySector: string | null;
  secondarySectors: readonly string[];
  sizeClass: string | null;
}

export interface CallFitInput {
  sectors: readonly string[];
  sizeClasses: readonly string[];
}

export interface CallFit {
  /** total fit in [0, 1] */
  score: Float64Array;
  /** sector part in [0, 1] */
  sector: Float64Array;
  /** size part in [0, 1] */
  size: Float64Array;
}

/**
 * The organisation's sector-structure vector: primary code weight 1, secondary codes 0.5 each, expanded over
 * the NACE hierarchy by `SectorTree.vector` and normalised.
 */
export function organisationSectorVector(tree: SectorTree, c: FitCandidate): SparseVector {
  const codes: string[] = [];
  const weights: number[] = [];
  if (c.primarySector) {
    codes.push(c.primarySector);
    weights.push(PRIMARY_WEIGHT);
  }
  for (const s of c.secondarySectors) {
    codes.push(s);
    weights.push(SECONDARY_WEIGHT);
  }
  return tree.vector(codes, weights);
}

/**
 * Size fit of one size class to the call's size classes:
 *   size = 1                          when the call names no size class, or the class is one of them;
 *   size = 1 - d / 3                  otherwise, d = the least distance in the order micro < small < medium < large
 *                                     between the class and a named class (so a neighbour class gives 2/3);
 *   size = UNKNOWN_SIZE_FIT (0.5)     when the organisation's class is unknown.
 */
export function sizeFit(sizeClass: string | null, wanted: readonly string[]): number {
  if (wanted.length === 0) return 1;
  const i = sizeClass === null ? -1 : SIZE_ORDER.indexOf(sizeClass);
  if (i < 0) return UNKNOWN_SIZE_FIT;
  let d = Infinity;
  for (const w of wanted) {
    const j = SIZE_ORDER.indexOf(w);
    if (j >= 0) d = Math.min(d, Math.abs(i - j));
  }
  return d === Infinity ? UNKNOWN_SIZE_FIT : 1 - d / (SIZE_ORDER.length - 1);
}

/**
 * Fit of organisations to a call:
 *   fit_i = 0.7 sector_i + 0.3 size_i,
 * where:
 *   sector_i = cos(v_i, v_call), v_i the organisation's sector vector (primary 1, secondary 0.5) and v_call the
 *              vector of the call's sectors (each weight 1), both expanded over the NACE hierarchy and normalised
 *              (`SectorTree.vector`); sector_i = 1 when the call names no sector, 0 when the organisation has no
 *              known code;
 *   size_i   = `sizeFit` of its size class to the call's size classes.
 * With LEVEL_WEIGHTS, an organisation whose primary code is the call's class scores sector 1; a class code under a
 * required division sqrt(0.34 / 1.98) ~ 0.41 (its profile is narrower than the call's); one that matches only by a
 * secondary code 1/sqrt(5) ~ 0.45 when its primary code is in another section. A call's managers raise the
 * threshold (e.g. 0.6) to keep only close matches; the default 0.3 mainly screens out organisations of unknown size
 * whose sectors match only loosely.
 * The weights are ClusterAtlas's own. Complexity O(sum of nnz). The idea of ranking by cosine of taxonomy-expanded
 * profiles follows Resnik (1995), IJCAI-95, 448-453.
 * @example callFit(tree, { sectors: ['26.51'], sizeClasses: [] }, [{ primarySector: '26.51', secondarySectors: [], sizeClass: 'small' }]).score // [1]
 */
export function callFit(tree: SectorTree, call: CallFitInput, candidates: readonly FitCandidate[]): CallFit {
  const n = candidates.length;
  const score = new Float64Array(n);
  const sector = new Float64Array(n);
  const size = new Float64Array(n);
  const callVector = call.sectors.length > 0 ? tree.vector(call.sectors) : null;
  for (let i = 0; i < n; i++) {
    const c = candidates[i] as FitCandidate;
    const s = callVector === null ? 1 : Math.min(1, Math.max(0, dot(organisationSectorVector(tree, c), callVector)));
    const z = sizeFit(c.sizeClass, call.sizeClasses);
    sector[i] = s;
    size[i] = z;
    score[i] = CALL_FIT_WEIGHTS.sector * s + CALL_FIT_WEIGHTS.size * z;
  }
  return { score, sector, size };
}

/**
 * Why an organisation's sectors fit a call's: the deepest NACE node one of its codes shares with a call code
 * (lowest common ancestor in the tree), e.g. { level: 'group', code: '26.5', text: 'same NACE group 26.5' };
 * null when no code shares even a section. Complexity O(codes_org x codes_call x depth).
 * @example sectorReason(tree, ['26.51'], ['26.52']) // { level: 'group', code: '26.5', text: 'same NACE group 26.5' }
 */
export function sectorReason(tree: SectorTree, orgCodes: readonly string[], callCodes: readonly string[]): { level: string; code: string; text: string } | null {
  let best = -1;
  let bestDepth = -1;
  for (const a of orgCodes) {
    for (const b of callCodes) {
      const node = tree.commonAncestor(tree.id(a), tree.id(b));
      if (node < 0) continue;
      const depth = tree.path(node).length;
      if (depth > bestDepth) {
        best = node;
        bestDepth = depth;
      }
    }
  }
  if (best < 0) return null;
  const level = tree.levels[best] as string;
  const code = tree.codes[best] as string;
  return { level, code, text: `same NACE ${level} ${code}` };
}
