// The partner index: inverted lists by sector node and by text 3-gram give the candidates and their sparse
// components; buckets by place and size class with component maxima bound everyone else, so that the top k is
// exact (the same as `bruteForce`) while most organisations are never scored. Incremental: `upsert` and `remove`
// change one organisation. Pure, no I/O.
import { chainProfile, type ChainProfile, type ValueChain } from './complementarity.ts';
import { combine } from './combine.ts';
import { geographyScores, GEOGRAPHY_D0_KM } from './geography.ts';
import { sizeFit } from './size-fit.ts';
import { dot, type SparseVector } from './sparse-vector.ts';
import { csrRow, grow, invert, listMax, Postings, type Csr } from './inverted-lists.ts';
import { TopK } from './top-k.ts';
import type { Component, Weights } from './types.ts';

export type { Csr } from './inverted-lists.ts';

/** The registry as columns, one entry per organisation. */
export interface PartnerColumns {
  ids: Int32Array;
  /** sector-structure vectors over the nodes of the sector tree (`SectorTree.vector`) */
  sector: Csr;
  /** profile text TF-IDF vectors over 3-gram ids (`textVector`) */
  text: Csr;
  /** place (index into the index's locations, e.g. a territory), -1 unknown */
  location: Int32Array;
  /** size class ordinal 0..3, -1 unknown */
  sizeClass: Int8Array;
  /** country as a small integer the caller chooses */
  country: Int32Array;
  /** roles as a bit mask the caller chooses */
  roles: Int32Array;
  /** competitiveness and reliability in [0, 1]; NaN counts as 0 */
  competitiveness: Float32Array;
  reliability: Float32Array;
}

/** One organisation, for `upsert`. */
export interface PartnerRecord {
  id: number;
  sector: SparseVector;
  text: SparseVector;
  location: number;
  sizeClass: number;
  country: number;
  roles: number;
  competitiveness: number;
  reliability: number;
}

export interface PartnerFilter {
  /** allowed places (any when absent) */
  locations?: ReadonlySet<number>;
  countries?: ReadonlySet<number>;
  /** any of these role bits */
  roles?: number;
  sizeClasses?: ReadonlySet<number>;
  /** organisations whose sector vector holds this node (a class, group, division or section) */
  sectorNode?: number;
  /** only these organisation ids (e.g. a cluster's members) */
  ids?: ReadonlySet<number>;
  /** never these ids (the query organisation itself, a cluster's own members) */
  exclude?: ReadonlySet<number>;
}

export interface PartnerQuery {
  sector: SparseVector;
  text: SparseVector;
  /** the query's division nodes, for complementarity */
  divisions: ArrayLike<number>;
  location: number;
  sizeClass: number;
  weights: Weights;
  k: number;
  filter?: PartnerFilter;
}

export interface ScoredPartner {
  id: number;
  score: number;
  components: Record<Component, number>;
}

export interface PartnerIndexOptions {
  /** number of sector-tree nodes (sector feature ids are below it) */
  nSectorNodes: number;
  /** 1 for division nodes of the tree (complementarity is taken over these) */
  isDivision: Uint8Array;
  /** value chain over sector nodes (`valueChain`); none means complementarity 0 */
  chain?: ValueChain;
  /** place coordinates (degrees); NaN when unknown */
  locationLat: Float64Array;
  locationLon: Float64Array;
  /** distance scale of the geography score, km */
  d0?: number;
  /** number of text feature ids (3-gram ids are below it) */
  nTextFeatures: number;
  /** lists longer than this (at the build) may be left out of a query's walk; default max(256, n / 500) */
  cheapList?: number;
  /** a filter that leaves at most this many organisations is answered by scoring them all; default max(20,000, n / 50) */
  narrowFilter?: number;
}


const SIZE_BUCKETS = 5; // -1..3

export class PartnerIndex {
  private readonly opts: PartnerIndexOptions;
  private readonly nBase: number;
  private nSlots: number;
  private readonly base: PartnerColumns;
  private readonly extraSector: SparseVector[] = [];
  private readonly extraText: SparseVector[] = [];
  // per slot
  private ids: Int32Array;
  private location: Int32Array;
  private sizeClass: Int8Array;
  private country: Int32Array;
  private roles: Int32Array;
  private comp: Float32Array;
  private rel: Float32Array;
  private alive: Uint8Array;
  private readonly slotOf = new Map<number, number>();
  // inverted lists
  private readonly sectorLists: Csr;
  private readonly textLists: Csr;
  private readonly sectorExtra = new Map<number, Postings>();
  private readonly textExtra = new Map<number, Postings>();
  // buckets by (place, size class)
  private readonly nBuckets: number;
  private readonly bucketBase: Csr;
  private readonly bucketExtra: Postings[];
  private readonly bucketComp: Float32Array;
  private readonly bucketRel: Float32Array;
  // largest value on each inverted list, and of competitiveness and reliability (bounds)
  private sectorMax: Float32Array;
  private textMax: Float32Array;
  private maxComp = 0;
  /** lists longer than this at the build may be left out of a query's walk (MaxScore); shorter ones are always walked */
  private readonly cheap: number;
  /** 1 for the text 3-grams whose lists were long at the build (the only ones a query may leave out) */
  private readonly textCommon: Uint8Array;
  /** per slot: the norm of its text vector over those 3-grams (a per-organisation Cauchy-Schwarz bound) */
  private textNormC: Float32Array;
  /** per-query dense copies of the query vectors (cleared after each query) */
  private qSector: Float64Array | undefined;
  private qText: Float64Array | undefined;
  private maxRel = 0;
  // query scratch
  private mark: Uint8Array;
  private inList: Uint8Array;
  private listed: Int32Array;
  private acc: Float64Array;
  private ub = new Float64Array(1024);
  private accChain: Float64Array;
  private touched: Int32Array;
  /** what the last `search` did: organisations scored exactly, query features, essential lists, bound, k-th score */
  lastStats = { scored: 0, features: 0, essential: 0, boundP: 0, threshold: 0 };

  /** Builds the index of a registry in O(nnz) (two counting sorts). */
  constructor(columns: PartnerColumns, options: PartnerIndexOptions) {
    this.opts = options;
    const n = columns.ids.length;
    this.nBase = n;
    this.nSlots = n;
    this.base = columns;
    this.ids = Int32Array.from(columns.ids);
    this.location = Int32Array.from(columns.location);
    this.sizeClass = Int8Array.from(columns.sizeClass);
    this.country = Int32Array.from(columns.country);
    this.roles = Int32Array.from(columns.roles);
    this.comp = Float32Array.from(columns.competitiveness, (v) => (Number.isNaN(v) ? 0 : v));
    this.rel = Float32Array.from(columns.reliability, (v) => (Number.isNaN(v) ? 0 : v));
    this.alive = new Uint8Array(n).fill(1);
    for (let s = 0; s < n; s++) {
      if (this.slotOf.has(columns.ids[s] as number)) throw new RangeError(`\`PartnerIndex\` requires unique ids (${columns.ids[s]} repeats)`);
      this.slotOf.set(columns.ids[s] as number, s);
    }
    this.sectorLists = invert(columns.sector, options.nSectorNodes);
    this.textLists = invert(columns.text, options.nTextFeatures);
    this.nBuckets = (options.locationLat.length + 1) * SIZE_BUCKETS;
    const bucketOfSlot = new Int32Array(n);
    for (let s = 0; s < n; s++) bucketOfSlot[s] = this.bucketOf(this.location[s] as number, this.sizeClass[s] as number);
    this.bucketBase = invert({ offsets: Int32Array.from({ length: n + 1 }, (_, i) => i), index: bucketOfSlot, value: new Float32Array(n) }, this.nBuckets);
    this.bucketExtra = Array.from({ length: this.nBuckets }, () => new Postings());
    this.bucketComp = new Float32Array(this.nBuckets);
    this.bucketRel = new Float32Array(this.nBuckets);
    for (let s = 0; s < n; s++) this.raiseBucket(bucketOfSlot[s] as number, s);
    this.sectorMax = listMax(this.sectorLists);
    this.textMax = listMax(this.textLists);
    this.cheap = options.cheapList ?? Math.max(256, Math.floor(n / 500));
    this.textCommon = new Uint8Array(options.nTextFeatures);
    for (let g = 0; g < options.nTextFeatures; g++) {
      if ((this.textLists.offsets[g + 1] as number) - (this.textLists.offsets[g] as number) > this.cheap) this.textCommon[g] = 1;
    }
    this.textNormC = new Float32Array(n);
    for (let s = 0; s < n; s++) this.textNormC[s] = this.commonNorm(csrRow(columns.text, s));
    this.mark = new Uint8Array(n);
    this.touched = new Int32Array(1024);
    this.inList = new Uint8Array(n);
    this.listed = new Int32Array(1024);
    this.acc = new Float64Array(n);
    this.accChain = new Float64Array(n);
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(id: number): boolean {
    return this.slotOf.has(id);
  }

  private bucketOf(location: number, sizeClass: number): number {
    const l = location >= 0 && location < this.opts.locationLat.length ? location + 1 : 0;
    return l * SIZE_BUCKETS + (sizeClass >= 0 && sizeClass <= 3 ? sizeClass + 1 : 0);
  }

  private commonNorm(v: SparseVector): number {
    let sq = 0;
    for (let i = 0; i < v.index.length; i++) if (this.textCommon[v.index[i] as number] === 1) sq += (v.value[i] as number) ** 2;
    return Math.sqrt(sq) * (1 + 1e-6);
  }



  private raiseBucket(b: number, s: number): void {
    if ((this.comp[s] as number) > this.maxComp) this.maxComp = this.comp[s] as number;
    if ((this.rel[s] as number) > this.maxRel) this.maxRel = this.rel[s] as number;
    if ((this.comp[s] as number) > (this.bucketComp[b] as number)) this.bucketComp[b] = this.comp[s] as number;
    if ((this.rel[s] as number) > (this.bucketRel[b] as number)) this.bucketRel[b] = this.rel[s] as number;
  }

  private sectorOfSlot(s: number): SparseVector {
    return s < this.nBase ? csrRow(this.base.sector, s) : (this.extraSector[s - this.nBase] as SparseVector);
  }

  private textOfSlot(s: number): SparseVector {
    return s < this.nBase ? csrRow(this.base.text, s) : (this.extraText[s - this.nBase] as SparseVector);
  }

  /** The stored features of an organisation (for explanations), or undefined when it is not indexed. */
  record(id: number): PartnerRecord | undefined {
    const s = this.slotOf.get(id);
    if (s === undefined) return undefined;
    return {
      id,
      sector: this.sectorOfSlot(s),
      text: this.textOfSlot(s),
      location: this.location[s] as number,
      sizeClass: this.sizeClass[s] as number,
      country: this.country[s] as number,
      roles: this.roles[s] as number,
      competitiveness: this.comp[s] as number,
      reliability: this.rel[s] as number,
    };
  }

  /** Removes an organisation (its slot is dead; its list entries are skipped from now on). */
  remove(id: number): boolean {
    const s = this.slotOf.get(id);
    if (s === undefined) return false;
    this.alive[s] = 0;
    this.slotOf.delete(id);
    return true;
  }

  /** Adds an organisation or replaces its features: a new slot, appended to the lists it belongs to. */
  upsert(r: PartnerRecord): void {
    this.remove(r.id);
    const s = this.nSlots++;
    const need = this.nSlots;
    this.ids = grow(this.ids, need);
    this.location = grow(this.location, need);
    this.sizeClass = grow(this.sizeClass, need);
    this.country = grow(this.country, need);
    this.roles = grow(this.roles, need);
    this.comp = grow(this.comp, need);
    this.rel = grow(this.rel, need);
    this.alive = grow(this.alive, need);
    this.mark = grow(this.mark, need);
    this.textNormC = grow(this.textNormC, need);
    this.textNormC[s] = this.commonNorm(r.text);
    this.inList = grow(this.inList, need);
    this.acc = grow(this.acc, need);
    this.accChain = grow(this.accChain, need);
    this.ids[s] = r.id;
    this.location[s] = r.location;
    this.sizeClass[s] = r.sizeClass;
    this.country[s] = r.country;
    this.roles[s] = r.roles;
    this.comp[s] = Number.isNaN(r.competitiveness) ? 0 : r.competitiveness;
    this.rel[s] = Number.isNaN(r.reliability) ? 0 : r.reliability;
    this.alive[s] = 1;
    this.slotOf.set(r.id, s);
    this.extraSector[s - this.nBase] = r.sector;
    this.extraText[s - this.nBase] = r.text;
    const add = (lists: Map<number, Postings>, v: SparseVector) => {
      const max = lists === this.sectorExtra ? this.sectorMax : this.textMax;
      for (let i = 0; i < v.index.length; i++) {
        if ((v.value[i] as number) > (max[v.index[i] as number] as number)) max[v.index[i] as number] = v.value[i] as number;
        let p = lists.get(v.index[i] as number);
        if (!p) lists.set(v.index[i] as number, (p = new Postings()));
        p.slots.push(s);
        p.values.push(v.value[i] as number);
      }
    };
    add(this.sectorExtra, r.sector);
    add(this.textExtra, r.text);
    const b = this.bucketOf(r.location, r.sizeClass);
    (this.bucketExtra[b] as Postings).slots.push(s);
    this.raiseBucket(b, s);
  }

  private passes(s: number, f: PartnerFilter | undefined): boolean {
    if (this.alive[s] !== 1) return false;
    if (!f) return true;
    const id = this.ids[s] as number;
    if (f.exclude && f.exclude.has(id)) return false;
    if (f.ids && !f.ids.has(id)) return false;
    if (f.locations && !f.locations.has(this.location[s] as number)) return false;
    if (f.countries && !f.countries.has(this.country[s] as number)) return false;
    if (f.sizeClasses && !f.sizeClasses.has(this.sizeClass[s] as number)) return false;
    if (f.roles !== undefined && ((this.roles[s] as number) & f.roles) === 0) return false;
    if (f.sectorNode !== undefined) {
      const v = this.sectorOfSlot(s);
      let found = false;
      for (let i = 0; i < v.index.length; i++) if (v.index[i] === f.sectorNode) found = true;
      if (!found) return false;
    }
    return true;
  }

  private touch(s: number, nTouched: number): number {
    if (this.mark[s] === 1) return nTouched;
    this.mark[s] = 1;
    if (nTouched === this.touched.length) this.touched = grow(this.touched, nTouched + 1);
    this.touched[nTouched] = s;
    return nTouched + 1;
  }

  /** Calls visit(slot, value) for every entry of feature f's inverted list (built and added). */
  private walk(base: Csr, extra: Map<number, Postings>, f: number, visit: (s: number, v: number) => void): void {
    if (f < base.offsets.length - 1) {
      const end = base.offsets[f + 1] as number;
      for (let j = base.offsets[f] as number; j < end; j++) visit(base.index[j] as number, base.value[j] as number);
    }
    const p = extra.get(f);
    if (p) for (let j = 0; j < p.slots.length; j++) visit(p.slots[j] as number, p.values[j] as number);
  }

  private chainOf(profile: ChainProfile | undefined, v: SparseVector): number {
    if (!profile) return 0;
    let best = 0;
    for (let i = 0; i < v.index.length; i++) {
      const c = v.index[i] as number;
      if (this.opts.isDivision[c] !== 1) continue;
      best = Math.max(best, profile.supplies[c] as number, profile.buys[c] as number);
    }
    return best;
  }

  private prepare(q: PartnerQuery): { profile: ChainProfile | undefined; geo: Float64Array; size: Float64Array } {
    const profile = this.opts.chain && q.weights.complementarity > 0 ? chainProfile(this.opts.chain, q.divisions) : undefined;
    const lat = this.opts.locationLat;
    const lon = this.opts.locationLon;
    const known = q.location >= 0 && q.location < lat.length;
    // geo[0] is the unknown place; geo[l + 1] place l
    const geo = new Float64Array(lat.length + 1);
    if (known) geo.set(geographyScores(lat[q.location] as number, lon[q.location] as number, lat, lon, this.opts.d0 ?? GEOGRAPHY_D0_KM), 1);
    const size = Float64Array.from({ length: SIZE_BUCKETS }, (_, i) => sizeFit(q.sizeClass, i - 1));
    return { profile, geo, size };
  }

  private components(s: number, q: PartnerQuery, pre: ReturnType<PartnerIndex['prepare']>): Record<Component, number> {
    const sector = this.sectorOfSlot(s);
    const loc = this.location[s] as number;
    return {
      sector: dot(q.sector, sector),
      complementarity: this.chainOf(pre.profile, sector),
      text: dot(q.text, this.textOfSlot(s)),
      competitiveness: this.comp[s] as number,
      reliability: this.rel[s] as number,
      geography: pre.geo[loc >= 0 && loc < this.opts.locationLat.length ? loc + 1 : 0] as number,
      size: pre.size[(this.sizeClass[s] as number) + 1] as number,
    };
  }

  /**
   * The exact top k by scoring every organisation that passes the filter (the reference for `search`).
   * O(n (nnz_q + nnz_o)).
   */
  bruteForce(q: PartnerQuery): ScoredPartner[] {
    const pre = this.prepare(q);
    const top = new TopK(q.k);
    for (let s = 0; s < this.nSlots; s++) {
      if (!this.passes(s, q.filter)) continue;
      top.offer(combine(this.components(s, q, pre), q.weights), this.ids[s] as number);
    }
    return top.sorted().map(({ id, score }) => ({ id, score, components: this.components(this.slotOf.get(id) as number, q, pre) }));
  }

  /**
   * The top k partners, the same as `bruteForce` (MaxScore over inverted lists, then a threshold over buckets):
   *   1. every query feature (sector node f, text 3-gram g, complementing division c) has an inverted list and a
   *      bound u on what it can add to a score: w_sector q_f max_f / W, w_text q_g max_g / W, w_compl d_c / W
   *      (W = sum of weights, max_f the largest value on the list, d_c the chain strength of c);
   *   2. seed: the members of the lists with the largest bounds are scored exactly until `seed` are scored,
   *      giving a k-th score theta;
   *   3. lists are made non-essential, smallest bound first, while what they can add together
   *      (B = min(sum u, w ||q_P|| / W) per vector component by Cauchy-Schwarz, the largest u for
   *      complementarity, which is a max) plus the largest possible rest of a score stays below theta: an
   *      organisation found only on them cannot enter the top k. Members of the essential lists are scored exactly;
   *   4. everyone else scores at most B + (w_comp max_comp + w_rel max_rel + w_geo geo(place) + w_size fit(size)) / W
   *      in its bucket (place, size class); buckets are visited by decreasing bound until it falls below the
   *      k-th score (threshold algorithm). Scores are computed as in `bruteForce`, so they agree to the last bit.
   * References: Turtle, H. & Flood, J. (1995) "Query evaluation: strategies and optimizations", Information
   * Processing & Management 31(6), 831-850, doi:10.1016/0306-4573(95)00020-H (MaxScore); Fagin, R., Lotem, A. &
   * Naor, M. (2003) "Optimal aggregation algorithms for middleware", JCSS 66(4), 614-656,
   * doi:10.1016/S0022-0000(03)00026-6 (threshold algorithm).
   */
  search(q: PartnerQuery, options: { seed?: number } = {}): ScoredPartner[] {
    const w = q.weights;
    const pre = this.prepare(q);
    const wSum = w.sector + w.complementarity + w.text + w.competitiveness + w.reliability + w.geography + w.size;
    const EPS = 1e-9;
    const f = q.filter;
    const top = new TopK(q.k);
    let t = 0;
    const nLoc = this.opts.locationLat.length;
    const qSector = (this.qSector ??= new Float64Array(this.opts.nSectorNodes));
    const qText = (this.qText ??= new Float64Array(this.opts.nTextFeatures));
    for (let i = 0; i < q.sector.index.length; i++) if ((q.sector.index[i] as number) < qSector.length) qSector[q.sector.index[i] as number] = q.sector.value[i] as number;
    for (let i = 0; i < q.text.index.length; i++) if ((q.text.index[i] as number) < qText.length) qText[q.text.index[i] as number] = q.text.value[i] as number;
    // the exact score, with the terms in the order of `combine` (so equal to the brute force's to the last bit)
    let passed = 0;
    const exact = (s: number) => {
      if (this.mark[s] === 1) return;
      t = this.touch(s, t);
      if (!this.passes(s, f)) return;
      passed++;
      const loc = this.location[s] as number;
      let sec = 0;
      let cmp = 0;
      let txt = 0;
      if (s < this.nBase) {
        const S = this.base.sector;
        const from = S.offsets[s] as number;
        const to = S.offsets[s + 1] as number;
        // q . v with q as a dense array: the same terms in the same (ascending id) order as `dot`, plus zeros
        if (w.sector > 0) for (let j = from; j < to; j++) sec += (qSector[S.index[j] as number] as number) * (S.value[j] as number);
        if (pre.profile) {
          const { supplies, buys } = pre.profile;
          for (let j = from; j < to; j++) {
            const c = S.index[j] as number;
            if (this.opts.isDivision[c] === 1) cmp = Math.max(cmp, supplies[c] as number, buys[c] as number);
          }
        }
        if (w.text > 0) {
          const T = this.base.text;
          for (let j = T.offsets[s] as number; j < (T.offsets[s + 1] as number); j++) txt += (qText[T.index[j] as number] as number) * (T.value[j] as number);
        }
      } else {
        const v = this.sectorOfSlot(s);
        if (w.sector > 0) sec = dot(q.sector, v);
        cmp = this.chainOf(pre.profile, v);
        if (w.text > 0) txt = dot(q.text, this.textOfSlot(s));
      }
      const score = (w.sector * sec + w.complementarity * cmp + w.text * txt + w.competitiveness * (this.comp[s] as number) +
        w.reliability * (this.rel[s] as number) + w.geography * (pre.geo[loc >= 0 && loc < nLoc ? loc + 1 : 0] as number) +
        w.size * (pre.size[(this.sizeClass[s] as number) + 1] as number)) / wSum;
      top.offer(score, this.ids[s] as number);
    };
    // 0. a narrow filter (a few ids, or places and size classes holding few organisations): score them all
    const SMALL = this.opts.narrowFilter ?? Math.max(20_000, Math.floor(this.nSlots / 50));
    if (f?.ids && f.ids.size <= SMALL) {
      for (const id of f.ids) {
        const s = this.slotOf.get(id);
        if (s !== undefined) exact(s);
      }
      return this.finish(q, pre, top, t, qSector, qText);
    }
    if (f?.locations || f?.sizeClasses) {
      const allowed: number[] = [];
      let count = 0;
      for (let b = 0; b < this.nBuckets; b++) {
        if (f.locations && !f.locations.has(Math.floor(b / SIZE_BUCKETS) - 1)) continue;
        if (f.sizeClasses && !f.sizeClasses.has((b % SIZE_BUCKETS) - 1)) continue;
        allowed.push(b);
        count += (this.bucketBase.offsets[b + 1] as number) - (this.bucketBase.offsets[b] as number) + (this.bucketExtra[b] as Postings).slots.length;
      }
      if (count <= SMALL) {
        for (const b of allowed) {
          const B = this.bucketBase;
          const visit = (s: number) => {
            if (this.bucketOf(this.location[s] as number, this.sizeClass[s] as number) === b) exact(s);
          };
          for (let j = B.offsets[b] as number; j < (B.offsets[b + 1] as number); j++) visit(B.index[j] as number);
          for (const s of (this.bucketExtra[b] as Postings).slots) visit(s);
        }
        return this.finish(q, pre, top, t, qSector, qText);
      }
    }
    // 1. features and their bounds
    interface Feature { kind: 0 | 1 | 2; f: number; q: number; u: number; essential: boolean }
    const features: Feature[] = [];
    if (w.sector > 0) for (let i = 0; i < q.sector.index.length; i++) {
      const node = q.sector.index[i] as number;
      const v = q.sector.value[i] as number;
      if (node < this.opts.nSectorNodes) features.push({ kind: 0, f: node, q: v, u: (w.sector * v * (this.sectorMax[node] as number)) / wSum, essential: true });
    }
    if (w.text > 0) for (let i = 0; i < q.text.index.length; i++) {
      const g = q.text.index[i] as number;
      const v = q.text.value[i] as number;
      if (g < this.opts.nTextFeatures) features.push({ kind: 1, f: g, q: v, u: (w.text * v * (this.textMax[g] as number)) / wSum, essential: true });
    }
    if (pre.profile) for (let c = 0; c < this.opts.nSectorNodes; c++) {
      const d = Math.max(pre.profile.supplies[c] as number, pre.profile.buys[c] as number);
      if (d > 0 && this.opts.isDivision[c] === 1) features.push({ kind: 2, f: c, q: d, u: (w.complementarity * d) / wSum, essential: true });
    }
    const walkFeature = (x: Feature, visit: (s: number, v: number) => void) =>
      x.kind === 1 ? this.walk(this.textLists, this.textExtra, x.f, visit) : this.walk(this.sectorLists, this.sectorExtra, x.f, visit);
    features.sort((a, b) => b.u - a.u);
    // 2. seed theta from the strongest lists: `seed` organisations that pass the filter, or a budget of entries
    const seed = options.seed ?? 4 * q.k + 200;
    const budget = 50 * seed;
    for (const x of features) {
      if (passed >= seed || t >= budget) break;
      walkFeature(x, (s) => {
        if (passed < seed && t < budget) exact(s);
      });
    }
    // 3. non-essential lists (smallest bounds first) while their joint bound plus the densest rest stays below theta
    const geoMax = pre.geo.reduce((a, b) => Math.max(a, b), 0);
    const sizeMax = pre.size.reduce((a, b) => Math.max(a, b), 0);
    const denseMax = (w.competitiveness * this.maxComp + w.reliability * this.maxRel + w.geography * geoMax + w.size * sizeMax) / wSum;
    const sumU = [0, 0, 0];
    const sumQ2 = [0, 0, 0];
    const bound = () =>
      Math.min(sumU[0] as number, (w.sector * Math.sqrt(sumQ2[0] as number)) / wSum) +
      Math.min(sumU[1] as number, (w.text * Math.sqrt(sumQ2[1] as number)) / wSum) + (sumU[2] as number);
    // short lists stay essential whatever their bound: walking them costs less than the pruning they would spoil
    const cheap = this.cheap;
    const listLength = (x: Feature) => {
      const lists = x.kind === 1 ? this.textLists : this.sectorLists;
      const base = x.f < lists.offsets.length - 1 ? (lists.offsets[x.f + 1] as number) - (lists.offsets[x.f] as number) : 0;
      return base + ((x.kind === 1 ? this.textExtra : this.sectorExtra).get(x.f)?.slots.length ?? 0);
    };
    let essential = features.length;
    let boundP = 0;
    for (let i = features.length - 1; i >= 0; i--) {
      const x = features[i] as Feature;
      if (x.kind === 1 ? this.textCommon[x.f] !== 1 : listLength(x) <= cheap) continue;
      const before = [sumU[x.kind] as number, sumQ2[x.kind] as number];
      if (x.kind === 2) sumU[2] = Math.max(sumU[2] as number, x.u);
      else {
        sumU[x.kind] = (sumU[x.kind] as number) + x.u;
        sumQ2[x.kind] = (sumQ2[x.kind] as number) + x.q * x.q;
      }
      const b = bound();
      if (!(top.full && b + denseMax + EPS < top.threshold)) {
        sumU[x.kind] = before[0] as number;
        sumQ2[x.kind] = before[1] as number;
        break;
      }
      x.essential = false;
      essential--;
      boundP = b;
    }
    // the parts of boundP: sector and complementarity, and text (per organisation: ||q_P|| ||v_common||)
    const sectorP = Math.min(sumU[0] as number, (w.sector * Math.sqrt(sumQ2[0] as number)) / wSum);
    const chainP = sumU[2] as number; // complementarity is a max: max(walked, left out), not their sum
    const textSumP = sumU[1] as number;
    const textQP = (w.text * Math.sqrt(sumQ2[1] as number)) / wSum;
    // members of the essential lists: their sparse parts on those lists accumulated, the rest bounded by boundP;
    // scored exactly only when that bound reaches the k-th score
    let e = 0;
    const inList = this.inList;
    const acc = this.acc;
    const accChain = this.accChain;
    for (const x of features) {
      if (!x.essential) continue;
      const lists = x.kind === 1 ? this.textLists : this.sectorLists;
      const extra = (x.kind === 1 ? this.textExtra : this.sectorExtra).get(x.f);
      const coef = x.kind === 2 ? x.u : ((x.kind === 0 ? w.sector : w.text) * x.q) / wSum;
      const from = x.f < lists.offsets.length - 1 ? (lists.offsets[x.f] as number) : 0;
      const to = x.f < lists.offsets.length - 1 ? (lists.offsets[x.f + 1] as number) : 0;
      const n = to - from + (extra ? extra.slots.length : 0);
      if (e + n > this.listed.length) this.listed = grow(this.listed, e + n);
      const listed = this.listed;
      const L = lists.index;
      const V = lists.value;
      if (x.kind === 2) {
        for (let j = from; j < to; j++) {
          const s = L[j] as number;
          if (inList[s] !== 1) {
            inList[s] = 1;
            listed[e++] = s;
          }
          if (coef > (accChain[s] as number)) accChain[s] = coef;
        }
      } else {
        for (let j = from; j < to; j++) {
          const s = L[j] as number;
          if (inList[s] !== 1) {
            inList[s] = 1;
            listed[e++] = s;
          }
          acc[s] = (acc[s] as number) + coef * (V[j] as number);
        }
      }
      if (extra) {
        for (let j = 0; j < extra.slots.length; j++) {
          const s = extra.slots[j] as number;
          if (inList[s] !== 1) {
            inList[s] = 1;
            listed[e++] = s;
          }
          if (x.kind === 2) {
            if (coef > (accChain[s] as number)) accChain[s] = coef;
          } else acc[s] = (acc[s] as number) + coef * (extra.values[j] as number);
        }
      }
    }
    // bound of each listed organisation; the best ones (a histogram cut at about `seed` of them) are scored
    // first, which raises the k-th score, and then the rest only where the bound still reaches it
    if (this.ub.length < e) this.ub = new Float64Array(Math.max(e, 2 * this.ub.length));
    const ub = this.ub;
    let lo = Infinity;
    let hi = -Infinity;
    const listed = this.listed;
    const normC = this.textNormC;
    const comp = this.comp;
    const rel = this.rel;
    const location = this.location;
    const sizeClass = this.sizeClass;
    const geo = pre.geo;
    const size = pre.size;
    const [wc, wr, wg, wz] = [w.competitiveness, w.reliability, w.geography, w.size];
    const base = sectorP + EPS;
    for (let i = 0; i < e; i++) {
      const s = listed[i] as number;
      const loc = location[s] as number;
      const d = wc * (comp[s] as number) + wr * (rel[s] as number) + wg * (geo[loc >= 0 && loc < nLoc ? loc + 1 : 0] as number) + wz * (size[(sizeClass[s] as number) + 1] as number);
      const c = accChain[s] as number;
      const tb = textQP * (normC[s] as number);
      const b = (acc[s] as number) + (c > chainP ? c : chainP) + base + (tb < textSumP ? tb : textSumP) + d / wSum;
      ub[i] = b;
      if (b < lo) lo = b;
      if (b > hi) hi = b;
    }
    const BINS = 256;
    const hist = new Int32Array(BINS);
    const width = (hi - lo) / BINS || 1;
    for (let i = 0; i < e; i++) {
      const bin = Math.min(BINS - 1, Math.floor(((ub[i] as number) - lo) / width));
      hist[bin] = (hist[bin] as number) + 1;
    }
    let cut = lo;
    for (let b = BINS - 1, count = 0; b >= 0; b--) {
      count += hist[b] as number;
      if (count >= seed) {
        cut = lo + b * width;
        break;
      }
    }
    for (let i = 0; i < e; i++) if ((ub[i] as number) >= cut) exact(this.listed[i] as number);
    for (let i = 0; i < e; i++) {
      const s = this.listed[i] as number;
      if ((ub[i] as number) < cut && !(top.full && (ub[i] as number) < top.threshold)) exact(s);
      acc[s] = 0;
      accChain[s] = 0;
      inList[s] = 0;
    }
    // 4. buckets for everyone not on an essential list
    const bounds: { b: number; ub: number }[] = [];
    for (let b = 0; b < this.nBuckets; b++) {
      const l = Math.floor(b / SIZE_BUCKETS) - 1;
      const z = (b % SIZE_BUCKETS) - 1;
      if (f?.locations && !f.locations.has(l)) continue;
      if (f?.sizeClasses && !f.sizeClasses.has(z)) continue;
      const ub = boundP + EPS + (w.competitiveness * (this.bucketComp[b] as number) + w.reliability * (this.bucketRel[b] as number) +
        w.geography * (pre.geo[l + 1] as number) + w.size * (pre.size[z + 1] as number)) / wSum;
      bounds.push({ b, ub });
    }
    bounds.sort((x, y) => y.ub - x.ub);
    for (const { b, ub } of bounds) {
      if (top.full && ub < top.threshold) break;
      const visit = (s: number) => {
        if (this.bucketOf(this.location[s] as number, this.sizeClass[s] as number) === b) exact(s);
      };
      const B = this.bucketBase;
      for (let j = B.offsets[b] as number; j < (B.offsets[b + 1] as number); j++) visit(B.index[j] as number);
      for (const s of (this.bucketExtra[b] as Postings).slots) visit(s);
    }
    this.lastStats = { scored: t, features: features.length, essential, boundP, threshold: top.threshold };
    return this.finish(q, pre, top, t, qSector, qText);
  }

  /** Clears the query scratch and returns the top k with their components. */
  private finish(q: PartnerQuery, pre: ReturnType<PartnerIndex['prepare']>, top: TopK, t: number, qSector: Float64Array, qText: Float64Array): ScoredPartner[] {
    for (let i = 0; i < t; i++) this.mark[this.touched[i] as number] = 0;
    for (let i = 0; i < q.sector.index.length; i++) if ((q.sector.index[i] as number) < qSector.length) qSector[q.sector.index[i] as number] = 0;
    for (let i = 0; i < q.text.index.length; i++) if ((q.text.index[i] as number) < qText.length) qText[q.text.index[i] as number] = 0;
    return top.sorted().map(({ id, score }) => ({ id, score, components: this.components(this.slotOf.get(id) as number, q, pre) }));
  }
}
