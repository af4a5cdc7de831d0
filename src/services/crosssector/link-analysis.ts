// One year's (or all years') link matrix of a source analysed with src/analytics/crosssector: observed over
// expected, significant links (one-sided Poisson test, alpha 0.05), each sector's activity and cross-sector
// share, and the network measures of the significant-link graph. Cached per database and data version.
import { observedExpected, type ObservedExpected } from '../../analytics/crosssector/observed-expected.ts';
import { significantLinks } from '../../analytics/crosssector/poisson-test.ts';
import { type SectorMeasures, sectorMeasures } from '../../analytics/crosssector/sector-measures.ts';
import { type NetworkMeasures, networkMeasures } from '../../analytics/crosssector/network.ts';
import type { Database } from '../../db/database.ts';
import { resultCache } from '../result-cache.ts';
import type { SourceMatrices } from './source-matrices.ts';

export interface LinkAnalysis {
  n: number;
  m: Float64Array;
  oe: ObservedExpected;
  significant: Uint8Array;
  sectors: SectorMeasures;
  network: NetworkMeasures;
}

const cache = resultCache<LinkAnalysis>(40);

/** The matrix of `year` (null: all years together), analysed. */
export function analyseLinks(db: Database, matrices: SourceMatrices, year: number | null): Promise<LinkAnalysis> {
  return cache(db, `${matrices.key}:${year ?? 'all'}`, async () => {
    const n = matrices.sectors.length;
    const m = year === null ? matrices.all : yearMatrix(matrices, year);
    const oe = observedExpected(m, n);
    const significant = significantLinks(m, oe.expected, n);
    return { n, m, oe, significant, sectors: sectorMeasures(m, n, matrices.symmetric), network: networkMeasures(m, significant, n) };
  });
}

/** The n x n matrix of one year (zeros for a year without rows). */
export function yearMatrix(matrices: SourceMatrices, year: number): Float64Array {
  const n = matrices.sectors.length;
  const y = matrices.years.indexOf(year);
  return y < 0 ? new Float64Array(n * n) : matrices.perYear.slice(y * n * n, (y + 1) * n * n);
}
