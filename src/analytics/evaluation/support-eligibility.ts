// Eligibility of organisations (SMEs) for a support measure from the measure's rules (issue 8,
// docs/methods-evaluation-decisions.md): size class, sector, territory, cluster membership, employees. Each
// organisation is eligible or not, with every failed rule and a plain reason (English codes and values; the UI
// translates the rule codes). Pure: the caller supplies the rows, the territory parents and, optionally, the
// sector tree. Sector and territory matching reuse the screening helpers of opportunity calls.
import { sectorWithin, territoryWithin } from '../matching/screening.ts';
import type { SectorTree } from '../matching/sector-hierarchy.ts';

export interface SupportRules {
  /** allowed size classes (micro, small, medium, large) */
  sizeClasses?: readonly string[];
  /** ОКЭД / NACE codes; a code matches itself and its descendants ('62' takes '62.01' and '6201') */
  sectors?: readonly string[];
  /** territory ids; a territory matches itself and every territory inside it (following the parent lookup) */
  territories?: readonly string[];
  /** 'member' of a cluster, 'non-member', or 'any' (no rule, the default) */
  membership?: 'any' | 'member' | 'non-member';
  /** members of one of these clusters (with membership 'non-member': of none of them) */
  clusterIds?: readonly number[];
  /** employees <= this */
  maxEmployees?: number;
}

export interface EligibilityCandidate {
  id: number;
  sizeClass: string | null;
  /** the primary code first, then the secondary ones */
  sectors: readonly string[];
  territoryId: string | null;
  /** the clusters it is a member of */
  clusterIds: readonly number[];
  employees: number | null;
}

export const ELIGIBILITY_RULES = ['size', 'sector', 'territory', 'membership', 'cluster', 'employees'] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export interface EligibilityFailure { rule: EligibilityRule; reason: string }

export interface Eligibility {
  id: number;
  eligible: boolean;
  /** every failed rule, in ELIGIBILITY_RULES order */
  failed: EligibilityFailure[];
}

/** A code without dots and spaces, upper case: '62.01' -> '6201', 'j' -> 'J'. */
function bare(code: string): string {
  return code.replace(/[.\s]/g, '').toUpperCase();
}

/**
 * True when sector `code` is `required` or below it. With a tree, the tree decides for codes it holds
 * (sectorWithin: section J takes division 62); otherwise, and for codes outside the tree, codes are compared
 * without their dots as digit prefixes: '62' takes '62.01', '6201', '62.0' and the ОКЭД subclass '62010'.
 */
export function sectorMatches(code: string, required: string, tree?: SectorTree): boolean {
  const c = code.trim();
  const r = required.trim();
  if (tree && tree.id(c) >= 0 && tree.id(r) >= 0) return sectorWithin(tree, c, r);
  const bc = bare(c);
  const br = bare(r);
  if (bc === br) return true;
  return /^\d+$/.test(bc) && /^\d+$/.test(br) && bc.startsWith(br);
}

/**
 * The rules a candidate fails and whether it is eligible (no failure). An absent or empty rule is no rule.
 *
 *   size        its size class one of sizeClasses ("size class medium not in micro, small"; unknown fails);
 *   sector      any of its codes within one of sectors (sectorMatches) ("sector 27.11 not in 26, 62");
 *   territory   its territory within one of territories (territoryWithin, raion -> oblast -> country);
 *   membership  'member': of at least one cluster ("not a cluster member"; with clusterIds the cluster rule says it);
 *               'non-member': of none (of clusterIds when given) ("member of cluster 3");
 *   cluster     clusterIds given and membership not 'non-member': a member of one of them ("clusters 1 not in 5, 6");
 *   employees   employees <= maxEmployees ("employees 300 > 250"; unknown fails).
 * Complexity O(n x rules x codes x hierarchy depth).
 *
 * @throws {RangeError} when maxEmployees is negative or not a number
 * @example supportEligibility({ maxEmployees: 250 }, [{ id: 1, employees: 300, ... }], new Map())
 *   // [{ id: 1, eligible: false, failed: [{ rule: 'employees', reason: 'employees 300 > 250' }] }]
 *
 * Reference: the SME definition of Commission Recommendation 2003/361/EC (OJ L 124, 20.5.2003, p. 36) for size
 * and employee limits; NACE Rev. 2 (Eurostat 2008) and ОКРБ 005-2011 (ОКЭД) for the sector hierarchy.
 */
export function supportEligibility(
  rules: SupportRules, candidates: readonly EligibilityCandidate[],
  parentOf: ReadonlyMap<string, string | null>, tree?: SectorTree,
): Eligibility[] {
  if (rules.maxEmployees !== undefined && !(rules.maxEmployees >= 0)) {
    throw new RangeError('`supportEligibility` requires maxEmployees >= 0');
  }
  const sizes = rules.sizeClasses ?? [];
  const sectors = rules.sectors ?? [];
  const territories = rules.territories ?? [];
  const clusters = rules.clusterIds ?? [];
  const membership = rules.membership ?? 'any';
  return candidates.map((c) => {
    const failed: EligibilityFailure[] = [];
    if (sizes.length > 0 && (c.sizeClass === null || !sizes.includes(c.sizeClass))) {
      failed.push({ rule: 'size', reason: `size class ${c.sizeClass ?? 'unknown'} not in ${sizes.join(', ')}` });
    }
    if (sectors.length > 0) {
      const codes = c.sectors.filter((s) => s.trim() !== '');
      if (!codes.some((code) => sectors.some((req) => sectorMatches(code, req, tree)))) {
        failed.push({ rule: 'sector', reason: `sector ${codes.length > 0 ? codes.join(', ') : 'unknown'} not in ${sectors.join(', ')}` });
      }
    }
    if (territories.length > 0) {
      const t = c.territoryId;
      if (t === null || !territories.some((req) => territoryWithin(parentOf, t, req))) {
        failed.push({ rule: 'territory', reason: `territory ${t ?? 'unknown'} not in ${territories.join(', ')}` });
      }
    }
    const inScope = clusters.length > 0 ? c.clusterIds.filter((id) => clusters.includes(id)) : [...c.clusterIds];
    if (membership === 'member' && inScope.length === 0 && clusters.length === 0) {
      failed.push({ rule: 'membership', reason: 'not a cluster member' });
    }
    if (membership === 'non-member' && inScope.length > 0) {
      failed.push({ rule: 'membership', reason: `member of cluster ${inScope.join(', ')}` });
    }
    if (clusters.length > 0 && membership !== 'non-member' && inScope.length === 0) {
      failed.push({ rule: 'cluster', reason: `clusters ${c.clusterIds.length > 0 ? c.clusterIds.join(', ') : 'none'} not in ${clusters.join(', ')}` });
    }
    if (rules.maxEmployees !== undefined && !(c.employees !== null && c.employees <= rules.maxEmployees)) {
      failed.push({
        rule: 'employees',
        reason: c.employees === null ? `employees unknown, maximum ${rules.maxEmployees}` : `employees ${c.employees} > ${rules.maxEmployees}`,
      });
    }
    return { id: c.id, eligible: failed.length === 0, failed };
  });
}
