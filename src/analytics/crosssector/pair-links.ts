/**
 * A directed link matrix per year from pairs of sectors (deals: acquirer -> target; contracts: supplier ->
 * customer).
 *
 *   M_ij(y) = sum_{r : from_r = i, to_r = j, year_r = y} w_r
 *
 * where:
 *   w_r  is the row's weight (the deal value, or 1 when weights are not given).
 *
 * Convention: same-sector pairs land on the diagonal and are kept (they enter the totals of the
 * observed/expected ratio); output is year-major, nYears x nSectors x nSectors.
 *
 * Complexity O(rows + nYears * nSectors^2).
 *
 * @throws {RangeError} when the arrays differ in length, an index is out of range or a weight is negative or NaN
 * @example pairLinkMatrices(Int32Array.of(0), Int32Array.of(1), Int32Array.of(0), 1, 2) // [0, 1, 0, 0]
 *
 * Reference: the inter-industry deal network of the European Observatory for Clusters and Industrial Change
 * (Ketels, Protsiv et al. 2019/2021, "European Panorama of Clusters and Industrial Change", European
 * Commission).
 */
export function pairLinkMatrices(
  from: Int32Array, to: Int32Array, yearOf: Int32Array, nYears: number, nSectors: number, weight?: Float64Array,
): Float64Array {
  const n = from.length;
  if (to.length !== n || yearOf.length !== n || (weight !== undefined && weight.length !== n)) {
    throw new RangeError('`pairLinkMatrices` requires from, to, yearOf (and weight) of the same length');
  }
  const m = new Float64Array(nYears * nSectors * nSectors);
  for (let r = 0; r < n; r++) {
    const i = from[r] as number;
    const j = to[r] as number;
    const y = yearOf[r] as number;
    if (!(i >= 0 && i < nSectors && j >= 0 && j < nSectors && y >= 0 && y < nYears)) {
      throw new RangeError(`\`pairLinkMatrices\` row ${r} has an index out of range`);
    }
    const w = weight === undefined ? 1 : (weight[r] as number);
    if (!(w >= 0)) throw new RangeError(`\`pairLinkMatrices\` requires non-negative weights (row ${r})`);
    m[(y * nSectors + i) * nSectors + j]! += w;
  }
  return m;
}

/**
 * Sums the per-year matrices into one (all years together).
 *
 *   M_ij = sum_y M_ij(y)
 *
 * Complexity O(nYears * size).
 *
 * @throws {RangeError} when matrices.length is not a multiple of size
 * @example sumYears(Float64Array.of(1, 2, 3, 4), 2) // [4, 6]
 *
 * Reference: none (a sum).
 */
export function sumYears(matrices: Float64Array, size: number): Float64Array {
  if (size <= 0 || matrices.length % size !== 0) throw new RangeError('`sumYears` requires matrices.length to be a multiple of size');
  const out = new Float64Array(size);
  for (let k = 0; k < matrices.length; k++) out[k % size]! += matrices[k] as number;
  return out;
}
