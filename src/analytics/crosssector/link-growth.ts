/**
 * Growth of each link over the years: the slope of a log-linear trend, as a rate per year.
 *
 *   g_ij = exp(b_ij) - 1,   b_ij = sum_y (t_y - tbar)(ln M_ij(y) - lbar) / sum_y (t_y - tbar)^2
 *
 * where:
 *   M_ij(y)  is the link weight in year t_y (matrices year-major, nYears x cells),
 *   tbar, lbar  the means of t_y and ln M_ij(y) over the years with M_ij(y) > 0.
 *
 * Convention: only years with a positive weight enter the fit (a log-linear trend of the observed links);
 * fewer than two such years, or all in one year, gives NaN. With two years this equals the CAGR between them.
 *
 * Complexity O(nYears * cells).
 *
 * @throws {RangeError} when matrices.length !== years.length * cells
 * @example linkGrowth(Float64Array.of(100, 121), Float64Array.of(2020, 2022), 1) // [0.1]
 *
 * Reference: the log-linear growth rate, e.g. OECD (2001), Measuring Productivity - OECD Manual;
 * the CAGR of the European Cluster Observatory (Ketels & Protsiv 2014).
 */
export function linkGrowth(matrices: Float64Array, years: ArrayLike<number>, cells: number): Float64Array {
  const nY = years.length;
  if (matrices.length !== nY * cells) throw new RangeError('`linkGrowth` requires matrices.length = years.length * cells');
  const out = new Float64Array(cells);
  for (let k = 0; k < cells; k++) {
    let n = 0;
    let st = 0;
    let sl = 0;
    for (let y = 0; y < nY; y++) {
      const v = matrices[y * cells + k] as number;
      if (v > 0) {
        n++;
        st += years[y] as number;
        sl += Math.log(v);
      }
    }
    if (n < 2) {
      out[k] = NaN;
      continue;
    }
    const tbar = st / n;
    const lbar = sl / n;
    let sxy = 0;
    let sxx = 0;
    for (let y = 0; y < nY; y++) {
      const v = matrices[y * cells + k] as number;
      if (v > 0) {
        const dt = (years[y] as number) - tbar;
        sxy += dt * (Math.log(v) - lbar);
        sxx += dt * dt;
      }
    }
    out[k] = sxx > 0 ? Math.exp(sxy / sxx) - 1 : NaN;
  }
  return out;
}

/**
 * The fastest-emerging links: off-diagonal cells ranked by growth, among links whose total weight over
 * the years reaches minWeight.
 *
 *   rank by g_ij descending, over { (i, j) : i != j, g_ij finite, sum_y M_ij(y) >= minWeight }
 *
 * Convention: ties keep cell order (stable); returns at most top cell indices (i * n + j).
 *
 * Complexity O(cells log cells).
 *
 * @throws {RangeError} when growth.length !== n * n or total.length !== n * n
 * @example fastestEmerging(growth, total, n, 10, 5) // Int32Array of up to 10 cells
 *
 * Reference: as linkGrowth.
 */
export function fastestEmerging(growth: Float64Array, total: Float64Array, n: number, top = 10, minWeight = 0): Int32Array {
  if (growth.length !== n * n || total.length !== n * n) throw new RangeError('`fastestEmerging` requires growth and total of length n * n');
  const cells: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      if (i !== j && Number.isFinite(growth[k]) && (total[k] as number) >= minWeight) cells.push(k);
    }
  }
  cells.sort((a, b) => (growth[b] as number) - (growth[a] as number) || a - b);
  return Int32Array.from(cells.slice(0, top));
}
