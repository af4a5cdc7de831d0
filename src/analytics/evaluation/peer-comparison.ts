// Position of one cluster's indicator among its peers (issue 8, docs/methods-evaluation-kpi.md): a mid-rank
// percentile that respects the indicator's direction, the peers' median and the gap to it.
import { percentileSorted } from '../percentile.ts';
import type { KpiDirection } from './kpi-progress.ts';

export interface PeerPosition {
  /** share of peers strictly worse plus half the peers tied, in [0, 1]; NaN when value is NaN or no peers */
  percentile: number;
  /** median of the peers; NaN when there are none */
  median: number;
  /** value - median, in the indicator's units (for a `down` indicator a negative gap is the better side) */
  gapToMedian: number;
  /** peers with a value (NaN peers are left out) */
  n: number;
}

/**
 * Where a value stands among peer values.
 *
 *   percentile = (#{peers strictly worse} + 0.5 * #{peers equal}) / n
 *   median     = the middle peer value (mean of the two middle ones when n is even)
 *   gapToMedian = value - median
 *
 * where "worse" is lower for an `up` indicator and higher for a `down` one, and n counts the peers that have a
 * value (NaN peers are left out).
 *
 * Conventions: the mid-rank convention counts ties as half below, so a value equal to every peer sits at 0.5 and
 * the result does not depend on the order of the peers. `peerValues` should not contain the assessed cluster
 * itself. percentile is 1 only when every peer is strictly worse, 0 when every peer is strictly better.
 *
 * @example peerPosition(5, Float64Array.of(1, 5, 5, 9), 'up') // percentile (1 + 0.5 * 2) / 4 = 0.5, median 5, gap 0, n 4
 * @example peerPosition(5, Float64Array.of(1, 5, 5, 9), 'down') // percentile (1 + 1) / 4 = 0.5 (9 is worse)
 *
 * Reference: the mid-rank percentile rank of educational measurement (cumulative frequency below plus half the
 * frequency at the value, over N), e.g. Crocker, L. & Algina, J. (1986) "Introduction to Classical and Modern
 * Test Theory", Holt, Rinehart and Winston; for an `up` indicator it equals
 * scipy.stats.percentileofscore(peers, value, kind='mean') / 100.
 */
export function peerPosition(value: number, peerValues: ArrayLike<number>, direction: KpiDirection): PeerPosition {
  const peers: number[] = [];
  for (let i = 0; i < peerValues.length; i++) {
    const v = peerValues[i] as number;
    if (!Number.isNaN(v)) peers.push(v);
  }
  const n = peers.length;
  const sorted = Float64Array.from(peers).sort();
  const median = percentileSorted(sorted, 0.5);
  if (n === 0 || Number.isNaN(value)) return { percentile: NaN, median, gapToMedian: value - median, n };
  let worse = 0;
  let ties = 0;
  for (const v of peers) {
    if (v === value) ties++;
    else if (direction === 'up' ? v < value : v > value) worse++;
  }
  return { percentile: (worse + 0.5 * ties) / n, median, gapToMedian: value - median, n };
}
