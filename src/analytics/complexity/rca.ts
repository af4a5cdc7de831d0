import { assertComplexityMatrix, marginTotals } from './matrix-input.ts';

/**
 * Revealed comparative advantage (Balassa index) of each location in each product.
 *
 *   RCA_cp = (x_cp / x_c) / (x_p / x)
 *
 * where:
 *   x_cp  is the export value of location c in product p (matrix index c * nProducts + p),
 *   x_c   = sum_p x_cp, the location's total exports; x_p = sum_c x_cp, world trade in p; x = sum_cp x_cp.
 *
 * RCA = 1 means the product's share of the location's exports equals its share of world trade. The
 * export-weighted mean of RCA over locations is 1 for every product (sum_c (x_c / x) RCA_cp = 1).
 * Undefined cells (a location or product with no exports) are NaN: drop them first (`dropEmpty`).
 *
 * Complexity O(nLocations * nProducts).
 *
 * @throws {RangeError} when values.length !== nLocations * nProducts or a value is negative or not finite
 * @example
 *   // 2 x 2: [1, 3], [3, 3]; x_c = [4, 6], x_p = [4, 6], x = 10
 *   rca(new Float64Array([1, 3, 3, 3]), 2, 2)   // Float64Array [0.625, 1.25, 1.25, 0.8333...]
 *
 * Reference: Balassa, B. (1965) "Trade liberalisation and 'revealed' comparative advantage", The Manchester
 * School 33(2), 99-123, doi:10.1111/j.1467-9957.1965.tb00050.x; Hidalgo, C. A. & Hausmann, R. (2009)
 * PNAS 106(26), 10570-10575, doi:10.1073/pnas.0900943106.
 */
export function rca(values: Float64Array, nLocations: number, nProducts: number): Float64Array {
  assertComplexityMatrix('rca', values, nLocations, nProducts);
  const { rowTotal, colTotal, total } = marginTotals(values, nLocations, nProducts);
  const out = new Float64Array(values.length);
  // RCA_cp = x_cp * x / (x_c * x_p); the per-product factor x / x_p is computed once.
  const colFactor = new Float64Array(nProducts);
  for (let p = 0; p < nProducts; p++) colFactor[p] = total / (colTotal[p] as number);
  for (let c = 0; c < nLocations; c++) {
    const row = c * nProducts;
    const inv = 1 / (rowTotal[c] as number);
    for (let p = 0; p < nProducts; p++) {
      const xc = rowTotal[c] as number;
      const xp = colTotal[p] as number;
      out[row + p] = xc === 0 || xp === 0 ? NaN : (values[row + p] as number) * inv * (colFactor[p] as number);
    }
  }
  return out;
}

/**
 * Revealed per-capita advantage (RPOP): exports per inhabitant relative to the world's.
 *
 *   RPOP_cp = (x_cp / pop_c) / (x_p / pop)
 *
 * where pop_c is the location's population and pop = sum_c pop_c (over the locations given). The
 * py-ecomplexity `presence_test = "rpop"` measure; NaN where pop_c or x_p is 0.
 *
 * Complexity O(nLocations * nProducts).
 *
 * @throws {RangeError} on a bad matrix, population.length !== nLocations, or a negative or non-finite population
 * @example
 *   rpop(new Float64Array([1, 3, 3, 3]), new Float64Array([1, 4]), 2, 2)
 *   // x_p = [4, 6], pop = 5: RPOP_00 = (1 / 1) / (4 / 5) = 1.25, RPOP_10 = (3 / 4) / (4 / 5) = 0.9375, ...
 *
 * Reference: py-ecomplexity (Harvard Growth Lab), `presence_test="rpop"`; Hausmann, R. et al. (2014) The
 * Atlas of Economic Complexity, MIT Press, ISBN 978-0-262-52542-8.
 */
export function rpop(values: Float64Array, population: Float64Array, nLocations: number, nProducts: number): Float64Array {
  assertComplexityMatrix('rpop', values, nLocations, nProducts);
  if (population.length !== nLocations) throw new RangeError('`rpop` requires population.length = nLocations');
  let pop = 0;
  for (let c = 0; c < nLocations; c++) {
    const v = population[c] as number;
    if (!(v >= 0) || v === Infinity) throw new RangeError(`\`rpop\` requires non-negative finite populations (location ${c} has ${v})`);
    pop += v;
  }
  const colTotal = new Float64Array(nProducts);
  for (let c = 0; c < nLocations; c++) {
    const row = c * nProducts;
    for (let p = 0; p < nProducts; p++) colTotal[p] = (colTotal[p] as number) + (values[row + p] as number);
  }
  const out = new Float64Array(values.length);
  for (let c = 0; c < nLocations; c++) {
    const row = c * nProducts;
    const pc = population[c] as number;
    for (let p = 0; p < nProducts; p++) {
      const xp = colTotal[p] as number;
      out[row + p] = pc === 0 || xp === 0 ? NaN : ((values[row + p] as number) / pc) / (xp / pop);
    }
  }
  return out;
}
