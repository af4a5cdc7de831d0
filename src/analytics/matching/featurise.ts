// Sector and text features of a whole registry in one pass each, as CSR matrices for `PartnerIndex`.
import type { Csr } from './partner-index.ts';
import type { SectorTree } from './sector-hierarchy.ts';
import type { SparseVector } from './sparse-vector.ts';
import { NGRAM_SPACE, textNgrams, type TextModel } from './text-ngrams.ts';

/** Weight of an organisation's primary code and of each secondary code in its sector vector. */
export const PRIMARY_WEIGHT = 1;
export const SECONDARY_WEIGHT = 0.5;

/** An organisation's sector vector: primary code weight 1, secondary codes 0.5 (`SectorTree.vector`). */
export function organisationSectorVector(tree: SectorTree, codes: readonly string[]): SparseVector {
  return tree.vector(codes, codes.map((_, k) => (k === 0 ? PRIMARY_WEIGHT : SECONDARY_WEIGHT)));
}

function toCsr(n: number, row: (i: number) => SparseVector): Csr {
  const rows: SparseVector[] = new Array(n);
  let nnz = 0;
  for (let i = 0; i < n; i++) {
    rows[i] = row(i);
    nnz += (rows[i] as SparseVector).index.length;
  }
  const offsets = new Int32Array(n + 1);
  const index = new Int32Array(nnz);
  const value = new Float32Array(nnz);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i] as SparseVector;
    index.set(r.index, at);
    value.set(r.value, at);
    at += r.index.length;
    offsets[i + 1] = at;
    rows[i] = undefined as unknown as SparseVector;
  }
  return { offsets, index, value };
}

/**
 * Sector vectors of every organisation (codes: primary first, then secondary), with one vector computed per
 * distinct code list.
 */
export function sectorMatrix(tree: SectorTree, codes: readonly (readonly string[])[]): Csr {
  const cache = new Map<string, SparseVector>();
  return toCsr(codes.length, (i) => {
    const c = codes[i] as readonly string[];
    const key = c.join('|');
    let v = cache.get(key);
    if (!v) cache.set(key, (v = organisationSectorVector(tree, c)));
    return v;
  });
}

/**
 * The text model of a registry's profiles and their TF-IDF vectors, equal to `fitText` followed by `textVector`
 * for each text, but with one n-gram pass: each text's distinct 3-grams and counts are kept between the
 * document-frequency count and the weighting.
 */
export function textMatrix(texts: readonly string[], options: { maxDf?: number } = {}): { model: TextModel; matrix: Csr } {
  const n = texts.length;
  const maxDf = options.maxDf ?? 1;
  let ids = new Int32Array(Math.max(1024, n * 48));
  let counts = new Uint16Array(ids.length);
  const offsets = new Int32Array(n + 1);
  const df = new Int32Array(NGRAM_SPACE);
  let at = 0;
  for (let d = 0; d < n; d++) {
    const g = textNgrams(texts[d] as string).sort();
    if (at + g.length > ids.length) {
      const size = Math.max(at + g.length, ids.length * 2);
      const i2 = new Int32Array(size);
      i2.set(ids.subarray(0, at));
      ids = i2;
      const c2 = new Uint16Array(size);
      c2.set(counts.subarray(0, at));
      counts = c2;
    }
    let i = 0;
    while (i < g.length) {
      const x = g[i] as number;
      let j = i;
      while (j < g.length && g[j] === x) j++;
      ids[at] = x;
      counts[at++] = Math.min(65535, j - i);
      df[x] = (df[x] as number) + 1;
      i = j;
    }
    offsets[d + 1] = at;
  }
  const idf = new Float32Array(NGRAM_SPACE);
  for (let g = 0; g < NGRAM_SPACE; g++) {
    const f = df[g] as number;
    if (f > 0 && f / n <= maxDf) idf[g] = Math.log((1 + n) / (1 + f)) + 1;
  }
  // weights (1 + ln tf) idf, normalised; ids with idf 0 dropped, compacting in place
  const outOffsets = new Int32Array(n + 1);
  const value = new Float32Array(at);
  let w = new Float64Array(4096);
  let out = 0;
  for (let d = 0; d < n; d++) {
    const from = offsets[d] as number;
    const to = offsets[d + 1] as number;
    const start = out;
    if (to - from > w.length) w = new Float64Array(to - from);
    let sq = 0;
    for (let k = from; k < to; k++) {
      const g = ids[k] as number;
      const f = idf[g] as number;
      if (f > 0) {
        const x = (1 + Math.log(counts[k] as number)) * f;
        w[out - start] = x;
        ids[out++] = g;
        sq += x * x;
      }
    }
    const nrm = Math.sqrt(sq);
    for (let k = start; k < out; k++) {
      value[k] = (w[k - start] as number) / nrm;
    }
    outOffsets[d + 1] = out;
  }
  return { model: { nDocs: n, df, idf }, matrix: { offsets: outOffsets, index: ids.slice(0, out), value: value.slice(0, out) } };
}
