// Value-chain complementarity between sectors: a supplier -> customer matrix over NACE divisions, learned from
// the registry's contracts (normalised pointwise mutual information) and, when given, an input-output table.
// Pure: sector ids are node ids of a `SectorTree`, flows are typed arrays.

/** A square matrix over sector nodes: m[a * n + b] in [0, 1] is how strongly sector a supplies sector b. */
export interface ValueChain {
  n: number;
  m: Float32Array;
}

/**
 * Learns the supplier -> customer strength of sector pairs:
 *
 *   npmi_ab = ln( p_ab / (p_a. p_.b) ) / -ln p_ab,   p_ab = n_ab / n,  p_a. = n_a. / n,  p_.b = n_.b / n
 *   io_ab   = f_ab / sum_a' f_a'b                    (share of b's inputs bought from a)
 *   m_ab    = max( max(0, npmi_ab), io_ab )
 *
 * where n_ab is the number of contracts (weights) from a supplier in division a to a customer in division b,
 * n the total, and f the input-output flows (optional). Normalised PMI (Bouma, G. (2009) "Normalized (pointwise)
 * mutual information in collocation extraction", GSCL 2009, 31-40) is 1 when a and b only ever trade with each
 * other and 0 when they trade as often as chance predicts; negative associations count as none. A pair seen
 * once in a registry of one contract has p_ab = 1 and npmi taken as 1. The input-output share is the technical
 * coefficient of Leontief's model normalised by b's total inputs (Miller, R. E. & Blair, P. D. (2009)
 * "Input-Output Analysis", 2nd ed., ch. 2).
 *
 * @throws {RangeError} for arrays of different lengths or ids outside 0..nSectors-1
 */
export function valueChain(
  nSectors: number,
  contracts: { supplier: Int32Array; customer: Int32Array; weight?: Float64Array },
  io?: { from: Int32Array; to: Int32Array; value: Float64Array },
): ValueChain {
  const n = nSectors;
  const { supplier, customer, weight } = contracts;
  if (customer.length !== supplier.length || (weight && weight.length !== supplier.length)) {
    throw new RangeError('`valueChain` requires contract arrays of the same length');
  }
  const counts = new Float64Array(n * n);
  const rows = new Float64Array(n);
  const cols = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < supplier.length; i++) {
    const a = supplier[i] as number;
    const b = customer[i] as number;
    if (a < 0 || b < 0) continue; // a contract party without a known sector
    if (a >= n || b >= n) throw new RangeError('`valueChain` requires sector ids below nSectors');
    const w = weight ? (weight[i] as number) : 1;
    counts[a * n + b] = (counts[a * n + b] as number) + w;
    rows[a] = (rows[a] as number) + w;
    cols[b] = (cols[b] as number) + w;
    total += w;
  }
  const m = new Float32Array(n * n);
  if (total > 0) {
    for (let a = 0; a < n; a++) {
      if (rows[a] === 0) continue;
      for (let b = 0; b < n; b++) {
        const c = counts[a * n + b] as number;
        if (c === 0) continue;
        const pab = c / total;
        const npmi = pab >= 1 ? 1 : Math.log(pab / (((rows[a] as number) / total) * ((cols[b] as number) / total))) / -Math.log(pab);
        m[a * n + b] = Math.max(0, npmi);
      }
    }
  }
  if (io) {
    if (io.to.length !== io.from.length || io.value.length !== io.from.length) throw new RangeError('`valueChain` requires io arrays of the same length');
    const inputs = new Float64Array(n);
    for (let i = 0; i < io.from.length; i++) {
      const b = io.to[i] as number;
      if (b >= n || (io.from[i] as number) >= n) throw new RangeError('`valueChain` requires sector ids below nSectors');
      if (b >= 0 && (io.from[i] as number) >= 0 && (io.value[i] as number) > 0) inputs[b] = (inputs[b] as number) + (io.value[i] as number);
    }
    for (let i = 0; i < io.from.length; i++) {
      const a = io.from[i] as number;
      const b = io.to[i] as number;
      const v = io.value[i] as number;
      if (a < 0 || b < 0 || !(v > 0)) continue;
      const share = v / (inputs[b] as number);
      if (share > (m[a * n + b] as number)) m[a * n + b] = share;
    }
  }
  return { n, m };
}

/** The query side of complementarity: for every sector c, how well c serves the query's sectors and how it buys. */
export interface ChainProfile {
  /** supplies[c] = max_q m[c, q]: c supplies what the query's sectors q buy */
  supplies: Float32Array;
  /** buys[c] = max_q m[q, c]: c buys what the query's sectors q sell */
  buys: Float32Array;
  /** the query sector q behind supplies[c] / buys[c] (for the reason), -1 when none */
  suppliesVia: Int32Array;
  buysVia: Int32Array;
}

/**
 * The chain profile of a query with sectors Q (e.g. an organisation's divisions, or a cluster's):
 *   supplies[c] = max_{q in Q} m[c, q],   buys[c] = max_{q in Q} m[q, c].
 * A candidate with sectors C then scores complementarity = max_{c in C} max(supplies[c], buys[c]).
 */
export function chainProfile(chain: ValueChain, querySectors: ArrayLike<number>): ChainProfile {
  const { n, m } = chain;
  const supplies = new Float32Array(n);
  const buys = new Float32Array(n);
  const suppliesVia = new Int32Array(n).fill(-1);
  const buysVia = new Int32Array(n).fill(-1);
  for (let k = 0; k < querySectors.length; k++) {
    const q = querySectors[k] as number;
    if (q < 0 || q >= n) continue;
    for (let c = 0; c < n; c++) {
      const s = m[c * n + q] as number;
      if (s > (supplies[c] as number)) {
        supplies[c] = s;
        suppliesVia[c] = q;
      }
      const b = m[q * n + c] as number;
      if (b > (buys[c] as number)) {
        buys[c] = b;
        buysVia[c] = q;
      }
    }
  }
  return { supplies, buys, suppliesVia, buysVia };
}

/** Complementarity of a candidate with sectors C under a chain profile: max over c in C of max(supplies[c], buys[c]). */
export function complementarity(profile: ChainProfile, candidateSectors: ArrayLike<number>): number {
  let best = 0;
  for (let k = 0; k < candidateSectors.length; k++) {
    const c = candidateSectors[k] as number;
    if (c < 0 || c >= profile.supplies.length) continue;
    best = Math.max(best, profile.supplies[c] as number, profile.buys[c] as number);
  }
  return best;
}
