import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import { mulberry32 } from '../random.ts';

// These packages are CommonJS with `export default` typings: under NodeNext TypeScript types the default
// import as the module object, while Node hands over module.exports (the function itself).
function commonJsDefault<T>(module: { default: T }): T {
  return (module as unknown as { default?: T }).default ?? (module as unknown as T);
}
const louvain = commonJsDefault(louvainModule);
const betweennessCentrality = commonJsDefault(betweennessModule);
const eigenvectorCentrality = commonJsDefault(eigenvectorModule);

export interface NetworkMeasures {
  /** number of significant links of each sector (either direction) */
  degree: Float64Array;
  /** sum of the weights of those links */
  strength: Float64Array;
  /** normalised shortest-path betweenness on the unweighted significant-link graph */
  betweenness: Float64Array;
  /** eigenvector centrality on the weighted graph (Euclidean norm one; 0 for an isolated sector) */
  eigenvector: Float64Array;
  /** Louvain community of each sector, numbered 0.. in order of first appearance; -1 for an isolated sector */
  community: Int32Array;
  /** the partition's modularity (NaN when the graph has no edges) */
  modularity: number;
}

/**
 * Network measures of the significant-link graph of sectors: degree, strength, betweenness, eigenvector
 * centrality and Louvain communities.
 *
 *   edge {i, j} exists  iff  significant_ij or significant_ji     weight w_ij = sum of M over the significant cells
 *   degree_i = #{ j : edge {i, j} }        strength_i = sum_j w_ij
 *   betweenness_i = sum_{s != i != t} sigma_st(i) / sigma_st, normalised by (n - 1)(n - 2) / 2
 *
 * where:
 *   M         is the link matrix (n x n, row-major), significant the 0/1 mask (significantLinks),
 *   sigma_st  the number of shortest paths from s to t, sigma_st(i) those through i.
 *
 * Convention: the graph is undirected (a deal network's two directions merge). Betweenness is on hop
 * distance (unweighted, graphology-metrics normalised form); eigenvector centrality is graphology-metrics'
 * power iteration on the weighted graph, its vector of Euclidean norm one, 0 for isolated sectors and
 * computed only when the graph has edges. Louvain uses graphology-communities-louvain with weights, resolution
 * 1 and the seeded mulberry32 generator (seed option, default 1) so that the same input gives the same
 * partition; communities are renumbered by their first sector.
 *
 * Complexity O(n m) for betweenness (Brandes), O(m) per Louvain pass and eigenvector iteration.
 *
 * @throws {RangeError} when m or significant has a length other than n * n
 * @throws {Error} from graphology-metrics when eigenvector centrality does not converge
 * @example networkMeasures(m, mask, 4).community // Int32Array [0, 0, 1, 1]
 *
 * References: Brandes, U. (2001), "A faster algorithm for betweenness centrality", J. Mathematical
 * Sociology 25(2), doi:10.1080/0022250X.2001.9990249; Bonacich, P. (1987), "Power and centrality", American
 * J. Sociology 92(5), doi:10.1086/228631; Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E.
 * (2008), "Fast unfolding of communities in large networks", J. Stat. Mech. P10008,
 * doi:10.1088/1742-5468/2008/10/P10008.
 */
export function networkMeasures(m: Float64Array, significant: Uint8Array, n: number, options: { seed?: number } = {}): NetworkMeasures {
  if (m.length !== n * n || significant.length !== n * n) throw new RangeError('`networkMeasures` requires m and significant of length n * n');
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  const degree = new Float64Array(n);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = significant[i * n + j] === 1;
      const b = significant[j * n + i] === 1;
      if (!a && !b) continue;
      const w = (a ? (m[i * n + j] as number) : 0) + (b ? (m[j * n + i] as number) : 0);
      graph.addEdge(String(i), String(j), { weight: w });
      degree[i]! += 1;
      degree[j]! += 1;
      strength[i]! += w;
      strength[j]! += w;
    }
  }
  const betweenness = new Float64Array(n);
  const eigenvector = new Float64Array(n);
  const community = new Int32Array(n).fill(-1);
  let modularity = NaN;
  if (graph.size > 0) {
    const bc = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const ec = eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations: 1000, tolerance: 1e-9 });
    const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: mulberry32(options.seed ?? 1) });
    modularity = detailed.modularity;
    const renumber = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      betweenness[i] = bc[String(i)] ?? 0;
      eigenvector[i] = graph.degree(String(i)) > 0 ? (ec[String(i)] ?? 0) : 0;
      if (graph.degree(String(i)) === 0) continue;
      const c = detailed.communities[String(i)] as number;
      if (!renumber.has(c)) renumber.set(c, renumber.size);
      community[i] = renumber.get(c) as number;
    }
  }
  return { degree, strength, betweenness, eigenvector, community, modularity };
}
