/** A NACE Rev.2 class (`26.51`) and the letter of its section (`C`). */
export interface NaceClass {
  code: string;
  section: string;
}

/**
 * One line of a category definition: NACE code `nace` (a section letter, division `26`, group `26.5` or
 * class `26.51`) belongs to category `category` (an index) with share `weight` in (0, 1].
 */
export interface CategoryDefinitionEntry {
  category: number;
  nace: string;
  weight: number;
}

/**
 * Sparse statistics-code x category weights (compressed rows): the categories of statistics code i are
 * `categories[offsets[i] .. offsets[i + 1] - 1]` (ascending) with the weights at the same positions.
 */
export interface CategoryAssignment {
  /** Number of statistics codes. */
  nCodes: number;
  /** Length nCodes + 1. */
  offsets: Uint32Array;
  categories: Uint32Array;
  weights: Float64Array;
  /** Per statistics code, the share in no category: 1 - sum of its weights (0 when fully assigned). */
  unassigned: Float64Array;
  /** Per statistics code, the number of NACE classes it contains; 0 marks a code that is not recognised. */
  classCount: Uint32Array;
}

const SECTION = /^[A-U]$/;
const DIVISION = /^\d{2}$/;
const GROUP = /^\d{2}\.\d$/;
const CLASS = /^\d{2}\.\d{2}$/;
/** Below class level: a national subclass such as `26.51.1` or `26.511` counts as its class. */
const BELOW_CLASS = /^(\d{2}\.\d{2})[.\d]+$/;
/** Tolerance on a NACE class's weights summing to at most 1. */
const SUM_TOLERANCE = 1e-9;

/**
 * Category assignment of statistics codes: for each NACE code of a statistics table (any level: section
 * `C`, division `26`, group `26.5`, class `26.51`, or a national subclass below a class), the categories it
 * belongs to and with what weight, given category definitions on NACE codes.
 *
 *   w_c(x) = sum_{d in D_c, x in classes(d)} weight_d                      (each NACE class x)
 *   w_c(s) = (1 / |classes(s)|) * sum_{x in classes(s)} w_c(x)             (each statistics code s)
 *   u(s)   = 1 - sum_c w_c(s)                                              (unassigned remainder)
 *
 * where:
 *   D_c         is the set of definition lines of category c,
 *   classes(k)  is the set of NACE classes at or below code k (a class is its own set; a code below class
 *               level has the set of its class),
 *   weight_d    is the weight of definition line d.
 *
 * So a statistics code at or below a definition code inherits that definition's weight (every class under
 * it carries the weight), and a statistics code coarser than the definitions (division statistics, class
 * definitions) is split in proportion to the number of its NACE classes in each category, fractional
 * class weights counting as fractions of a class. Weights along one path of the hierarchy add up: a
 * division defined with 0.5 and one of its classes with 0.3 for another category give that class 0.8.
 *
 * Convention: an equal-share key. Classes are counted, not weighted by their size, because the statistics
 * give no figure below the coarse code; with class-level statistics of the same region the result can
 * differ. A statistics code that matches no class (not a NACE code, or a code outside `classes`) gets no
 * categories, `classCount` 0 and `unassigned` 1. Codes are compared as given: `26.51`, not `2651`.
 *
 * Complexity O(sum over definitions of |classes(d)| + sum over codes of |classes(s)| * k) time, where k is
 * the number of categories per class, and O(|classes| * nCategories) extra space.
 *
 * @throws {RangeError} when a class code is not `NN.NN` or appears twice, when a definition's weight is not
 *   in (0, 1], its category not a non-negative integer, its code contains no class of `classes` or is below
 *   class level, or when the weights of a NACE class sum to more than 1 (+1e-9)
 * @example
 *   // Classes 26.51, 26.52 (section C); category 0 = 26.51 with weight 1, category 1 = 26.52 with 0.5.
 *   assignCategories(['26', '26.51', '26.52'], [{ category: 0, nace: '26.51', weight: 1 },
 *     { category: 1, nace: '26.52', weight: 0.5 }], [{ code: '26.51', section: 'C' }, { code: '26.52', section: 'C' }])
 *   // '26'    -> (0, 0.5), (1, 0.25), unassigned 0.25   (2 classes: (1 + 0) / 2 and (0 + 0.5) / 2)
 *   // '26.51' -> (0, 1);  '26.52' -> (1, 0.5), unassigned 0.5
 *
 * Reference: Eurostat (2008) "NACE Rev. 2 - Statistical classification of economic activities in the European
 * Community", Methodologies and Working papers, ISBN 978-92-79-04741-1 (the hierarchy of sections, divisions,
 * groups and classes); Delgado, M., Porter, M. E. & Stern, S. (2016) "Defining clusters of related
 * industries", Journal of Economic Geography 16(1), 1-38, doi:10.1093/jeg/lbv017 (the benchmark categories).
 */
export function assignCategories(
  codes: readonly string[],
  definitions: readonly CategoryDefinitionEntry[],
  classes: readonly NaceClass[],
): CategoryAssignment {
  const index = classIndex(classes);
  let nCategories = 0;
  for (const d of definitions) {
    if (!Number.isInteger(d.category) || d.category < 0) {
      throw new RangeError('`assignCategories` requires each definition category to be a non-negative integer');
    }
    if (!(d.weight > 0 && d.weight <= 1)) {
      throw new RangeError(`\`assignCategories\` requires each definition weight to be in (0, 1] (${d.nace}: ${d.weight})`);
    }
    if (!(SECTION.test(d.nace) || DIVISION.test(d.nace) || GROUP.test(d.nace) || CLASS.test(d.nace))) {
      throw new RangeError(`\`assignCategories\` requires definition codes at section, division, group or class level (${d.nace})`);
    }
    nCategories = Math.max(nCategories, d.category + 1);
  }

  // Dense class x category weights w_c(x).
  const nClasses = classes.length;
  const classWeights = new Float64Array(nClasses * nCategories);
  for (const d of definitions) {
    const members = index.classesOf(d.nace);
    if (members.length === 0) {
      throw new RangeError(`\`assignCategories\` requires every definition code to contain a NACE class of the list (${d.nace})`);
    }
    for (const x of members) classWeights[x * nCategories + d.category] = (classWeights[x * nCategories + d.category] as number) + d.weight;
  }
  // Sparse rows of the class weights, checking that no class is over-assigned.
  const classOffsets = new Uint32Array(nClasses + 1);
  const classCategories: number[] = [];
  const classValues: number[] = [];
  for (let x = 0; x < nClasses; x++) {
    let total = 0;
    for (let c = 0; c < nCategories; c++) {
      const w = classWeights[x * nCategories + c] as number;
      if (w > 0) {
        classCategories.push(c);
        classValues.push(w);
        total += w;
      }
    }
    if (total > 1 + SUM_TOLERANCE) {
      throw new RangeError(`\`assignCategories\` requires the weights of each NACE class to sum to at most 1 (${(classes[x] as NaceClass).code}: ${total})`);
    }
    classOffsets[x + 1] = classCategories.length;
  }

  // Statistics codes: the mean of their classes' rows.
  const nCodes = codes.length;
  const offsets = new Uint32Array(nCodes + 1);
  const outCategories: number[] = [];
  const outWeights: number[] = [];
  const unassigned = new Float64Array(nCodes);
  const classCount = new Uint32Array(nCodes);
  const scratch = new Float64Array(nCategories);
  const touched: number[] = [];
  for (let i = 0; i < nCodes; i++) {
    const members = index.classesOf(codes[i] as string);
    classCount[i] = members.length;
    let total = 0;
    if (members.length > 0) {
      for (const x of members) {
        for (let k = classOffsets[x] as number; k < (classOffsets[x + 1] as number); k++) {
          const c = classCategories[k] as number;
          if (scratch[c] === 0) touched.push(c);
          scratch[c] = (scratch[c] as number) + (classValues[k] as number);
        }
      }
      touched.sort((a, b) => a - b);
      for (const c of touched) {
        const w = (scratch[c] as number) / members.length;
        outCategories.push(c);
        outWeights.push(w);
        total += w;
        scratch[c] = 0;
      }
      touched.length = 0;
    }
    unassigned[i] = Math.max(0, 1 - total);
    offsets[i + 1] = outCategories.length;
  }
  return {
    nCodes,
    offsets,
    categories: Uint32Array.from(outCategories),
    weights: Float64Array.from(outWeights),
    unassigned,
    classCount,
  };
}

/**
 * Aggregates a region x statistics-code matrix to region x category through a category assignment.
 *
 *   Y_rc = sum_i X_ri * w_ic
 *
 * where:
 *   X_ri  is the value of statistics code i in region r (matrix index r * nCodes + i),
 *   w_ic  is the weight of category c for code i in `assignment` (0 when absent),
 *   Y_rc  is the result (index r * nCategories + c).
 *
 * Convention: the part of X_ri in no category (its share `assignment.unassigned[i]`) is left out, so
 * sum_c Y_rc = sum_i X_ri * (1 - u_i). Meant for additive quantities (employment, establishments, wage
 * bills), not for averages or ratios. The statistics codes must not overlap (a division and one of its
 * classes both present would be counted twice); give the codes of one level, or non-nested codes. A NaN
 * value makes every category it reaches NaN; a code with no categories is dropped, NaN included.
 *
 * Complexity O(nRegions * nnz(assignment)) time, no extra space beyond the result.
 *
 * @throws {RangeError} when values.length !== nRegions * nCodes, when the assignment is for another number of
 *   codes, or when it names a category >= nCategories
 * @example
 *   // 1 region, codes ['26.51', '26.52'] = [10, 20]; 26.51 -> category 0 (1), 26.52 -> category 1 (0.5)
 *   aggregateToCategories(new Float64Array([10, 20]), 1, 2, assignment, 2)   // Float64Array [10, 10]
 *
 * Reference: Delgado, M., Porter, M. E. & Stern, S. (2016) "Defining clusters of related industries",
 * Journal of Economic Geography 16(1), 1-38, doi:10.1093/jeg/lbv017 (cluster employment as the sum of its
 * industries' employment).
 */
export function aggregateToCategories(
  values: Float64Array,
  nRegions: number,
  nCodes: number,
  assignment: CategoryAssignment,
  nCategories: number,
): Float64Array {
  for (const [name, n] of [['nRegions', nRegions], ['nCodes', nCodes], ['nCategories', nCategories]] as const) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`\`aggregateToCategories\` requires ${name} to be a non-negative integer`);
  }
  if (values.length !== nRegions * nCodes) {
    throw new RangeError('`aggregateToCategories` requires values.length = nRegions * nCodes');
  }
  const { offsets, categories, weights } = assignment;
  if (assignment.nCodes !== nCodes || offsets.length !== nCodes + 1) {
    throw new RangeError('`aggregateToCategories` requires an assignment of nCodes statistics codes');
  }
  for (let k = 0; k < categories.length; k++) {
    if ((categories[k] as number) >= nCategories) {
      throw new RangeError('`aggregateToCategories` requires every assigned category to be below nCategories');
    }
  }
  const out = new Float64Array(nRegions * nCategories);
  for (let r = 0; r < nRegions; r++) {
    const row = r * nCodes;
    const outRow = r * nCategories;
    for (let i = 0; i < nCodes; i++) {
      const x = values[row + i] as number;
      if (x === 0) continue;
      for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
        const at = outRow + (categories[k] as number);
        out[at] = (out[at] as number) + x * (weights[k] as number);
      }
    }
  }
  return out;
}

/** Class lookup by section, division, group and class code. */
function classIndex(classes: readonly NaceClass[]): { classesOf(code: string): readonly number[] } {
  const byKey = new Map<string, number[]>();
  const add = (key: string, x: number) => {
    const list = byKey.get(key);
    if (list) list.push(x);
    else byKey.set(key, [x]);
  };
  classes.forEach((c, x) => {
    if (!CLASS.test(c.code)) throw new RangeError(`\`assignCategories\` requires class codes such as 26.51 (${c.code})`);
    if (byKey.has(c.code)) throw new RangeError(`\`assignCategories\` requires each class once (${c.code})`);
    add(c.code, x);
    add(c.code.slice(0, 4), x); // group 26.5
    add(c.code.slice(0, 2), x); // division 26
    add(`section:${c.section}`, x);
  });
  const none: readonly number[] = [];
  return {
    classesOf(code: string): readonly number[] {
      if (SECTION.test(code)) return byKey.get(`section:${code}`) ?? none;
      if (DIVISION.test(code) || GROUP.test(code) || CLASS.test(code)) return byKey.get(code) ?? none;
      const below = BELOW_CLASS.exec(code);
      return below ? (byKey.get(below[1] as string) ?? none) : none;
    },
  };
}
