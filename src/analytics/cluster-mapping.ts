import { assertMatrix } from './errors.ts';
import { BUCKETS, BracketSelection, BucketSelection, HIGH } from './bucket-select.ts';
import { clusterStars, type StarOptions, type Stars } from './stars.ts';
import type { ClusterClasses } from './strong-clusters.ts';

/** Inputs besides employment and establishments; the star thresholds as in `clusterStars`. */
export interface ClusterMappingOptions extends StarOptions {
  /** One flag per category, 1 traded and 0 local, for the location quotients (see `locationQuotient`). */
  traded?: Uint8Array;
  /** Average wages per region x category cell, for the productivity star; NaN where missing. */
  wages?: Float64Array | null;
  /**
   * Only the categories from <= c < to (default: all): their LQ and flags are written, every other cell of
   * the output is left as it is. The results of those categories are the same as with all of them (the
   * totals still run over every category), so that several threads can each map part of one table into
   * the same `out` (MappingPool does so to balance its last tables).
   */
  categories?: { from: number; to: number };
}

/** Everything `locationQuotient`, `classifyClusters` and `clusterStars` return, region-major. */
export interface ClusterMapping {
  lq: Float64Array;
  classes: ClusterClasses;
  stars: Stars;
}

/** Options of the packed output format: the eight flags of each cell as the bits of one byte. */
export interface PackedClusterMappingOptions extends ClusterMappingOptions {
  packed: true;
}

/** Bit of each flag in a byte of `PackedClusterMapping.flags`; stars = the number of bits among 4 to 7. */
export const FLAG_BITS = {
  strong: 0,
  strong10: 1,
  significant: 2,
  qualifying: 3,
  size: 4,
  specialisation: 5,
  focus: 6,
  productivity: 7,
} as const;

/**
 * The packed output format: the LQ as in `ClusterMapping`, and the flags of cell i (region-major, index
 * r * nCategories + c) as the bits of flags[i] (see `FLAG_BITS`), so flag k of cell i is (flags[i] >> k) & 1,
 * the same 0 or 1 as `classes` / `stars` of the default format; stars[i] is the number of set bits among 4 to 7.
 */
export interface PackedClusterMapping {
  lq: Float64Array;
  flags: Uint8Array;
}

/**
 * Cluster mapping of one region x category table in one call: location quotients, the U.S. Cluster
 * Mapping classification and the European Cluster Observatory stars, cell for cell the same numbers as
 *
 *   lq      = locationQuotient(employment, nR, nC, { traded })
 *   classes = classifyClusters(lq, employment, establishments, nR, nC)
 *   stars   = clusterStars(employment, lq, nR, nC, wages, starOptions)
 *
 * that is, with LQ_rc = (E_rc / E_r^t(c)) / (E_c / E^t(c)) and, per category c over R_c = { r : E_rc > 0 },
 *
 *   strong_rc  = LQ_rc >= P75(LQ_c), LQ_rc >= 1, E_rc > P25(E_c), est_rc > P25(est_c)   (strong10: P90)
 *   significant_rc = LQ_rc > P50(LQ_c), qualifying_rc = LQ_rc > P25(LQ_c), with the same E and est tests
 *   size_rc = E_rc >= P(1 - sizeTop)(E_c), specialisation_rc = LQ_rc >= specialisation,
 *   focus_rc = E_rc / E_r >= P(1 - focusTop)(f_c), productivity_rc = wage_rc >= P(1 - productivityTop)(wage_c)
 *
 * where:
 *   E_rc, est_rc, wage_rc  are employment, establishments and wage of category c in region r
 *                          (index r * nCategories + c), E_r = sum_c E_rc, E_c = sum_r E_rc,
 *   Pq(x_c)                is the type-7 percentile (linear interpolation, numpy's default) over R_c.
 *
 * Conventions, NaN handling and defaults are those of the three functions (see their comments); the sums
 * are taken in the same order and the percentiles are exact, so every LQ is bit for bit the same and every
 * flag too. This is the fast path for large tables: the references gather each category with a stride of
 * nCategories cells (a cache miss per cell); this reads the region-major inputs row by row, in four steps:
 *
 *   1. Totals: E_r per type and overall, E_c and E^t, in one pass over employment.
 *   2. TILE rows at a time, category by category: LQ of every cell (written out), and the cells with
 *      employment appended to the category's records (E, est, wage; region), a run of a few per tile.
 *   3. Per category, from its records: LQ (again, the same two divisions) and focus shares, and in the
 *      same pass E and LQ, which need several percentiles, counted into buckets of their high 32 bits,
 *      and est, focus and wage, which need one each, counted below or above a bracket planned from a
 *      sample or kept in it (bucket-select.ts), so that every threshold comes from the few values of one
 *      or two buckets or of one bracket, exactly (radix and bracket selection); then the eight flags of
 *      each cell with employment as one byte, into a flag table that holds four categories' bytes per
 *      32-bit word.
 *   4. The flag table into the nine region-major flag arrays, four cells per word (bitwise operations
 *      within a 32-bit register); or, with the option `packed: true`, into one region-major byte per
 *      cell, the flags as its bits (`PackedClusterMapping`, `FLAG_BITS`; a transposition of 32-bit words,
 *      one ninth of the bytes to write). Then `out` is a PackedClusterMapping and so is the result.
 *
 * With the option `categories: { from, to }` only those categories are mapped (steps 2 to 4), the rest
 * of the output left as it is: the same numbers for them as with the whole table.
 *
 * Scratch space, 27 bytes per cell (records sized for a table without empty cells, 16-bit region numbers
 * up to 65,536 regions, and the flag table; some 155 MiB for 10,000 x 600), is kept between calls of the same shape. With `out`, its arrays are
 * overwritten (every cell, or every cell of the categories asked for) instead of
 * new ones being allocated, so that a loop over years allocates nothing.
 *
 * Complexity O(nRegions * nCategories) expected time; O(nRegions * nCategories) scratch space.
 *
 * @throws {RangeError} when an array has length !== nRegions * nCategories (employment, establishments,
 *   wages, every array of out), when traded.length !== nCategories or a flag is neither 0 nor 1, when
 *   sizeTop, focusTop or productivityTop is not in [0, 1], when specialisation is NaN, when out is not
 *   in the format asked for (packed or not), or when categories is not an integer range within [0, nCategories]
 * @example
 *   const { lq, classes, stars } = clusterMapping(employment, establishments, 10_000, 600, { traded, wages });
 *   // the same arrays as the three calls above
 *   const { flags } = clusterMapping(employment, establishments, 10_000, 600, { traded, wages, packed: true });
 *   // strong[i] === (flags[i] >> FLAG_BITS.strong) & 1, and so on
 *
 * Reference: Delgado, M., Porter, M. E. & Stern, S. (2016) "Defining clusters of related industries",
 * Journal of Economic Geography 16(1), 1-38, doi:10.1093/jeg/lbv017; Ketels, C. & Protsiv, S. (2013/2014)
 * "Methodology and findings report for a cluster mapping of related sectors", European Cluster Observatory.
 */
export function clusterMapping(
  employment: Float64Array,
  establishments: Float64Array,
  nRegions: number,
  nCategories: number,
  options: PackedClusterMappingOptions,
  out?: PackedClusterMapping,
): PackedClusterMapping;
export function clusterMapping(
  employment: Float64Array,
  establishments: Float64Array,
  nRegions: number,
  nCategories: number,
  options?: ClusterMappingOptions,
  out?: ClusterMapping,
): ClusterMapping;
export function clusterMapping(
  employment: Float64Array,
  establishments: Float64Array,
  nRegions: number,
  nCategories: number,
  options: ClusterMappingOptions & { packed?: boolean } = {},
  out?: ClusterMapping | PackedClusterMapping,
): ClusterMapping | PackedClusterMapping {
  const method = 'clusterMapping';
  assertMatrix(method, 'employment', employment, nRegions, nCategories);
  assertMatrix(method, 'establishments', establishments, nRegions, nCategories);
  const { traded, wages } = options;
  if (wages != null) assertMatrix(method, 'wages', wages, nRegions, nCategories);
  if (traded !== undefined) {
    if (traded.length !== nCategories) throw new RangeError(`\`${method}\` requires traded.length = nCategories`);
    for (let c = 0; c < nCategories; c++) {
      if (traded[c] !== 0 && traded[c] !== 1) throw new RangeError(`\`${method}\` requires each traded flag to be 0 or 1`);
    }
  }
  const thresholds: Required<StarOptions> = {
    sizeTop: options.sizeTop ?? clusterStars.defaults.sizeTop,
    specialisation: options.specialisation ?? clusterStars.defaults.specialisation,
    focusTop: options.focusTop ?? clusterStars.defaults.focusTop,
    productivityTop: options.productivityTop ?? clusterStars.defaults.productivityTop,
  };
  for (const key of ['sizeTop', 'focusTop', 'productivityTop'] as const) {
    const value = thresholds[key];
    if (!(value >= 0 && value <= 1)) throw new RangeError(`\`${method}\` requires ${key} in [0, 1]`);
  }
  if (Number.isNaN(thresholds.specialisation)) throw new RangeError(`\`${method}\` requires specialisation to be a number`);
  const from = options.categories?.from ?? 0;
  const to = options.categories?.to ?? nCategories;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from > to || to > nCategories) {
    throw new RangeError(`\`${method}\` requires integer categories.from <= categories.to within [0, nCategories]`);
  }

  const size = nRegions * nCategories;
  const packed = options.packed === true;
  let result: ClusterMapping | PackedClusterMapping;
  if (out !== undefined) {
    assertMatrix(method, 'out.lq', out.lq, nRegions, nCategories);
    if (packed !== 'flags' in out) throw new RangeError(`\`${method}\` requires out in the ${packed ? 'packed' : 'default'} format`);
    if ('flags' in out) assertMatrix(method, 'out.flags', out.flags, nRegions, nCategories);
    else {
      for (const [name, array] of Object.entries(out.classes)) assertMatrix(method, `out.classes.${name}`, array, nRegions, nCategories);
      for (const [name, array] of Object.entries(out.stars)) assertMatrix(method, `out.stars.${name}`, array, nRegions, nCategories);
    }
    result = out;
  } else if (packed) {
    result = { lq: new Float64Array(size), flags: new Uint8Array(size) };
  } else {
    result = {
      lq: new Float64Array(size),
      classes: { strong: new Uint8Array(size), strong10: new Uint8Array(size), significant: new Uint8Array(size), qualifying: new Uint8Array(size) },
      stars: { size: new Uint8Array(size), specialisation: new Uint8Array(size), focus: new Uint8Array(size), productivity: new Uint8Array(size), stars: new Uint8Array(size) },
    };
  }
  if (size === 0) return result;

  const ws = workspace(nRegions, nCategories);
  const type = traded ?? new Uint8Array(nCategories);
  totals(employment, nRegions, nCategories, type, ws);
  gatherColumns(employment, establishments, wages ?? null, nRegions, nCategories, from, to, type, ws, result.lq);
  ws.flags.fill(0); // cells without employment keep 0
  for (let c = from; c < to; c++) classifyCategory(c, nRegions, type, wages != null, thresholds, ws);
  if ('flags' in result) packFlags(nRegions, nCategories, from, to, ws, result.flags);
  else unpackFlags(nRegions, nCategories, from, to, ws, result);
  return result;
}

/**
 * Allocates the scratch space `clusterMapping` keeps for tables of this shape and writes to every page of
 * it, so that a later call does not pay for first touching memory (page faults). Optional: a server or a
 * worker pool that knows its table size calls it once at start-up. Pure in the sense that matters: it
 * changes no result.
 *
 * @throws {RangeError} when a dimension is not a non-negative integer
 */
export function reserveClusterMapping(nRegions: number, nCategories: number): void {
  if (!Number.isInteger(nRegions) || nRegions < 0 || !Number.isInteger(nCategories) || nCategories < 0) {
    throw new RangeError('`reserveClusterMapping` requires non-negative integer dimensions');
  }
  const ws = workspace(nRegions, nCategories);
  ws.columns.fill(0);
  ws.regionOf.fill(0);
  ws.flags.fill(0);
  for (const selection of [ws.selE, ws.selS, ws.selL, ws.selF, ws.selW]) selection.reserve(nRegions);
}

/**
 * Rows per tile in step 2: the tile's rows of employment, establishments, wages and LQ (4 x TILE x
 * nCategories x 8 bytes, 600 KiB for 600 categories) stay in the L2 cache while its categories are
 * gathered one after the other.
 */
const TILE = 32;
/** Numbers per cell in the column records: E, est, wage (the region is in a separate Int32Array; LQ is recomputed in step 3). */
const RECORD = 3;

/** Scratch space of one table shape, reused between calls. */
interface Workspace {
  nRegions: number;
  nCategories: number;
  /** Categories of type 0 (local), then of type 1 (traded), each in ascending order. */
  byType: Int32Array;
  /** E_r^t with 0 replaced by NaN (so that LQ comes out NaN where `locationQuotient` gives NaN). */
  regionLocal: Float64Array;
  regionTraded: Float64Array;
  /** E_r over all categories, as `clusterStars` adds them. */
  regionAll: Float64Array;
  /** E_c, and E_c / E^t(c) with NaN where E_c = 0 or E^t = 0. */
  categoryTotal: Float64Array;
  categoryShare: Float64Array;
  /** Category-major records of the cells with employment (E, est, wage or, without wages, est again): category c's k-th from (c * nRegions + k) *
   * RECORD, its region at c * nRegions + k of regionOf (16-bit numbers when there are at most 65,536
   * regions: less memory traffic); how many per category; an Int32 view of the
   * records (the high word of number i at 2i + HIGH). */
  columns: Float64Array;
  columnWords: Int32Array;
  regionOf: Uint16Array | Int32Array;
  count: Int32Array;
  /** One category's focus shares, and its location quotients with an Int32 view. */
  focus: Float64Array;
  lqs: Float64Array;
  lqWords: Int32Array;
  /** Selections of employment and LQ (buckets: several percentiles), of establishments, focus and wage (a bracket: one). */
  selE: BucketSelection;
  selL: BucketSelection;
  selS: BracketSelection;
  selF: BracketSelection;
  selW: BracketSelection;
  /** Thresholds: LQ P25 P50 P75 P90; E P25 and P(1 - sizeTop). */
  lqP: Float64Array;
  empP: Float64Array;
  /** Flags, one byte per cell: bit 0 strong, 1 strong10, 2 significant, 3 qualifying, 4 size,
   * 5 specialisation, 6 focus, 7 productivity; category c of region r at ((c >> 2) * nRegions + r) * 4 +
   * (c & 3), so that the bytes of four adjacent categories make one 32-bit word. */
  flags: Uint8Array;
}

let cached: Workspace | null = null;

function workspace(nRegions: number, nCategories: number): Workspace {
  if (cached !== null && cached.nRegions === nRegions && cached.nCategories === nCategories) return cached;
  cached = null; // let the old one go before allocating the new one
  const cells = nRegions * nCategories;
  const columns = new Float64Array(cells * RECORD);
  const lqs = new Float64Array(nRegions);
  cached = {
    nRegions,
    nCategories,
    byType: new Int32Array(nCategories),
    regionLocal: new Float64Array(nRegions),
    regionTraded: new Float64Array(nRegions),
    regionAll: new Float64Array(nRegions),
    categoryTotal: new Float64Array(nCategories),
    categoryShare: new Float64Array(nCategories),
    columns,
    columnWords: new Int32Array(columns.buffer),
    regionOf: nRegions <= 65536 ? new Uint16Array(cells) : new Int32Array(cells),
    count: new Int32Array(nCategories),
    focus: new Float64Array(nRegions),
    lqs,
    lqWords: new Int32Array(lqs.buffer),
    selE: new BucketSelection(),
    selL: new BucketSelection(),
    selS: new BracketSelection(),
    selF: new BracketSelection(),
    selW: new BracketSelection(),
    lqP: new Float64Array(4),
    empP: new Float64Array(2),
    flags: new Uint8Array(((nCategories + 3) >> 2) * 4 * nRegions),
  };
  return cached;
}

/**
 * Step 1: E_r^t = sum over the categories c' of type t of E_rc' (in ascending c', as `locationQuotient`
 * adds them), E_r = sum_c E_rc (as `clusterStars`), E_c = sum_r E_rc, E^t = sum_r E_r^t; then the
 * denominators of LQ_rc = (E_rc / E_r^t) / (E_c / E^t), NaN where `locationQuotient` gives NaN.
 */
function totals(employment: Float64Array, nR: number, nC: number, type: Uint8Array, ws: Workspace): void {
  const { byType, regionLocal, regionTraded, regionAll, categoryTotal, categoryShare } = ws;
  let nLocal = 0;
  for (let c = 0; c < nC; c++) if (type[c] === 0) byType[nLocal++] = c;
  let next = nLocal;
  for (let c = 0; c < nC; c++) if (type[c] === 1) byType[next++] = c;
  categoryTotal.fill(0);
  let nationLocal = 0;
  let nationTraded = 0;
  for (let r = 0; r < nR; r++) {
    const row = r * nC;
    let all = 0;
    for (let c = 0; c < nC; c++) {
      const e = employment[row + c] as number;
      all += e;
      categoryTotal[c] = (categoryTotal[c] as number) + e;
    }
    let local = all;
    let traded = 0;
    if (nLocal < nC) {
      local = 0;
      for (let j = 0; j < nLocal; j++) local += employment[row + (byType[j] as number)] as number;
      for (let j = nLocal; j < nC; j++) traded += employment[row + (byType[j] as number)] as number;
    }
    regionAll[r] = all;
    nationLocal += local;
    nationTraded += traded;
    regionLocal[r] = local === 0 ? NaN : local;
    regionTraded[r] = traded === 0 ? NaN : traded;
  }
  for (let c = 0; c < nC; c++) {
    const ec = categoryTotal[c] as number;
    const nation = type[c] === 1 ? nationTraded : nationLocal;
    categoryShare[c] = ec === 0 || nation === 0 ? NaN : ec / nation;
  }
}

/**
 * Step 2, TILE rows at a time and per category: LQ of the tile's cells (written out) and the cells with
 * employment appended to the category's records, so that the records are written in runs of a few cells
 * rather than one cell per cache line, while the tile's rows stay in the L2 cache. Every cell is written
 * to the next free record, which advances only for a cell with employment (no branch to mispredict).
 */
function gatherColumns(
  employment: Float64Array,
  establishments: Float64Array,
  wages: Float64Array | null,
  nR: number,
  nC: number,
  from: number,
  to: number,
  type: Uint8Array,
  ws: Workspace,
  lq: Float64Array,
): void {
  const { regionLocal, regionTraded, categoryShare, columns, regionOf, count } = ws;
  // Without wages the wage slot of the records gets establishments, which step 3 then ignores (a plain
  // load in the loop instead of a test per cell).
  const wageOf = wages ?? establishments;
  count.fill(0);
  for (let r0 = 0; r0 < nR; r0 += TILE) {
    const r1 = Math.min(nR, r0 + TILE);
    for (let c = from; c < to; c++) {
      const regionTotal = type[c] === 1 ? regionTraded : regionLocal;
      const share = categoryShare[c] as number;
      let k = count[c] as number;
      let t = (c * nR + k) * RECORD;
      const base = c * nR;
      for (let r = r0; r < r1; r++) {
        const i = r * nC + c;
        const e = employment[i] as number;
        const x = (e / (regionTotal[r] as number)) / share;
        lq[i] = x;
        // Written for every cell, kept (the slot advanced) only for cells with employment: no branch
        // to mispredict on the empty cells. The slot is within the category's nR slots.
        columns[t] = e;
        columns[t + 1] = establishments[i] as number;
        columns[t + 2] = wageOf[i] as number;
        regionOf[base + k] = r;
        const keep = +(e > 0);
        k += keep;
        t += keep * RECORD;
      }
      count[c] = k;
    }
  }
}

const LQ_PS = [0.25, 0.5, 0.75, 0.9];

/** The last bucket, a constant: no arithmetic on the rarely taken clamp (which a warm-up may never reach,
 * and an operation without type feedback would make the optimised code bail out on first use). */
const LAST_BUCKET = BUCKETS - 1;

/** The bucket of a high word (see bucket-select.ts). */
function bucketOf(key: number, shift: number, base: number): number {
  key ^= (key >> 31) & 0x7fffffff;
  const b = (key >> shift) - base;
  return b < 0 ? 0 : b > LAST_BUCKET ? LAST_BUCKET : b;
}

/** True when values[first], values[first + step], ... (n of them) hold a NaN. */
function hasNaN(values: Float64Array, first: number, step: number, n: number): boolean {
  for (let j = 0, i = first; j < n; j++, i += step) if (values[i] !== values[i]) return true;
  return false;
}

/**
 * Step 3 for category c: LQ and focus share of each of its cells with employment (recomputed from the
 * records, the same expressions as in steps 2 and `clusterStars`), thresholds over those cells (bucket
 * selections for E and LQ, bracket selections for establishments, focus and wage, all fed in one pass
 * over the cells), then the flags of those cells into the flag table (zeroed beforehand).
 */
function classifyCategory(c: number, nR: number, type: Uint8Array, hasWages: boolean, options: Required<StarOptions>, ws: Workspace): void {
  const { count, columns, columnWords: words, regionOf, regionAll, regionLocal, regionTraded, categoryShare, flags } = ws;
  const { focus, lqs, lqWords, selE, selS, selL, selF, selW, lqP, empP } = ws;
  const first = c * nR;
  // This category's bytes in the flag table: (group * nRegions + r) * 4 + lane.
  const flagBase = (c >> 2) * nR * 4 + (c & 3);
  const n = count[c] as number;
  if (n === 0) return;
  const o = first * RECORD;
  const regionTotal = type[c] === 1 ? regionTraded : regionLocal;
  const share = categoryShare[c] as number;
  const estP = 0.25;
  const focusP = 1 - options.focusTop;
  const wageP = 1 - options.productivityTop;
  selE.reserve(n);
  selL.reserve(n);
  selS.reserve(n);
  selF.reserve(n);
  selW.reserve(n);
  selE.plan(columns, o, RECORD, n);
  {
    // LQ of the cells sampled for the plan.
    let min = Infinity;
    let max = -Infinity;
    const stride = Math.max(1, Math.floor(n / 16));
    for (let j = 0; j < n && j < 16 * stride; j += stride) {
      const x = ((columns[o + j * RECORD] as number) / (regionTotal[regionOf[first + j] as number] as number)) / share;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    selL.planRange(min, max);
  }
  {
    // Establishments, focus shares and wages of the cells sampled for the brackets.
    const stride = BracketSelection.stride(n);
    const sS = selS.sample;
    const sF = selF.sample;
    const sW = selW.sample;
    let m = 0;
    if (stride > 0) {
      for (let j = 0; m < sS.length; j += stride, m++) {
        const t = o + j * RECORD;
        sS[m] = columns[t + 1] as number;
        sF[m] = (columns[t] as number) / (regionAll[regionOf[first + j] as number] as number);
        sW[m] = columns[t + 2] as number;
      }
    }
    selS.plan(m, estP);
    selF.plan(m, focusP);
    selW.plan(hasWages ? m : 0, wageP);
  }
  // The pass: LQ and focus shares; E and LQ counted in their buckets and linked into the bucket's list;
  // establishments, focus and wage counted below or above their bracket, or kept.
  {
    const cE = selE.counts, hE = selE.head, nE = selE.next, sE = selE.shift, bE = selE.base;
    const cL = selL.counts, hL = selL.head, nL = selL.next, sL = selL.shift, bL = selL.base;
    const loS = selS.lo, hiS = selS.hi, bufS = selS.buffer;
    const loF = selF.lo, hiF = selF.hi, bufF = selF.buffer;
    const loW = selW.lo, hiW = selW.hi, bufW = selW.buffer;
    let belowS = 0, aboveS = 0, mS = 0;
    let belowF = 0, aboveF = 0, mF = 0;
    let belowW = 0, aboveW = 0, mW = 0;
    for (let j = 0, t = o, w = 2 * o + HIGH; j < n; j++, t += RECORD, w += 2 * RECORD) {
      const r = regionOf[first + j] as number;
      const e = columns[t] as number;
      const x = (e / (regionTotal[r] as number)) / share;
      lqs[j] = x;
      const f = e / (regionAll[r] as number);
      focus[j] = f;
      const be = bucketOf(words[w] as number, sE, bE);
      cE[be] = (cE[be] as number) + 1;
      nE[j] = hE[be] as number;
      hE[be] = j;
      const s = columns[t + 1] as number;
      belowS += +(s < loS);
      aboveS += +(s > hiS);
      bufS[mS] = s;
      mS += +(s >= loS) & +(s <= hiS);
      belowF += +(f < loF);
      aboveF += +(f > hiF);
      bufF[mF] = f;
      mF += +(f >= loF) & +(f <= hiF);
      const v = columns[t + 2] as number;
      belowW += +(v < loW);
      aboveW += +(v > hiW);
      bufW[mW] = v;
      mW += +(v >= loW) & +(v <= hiW);
    }
    selS.below = belowS;
    selS.above = aboveS;
    selS.m = mS;
    selF.below = belowF;
    selF.above = aboveF;
    selF.m = mF;
    selW.below = belowW;
    selW.above = aboveW;
    selW.m = mW;
    // LQ into its buckets in a loop of its own: reading the high word of an LQ just stored as a double
    // in the same iteration would stall (store-to-load forwarding of part of a store).
    for (let j = 0, w = HIGH; j < n; j++, w += 2) {
      const bl = bucketOf(lqWords[w] as number, sL, bL);
      cL[bl] = (cL[bl] as number) + 1;
      nL[j] = hL[bl] as number;
      hL[bl] = j;
    }
  }
  // A NaN makes that quantity's thresholds NaN, as in the reference functions; employment (> 0) has none,
  // and the wages that are NaN are left out.
  const nanL = selL.mayHoldNaN() && hasNaN(lqs, 0, 1, n);
  const empPs = [0.25, 1 - options.sizeTop];
  selE.want(n, empPs);
  selE.collect(columns, o, RECORD);
  selE.finish(empPs, empP, 0);
  const emp25 = empP[0] as number;
  const sizeThreshold = empP[1] as number;
  selL.want(nanL ? 0 : n, LQ_PS);
  selL.collect(lqs, 0, 1);
  selL.finish(LQ_PS, lqP, 0);
  const lq25 = lqP[0] as number;
  const lq50 = lqP[1] as number;
  const lq75 = lqP[2] as number;
  const lq90 = lqP[3] as number;
  const est25 = selS.select(estP, columns, o + 1, RECORD, n, false);
  const focusThreshold = selF.select(focusP, focus, 0, 1, n, false);
  const wageThreshold = hasWages ? selW.select(wageP, columns, o + 2, RECORD, n, true) : NaN; // NaN: no productivity star
  const specialisation = options.specialisation;
  // Flags without branches (+(a >= b) is 0 or 1): the comparisons are data-dependent and would mispredict.
  for (let j = 0, t = o; j < n; j++, t += RECORD) {
    const e = columns[t] as number;
    const x = lqs[j] as number;
    const pass = -(+(e > emp25) & +((columns[t + 1] as number) > est25)); // 0, or all bits set
    const classes = (-+(x >= 1) & (+(x >= lq75) | (+(x >= lq90) << 1))) | (+(x > lq50) << 2) | (+(x > lq25) << 3);
    const bits = (classes & pass)
      | (+(e >= sizeThreshold) << 4)
      | (+(x >= specialisation) << 5)
      | (+((focus[j] as number) >= focusThreshold) << 6)
      | (+((columns[t + 2] as number) >= wageThreshold) << 7);
    flags[flagBase + 4 * (regionOf[first + j] as number)] = bits;
  }
}

/** Number of star bits (4 to 7) in each flag byte. */
const STAR_COUNT = Uint8Array.from({ length: 256 }, (_, b) => ((b >> 4) & 1) + ((b >> 5) & 1) + ((b >> 6) & 1) + ((b >> 7) & 1));
/** Groups of four categories per block in step 4 (32 categories): the block's flag columns are read side by side. */
const UNPACK_GROUPS = 8;

/**
 * Step 4: the flag table into the nine region-major flag arrays. The table holds, for each group of four
 * categories g and region r, the four categories' flag bytes in one 32-bit word (byte c & 3 of word
 * g * nRegions + r), so when nCategories is a multiple of 4 each word is the flags of four adjacent cells
 * of a row and gives the nine outputs of those cells with a few bitwise operations (SIMD within a
 * register): flag f of the four cells is (word >>> f) & 0x01010101, and the stars are the per-byte sums
 * of bits 4 to 7. Otherwise it goes byte by byte.
 */
function unpackFlags(nR: number, nC: number, from: number, to: number, ws: Workspace, result: ClusterMapping): void {
  const { flags } = ws;
  const { strong, strong10, significant, qualifying } = result.classes;
  const { size, specialisation, focus, productivity, stars } = result.stars;
  const outputs = [strong, strong10, significant, qualifying, size, specialisation, focus, productivity, stars];
  const nGroups = (nC + 3) >> 2;
  if (nC % 4 !== 0 || from % 4 !== 0 || to % 4 !== 0 || outputs.some((a) => a.byteOffset % 4 !== 0)) {
    for (let r = 0; r < nR; r++) {
      for (let c = from; c < to; c++) {
        const b = flags[((c >> 2) * nR + r) * 4 + (c & 3)] as number;
        const i = r * nC + c;
        strong[i] = b & 1;
        strong10[i] = (b >> 1) & 1;
        significant[i] = (b >> 2) & 1;
        qualifying[i] = (b >> 3) & 1;
        size[i] = (b >> 4) & 1;
        specialisation[i] = (b >> 5) & 1;
        focus[i] = (b >> 6) & 1;
        productivity[i] = b >> 7;
        stars[i] = STAR_COUNT[b] as number;
      }
    }
    return;
  }
  const words = new Uint32Array(flags.buffer, flags.byteOffset, nGroups * nR);
  const [o0, o1, o2, o3, o4, o5, o6, o7, o8] = outputs.map((a) => new Uint32Array(a.buffer, a.byteOffset, a.length >> 2)) as [
    Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array,
  ];
  const ONES = 0x01010101;
  const wordsPerRow = nC >> 2;
  for (let g0 = from >> 2; g0 < to >> 2; g0 += UNPACK_GROUPS) {
    const g1 = Math.min(to >> 2, g0 + UNPACK_GROUPS);
    for (let r = 0; r < nR; r++) {
      let w = r * wordsPerRow + g0;
      for (let g = g0; g < g1; g++, w++) {
        const b = words[g * nR + r] as number;
        o0[w] = b & ONES;
        o1[w] = (b >>> 1) & ONES;
        o2[w] = (b >>> 2) & ONES;
        o3[w] = (b >>> 3) & ONES;
        o4[w] = (b >>> 4) & ONES;
        o5[w] = (b >>> 5) & ONES;
        o6[w] = (b >>> 6) & ONES;
        o7[w] = (b >>> 7) & ONES;
        // Stars: per byte, the number of bits among 4 to 7 (pairwise sums, then sums of pairs).
        const x = (b >>> 4) & 0x0f0f0f0f;
        const y = (x & 0x05050505) + ((x >>> 1) & 0x05050505);
        o8[w] = (y & 0x03030303) + ((y >>> 2) & 0x03030303);
      }
    }
  }
}

/** Groups of four categories per block in the packed step 4 (64 categories: a cache line of each output row). */
const PACK_GROUPS = 16;

/**
 * Step 4, packed format: the flag table into region-major bytes, flags[r * nC + c] = the byte of cell
 * (r, c). When nCategories is a multiple of 4, word g * nRegions + r of the table is word
 * r * nC / 4 + g of the output (a transposition of 32-bit words, by blocks); otherwise byte by byte.
 */
function packFlags(nR: number, nC: number, from: number, to: number, ws: Workspace, packed: Uint8Array): void {
  const { flags } = ws;
  const nGroups = (nC + 3) >> 2;
  if (nC % 4 !== 0 || from % 4 !== 0 || to % 4 !== 0 || packed.byteOffset % 4 !== 0) {
    for (let r = 0; r < nR; r++) {
      for (let c = from; c < to; c++) packed[r * nC + c] = flags[((c >> 2) * nR + r) * 4 + (c & 3)] as number;
    }
    return;
  }
  const words = new Uint32Array(flags.buffer, flags.byteOffset, nGroups * nR);
  const output = new Uint32Array(packed.buffer, packed.byteOffset, packed.length >> 2);
  for (let g0 = from >> 2; g0 < to >> 2; g0 += PACK_GROUPS) {
    const g1 = Math.min(to >> 2, g0 + PACK_GROUPS);
    for (let r = 0; r < nR; r++) {
      let w = r * nGroups + g0;
      for (let g = g0; g < g1; g++, w++) output[w] = words[g * nR + r] as number;
    }
  }
}
