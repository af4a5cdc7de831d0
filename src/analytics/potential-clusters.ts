// The potential-cluster finder: region x category cells that look like a cluster (strong by the U.S. rule,
// or starred by the European Cluster Observatory) where no cluster is registered, in rank order.

export interface PotentialCellInput {
  /** 0/1 per cell (index r * nCategories + c) from `classifyClusters`. */
  strong: Uint8Array;
  strong10: Uint8Array;
  /** Star count per cell from `clusterStars`. */
  stars: Uint8Array;
  employment: Float64Array;
  /** 1 where a registered cluster covers the cell's territory and specialisation. */
  registered: Uint8Array;
}

export interface PotentialOptions {
  /** Cells with at least this many stars qualify even when not strong (default 2). */
  minStars?: number;
}

/**
 * Indices of the cells that qualify, best first.
 *
 *   qualifies_rc = registered_rc = 0 and (strong_rc = 1 or stars_rc >= minStars)
 *   order: strong10 desc, strong desc, stars desc, employment desc, then the cell index (stable)
 *
 * A cell strong by the U.S. Cluster Mapping rule is the stronger evidence (Delgado, Porter & Stern 2014,
 * "Clusters, convergence, and economic performance", Research Policy 43(10)); the stars add the European
 * Cluster Observatory's size, specialisation and focus tests (Ketels & Protsiv 2014, "Methodology and
 * findings report for a cluster mapping of related sectors"). Employment breaks ties: a bigger cell matters more.
 */
export function potentialClusterCells(input: PotentialCellInput, options: PotentialOptions = {}): Int32Array {
  const minStars = options.minStars ?? 2;
  const { strong, strong10, stars, employment, registered } = input;
  const picked: number[] = [];
  for (let i = 0; i < registered.length; i++) {
    if (registered[i] === 0 && (strong[i] === 1 || (stars[i] as number) >= minStars)) picked.push(i);
  }
  picked.sort((a, b) =>
    (strong10[b] as number) - (strong10[a] as number)
    || (strong[b] as number) - (strong[a] as number)
    || (stars[b] as number) - (stars[a] as number)
    || (employment[b] as number) - (employment[a] as number)
    || a - b);
  return Int32Array.from(picked);
}
