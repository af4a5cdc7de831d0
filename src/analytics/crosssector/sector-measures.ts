export interface SectorMeasures {
  /** activity_i: the sector's weight in the source (see the convention) */
  activity: Float64Array;
  /** cross_i: the share of activity_i linked to other sectors (NaN when activity_i = 0) */
  crossShare: Float64Array;
}

/**
 * Each sector's activity and cross-sector share in a link matrix.
 *
 *   symmetric (patents):   activity_i = sum_j M_ij                 cross_i = (activity_i - M_ii) / activity_i
 *   directed (deals):      activity_i = M_i. + M_.i - M_ii         cross_i = (M_i. + M_.i - 2 M_ii) / activity_i
 *
 * where:
 *   M_ij   is the link weight (diagonal included), M_i. a row total, M_.i a column total.
 *
 * Convention: for patents M is symmetric and activity_i is the sector's fractional patent count, cross_i =
 * sum_p d_pi (1 - d_pi) / sum_p d_pi. For directed pairs activity_i is the weight of the links that involve
 * sector i on either side (a same-sector link counted once), cross_i the share of it with another sector.
 *
 * Complexity O(n^2).
 *
 * @throws {RangeError} when m.length !== n * n
 * @example sectorMeasures(Float64Array.of(1, 1, 1, 0), 2, true) // activity [2, 1], crossShare [0.5, 1]
 *
 * Reference: the cross-sector shares of the European Panorama of Clusters and Industrial Change (Ketels,
 * Protsiv et al. 2019, European Commission).
 */
export function sectorMeasures(m: Float64Array, n: number, symmetric: boolean): SectorMeasures {
  if (m.length !== n * n) throw new RangeError('`sectorMeasures` requires m.length = n * n');
  const activity = new Float64Array(n);
  const crossShare = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let row = 0;
    let col = 0;
    for (let j = 0; j < n; j++) {
      row += m[i * n + j] as number;
      col += m[j * n + i] as number;
    }
    const diag = m[i * n + i] as number;
    const act = symmetric ? row : row + col - diag;
    const cross = symmetric ? row - diag : row + col - 2 * diag;
    activity[i] = act;
    crossShare[i] = act > 0 ? cross / act : NaN;
  }
  return { activity, crossShare };
}
