// Sparse vectors over integer feature ids (sector nodes, character n-grams), sorted by id: the profiles that
// partner search compares. Pure and allocation-light; ids are small non-negative integers.

/** Entries sorted by increasing `index`, no repeats; `value` aligned with `index`. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = Object.freeze({ index: new Int32Array(0), value: new Float32Array(0) }) as SparseVector;

/** A sparse vector from (id, value) pairs in any order; repeated ids are summed, zeros dropped. */
export function sparseFrom(ids: ArrayLike<number>, values: ArrayLike<number>): SparseVector {
  if (ids.length !== values.length) throw new RangeError('`sparseFrom` requires ids and values of the same length');
  const sum = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) sum.set(ids[i] as number, (sum.get(ids[i] as number) ?? 0) + (values[i] as number));
  const keys = [...sum.keys()].filter((k) => sum.get(k) !== 0).sort((a, b) => a - b);
  return { index: Int32Array.from(keys), value: Float32Array.from(keys, (k) => sum.get(k) as number) };
}

/** a . b = sum_i a_i b_i, by merging the two sorted index lists. O(nnz(a) + nnz(b)). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.index;
  const bi = b.index;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) s += (a.value[i++] as number) * (b.value[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** The Euclidean norm ||a||. */
export function norm(a: SparseVector): number {
  let s = 0;
  for (let i = 0; i < a.value.length; i++) s += (a.value[i] as number) ** 2;
  return Math.sqrt(s);
}

/** a / ||a|| (the empty vector stays empty), so that dot products of normalised vectors are cosines. */
export function normalise(a: SparseVector): SparseVector {
  const n = norm(a);
  if (n === 0) return EMPTY_VECTOR;
  return { index: a.index, value: Float32Array.from(a.value, (v) => v / n) };
}

/** The sum of several vectors with weights: sum_k w_k v_k (e.g. a cluster's members). */
export function weightedSum(vectors: readonly SparseVector[], weights?: ArrayLike<number>): SparseVector {
  const ids: number[] = [];
  const values: number[] = [];
  vectors.forEach((v, k) => {
    const w = weights ? weights[k] as number : 1;
    for (let i = 0; i < v.index.length; i++) {
      ids.push(v.index[i] as number);
      values.push((v.value[i] as number) * w);
    }
  });
  return sparseFrom(ids, values);
}
