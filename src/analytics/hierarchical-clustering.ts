/** How the similarity between two groups is derived from the similarities of their members. */
export type Linkage = 'average' | 'single' | 'complete';

export interface HierarchicalClusteringOptions {
  /** Group similarity: 'average' (default, UPGMA), 'single' (most similar pair) or 'complete' (least similar pair). */
  linkage?: Linkage;
  /** Stop when this many clusters remain (an integer in [1, n]); default 1 unless a threshold is given. */
  k?: number;
  /** Merge only pairs whose linkage similarity is >= threshold; stop at the first best pair below it. */
  threshold?: number;
}

export interface HierarchicalClustering {
  /** Cluster of each item, 0..nClusters-1, numbered in order of first appearance (item 0 is in cluster 0). */
  labels: Int32Array;
  nClusters: number;
  /**
   * The merges in order: merge m joined the cluster whose lowest member is mergeA[m] with the cluster whose
   * lowest member is mergeB[m] (mergeA[m] < mergeB[m]) at linkage similarity mergeSimilarity[m]
   * (-Infinity when every remaining pair was NaN).
   */
  mergeA: Int32Array;
  mergeB: Int32Array;
  mergeSimilarity: Float64Array;
}

/**
 * Agglomerative hierarchical clustering of items (categories) on a similarity matrix such as
 * `relatedness`: start from singletons and repeatedly merge the two most similar clusters.
 *
 *   average:   S(A, B) = (1 / (|A| |B|)) sum_{a in A} sum_{b in B} s_ab
 *   single:    S(A, B) = max_{a in A, b in B} s_ab
 *   complete:  S(A, B) = min_{a in A, b in B} s_ab
 *   after merging A and B into A u B, for every other cluster K (Lance-Williams update):
 *   average:   S(A u B, K) = (|A| S(A, K) + |B| S(B, K)) / (|A| + |B|);  single: max;  complete: min
 *
 * where:
 *   s_ab is similarity[a * n + b], symmetrised as (s_ab + s_ba) / 2; the diagonal is not read.
 *
 * Conventions: a NaN similarity counts as -Infinity (it is never preferred, and under average linkage a
 * NaN pair makes its clusters' similarity -Infinity). Stopping: at `k` clusters, or before the first merge
 * whose similarity is below `threshold` (given both, whichever comes first; given neither, down to one
 * cluster). Ties: among equally similar pairs the merge is the pair (A, B), named by their lowest members
 * a < b, that is smallest in (a, b) order, so results do not depend on anything but the input.
 *
 * Complexity O(n^2) memory. Time O(n^2) to start plus, per merge, O(n) to find the best pair and
 * update the merged row, and O(n) for each cluster whose nearest neighbour was one of the two merged
 * (a nearest-neighbour list, as in the "generic" algorithm of Müllner 2011): O(n^2) to O(n^3) in all,
 * a few milliseconds for 600 items.
 *
 * @throws {RangeError} when similarity.length !== n * n, when k is not an integer in [1, n], when the
 *   threshold is NaN, or when the linkage is unknown
 * @example
 *   // items 0 and 1 are close (0.9), item 2 is far from both (0.1, 0.2)
 *   hierarchicalClustering(new Float64Array([1, 0.9, 0.1, 0.9, 1, 0.2, 0.1, 0.2, 1]), 3, { k: 2 })
 *   // { labels: Int32Array [0, 0, 1], nClusters: 2, mergeA: [0], mergeB: [1], mergeSimilarity: [0.9] }
 *
 * References: Delgado, M., Porter, M. E. & Stern, S. (2016) "Defining clusters of related industries",
 * Journal of Economic Geography 16(1), 1-38, doi:10.1093/jeg/lbv017 (hierarchical clustering of industries
 * on relatedness); Müllner, D. (2011) "Modern hierarchical, agglomerative clustering algorithms",
 * arXiv:1109.2378.
 */
export function hierarchicalClustering(
  similarity: Float64Array,
  n: number,
  options: HierarchicalClusteringOptions = {},
): HierarchicalClustering {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError('`hierarchicalClustering` requires n to be a non-negative integer');
  }
  if (similarity.length !== n * n) {
    throw new RangeError('`hierarchicalClustering` requires similarity.length = n * n');
  }
  const linkage = options.linkage ?? hierarchicalClustering.defaults.linkage;
  if (linkage !== 'average' && linkage !== 'single' && linkage !== 'complete') {
    throw new RangeError("`hierarchicalClustering` requires linkage to be 'average', 'single' or 'complete'");
  }
  const { threshold } = options;
  if (threshold !== undefined && (typeof threshold !== 'number' || Number.isNaN(threshold))) {
    throw new RangeError('`hierarchicalClustering` requires threshold to be a number');
  }
  const k = options.k ?? Math.min(1, n);
  if (!Number.isInteger(k) || k < Math.min(1, n) || k > n) {
    throw new RangeError('`hierarchicalClustering` requires k to be an integer in [1, n]');
  }

  // Working matrix: rows and columns of the clusters still active, indexed by their lowest member.
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = ((similarity[i * n + j] as number) + (similarity[j * n + i] as number)) / 2;
      const w = Number.isNaN(v) ? -Infinity : v;
      s[i * n + j] = w;
      s[j * n + i] = w;
    }
  }
  const active = new Uint8Array(n).fill(1);
  const size = new Int32Array(n).fill(1);
  const parent = new Int32Array(n); // item -> surviving cluster it was merged into (union-find style)
  for (let i = 0; i < n; i++) parent[i] = i;
  // Nearest neighbour of each active cluster (lowest index among the most similar) and its similarity.
  const nn = new Int32Array(n).fill(-1);
  const nnSim = new Float64Array(n).fill(-Infinity);
  const findNearest = (i: number) => {
    let best = -1;
    let bestSim = -Infinity;
    const row = i * n;
    for (let j = 0; j < n; j++) {
      if (j === i || active[j] === 0) continue;
      const v = s[row + j] as number;
      if (best === -1 || v > bestSim) {
        best = j;
        bestSim = v;
      }
    }
    nn[i] = best;
    nnSim[i] = bestSim;
  };
  for (let i = 0; i < n; i++) findNearest(i);

  const mergeA: number[] = [];
  const mergeB: number[] = [];
  const mergeSimilarity: number[] = [];
  let clusters = n;
  while (clusters > k) {
    // Best pair: highest similarity, then the smallest (a, b) with a < b.
    let a = -1;
    let b = -1;
    let best = -Infinity;
    for (let i = 0; i < n; i++) {
      if (active[i] === 0) continue;
      const j = nn[i] as number;
      const v = nnSim[i] as number;
      const lo = Math.min(i, j);
      const hi = Math.max(i, j);
      if (a === -1 || v > best || (v === best && (lo < a || (lo === a && hi < b)))) {
        a = lo;
        b = hi;
        best = v;
      }
    }
    if (threshold !== undefined && !(best >= threshold)) break;

    mergeA.push(a);
    mergeB.push(b);
    mergeSimilarity.push(best);
    active[b] = 0;
    parent[b] = a;
    const sa = size[a] as number;
    const sb = size[b] as number;
    size[a] = sa + sb;
    clusters--;
    // Lance-Williams update of row and column a.
    for (let j = 0; j < n; j++) {
      if (active[j] === 0 || j === a) continue;
      const x = s[a * n + j] as number;
      const y = s[b * n + j] as number;
      let v: number;
      if (linkage === 'single') v = Math.max(x, y);
      else if (linkage === 'complete') v = Math.min(x, y);
      else v = x === -Infinity || y === -Infinity ? -Infinity : (sa * x + sb * y) / (sa + sb);
      s[a * n + j] = v;
      s[j * n + a] = v;
    }
    // Nearest neighbours: recompute for a and for clusters that pointed at a or b; others can only gain a.
    for (let j = 0; j < n; j++) {
      if (active[j] === 0) continue;
      if (j === a || nn[j] === a || nn[j] === b) {
        findNearest(j);
      } else {
        const v = s[j * n + a] as number;
        if (v > (nnSim[j] as number) || (v === nnSim[j] && a < (nn[j] as number))) {
          nn[j] = a;
          nnSim[j] = v;
        }
      }
    }
  }

  const labels = new Int32Array(n);
  const labelOf = new Int32Array(n).fill(-1);
  let nClusters = 0;
  for (let i = 0; i < n; i++) {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    if (labelOf[root] === -1) labelOf[root] = nClusters++;
    labels[i] = labelOf[root] as number;
  }
  return {
    labels,
    nClusters,
    mergeA: Int32Array.from(mergeA),
    mergeB: Int32Array.from(mergeB),
    mergeSimilarity: Float64Array.from(mergeSimilarity),
  };
}

hierarchicalClustering.defaults = Object.freeze({ linkage: 'average' as Linkage });
