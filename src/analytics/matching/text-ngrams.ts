// Profile texts in ru, be and en as character 3-gram TF-IDF vectors: lower-cased, Cyrillic transliterated to
// Latin so that "станок", "станкі" and "stanok" share n-grams, accents stripped, every other character a word
// break. Pure, no I/O.
import type { SparseVector } from './sparse-vector.ts';

/** Letters of the Russian and Belarusian alphabets in Latin (a simple ISO 9 / BGN-like scheme, lower case). */
const CYRILLIC: Readonly<Record<string, string>> = Object.freeze({
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ў: 'u',
});

/** 26 letters, 10 digits and the space: 37 symbols, so a 3-gram is one of 37^3 = 50,653 integer ids. */
export const NGRAM_SPACE = 37 ** 3;

/** Symbols of a Latin letter or digit: space 0, a..z 1..26, 0..9 27..36. */
function latinSymbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 65 && code <= 90) return code - 64;
  if (code >= 48 && code <= 57) return code - 48 + 27;
  return -1;
}

/** The symbols each UTF-16 code unit becomes (ASCII, Latin-1, Latin Extended, Cyrillic); null = word break. */
const SYMBOLS: (Uint8Array | null)[] = Array.from({ length: 0x500 }, (_, code) => {
  const direct = latinSymbol(code);
  if (direct >= 0) return Uint8Array.of(direct);
  const ch = String.fromCharCode(code).toLowerCase();
  const lat = CYRILLIC[ch] ?? ch.normalize('NFKD');
  const out: number[] = [];
  for (const c of lat) {
    const sym = latinSymbol(c.charCodeAt(0));
    if (sym >= 0) out.push(sym);
    else if (c.charCodeAt(0) >= 0x300 && c.charCodeAt(0) <= 0x36f) continue; // combining accents left by NFKD
    else return null;
  }
  return code >= 0x300 && code <= 0x36f ? new Uint8Array(0) : Uint8Array.from(out);
});

/**
 * The text as symbols (space 0, a..z 1..26, 0..9 27..36): lower-cased, Cyrillic transliterated, accents
 * stripped, every other character a word break, runs of breaks one space, a space at both ends. Writes into
 * `buf` (grown when short) and returns it with the length.
 */
function symbolise(text: string, buf: Uint8Array): { buf: Uint8Array; length: number } {
  let b = buf.length >= 3 * text.length + 2 ? buf : new Uint8Array(3 * text.length + 2);
  let n = 0;
  b[n++] = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const syms = code < 0x500 ? SYMBOLS[code] : null;
    if (syms === undefined || syms === null) {
      if (b[n - 1] !== 0) b[n++] = 0;
    } else {
      for (let k = 0; k < syms.length; k++) b[n++] = syms[k] as number;
    }
  }
  if (b[n - 1] !== 0) b[n++] = 0;
  if (b.length < n) b = b.slice(0, n);
  return { buf: b, length: n };
}

const LETTERS = ' abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The text as lower-case Latin letters and digits separated by single spaces, padded with a space at both ends
 * (so that word starts and ends make their own n-grams): "Станки с ЧПУ" -> " stanki s chpu ".
 */
export function normaliseText(text: string): string {
  const { buf, length } = symbolise(text, new Uint8Array(0));
  let out = '';
  for (let i = 0; i < length; i++) out += LETTERS[buf[i] as number];
  return out;
}

let scratch: Uint8Array = new Uint8Array(1024);

/** The 3-gram ids of a text (normalised on the way), in order with repeats; see `ngramIds`. Internal to text features. */
export function textNgrams(text: string): Int32Array {
  const s = symbolise(text, scratch);
  scratch = s.buf;
  const b = s.buf;
  const n = Math.max(0, s.length - 2);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = (b[i] as number) * 1369 + (b[i + 1] as number) * 37 + (b[i + 2] as number);
  return out;
}

/**
 * The 3-gram ids of a text after `normaliseText`, in order (with repeats): id = s0 * 37^2 + s1 * 37 + s2 over the
 * symbols space = 0, a..z = 1..26, 0..9 = 27..36. A perfect hash: distinct 3-grams never share an id.
 */
export function ngramIds(text: string): Int32Array {
  return textNgrams(text);
}

/** Document frequencies and idf of a corpus; n-grams above `maxDf` are dropped (stop n-grams). */
export interface TextModel {
  nDocs: number;
  df: Int32Array;
  /** idf_g, 0 for n-grams dropped or never seen */
  idf: Float32Array;
}

/**
 * Fits the idf of a corpus of profile texts:
 *
 *   idf_g = ln((1 + N) / (1 + df_g)) + 1,   and idf_g = 0 when df_g = 0 or df_g / N > maxDf
 *
 * where N is the number of documents and df_g the number of documents containing 3-gram g. This is the
 * smoothed idf of scikit-learn's TfidfVectorizer (Pedregosa et al. (2011) JMLR 12, 2825-2830); `maxDf` (default 1:
 * keep all) plays its `max_df`: n-grams found in most profiles say little and make long inverted lists.
 */
export function fitText(docs: readonly string[], options: { maxDf?: number } = {}): TextModel {
  const maxDf = options.maxDf ?? 1;
  const df = new Int32Array(NGRAM_SPACE);
  const seen = new Int32Array(NGRAM_SPACE).fill(-1);
  docs.forEach((doc, d) => {
    for (const g of textNgrams(doc)) {
      if (seen[g] !== d) {
        seen[g] = d;
        df[g] = (df[g] as number) + 1;
      }
    }
  });
  const n = docs.length;
  const idf = new Float32Array(NGRAM_SPACE);
  for (let g = 0; g < NGRAM_SPACE; g++) {
    const f = df[g] as number;
    if (f > 0 && f / n <= maxDf) idf[g] = Math.log((1 + n) / (1 + f)) + 1;
  }
  return { nDocs: n, df, idf };
}

/**
 * The TF-IDF vector of one text under a fitted model, L2-normalised:
 *
 *   w_g = (1 + ln tf_g) idf_g,   v = w / ||w||
 *
 * where tf_g is the count of 3-gram g in the text (sublinear tf, Manning, Raghavan & Schuetze (2008)
 * "Introduction to Information Retrieval", section 6.4.1). Empty or all-stop texts give the empty vector.
 */
export function textVector(text: string, model: TextModel): SparseVector {
  const ids = textNgrams(text).sort();
  const index = new Int32Array(ids.length);
  const value = new Float64Array(ids.length);
  let m = 0;
  let i = 0;
  let sq = 0;
  while (i < ids.length) {
    const g = ids[i] as number;
    let j = i;
    while (j < ids.length && ids[j] === g) j++;
    const idf = model.idf[g] as number;
    if (idf > 0) {
      const w = (1 + Math.log(j - i)) * idf;
      index[m] = g;
      value[m++] = w;
      sq += w * w;
    }
    i = j;
  }
  const nrm = Math.sqrt(sq);
  const out = new Float32Array(m);
  for (let k = 0; k < m; k++) out[k] = (value[k] as number) / nrm;
  return { index: index.slice(0, m), value: out };
}
