import type { Concordance } from './concordance.ts';

/**
 * The NACE division distribution of one patent, counted fractionally through the concordance.
 *
 *   d_j = sum_{a=1..k} (1 / k) * share[j, class(a)]
 *
 * where:
 *   k          is the number of the patent's IPC codes (a class given twice counts twice),
 *   share      is the concordance P(division | class) (parseConcordance),
 *   d_j        is the patent's weight in division j; sum_j d_j = 1.
 *
 * Convention: `classes` holds the column indices of the patent's codes in the concordance (resolve and
 * report unknown classes before calling). An empty list gives all zeros.
 *
 * Complexity O(k * divisions per class).
 *
 * @throws {RangeError} when a class index is out of range
 * @example patentDistribution(Int32Array.of(0, 1), concordance) // [0.5 * col0 + 0.5 * col1]
 *
 * Reference: Neuhäusler, Frietsch & Kroll (2019), Fraunhofer ISI Discussion Paper No. 60
 * (fractional counting of multiple IPC codes, then the probabilistic shares).
 */
export function patentDistribution(classes: ArrayLike<number>, concordance: Concordance): Float64Array {
  const d = new Float64Array(concordance.divisions.length);
  const k = classes.length;
  for (let a = 0; a < k; a++) {
    const c = classes[a] as number;
    if (!(c >= 0 && c < concordance.classes.length)) throw new RangeError(`\`patentDistribution\` class index ${c} is out of range`);
    for (let e = concordance.start[c] as number; e < (concordance.start[c + 1] as number); e++) {
      d[concordance.divisionOf[e] as number]! += (concordance.share[e] as number) / k;
    }
  }
  return d;
}

/**
 * Whether a patent is cross-sector: at least two divisions carry a share >= threshold of it.
 *
 *   crossSector = #{ j : d_j >= threshold } >= 2
 *
 * where d is the patent's division distribution (patentDistribution).
 *
 * Convention: threshold defaults to 0.1 (a division holding less than a tenth of the patent is noise of the
 * probabilistic concordance, not a sector the invention belongs to); with threshold -> 0 every patent whose
 * classes spread over two divisions counts, which with a probabilistic concordance is nearly all of them.
 *
 * Complexity O(nDivisions).
 *
 * @throws {RangeError} when threshold is not in (0, 0.5]
 * @example isCrossSector(Float64Array.of(0.6, 0.4, 0)) // true
 *
 * Reference: Neuhäusler, Frietsch & Kroll (2019), Fraunhofer ISI Discussion Paper No. 60.
 */
export function isCrossSector(d: ArrayLike<number>, threshold = 0.1): boolean {
  if (!(threshold > 0 && threshold <= 0.5)) throw new RangeError('`isCrossSector` requires threshold in (0, 0.5]');
  let n = 0;
  for (let j = 0; j < d.length; j++) if ((d[j] as number) >= threshold && ++n >= 2) return true;
  return false;
}

/** Patents in flat typed arrays: the codes of patent p are classOf[offset[p] .. offset[p + 1]). */
export interface PatentBatch {
  offset: Int32Array;
  /** concordance column index of each code */
  classOf: Int32Array;
  /** year index of each patent (0 .. nYears - 1) */
  yearOf: Int32Array;
  nYears: number;
}

export interface PatentLinks {
  /** nYears x nDivisions x nDivisions, year-major: M[y][i][j] = sum_p d_pi d_pj (diagonal included) */
  links: Float64Array;
  /** nYears x nDivisions: sum_p d_pj (the fractional patent count of division j) */
  activity: Float64Array;
  /** per year: patents with >= 1 code, and cross-sector patents (isCrossSector) */
  patents: Float64Array;
  crossSector: Float64Array;
}

/**
 * Link matrices of many patents per year: the fractional co-occurrence of divisions.
 *
 *   M_ij(y) = sum_{p in y} d_pi * d_pj = sum_{a,b} Q_ab(y) * share[i, a] * share[j, b]
 *   Q_ab(y) = sum_{p in y} n_pa * n_pb / k_p^2
 *
 * where:
 *   d_p     is patent p's division distribution (patentDistribution),
 *   n_pa    is the number of p's codes in class a, k_p the number of its codes,
 *   share   is the concordance S (division x class), so that M(y) = S Q(y) S'.
 *
 * Convention: the diagonal M_ii is kept so that row sums are the fractional patent counts (sum_j M_ij =
 * sum_p d_pi) and the grand total is the number of patents; the cross-sector links are the off-diagonal
 * cells, sum_{i != j} d_pi d_pj = 1 - sum_i d_pi^2 per patent (the Gini-Simpson diversity of its sectors).
 * The class-pair form makes the cost O(k^2) per patent plus two sparse matrix products once per year
 * (M = S Q S'), instead of O(nnz(d)^2) per patent; nothing is allocated per patent.
 *
 * Complexity O(sum_p k_p^2 * (1 + divisions per class with share >= crossThreshold)) + O(nYears * nnz(share) * (nClasses + nDivisions)).
 *
 * @throws {RangeError} when the arrays disagree in length or an index is out of range
 * @example patentLinkMatrices(batch, concordance).links // nYears * nDiv * nDiv
 *
 * Reference: Neuhäusler, Frietsch & Kroll (2019), Fraunhofer ISI Discussion Paper No. 60 (concordance); the
 * co-classification link of Breschi, Lissoni & Malerba (2003), Research Policy 32(1), doi:10.1016/S0048-7333(02)00004-5.
 */
export function patentLinkMatrices(batch: PatentBatch, concordance: Concordance, crossThreshold = 0.1): PatentLinks {
  const { offset, classOf, yearOf, nYears } = batch;
  const nP = yearOf.length;
  if (offset.length !== nP + 1 || (offset[nP] as number) !== classOf.length) {
    throw new RangeError('`patentLinkMatrices` requires offset.length = patents + 1 and offset[last] = classOf.length');
  }
  if (!(crossThreshold > 0 && crossThreshold <= 0.5)) throw new RangeError('`patentLinkMatrices` requires crossThreshold in (0, 0.5]');
  const nC = concordance.classes.length;
  const nD = concordance.divisions.length;
  const { start, divisionOf, share } = concordance;
  const q = new Float64Array(nYears * nC * nC);
  const classCount = new Float64Array(nYears * nC);
  const patents = new Float64Array(nYears);
  const crossSector = new Float64Array(nYears);
  // The cross-sector test without building d: d_j = (1/k) sum_a share[j, a] >= t needs share[j, a] >= t for some
  // code a (a mean never exceeds its largest term), so only each class's "big" divisions are candidates, and
  // d_j of a candidate is summed from a dense copy of the shares.
  const dense = new Float64Array(nC * nD);
  const bigStart = new Int32Array(nC + 1);
  const big: number[] = [];
  for (let c = 0; c < nC; c++) {
    for (let e = start[c] as number; e < (start[c + 1] as number); e++) {
      dense[c * nD + (divisionOf[e] as number)] = share[e] as number;
      if ((share[e] as number) >= crossThreshold) big.push(divisionOf[e] as number);
    }
    bigStart[c + 1] = big.length;
  }
  const bigOf = Int32Array.from(big);
  const stamp = new Int32Array(nD).fill(-1);
  for (let p = 0; p < nP; p++) {
    const y = yearOf[p] as number;
    if (!(y >= 0 && y < nYears)) throw new RangeError(`\`patentLinkMatrices\` year index ${y} of patent ${p} is out of range`);
    const from = offset[p] as number;
    const to = offset[p + 1] as number;
    const k = to - from;
    if (k === 0) continue;
    patents[y]! += 1;
    const w = 1 / k;
    const w2 = w * w;
    const qBase = y * nC * nC;
    for (let a = from; a < to; a++) {
      const ca = classOf[a] as number;
      if (!(ca >= 0 && ca < nC)) throw new RangeError(`\`patentLinkMatrices\` class index ${ca} is out of range`);
      classCount[y * nC + ca]! += w;
      const row = qBase + ca * nC;
      for (let b = from; b < to; b++) q[row + (classOf[b] as number)]! += w2;
    }
    let nBig = 0;
    for (let a = from; a < to && nBig < 2; a++) {
      const ca = classOf[a] as number;
      for (let e = bigStart[ca] as number; e < (bigStart[ca + 1] as number); e++) {
        const j = bigOf[e] as number;
        if (stamp[j] === p) continue;
        stamp[j] = p;
        let dj = 0;
        for (let b = from; b < to; b++) dj += dense[(classOf[b] as number) * nD + j] as number;
        if (dj * w >= crossThreshold && ++nBig >= 2) break;
      }
    }
    if (nBig >= 2) crossSector[y]! += 1;
  }
  const links = new Float64Array(nYears * nD * nD);
  const activity = new Float64Array(nYears * nD);
  // M(y) = S Q(y) S' in two sparse products: T = Q S' (nC x nD), then M = S T.
  const t = new Float64Array(nC * nD);
  for (let y = 0; y < nYears; y++) {
    const base = y * nD * nD;
    t.fill(0);
    for (let a = 0; a < nC; a++) {
      const ma = classCount[y * nC + a] as number;
      if (ma !== 0) {
        for (let e = start[a] as number; e < (start[a + 1] as number); e++) activity[y * nD + (divisionOf[e] as number)]! += ma * (share[e] as number);
      }
      const tRow = a * nD;
      for (let b = 0; b < nC; b++) {
        const qab = q[y * nC * nC + a * nC + b] as number;
        if (qab === 0) continue;
        for (let g = start[b] as number; g < (start[b + 1] as number); g++) t[tRow + (divisionOf[g] as number)]! += qab * (share[g] as number);
      }
    }
    for (let a = 0; a < nC; a++) {
      const tRow = a * nD;
      for (let e = start[a] as number; e < (start[a + 1] as number); e++) {
        const row = base + (divisionOf[e] as number) * nD;
        const f = share[e] as number;
        for (let j = 0; j < nD; j++) links[row + j]! += f * (t[tRow + j] as number);
      }
    }
  }
  return { links, activity, patents, crossSector };
}
