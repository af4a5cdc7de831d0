// A bounded min-heap that keeps the k best (score, id) pairs: higher score first, the lower id on equal scores.

/**
 * Top-k selection with a binary min-heap of size k (Williams, J. W. J. (1964) "Algorithm 232: Heapsort",
 * CACM 7(6), 347-348): O(log k) per offer, O(n log k) for n offers. The root is the worst kept pair, so
 * `threshold` tells a caller what a newcomer must beat.
 */
export class TopK {
  readonly k: number;
  private readonly scores: Float64Array;
  private readonly ids: Int32Array;
  size = 0;

  constructor(k: number) {
    if (!(Number.isInteger(k) && k > 0)) throw new RangeError('`TopK` requires a positive integer k');
    this.k = k;
    this.scores = new Float64Array(k);
    this.ids = new Int32Array(k);
  }

  /** true when (a, ida) ranks below (b, idb) */
  private static worse(a: number, ida: number, b: number, idb: number): boolean {
    return a < b || (a === b && ida > idb);
  }

  get full(): boolean {
    return this.size === this.k;
  }

  /** The score of the worst kept pair (-Infinity while not full). */
  get threshold(): number {
    return this.size < this.k ? -Infinity : (this.scores[0] as number);
  }

  offer(score: number, id: number): void {
    const s = this.scores;
    const d = this.ids;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!TopK.worse(score, id, s[p] as number, d[p] as number)) break;
        s[i] = s[p] as number;
        d[i] = d[p] as number;
        i = p;
      }
      s[i] = score;
      d[i] = id;
      return;
    }
    if (!TopK.worse(s[0] as number, d[0] as number, score, id)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.k) break;
      const r = l + 1;
      const c = r < this.k && TopK.worse(s[r] as number, d[r] as number, s[l] as number, d[l] as number) ? r : l;
      if (!TopK.worse(s[c] as number, d[c] as number, score, id)) break;
      s[i] = s[c] as number;
      d[i] = d[c] as number;
      i = c;
    }
    s[i] = score;
    d[i] = id;
  }

  /** The kept pairs, best first. */
  sorted(): { id: number; score: number }[] {
    const out = Array.from({ length: this.size }, (_, i) => ({ id: this.ids[i] as number, score: this.scores[i] as number }));
    return out.sort((a, b) => b.score - a.score || a.id - b.id);
  }
}
