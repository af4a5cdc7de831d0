/**
 * Location x product input of the economic-complexity engine: a long table of (location, product, value)
 * rows into a dense location-major matrix, and the matrix without its empty locations and products.
 *
 *   x_cp = sum of the values of every row with location c and product p      (duplicated rows are summed)
 *
 * Codes are kept as text, in order of first appearance. A location or a product whose total is 0 has no
 * RCA (0 / 0): `dropEmpty` removes it and reports it, rather than letting NaN spread through the measures.
 *
 * Complexity O(rows + nLocations * nProducts) time and space.
 *
 * @throws {RangeError} when the three arrays differ in length, a value is negative or not finite
 * @example
 *   matrixFromCodes(['a', 'a', 'b'], ['x', 'x', 'y'], [1, 2, 5])
 *   // { locations: ['a', 'b'], products: ['x', 'y'], values: Float64Array [3, 0, 0, 5] }
 */
export function matrixFromCodes(
  locationCodes: readonly string[],
  productCodes: readonly string[],
  values: ArrayLike<number>,
): { locations: string[]; products: string[]; values: Float64Array } {
  if (locationCodes.length !== productCodes.length || locationCodes.length !== values.length) {
    throw new RangeError('`matrixFromCodes` requires as many location codes, product codes and values');
  }
  const locationIndex = new Map<string, number>();
  const productIndex = new Map<string, number>();
  const li = new Int32Array(values.length);
  const pi = new Int32Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const v = values[r] as number;
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`\`matrixFromCodes\` requires non-negative finite values (row ${r} has ${v})`);
    }
    const l = locationCodes[r] as string;
    const p = productCodes[r] as string;
    let a = locationIndex.get(l);
    if (a === undefined) locationIndex.set(l, (a = locationIndex.size));
    let b = productIndex.get(p);
    if (b === undefined) productIndex.set(p, (b = productIndex.size));
    li[r] = a;
    pi[r] = b;
  }
  const nP = productIndex.size;
  const matrix = new Float64Array(locationIndex.size * nP);
  for (let r = 0; r < values.length; r++) {
    const k = (li[r] as number) * nP + (pi[r] as number);
    matrix[k] = (matrix[k] as number) + (values[r] as number);
  }
  return { locations: [...locationIndex.keys()], products: [...productIndex.keys()], values: matrix };
}

/** A matrix without its empty locations and products, with the original indices of what was kept and dropped. */
export interface DroppedEmpty {
  values: Float64Array;
  nLocations: number;
  nProducts: number;
  /** original index of each kept location / product */
  locations: Int32Array;
  products: Int32Array;
  /** original indices of the locations / products whose total is 0 */
  droppedLocations: Int32Array;
  droppedProducts: Int32Array;
}

/**
 * Row and column totals of a location-major matrix and the grand total:
 *
 *   x_c = sum_p x_cp,  x_p = sum_c x_cp,  x = sum_c x_c   (summed row by row, in index order)
 */
export function marginTotals(values: Float64Array, nLocations: number, nProducts: number) {
  const rowTotal = new Float64Array(nLocations);
  const colTotal = new Float64Array(nProducts);
  let total = 0;
  for (let c = 0; c < nLocations; c++) {
    const row = c * nProducts;
    let t = 0;
    for (let p = 0; p < nProducts; p++) {
      const v = values[row + p] as number;
      t += v;
      colTotal[p] = (colTotal[p] as number) + v;
    }
    rowTotal[c] = t;
    total += t;
  }
  return { rowTotal, colTotal, total };
}

/**
 * Removes the locations (rows) and products (columns) whose total export value is 0 and reports them.
 *
 *   keep location c  iff  sum_p x_cp > 0;   keep product p  iff  sum_c x_cp > 0
 *
 * One pass suffices: dropping an all-zero row cannot empty a column, nor the reverse.
 *
 * Complexity O(nLocations * nProducts).
 *
 * @throws {RangeError} when values.length !== nLocations * nProducts, a value is negative, NaN or infinite,
 *   nothing is left, or fewer than two locations are left (complexity compares locations)
 * @example
 *   dropEmpty(new Float64Array([1, 0, 2, 0, 0, 0]), 3, 2)
 *   // { values: [1, 2], nLocations: 2, nProducts: 1, locations: [0, 1], products: [0],
 *   //   droppedLocations: [2], droppedProducts: [1] }
 */
export function dropEmpty(values: Float64Array, nLocations: number, nProducts: number, method = 'dropEmpty'): DroppedEmpty {
  assertComplexityMatrix(method, values, nLocations, nProducts);
  const { rowTotal, colTotal } = marginTotals(values, nLocations, nProducts);
  const keptL: number[] = [];
  const dropL: number[] = [];
  for (let c = 0; c < nLocations; c++) ((rowTotal[c] as number) > 0 ? keptL : dropL).push(c);
  const keptP: number[] = [];
  const dropP: number[] = [];
  for (let p = 0; p < nProducts; p++) ((colTotal[p] as number) > 0 ? keptP : dropP).push(p);
  if (keptL.length === 0 || keptP.length === 0) {
    throw new RangeError(`\`${method}\` requires at least one positive export value`);
  }
  if (keptL.length < 2) {
    throw new RangeError(`\`${method}\` requires at least two locations with exports (got ${keptL.length})`);
  }
  let out = values;
  if (dropL.length > 0 || dropP.length > 0) {
    out = new Float64Array(keptL.length * keptP.length);
    let k = 0;
    for (const c of keptL) {
      const row = c * nProducts;
      for (const p of keptP) out[k++] = values[row + p] as number;
    }
  }
  return {
    values: out,
    nLocations: keptL.length,
    nProducts: keptP.length,
    locations: Int32Array.from(keptL),
    products: Int32Array.from(keptP),
    droppedLocations: Int32Array.from(dropL),
    droppedProducts: Int32Array.from(dropP),
  };
}

/**
 * Checks an export matrix: integer dimensions, length, non-negative finite values. Internal helper.
 * @throws {RangeError} with a message naming the method and the first bad cell
 */
export function assertComplexityMatrix(method: string, values: Float64Array, nLocations: number, nProducts: number): void {
  if (!Number.isInteger(nLocations) || nLocations < 0 || !Number.isInteger(nProducts) || nProducts < 0) {
    throw new RangeError(`\`${method}\` requires nLocations and nProducts to be non-negative integers`);
  }
  if (values.length !== nLocations * nProducts) {
    throw new RangeError(`\`${method}\` requires values.length = nLocations * nProducts`);
  }
  if (values.length === 0) throw new RangeError(`\`${method}\` requires a non-empty matrix`);
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (!(v >= 0) || v === Infinity) {
      const c = Math.floor(k / nProducts);
      throw new RangeError(`\`${method}\` requires non-negative finite values (location ${c}, product ${k - c * nProducts} has ${v})`);
    }
  }
}
