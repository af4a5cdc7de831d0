// The NACE / ОКЭД hierarchy (section > division > group > class) as features: an organisation's sector codes
// become a sparse vector over the tree's nodes, each code adding weight to itself and its ancestors, so that near
// codes share features and their cosine is high (same class 1, same group < 1, same division less, same section
// least). Nodes are numbered by `SectorTree`; built from the sectors list (code, parent), no I/O.
import { type SparseVector, normalise, sparseFrom } from './sparse-vector.ts';

export type SectorLevel = 'section' | 'division' | 'group' | 'class';

/**
 * Weight of a code's node and its ancestors in the expanded vector. Deeper shared nodes count more, so the
 * cosine of two single codes grows with the depth of their deepest common ancestor:
 *   same class 1; same group, other class (0.8^2 + 0.5^2 + 0.3^2) / (1 + 0.8^2 + 0.5^2 + 0.3^2) = 0.98 / 1.98 ~ 0.49;
 *   same division 0.34 / 1.98 ~ 0.17; same section 0.09 / 1.98 ~ 0.045; different sections 0.
 * The weights are ClusterAtlas's own; they follow the idea of path-based similarity in a taxonomy (Resnik, P.
 * (1995) "Using information content to evaluate semantic similarity in a taxonomy", IJCAI-95, 448-453): the more
 * specific the shared node, the more similar the codes.
 */
export const LEVEL_WEIGHTS: Readonly<Record<SectorLevel, number>> = Object.freeze({ section: 0.3, division: 0.5, group: 0.8, class: 1 });

export class SectorTree {
  readonly codes: string[];
  readonly levels: SectorLevel[];
  /** parent node id, -1 for sections */
  readonly parent: Int32Array;
  private readonly ids: Map<string, number>;

  /** @throws {RangeError} for a parent that is not in the list or a level that is not a NACE level */
  constructor(nodes: readonly { code: string; level: string; parent: string | null }[]) {
    this.codes = nodes.map((n) => n.code);
    this.ids = new Map(this.codes.map((c, i) => [c, i]));
    this.levels = nodes.map((n) => {
      if (n.level !== 'section' && n.level !== 'division' && n.level !== 'group' && n.level !== 'class') {
        throw new RangeError(`sector ${n.code}: level ${n.level} is not section, division, group or class`);
      }
      return n.level;
    });
    this.parent = Int32Array.from(nodes, (n) => {
      if (!n.parent) return -1;
      const p = this.ids.get(n.parent);
      if (p === undefined) throw new RangeError(`sector ${n.code}: parent ${n.parent} is not in the list`);
      return p;
    });
  }

  /** The node id of a code, or -1 when it is not in the tree. */
  id(code: string): number {
    return this.ids.get(code.trim()) ?? -1;
  }

  /** The node and its ancestors, deepest first. */
  path(node: number): number[] {
    const out: number[] = [];
    for (let n = node; n >= 0; n = this.parent[n] as number) out.push(n);
    return out;
  }

  /** The deepest node two nodes share (their lowest common ancestor), or -1 when they are in different sections. */
  commonAncestor(a: number, b: number): number {
    if (a < 0 || b < 0) return -1;
    const onPath = new Set(this.path(a));
    for (const n of this.path(b)) if (onPath.has(n)) return n;
    return -1;
  }

  /**
   * The normalised sector-structure vector of weighted codes (e.g. primary 1, secondary 0.5; a cluster: its
   * members' codes):  v = sum_k w_k sum_{n in path(code_k)} LEVEL_WEIGHTS[level(n)] e_n,  then v / ||v||.
   * Unknown codes are skipped.
   */
  vector(codes: readonly string[], weights?: ArrayLike<number>): SparseVector {
    const ids: number[] = [];
    const values: number[] = [];
    codes.forEach((code, k) => {
      const node = this.id(code);
      if (node < 0) return;
      const w = weights ? weights[k] as number : 1;
      for (const n of this.path(node)) {
        ids.push(n);
        values.push(w * LEVEL_WEIGHTS[this.levels[n] as SectorLevel]);
      }
    });
    return normalise(sparseFrom(ids, values));
  }
}
