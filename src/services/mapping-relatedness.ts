// Related industries from co-location: the relatedness of a mapping's categories across regions, a grouping of
// them into data-driven clusters (hierarchical, average linkage) and the grouping's validation scores.
import { validateClusters } from '../analytics/cluster-validation.ts';
import { hierarchicalClustering } from '../analytics/hierarchical-clustering.ts';
import { relatedness } from '../analytics/relatedness.ts';
import type { ComputedMapping } from './regional-mapping.ts';

export interface RelatednessOptions {
  /** Number of groups (default: a quarter of the categories with employment, at least 2). */
  k?: number;
  linkage?: 'average' | 'single' | 'complete';
  /** Most related categories listed per category. */
  neighbours?: number;
}

const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);

export function mappingRelatedness(m: ComputedMapping, options: RelatednessOptions = {}) {
  const nR = m.regions.length;
  const nC = m.categories.length;
  const r = relatedness(m.employment, nR, nC, { measure: 'lq' });
  const k = Math.min(nC, Math.max(2, options.k ?? Math.round(nC / 4)));
  const grouping = hierarchicalClustering(r, nC, { k, linkage: options.linkage ?? 'average' });
  const scores = validateClusters(r, nC, grouping.labels);
  const neighbours = options.neighbours ?? 5;
  const name = (c: number) => ({ ru: m.categories[c]!.nameRu, be: m.categories[c]!.nameBe, en: m.categories[c]!.nameEn });

  const groups = Array.from({ length: grouping.nClusters }, (_, g) => ({
    group: g,
    members: [] as string[],
    within: num(scores.within[g]),
    bestOther: num(scores.clusterBestOther[g]),
    passes: scores.clusterCounted[g] === 1 ? scores.clusterPasses[g] === 1 : null,
  }));
  m.categories.forEach((c, i) => groups[grouping.labels[i]!]!.members.push(c.code));

  return {
    year: m.year,
    measure: 'lq',
    linkage: options.linkage ?? 'average',
    k: grouping.nClusters,
    validation: {
      clusterScore: num(scores.clusterScore),
      industryScore: num(scores.industryScore),
      clusterPairScore: num(scores.clusterPairScore),
      industryPairScore: num(scores.industryPairScore),
    },
    groups,
    categories: m.categories.map((c, i) => {
      const row = Array.from({ length: nC }, (_, j) => j).filter((j) => j !== i && Number.isFinite(r[i * nC + j]));
      row.sort((a, b) => (r[i * nC + b] as number) - (r[i * nC + a] as number) || a - b);
      return {
        code: c.code,
        name: name(i),
        group: grouping.labels[i]!,
        own: num(scores.industryOwn[i]),
        passes: scores.industryCounted[i] === 1 ? scores.industryPasses[i] === 1 : null,
        related: row.slice(0, neighbours).map((j) => ({ code: m.categories[j]!.code, relatedness: r[i * nC + j] as number })),
      };
    }),
  };
}
