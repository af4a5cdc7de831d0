import { assertMatrix } from './errors.ts';

/**
 * Location quotient: how concentrated a category's employment is in a region relative to the nation.
 *
 *   LQ_rc = (E_rc / E_r) / (E_c / E)
 *
 * where:
 *   E_rc  is employment of category c in region r (matrix index r * nCategories + c),
 *   E_r   is the region's total employment, sum_c E_rc,
 *   E_c   is the category's national employment, sum_r E_rc,
 *   E     is national employment, sum_r sum_c E_rc.
 *
 * With `traded` (one flag per category: 1 traded, 0 local), E_r and E are taken over the categories of
 * the same type as c, as the U.S. Cluster Mapping Project does: a traded category is compared with the
 * region's and the nation's traded employment, a local category with local employment,
 *
 *   LQ_rc = (E_rc / E_r^t(c)) / (E_c / E^t(c)),  E_r^t = sum_{c' : t(c') = t} E_rc',  E^t = sum_r E_r^t.
 *
 * Convention: the nation is the sum of the regions given (no separate national total). LQ = 1 means the
 * region's share equals the nation's; the cluster literature reads LQ >= 1 (U.S.) or LQ >= 2 (European
 * stars) as specialisation. Employment is assumed non-negative. Undefined cells are NaN: a region with no
 * employment (of the type, with `traded`), a category with no national employment, or E = 0.
 *
 * Complexity O(nRegions * nCategories) time, O(nRegions + nCategories) extra space.
 *
 * @throws {RangeError} when employment.length !== nRegions * nCategories, when traded.length !==
 *   nCategories, or when a traded flag is neither 0 nor 1
 * @example
 *   // 2 regions x 2 categories: region 0 = [10, 30], region 1 = [30, 30]; E_0 = 40, E_c = [40, 60], E = 100
 *   locationQuotient(new Float64Array([10, 30, 30, 30]), 2, 2)
 *   // Float64Array [0.625, 1.25, 1.25, 0.8333...]   e.g. LQ_00 = (10 / 40) / (40 / 100) = 0.625
 *
 * Reference: Delgado, M., Porter, M. E. & Stern, S. (2016) "Defining clusters of related industries",
 * Journal of Economic Geography 16(1), 1-38, doi:10.1093/jeg/lbv017 (U.S. Cluster Mapping Project).
 */
export function locationQuotient(
  employment: Float64Array,
  nRegions: number,
  nCategories: number,
  options: { traded?: Uint8Array } = {},
): Float64Array {
  assertMatrix('locationQuotient', 'employment', employment, nRegions, nCategories);
  const { traded } = options;
  if (traded !== undefined) {
    if (traded.length !== nCategories) {
      throw new RangeError('`locationQuotient` requires traded.length = nCategories');
    }
    for (let c = 0; c < nCategories; c++) {
      if (traded[c] !== 0 && traded[c] !== 1) {
        throw new RangeError('`locationQuotient` requires each traded flag to be 0 or 1');
      }
    }
  }
  // Type of each category: 0 local, 1 traded; without `traded` everything is one type (0).
  const type = traded ?? new Uint8Array(nCategories);
  const categoryTotal = new Float64Array(nCategories);
  const regionTotal = new Float64Array(nRegions * 2); // [r * 2 + type]
  const nationTotal = [0, 0];
  for (let r = 0; r < nRegions; r++) {
    const row = r * nCategories;
    for (let c = 0; c < nCategories; c++) {
      const e = employment[row + c] as number;
      const t = type[c] as number;
      categoryTotal[c] = (categoryTotal[c] as number) + e;
      regionTotal[r * 2 + t] = (regionTotal[r * 2 + t] as number) + e;
    }
    nationTotal[0] = (nationTotal[0] as number) + (regionTotal[r * 2] as number);
    nationTotal[1] = (nationTotal[1] as number) + (regionTotal[r * 2 + 1] as number);
  }
  const lq = new Float64Array(nRegions * nCategories);
  for (let r = 0; r < nRegions; r++) {
    const row = r * nCategories;
    for (let c = 0; c < nCategories; c++) {
      const t = type[c] as number;
      const er = regionTotal[r * 2 + t] as number;
      const ec = categoryTotal[c] as number;
      const e = nationTotal[t] as number;
      lq[row + c] = er === 0 || ec === 0 || e === 0 ? NaN : ((employment[row + c] as number) / er) / (ec / e);
    }
  }
  return lq;
}
