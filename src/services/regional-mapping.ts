// Cluster mapping of a stored statistics dataset: joins the dataset's rows, the category scheme and the
// registry's clusters with the pure analytics (location quotients, the U.S. classification, stars, growth,
// shift-share, region strength, potential clusters). Results are cached per database, dataset version, year and scheme.
import { cagr, shiftShare, type ShiftShare } from '../analytics/growth.ts';
import { clusterMapping } from '../analytics/cluster-mapping.ts';
import { potentialClusterCells } from '../analytics/potential-clusters.ts';
import type { Stars } from '../analytics/stars.ts';
import type { ClusterClasses } from '../analytics/strong-clusters.ts';
import type { Database } from '../db/database.ts';
import { applyScheme, loadScheme, type CategoryInfo } from './mapping-scheme.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { datasetYears, loadStatistics, type StatisticsRecord } from './regional-statistics.ts';
import { registeredCoverage } from './registered-coverage.ts';
import { resultCache } from './result-cache.ts';

export interface MappingQuery {
  dataset: string;
  /** Defaults to the dataset's latest year. */
  year?: number;
  /** Start of the growth period; defaults to year - 5, or the first year after it that the dataset has. */
  baseYear?: number;
  /** 'nace' (the dataset's own codes) or a category scheme id. */
  scheme?: string;
}

export interface RegionInfo {
  id: string;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  parentId: string | null;
  lon: number | null;
  lat: number | null;
}

export interface DatasetLabel {
  id: string;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  source: string | null;
  note: string | null;
  illustrative: boolean;
  partial: boolean;
  classification: string;
}

/** Everything computed for one dataset, year and scheme; matrices are region-major (r * nC + c). */
export interface ComputedMapping {
  dataset: DatasetLabel;
  scheme: string;
  /** False when the dataset has no establishment counts: the strong-cluster rule then skips that test. */
  establishmentsKnown: boolean;
  years: number[];
  year: number;
  baseYear: number | null;
  regions: RegionInfo[];
  categories: CategoryInfo[];
  employment: Float64Array;
  establishments: Float64Array;
  wages: Float64Array | null;
  /** 1 per category when traded, 0 when local; null when the dataset and scheme do not say. */
  traded: Uint8Array | null;
  lq: Float64Array;
  classes: ClusterClasses;
  stars: Stars;
  /** Employment CAGR from baseYear to year per cell (NaN without a base). */
  growth: Float64Array;
  shift: ShiftShare | null;
  /** Registered clusters covering each cell (cell index -> cluster ids). */
  registered: Map<number, number[]>;
  region: {
    employment: Float64Array;
    /** Employment in traded categories (all categories when traded/local is unknown). */
    tradedEmployment: Float64Array;
    strongEmployment: Float64Array;
    /** Share of traded employment in strong clusters (U.S. Cluster Mapping "cluster strength"). */
    strength: Float64Array;
    strongCount: Int32Array;
    growth: Float64Array;
  };
  /** Cell indices of potential clusters, best first. */
  potential: Int32Array;
}

const cached = resultCache<ComputedMapping>(16);

export async function computeRegionalMapping(db: Database, query: MappingQuery): Promise<ComputedMapping> {
  const { rows } = await db.pool.query<DatasetLabel & { version: string }>(
    `SELECT id, name_ru AS "nameRu", name_be AS "nameBe", name_en AS "nameEn", source, note, illustrative, partial,
            classification, imported_at::text AS version
       FROM statistics_datasets WHERE id = $1`, [query.dataset]);
  const dataset = rows[0];
  if (!dataset) throw new NotFoundError('dataset', query.dataset);
  const scheme = query.scheme ?? dataset.classification;
  // The cache key includes the registry's last change so potential clusters follow newly registered ones.
  const { rows: [stamp] } = await db.pool.query<{ v: string | null }>('SELECT max(updated_at)::text AS v FROM clusters');
  const key = JSON.stringify([query.dataset, dataset.version, scheme, query.year ?? null, query.baseYear ?? null, stamp?.v ?? null]);
  return cached(db, key, () => compute(db, dataset, scheme, query));
}

async function compute(db: Database, dataset: DatasetLabel, scheme: string, query: MappingQuery): Promise<ComputedMapping> {
  const years = await datasetYears(db, dataset.id);
  if (years.length === 0) throw new ValidationError(`dataset ${dataset.id} has no rows`);
  const year = query.year ?? (years[years.length - 1] as number);
  if (!years.includes(year)) throw new ValidationError(`dataset ${dataset.id} has no rows for ${year} (it has ${years.join(', ')})`);
  const baseYear = query.baseYear ?? years.find((y) => y >= year - 5 && y < year) ?? null;
  if (baseYear !== null && (!years.includes(baseYear) || baseYear >= year)) {
    throw new ValidationError(`base year ${baseYear} must be a year of the dataset before ${year}`);
  }
  const { records, traded: tradedByCode } = await loadStatistics(db, dataset.id, baseYear === null ? [year] : [baseYear, year]);

  const regionIds = [...new Set(records.map((r) => r.region))].sort();
  const codes = [...new Set(records.map((r) => r.category))].sort();
  const at = gridOf(records, regionIds, codes);
  const now = at(year);
  const base = baseYear === null ? null : at(baseYear);

  const definition = await loadScheme(db, dataset.classification, scheme, codes, tradedByCode);
  const nR = regionIds.length;
  const nC = definition.categories.length;
  const employment = applyScheme(definition, now.employment, nR);
  const establishmentsKnown = now.establishments.some((x) => !Number.isNaN(x));
  // Wages are averages: aggregate the wage bill (wage x employment), then divide.
  const wages = now.hasWages ? perEmployee(applyScheme(definition, weighted(now.wages, now.employment), nR), employment) : null;
  const employment0 = base ? applyScheme(definition, base.employment, nR) : null;

  const traded = definition.traded;
  // Unknown establishment counts (NaN) count as 0. A dataset with none at all skips the establishment test:
  // given employment in its place, "est > P25(est)" is the employment test again.
  const establishments = establishmentsKnown
    ? applyScheme(definition, now.establishments.map((x) => (Number.isNaN(x) ? 0 : x)), nR)
    : employment;
  const { lq, classes, stars } = clusterMapping(employment, establishments, nR, nC, { ...(traded ? { traded } : {}), wages });
  const growth = new Float64Array(nR * nC).fill(Number.NaN);
  let shift: ShiftShare | null = null;
  if (employment0 && baseYear !== null) {
    for (let i = 0; i < growth.length; i++) growth[i] = cagr(employment0[i] as number, employment[i] as number, year - baseYear);
    shift = shiftShare(employment0, employment, nR, nC);
  }

  const regions = await regionInfo(db, regionIds);
  const registered = await registeredCoverage(db, regions, definition);
  const registeredFlags = new Uint8Array(nR * nC);
  for (const i of registered.keys()) registeredFlags[i] = 1;
  const potential = potentialClusterCells({ strong: classes.strong, strong10: classes.strong10, stars: stars.stars, employment, registered: registeredFlags });

  const region = regionTotals(employment, employment0, traded, classes.strong, nR, nC, baseYear === null ? 0 : year - baseYear);
  return {
    dataset, scheme, establishmentsKnown, years, year, baseYear, regions, categories: definition.categories,
    employment, establishments, wages, traded, lq, classes, stars, growth, shift, registered, region, potential,
  };
}

interface YearGrid { employment: Float64Array; establishments: Float64Array; wages: Float64Array; hasWages: boolean }

function gridOf(records: readonly StatisticsRecord[], regionIds: string[], codes: string[]) {
  const regionIndex = new Map(regionIds.map((r, i) => [r, i]));
  const codeIndex = new Map(codes.map((c, i) => [c, i]));
  const nK = codes.length;
  return (year: number): YearGrid => {
    const size = regionIds.length * nK;
    const grid: YearGrid = { employment: new Float64Array(size), establishments: new Float64Array(size), wages: new Float64Array(size), hasWages: false };
    for (const r of records) {
      if (r.year !== year) continue;
      const i = (regionIndex.get(r.region) as number) * nK + (codeIndex.get(r.category) as number);
      grid.employment[i] = r.employment;
      grid.establishments[i] = r.establishments;
      if (!Number.isNaN(r.wages)) {
        grid.wages[i] = r.wages;
        grid.hasWages = true;
      }
    }
    return grid;
  };
}

const weighted = (wages: Float64Array, employment: Float64Array) => wages.map((w, i) => w * (employment[i] as number));
const perEmployee = (bill: Float64Array, employment: Float64Array) =>
  bill.map((b, i) => ((employment[i] as number) > 0 && b > 0 ? b / (employment[i] as number) : Number.NaN));

/**
 * Per region: employment, traded employment, employment in strong traded cells, cluster strength
 * (strong traded employment / traded employment; Delgado, Porter & Stern 2014) and total employment CAGR.
 */
function regionTotals(
  employment: Float64Array, employment0: Float64Array | null, traded: Uint8Array | null, strong: Uint8Array,
  nR: number, nC: number, years: number,
) {
  const out = {
    employment: new Float64Array(nR), tradedEmployment: new Float64Array(nR), strongEmployment: new Float64Array(nR),
    strength: new Float64Array(nR), strongCount: new Int32Array(nR), growth: new Float64Array(nR).fill(Number.NaN),
  };
  for (let r = 0; r < nR; r++) {
    let start = 0;
    let total = 0;
    let tradedTotal = 0;
    let strongTotal = 0;
    let strongCount = 0;
    for (let c = 0; c < nC; c++) {
      const i = r * nC + c;
      const e = employment[i] as number;
      total += e;
      if (employment0) start += employment0[i] as number;
      if (traded && traded[c] !== 1) continue;
      tradedTotal += e;
      if (strong[i] === 1) {
        strongTotal += e;
        strongCount += 1;
      }
    }
    out.employment[r] = total;
    out.tradedEmployment[r] = tradedTotal;
    out.strongEmployment[r] = strongTotal;
    out.strongCount[r] = strongCount;
    out.strength[r] = tradedTotal > 0 ? strongTotal / tradedTotal : Number.NaN;
    if (employment0) out.growth[r] = cagr(start, total, years);
  }
  return out;
}

async function regionInfo(db: Database, ids: string[]): Promise<RegionInfo[]> {
  const { rows } = await db.pool.query<RegionInfo>(
    `SELECT id, name_ru AS "nameRu", name_be AS "nameBe", name_en AS "nameEn", parent_id AS "parentId",
            centroid_lon AS lon, centroid_lat AS lat
       FROM territories WHERE id = ANY($1::text[])`, [ids]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? { id, nameRu: id, nameBe: null, nameEn: null, parentId: null, lon: null, lat: null });
}
