/** What to do with a cluster (and its industries) that has no within-cluster pair to average over. */
export type SingletonPolicy = 'exclude' | 'fail';

export interface ClusterValidationOptions {
  /**
   * 'exclude' (default): a cluster with fewer than two members, and its industry, are left out of both
   * scores (they are still "other clusters" for everyone else). 'fail': they count as failing.
   */
  singletons?: SingletonPolicy;
}

export interface ClusterValidation {
  /** Cluster-level score: passing clusters / counted clusters (NaN when none is counted). */
  clusterScore: number;
  /** Industry-level score: passing industries / counted industries (NaN when none is counted). */
  industryScore: number;
  /** Share of (cluster k, other cluster l) comparisons with within_k > between_kl (NaN when there are none). */
  clusterPairScore: number;
  /** Share of (industry i, other cluster l) comparisons with own_i > toCluster_il (NaN when there are none). */
  industryPairScore: number;
  /** Number of cluster labels, max(label) + 1 (a label with no member is an empty cluster, never counted). */
  nClusters: number;
  /** Members of each cluster. */
  size: Int32Array;
  /** nClusters x nClusters: average relatedness between members of k and l; the diagonal is `within`. */
  between: Float64Array;
  /** Per cluster: average relatedness over ordered pairs of distinct members (NaN below two members). */
  within: Float64Array;
  /** Per cluster: the highest between_kl over other clusters l, and that l (lowest on ties; NaN / -1 if none). */
  clusterBestOther: Float64Array;
  clusterBestOtherCluster: Int32Array;
  /** Per cluster: 1 when it counts in clusterScore. */
  clusterCounted: Uint8Array;
  /** Per cluster: 1 when it passes (within_k > between_kl for every other cluster l). */
  clusterPasses: Uint8Array;
  /** Per industry: average relatedness to the other members of its cluster (NaN in a singleton). */
  industryOwn: Float64Array;
  /** Per industry: the highest average relatedness to the members of another cluster, and that cluster. */
  industryBestOther: Float64Array;
  industryBestOtherCluster: Int32Array;
  /** Per industry: 1 when it counts in industryScore. */
  industryCounted: Uint8Array;
  /** Per industry: 1 when it passes (own_i > toCluster_il for every other cluster l). */
  industryPasses: Uint8Array;
}

/**
 * Validation scores of a grouping of industries into clusters (Delgado, Porter & Stern 2016): are the
 * industries of a cluster more related to each other than to the industries of other clusters?
 *
 *   within_k      = mean { R_ij : i, j in k, i != j }                        (ordered pairs)
 *   between_kl    = mean { R_ij : i in k, j in l }                           (k != l)
 *   own_i         = mean { R_ij : j in c(i), j != i }
 *   toCluster_il  = mean { R_ij : j in l }                                   (l != c(i))
 *   cluster k passes   when within_k > between_kl   for every other cluster l
 *   industry i passes  when own_i > toCluster_il    for every other cluster l
 *   clusterScore  = passing clusters / counted clusters
 *   industryScore = passing industries / counted industries
 *
 * where:
 *   R_ij  is relatedness[i * n + j] (e.g. `relatedness`; row i is read for industry i, so an asymmetric
 *         matrix is used as given), c(i) = labels[i] is the cluster of industry i.
 *
 * Variant: the strict "against every other cluster" reading of the DPS cluster-level (VS-Cluster) and
 * industry-level (VS-Industry) scores, with strict ">" (a tie fails). Because summaries of DPS also read
 * them pairwise, the share of winning (cluster, other cluster) and (industry, other cluster) comparisons
 * is returned too (clusterPairScore, industryPairScore). NaN entries of R are skipped in every mean; a
 * mean with nothing to average is NaN, and a comparison with a NaN between_kl or toCluster_il is skipped
 * (that cluster is no rival). A cluster or industry with a NaN within_k or own_i (a singleton, or only NaN
 * pairs) is handled by `singletons`: 'exclude' (default) leaves it out of the score, 'fail' counts it as
 * failing; the pair scores only count comparisons of clusters and industries with a defined within_k or
 * own_i. With a single non-empty cluster there is no rival: every counted cluster and industry passes
 * (scores 1) and the pair scores are NaN. Labels need not be contiguous: an unused label is an empty
 * cluster that is neither counted nor a rival.
 *
 * Complexity O(n^2 + n * nClusters) time, O(n * nClusters + nClusters^2) space.
 *
 * @throws {RangeError} when relatedness.length !== n * n, labels.length !== n, a label is outside [0, n),
 *   or the singleton policy is unknown
 * @example
 *   // 4 industries, clusters {0, 1} and {2, 3}; R = 0.8 inside each pair, 0.1 across
 *   const R = new Float64Array([1, .8, .1, .1,  .8, 1, .1, .1,  .1, .1, 1, .8,  .1, .1, .8, 1]);
 *   validateClusters(R, 4, new Int32Array([0, 0, 1, 1]))
 *   // { clusterScore: 1, industryScore: 1, within: [0.8, 0.8], between: [0.8, 0.1, 0.1, 0.8], ... }
 *
 * Reference: Delgado, M., Porter, M. E. & Stern, S. (2016) "Defining clusters of related industries",
 * Journal of Economic Geography 16(1), 1-38, doi:10.1093/jeg/lbv017 (section on validation scores).
 */
export function validateClusters(
  relatedness: Float64Array,
  n: number,
  labels: Int32Array,
  options: ClusterValidationOptions = {},
): ClusterValidation {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError('`validateClusters` requires n to be a non-negative integer');
  }
  if (relatedness.length !== n * n) {
    throw new RangeError('`validateClusters` requires relatedness.length = n * n');
  }
  if (labels.length !== n) {
    throw new RangeError('`validateClusters` requires labels.length = n');
  }
  const singletons = options.singletons ?? validateClusters.defaults.singletons;
  if (singletons !== 'exclude' && singletons !== 'fail') {
    throw new RangeError("`validateClusters` requires singletons to be 'exclude' or 'fail'");
  }
  let nK = 0;
  for (let i = 0; i < n; i++) {
    const l = labels[i] as number;
    if (l < 0 || l >= n) throw new RangeError('`validateClusters` requires every label to be in [0, n)');
    nK = Math.max(nK, l + 1);
  }
  const size = new Int32Array(nK);
  for (let i = 0; i < n; i++) size[labels[i] as number] = (size[labels[i] as number] as number) + 1;

  // Per industry and cluster: sum and count of the defined R_ij over j in the cluster, j != i.
  const sum = new Float64Array(n * nK);
  const count = new Int32Array(n * nK);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const out = i * nK;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const v = relatedness[row + j] as number;
      if (Number.isNaN(v)) continue;
      const o = out + (labels[j] as number);
      sum[o] = (sum[o] as number) + v;
      count[o] = (count[o] as number) + 1;
    }
  }

  // Industry level.
  const industryOwn = new Float64Array(n);
  const industryBestOther = new Float64Array(n).fill(NaN);
  const industryBestOtherCluster = new Int32Array(n).fill(-1);
  const industryCounted = new Uint8Array(n);
  const industryPasses = new Uint8Array(n);
  let industryPass = 0;
  let industryCount = 0;
  let industryWins = 0;
  let industryComparisons = 0;
  for (let i = 0; i < n; i++) {
    const k = labels[i] as number;
    const base = i * nK;
    const own = (count[base + k] as number) > 0 ? (sum[base + k] as number) / (count[base + k] as number) : NaN;
    industryOwn[i] = own;
    let wins = true;
    for (let l = 0; l < nK; l++) {
      if (l === k || count[base + l] === 0) continue;
      const to = (sum[base + l] as number) / (count[base + l] as number);
      if (industryBestOtherCluster[i] === -1 || to > (industryBestOther[i] as number)) {
        industryBestOther[i] = to;
        industryBestOtherCluster[i] = l;
      }
      if (!Number.isNaN(own)) {
        industryComparisons++;
        if (own > to) industryWins++;
        else wins = false;
      }
    }
    if (Number.isNaN(own)) {
      if (singletons === 'fail') {
        industryCounted[i] = 1;
        industryCount++;
      }
    } else {
      industryCounted[i] = 1;
      industryCount++;
      if (wins) {
        industryPasses[i] = 1;
        industryPass++;
      }
    }
  }

  // Cluster level: pool the industry sums by cluster.
  const bSum = new Float64Array(nK * nK);
  const bCount = new Float64Array(nK * nK);
  for (let i = 0; i < n; i++) {
    const k = labels[i] as number;
    for (let l = 0; l < nK; l++) {
      bSum[k * nK + l] = (bSum[k * nK + l] as number) + (sum[i * nK + l] as number);
      bCount[k * nK + l] = (bCount[k * nK + l] as number) + (count[i * nK + l] as number);
    }
  }
  const between = new Float64Array(nK * nK);
  for (let o = 0; o < nK * nK; o++) between[o] = (bCount[o] as number) > 0 ? (bSum[o] as number) / (bCount[o] as number) : NaN;
  const within = new Float64Array(nK);
  const clusterBestOther = new Float64Array(nK).fill(NaN);
  const clusterBestOtherCluster = new Int32Array(nK).fill(-1);
  const clusterCounted = new Uint8Array(nK);
  const clusterPasses = new Uint8Array(nK);
  let clusterPass = 0;
  let clusterCount = 0;
  let clusterWins = 0;
  let clusterComparisons = 0;
  for (let k = 0; k < nK; k++) {
    const w = between[k * nK + k] as number;
    within[k] = w;
    if (size[k] === 0) continue;
    let wins = true;
    for (let l = 0; l < nK; l++) {
      const b = between[k * nK + l] as number;
      if (l === k || Number.isNaN(b)) continue;
      if (clusterBestOtherCluster[k] === -1 || b > (clusterBestOther[k] as number)) {
        clusterBestOther[k] = b;
        clusterBestOtherCluster[k] = l;
      }
      if (!Number.isNaN(w)) {
        clusterComparisons++;
        if (w > b) clusterWins++;
        else wins = false;
      }
    }
    if (Number.isNaN(w)) {
      if (singletons === 'fail') {
        clusterCounted[k] = 1;
        clusterCount++;
      }
    } else {
      clusterCounted[k] = 1;
      clusterCount++;
      if (wins) {
        clusterPasses[k] = 1;
        clusterPass++;
      }
    }
  }

  const share = (a: number, b: number) => (b > 0 ? a / b : NaN);
  return {
    clusterScore: share(clusterPass, clusterCount),
    industryScore: share(industryPass, industryCount),
    clusterPairScore: share(clusterWins, clusterComparisons),
    industryPairScore: share(industryWins, industryComparisons),
    nClusters: nK,
    size,
    between,
    within,
    clusterBestOther,
    clusterBestOtherCluster,
    clusterCounted,
    clusterPasses,
    industryOwn,
    industryBestOther,
    industryBestOtherCluster,
    industryCounted,
    industryPasses,
  };
}

validateClusters.defaults = Object.freeze({ singletons: 'exclude' as SingletonPolicy });
