// JSON views of a computed mapping for the API and the web app: the summary (regions with cluster strength,
// categories), the compact LQ matrix for the heatmap, the filtered list of cells and the potential clusters.
import type { ComputedMapping } from './regional-mapping.ts';
import type { Page, Paged } from './pagination.ts';

const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);

export function mappingSummary(m: ComputedMapping) {
  const nC = m.categories.length;
  const categoryEmployment = new Float64Array(nC);
  const strongRegions = new Int32Array(nC);
  const presentRegions = new Int32Array(nC);
  for (let r = 0; r < m.regions.length; r++) {
    for (let c = 0; c < nC; c++) {
      const i = r * nC + c;
      const e = m.employment[i] as number;
      categoryEmployment[c] = (categoryEmployment[c] as number) + e;
      if (e > 0) presentRegions[c] = (presentRegions[c] as number) + 1;
      if (m.classes.strong[i] === 1) strongRegions[c] = (strongRegions[c] as number) + 1;
    }
  }
  return {
    dataset: m.dataset,
    scheme: m.scheme,
    years: m.years,
    year: m.year,
    baseYear: m.baseYear,
    tradedKnown: m.traded !== null,
    establishmentsKnown: m.establishmentsKnown,
    strongCells: m.classes.strong.reduce((a, b) => a + b, 0),
    potentialCells: m.potential.length,
    regions: m.regions.map((region, r) => ({
      ...region,
      employment: m.region.employment[r] as number,
      tradedEmployment: m.region.tradedEmployment[r] as number,
      strongEmployment: m.region.strongEmployment[r] as number,
      strength: num(m.region.strength[r]),
      strongCount: m.region.strongCount[r] as number,
      growth: num(m.region.growth[r]),
    })),
    categories: m.categories.map((category, c) => ({
      ...category,
      employment: categoryEmployment[c] as number,
      regions: presentRegions[c] as number,
      strongRegions: strongRegions[c] as number,
    })),
  };
}

/** Region-major flat arrays (index r * categories.length + c) for the heatmap. */
export function mappingMatrix(m: ComputedMapping) {
  return {
    year: m.year,
    regions: m.regions.map((r) => r.id),
    categories: m.categories.map((c) => c.code),
    employment: Array.from(m.employment),
    lq: Array.from(m.lq, (x) => num(x)),
    stars: Array.from(m.stars.stars),
    strong: Array.from(m.classes.strong),
  };
}

export type CellView = ReturnType<typeof cellView>;

export function cellView(m: ComputedMapping, i: number) {
  const nC = m.categories.length;
  const r = Math.floor(i / nC);
  const c = i % nC;
  const region = m.regions[r]!;
  const category = m.categories[c]!;
  return {
    region: region.id,
    regionName: { ru: region.nameRu, be: region.nameBe, en: region.nameEn },
    category: category.code,
    categoryName: { ru: category.nameRu, be: category.nameBe, en: category.nameEn },
    traded: category.traded,
    employment: m.employment[i] as number,
    establishments: m.establishmentsKnown ? (m.establishments[i] as number) : null,
    wages: m.wages ? num(m.wages[i]) : null,
    lq: num(m.lq[i]),
    strong: m.classes.strong[i] === 1,
    strong10: m.classes.strong10[i] === 1,
    significant: m.classes.significant[i] === 1,
    qualifying: m.classes.qualifying[i] === 1,
    stars: m.stars.stars[i] as number,
    star: {
      size: m.stars.size[i] === 1,
      specialisation: m.stars.specialisation[i] === 1,
      focus: m.stars.focus[i] === 1,
      productivity: m.stars.productivity[i] === 1,
    },
    growth: num(m.growth[i]),
    shift: m.shift ? { national: num(m.shift.national[i]), industryMix: num(m.shift.industryMix[i]), regional: num(m.shift.regional[i]) } : null,
    registeredClusters: m.registered.get(i) ?? [],
  };
}

export interface CellFilter {
  region?: string;
  category?: string;
  /** strong: strong cells; strong10; starred: at least minStars; all: every cell with employment. */
  class?: 'strong' | 'strong10' | 'starred' | 'all';
  minStars?: number;
  registered?: 'yes' | 'no';
  sort?: 'lq' | 'employment' | 'stars' | 'growth';
}

export function mappingCells(m: ComputedMapping, filter: CellFilter, page: Page): Paged<CellView> {
  const nC = m.categories.length;
  const minStars = filter.minStars ?? 1;
  const regionIndex = filter.region ? m.regions.findIndex((r) => r.id === filter.region) : -1;
  const categoryIndex = filter.category ? m.categories.findIndex((c) => c.code === filter.category) : -1;
  if ((filter.region && regionIndex < 0) || (filter.category && categoryIndex < 0)) return { items: [], total: 0 };
  const keep: number[] = [];
  for (let i = 0; i < m.employment.length; i++) {
    if (!((m.employment[i] as number) > 0)) continue;
    if (regionIndex >= 0 && Math.floor(i / nC) !== regionIndex) continue;
    if (categoryIndex >= 0 && i % nC !== categoryIndex) continue;
    const cls = filter.class ?? 'strong';
    if (cls === 'strong' && m.classes.strong[i] !== 1) continue;
    if (cls === 'strong10' && m.classes.strong10[i] !== 1) continue;
    if (cls === 'starred' && (m.stars.stars[i] as number) < minStars) continue;
    if (filter.registered && m.registered.has(i) !== (filter.registered === 'yes')) continue;
    keep.push(i);
  }
  const key = { lq: m.lq, employment: m.employment, growth: m.growth, stars: null }[filter.sort ?? 'lq'];
  const value = (i: number) => {
    const x = key ? (key[i] as number) : (m.stars.stars[i] as number) * 1e12 + (m.employment[i] as number);
    return Number.isNaN(x) ? Number.NEGATIVE_INFINITY : x;
  };
  keep.sort((a, b) => value(b) - value(a) || a - b);
  return { items: keep.slice(page.offset, page.offset + page.limit).map((i) => cellView(m, i)), total: keep.length };
}

/** Potential clusters, best first, each with its evidence and the region's centroid for the map layer. */
export function potentialClusters(m: ComputedMapping, page: Page): Paged<CellView & { rank: number; lon: number | null; lat: number | null }> {
  const nC = m.categories.length;
  const items = Array.from(m.potential.subarray(page.offset, page.offset + page.limit), (i, k) => {
    const region = m.regions[Math.floor(i / nC)]!;
    return { rank: page.offset + k + 1, ...cellView(m, i), lon: region.lon, lat: region.lat };
  });
  return { items, total: m.potential.length };
}
