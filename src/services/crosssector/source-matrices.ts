// Sector x sector link matrices of one cross-sector source, per year: patents (a stored dataset, IPC classes
// mapped to NACE divisions by the Fraunhofer ISI concordance and counted fractionally), deals (a stored
// dataset, acquirer -> target, each deal counts 1) or contracts (the registry, live: supplier -> customer).
// Stored datasets are cached per database and dataset version (result-cache.ts).
import { pairLinkMatrices, sumYears } from '../../analytics/crosssector/pair-links.ts';
import type { Database } from '../../db/database.ts';
import { dealLinks, patentLinks, yearIndex } from '../crosssector-output.ts';
import { resultCache } from '../result-cache.ts';
import { ipcConcordance } from './concordance.ts';
import { contractSectorPairs } from './contracts-source.ts';
import { chooseDataset, loadDeals, loadPatents } from './datasets.ts';

export type LinkSource = 'patents' | 'deals' | 'contracts';
export const LINK_SOURCES: readonly LinkSource[] = ['patents', 'deals', 'contracts'];

export interface SourceMatrices {
  source: LinkSource;
  /** the stored dataset used (null for contracts) */
  dataset: string | null;
  illustrative: boolean;
  /** patents: M is symmetric (co-occurrence); deals and contracts: directed */
  symmetric: boolean;
  /** NACE divisions (two digits) of the matrices' rows and columns */
  sectors: string[];
  /** the years with rows, ascending */
  years: number[];
  /** years.length x n x n, year-major */
  perYear: Float64Array;
  /** n x n: every row together (with contracts that have no date) */
  all: Float64Array;
  /** a key that changes when the data does (for caches of views) */
  key: string;
}

const cache = resultCache<SourceMatrices>(8);

/** The matrices of a source; null when the source has no dataset (patents, deals) stored. */
export async function sourceMatrices(db: Database, source: LinkSource, datasetId?: string): Promise<SourceMatrices | null> {
  if (source === 'contracts') return contractMatrices(db);
  const dataset = await chooseDataset(db, source, datasetId);
  if (!dataset) return null;
  const key = `${source}:${dataset.id}:${dataset.importedAt}`;
  return cache(db, key, async () => {
    const base = { source, dataset: dataset.id, illustrative: dataset.illustrative, key };
    return source === 'patents' ? { ...base, ...(await patentMatrices(db, dataset.id)) } : { ...base, ...(await dealMatrices(db, dataset.id)) };
  });
}

async function patentMatrices(db: Database, id: string) {
  // stored patents were checked against the concordance when they were imported
  const { symmetric, sectors, years, perYear, all } = patentLinks(await loadPatents(db, id), ipcConcordance());
  return { symmetric, sectors, years, perYear, all };
}

function pairMatrices(from: string[], to: string[], year: (number | null)[]) {
  const sectors = [...new Set([...from, ...to])].sort();
  const si = new Map(sectors.map((s, k) => [s, k]));
  const { list, at } = yearIndex(year.filter((y): y is number => y !== null));
  const undated = list.length; // an extra bucket, counted in `all` only
  const n = sectors.length;
  if (n === 0) return { symmetric: false, sectors, years: [], perYear: new Float64Array(0), all: new Float64Array(0) };
  const m = pairLinkMatrices(
    Int32Array.from(from, (s) => si.get(s) as number), Int32Array.from(to, (s) => si.get(s) as number),
    Int32Array.from(year, (y) => (y === null ? undated : (at.get(y) as number))), list.length + 1, n,
  );
  return { symmetric: false, sectors, years: list, perYear: m.slice(0, list.length * n * n), all: sumYears(m, n * n) };
}

async function dealMatrices(db: Database, id: string) {
  const { symmetric, sectors, years, perYear, all } = dealLinks(await loadDeals(db, id), 'count');
  return { symmetric, sectors, years, perYear, all };
}

async function contractMatrices(db: Database): Promise<SourceMatrices> {
  const pairs = await contractSectorPairs(db);
  const key = `contracts:${fingerprint(pairs.from.map((f, k) => `${f}>${pairs.to[k]}@${pairs.year[k] ?? ''}`).join(','))}`;
  return { source: 'contracts', dataset: null, illustrative: false, key, ...pairMatrices(pairs.from, pairs.to, pairs.year) };
}

/** FNV-1a of a text, as hex: a cheap key for the live contracts' view cache. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return `${text.length}-${(h >>> 0).toString(16)}`;
}
