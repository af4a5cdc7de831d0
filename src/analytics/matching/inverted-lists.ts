// Inverted lists and sparse rows in compressed (CSR) form for the partner index: built by counting sort, grown
// after the build by appending. Pure, no I/O.
import type { SparseVector } from './sparse-vector.ts';

/** Sparse rows in compressed form: row r is index/value[offsets[r] .. offsets[r + 1]). */
export interface Csr {
  offsets: Int32Array;
  index: Int32Array;
  value: Float32Array;
}

/** Growable parallel arrays of (slot, value): an inverted list or a bucket added to after the build. */
export class Postings {
  slots: number[] = [];
  values: number[] = [];
}

/** Row r of a CSR matrix as a sparse vector (views, no copy). */
export function csrRow(c: Csr, r: number): SparseVector {
  return { index: c.index.subarray(c.offsets[r], c.offsets[r + 1]), value: c.value.subarray(c.offsets[r], c.offsets[r + 1]) };
}

/** Inverted lists of a CSR matrix: for each feature, the rows holding it and the value (counting sort). */
export function invert(c: Csr, nFeatures: number): Csr {
  const nnz = c.index.length;
  const offsets = new Int32Array(nFeatures + 1);
  for (let i = 0; i < nnz; i++) offsets[(c.index[i] as number) + 1] = (offsets[(c.index[i] as number) + 1] as number) + 1;
  for (let f = 0; f < nFeatures; f++) offsets[f + 1] = (offsets[f + 1] as number) + (offsets[f] as number);
  const fill = offsets.slice(0, nFeatures);
  const rows = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  const nRows = c.offsets.length - 1;
  for (let r = 0; r < nRows; r++) {
    for (let i = c.offsets[r] as number; i < (c.offsets[r + 1] as number); i++) {
      const f = c.index[i] as number;
      const at = fill[f] as number;
      fill[f] = at + 1;
      rows[at] = r;
      values[at] = c.value[i] as number;
    }
  }
  return { offsets, index: rows, value: values };
}

/** The array itself when it holds `size`, else a copy at least twice as long. */
export function grow<T extends Int32Array | Float32Array | Float64Array | Uint8Array | Int8Array>(a: T, size: number): T {
  if (a.length >= size) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2, 16));
  b.set(a);
  return b;
}

/** The largest value on each inverted list (0 for an empty one). */
export function listMax(lists: Csr): Float32Array {
  const n = lists.offsets.length - 1;
  const out = new Float32Array(n);
  for (let f = 0; f < n; f++) {
    let m = 0;
    for (let j = lists.offsets[f] as number; j < (lists.offsets[f + 1] as number); j++) if ((lists.value[j] as number) > m) m = lists.value[j] as number;
    out[f] = m;
  }
  return out;
}
