import { assertMatrix } from './errors.ts';
import { percentilesInPlace } from './percentile.ts';

/** Thresholds of the star criteria; every field is optional and falls back to `clusterStars.defaults`. */
export interface StarOptions {
  /** Share of the category's regions, from the top, that earn the size star (0.10: top 10%). */
  sizeTop?: number;
  /** Location quotient at or above which the specialisation star is earned. */
  specialisation?: number;
  /** Share of the category's regions, from the top by emp_rc / E_r, that earn the focus star. */
  focusTop?: number;
  /** Share of the category's regions, from the top by wage, that earn the productivity star. */
  productivityTop?: number;
}

/** One 0/1 flag per region x category cell (index r * nCategories + c) per star, and their count. */
export interface Stars {
  size: Uint8Array;
  specialisation: Uint8Array;
  focus: Uint8Array;
  productivity: Uint8Array;
  stars: Uint8Array;
}

/**
 * European Cluster Observatory stars: 0 to 3 (or 4 with wages) marks of cluster strength per
 * region x category.
 *
 *   size_rc           = emp_rc   >= P(1 - sizeTop)(emp_c)
 *   specialisation_rc = LQ_rc    >= specialisation
 *   focus_rc          = f_rc     >= P(1 - focusTop)(f_c),           f_rc = emp_rc / E_r
 *   productivity_rc   = wage_rc  >= P(1 - productivityTop)(wage_c)  (only when wages are given)
 *   stars_rc          = size_rc + specialisation_rc + focus_rc + productivity_rc
 *
 * where:
 *   emp_rc   is employment of category c in region r (matrix index r * nCategories + c),
 *   E_r      is the region's total employment over all categories, sum_c emp_rc,
 *   LQ_rc    is the location quotient (see `locationQuotient`),
 *   wage_rc  is the average wage (or another productivity proxy) of c in r,
 *   P(q)(x_c) is the q-quantile of x over the regions with emp_rc > 0, type 7 (linear interpolation,
 *            numpy's default), as `percentileSorted` defines it, found by selection (`percentilesInPlace`).
 *
 * Convention: "top s" means at or above the (1 - s) percentile, so ties at the threshold all earn the star
 * and the largest value always does (even with s = 0). Regions with emp_rc = 0 (or NaN) get no star and are
 * left out of the percentiles. For productivity, regions whose wage is NaN (missing) are also left out and
 * get 0. Without wages (`undefined` or `null`) the productivity flags are all 0 and at most 3 stars are
 * possible. Defaults, in `clusterStars.defaults`: sizeTop 0.10, specialisation 2, focusTop 0.10,
 * productivityTop 0.10, as in the Observatory's 2013-2014 mapping.
 *
 * Complexity O(nRegions * nCategories) expected time (quickselect per category), O(nRegions) extra space
 * besides the output.
 *
 * @throws {RangeError} when employment, lq or wages has length !== nRegions * nCategories, when sizeTop,
 *   focusTop or productivityTop is not in [0, 1], or when specialisation is NaN
 * @example
 *   // One category, 3 regions each with one other category of 100 workers:
 *   // emp = [10, 50, 90], LQ = [0.3, 1.1, 2.1]; P90(emp) = 82, shares f = [10/110, 50/150, 90/190],
 *   // P90(f) = 0.4459...; wages = [5, 9, 7], P90 = 8.6.
 *   clusterStars(emp, lq, 3, 2, wages).stars.filter((_, i) => i % 2 === 0) // [0, 1, 3]
 *
 * Reference: Ketels, C. & Protsiv, S. (2013/2014) "Methodology and findings report for a cluster mapping
 * of related sectors", European Cluster Observatory, European Commission; building on Delgado, Porter &
 * Stern (2016) "Defining clusters of related industries", J. Economic Geography 16(1),
 * doi:10.1093/jeg/lbv017.
 */
export function clusterStars(
  employment: Float64Array,
  lq: Float64Array,
  nRegions: number,
  nCategories: number,
  wages?: Float64Array | null,
  options: StarOptions = {},
): Stars {
  assertMatrix('clusterStars', 'employment', employment, nRegions, nCategories);
  assertMatrix('clusterStars', 'lq', lq, nRegions, nCategories);
  if (wages != null) assertMatrix('clusterStars', 'wages', wages, nRegions, nCategories);
  const { sizeTop, specialisation, focusTop, productivityTop } = { ...clusterStars.defaults, ...definedOnly(options) };
  for (const [name, value] of [['sizeTop', sizeTop], ['focusTop', focusTop], ['productivityTop', productivityTop]] as const) {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`\`clusterStars\` requires ${name} in [0, 1]`);
  }
  if (Number.isNaN(specialisation)) throw new RangeError('`clusterStars` requires specialisation to be a number');

  const size = nRegions * nCategories;
  const sizeStar = new Uint8Array(size);
  const specialisationStar = new Uint8Array(size);
  const focusStar = new Uint8Array(size);
  const productivityStar = new Uint8Array(size);
  const stars = new Uint8Array(size);

  const regionTotal = new Float64Array(nRegions);
  for (let r = 0; r < nRegions; r++) {
    let sum = 0;
    for (let c = 0; c < nCategories; c++) sum += employment[r * nCategories + c] as number;
    regionTotal[r] = sum;
  }

  const empBuffer = new Float64Array(nRegions);
  const focusBuffer = new Float64Array(nRegions);
  const wageBuffer = new Float64Array(nRegions);
  for (let c = 0; c < nCategories; c++) {
    let n = 0;
    let nWages = 0;
    for (let r = 0; r < nRegions; r++) {
      const i = r * nCategories + c;
      const e = employment[i] as number;
      if (!(e > 0)) continue;
      empBuffer[n] = e;
      focusBuffer[n] = e / (regionTotal[r] as number);
      n++;
      if (wages != null && !Number.isNaN(wages[i])) wageBuffer[nWages++] = wages[i] as number;
    }
    if (n === 0) continue;
    // Selection, not sorting: the buffers are scratch space and may be reordered.
    const [sizeThreshold] = percentilesInPlace(empBuffer.subarray(0, n), [1 - sizeTop]) as [number];
    const [focusThreshold] = percentilesInPlace(focusBuffer.subarray(0, n), [1 - focusTop]) as [number];
    const [wageThreshold] = percentilesInPlace(wageBuffer.subarray(0, nWages), [1 - productivityTop]) as [number];
    for (let r = 0; r < nRegions; r++) {
      const i = r * nCategories + c;
      const e = employment[i] as number;
      if (!(e > 0)) continue;
      const s = e >= sizeThreshold ? 1 : 0;
      const p = (lq[i] as number) >= specialisation ? 1 : 0;
      const f = e / (regionTotal[r] as number) >= focusThreshold ? 1 : 0;
      const w = wages != null && (wages[i] as number) >= wageThreshold ? 1 : 0;
      sizeStar[i] = s;
      specialisationStar[i] = p;
      focusStar[i] = f;
      productivityStar[i] = w;
      stars[i] = s + p + f + w;
    }
  }
  return { size: sizeStar, specialisation: specialisationStar, focus: focusStar, productivity: productivityStar, stars };
}

clusterStars.defaults = Object.freeze({
  sizeTop: 0.1,
  specialisation: 2,
  focusTop: 0.1,
  productivityTop: 0.1,
}) satisfies Readonly<Required<StarOptions>>;

/** Drops keys whose value is undefined, so `{ sizeTop: undefined }` keeps the default. */
function definedOnly(options: StarOptions): StarOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as StarOptions;
}
