// Partner search: partners similar to or complementing an organisation or a cluster, and foreign clusters
// for a cluster. Joins the registry features (registry.ts) with the index and the explanations; results carry
// names, scores, components and reasons, never another organisation's confidential figures.
import { chainProfile } from '../../analytics/matching/complementarity.ts';
import { combine } from '../../analytics/matching/combine.ts';
import { explain, type ExplainSide } from '../../analytics/matching/explain.ts';
import type { PartnerFilter, PartnerQuery, ScoredPartner } from '../../analytics/matching/partner-index.ts';
import { dot, normalise, weightedSum, type SparseVector } from '../../analytics/matching/sparse-vector.ts';
import { textVector } from '../../analytics/matching/text-ngrams.ts';
import { COMPONENTS, type Component, type Reason } from '../../analytics/matching/types.ts';
import { organisationSectorVector } from '../../analytics/matching/featurise.ts';
import { sizeOrdinal } from '../../analytics/matching/size-fit.ts';
import type { Database } from '../../db/database.ts';
import type { MaybeViewer } from '../access.ts';
import { fieldErrors, NotFoundError } from '../errors.ts';
import { parsePartnerOptions, type PartnerOptions, type PartnerOptionsInput } from './options.ts';
import { partnerRegistry, roleBit, type PartnerRegistry } from './registry.ts';

export interface PartnerItem {
  id: number;
  /** the Russian name (as lists show it), and both names */
  name: string;
  nameRu: string;
  nameEn: string | null;
  kind: 'organization' | 'cluster';
  score: number;
  components: Record<Component, number>;
  reasons: Reason[];
}

export interface PartnerResult {
  mode: string;
  weights: Record<Component, number>;
  items: PartnerItem[];
}

interface Subject {
  sector: SparseVector;
  text: SparseVector;
  divisions: number[];
  location: number;
  sizeClass: number;
  exclude: Set<number>;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function territoryDescendants(reg: PartnerRegistry, id: string): Set<number> {
  const out = new Set<number>();
  reg.territories.forEach((t, i) => {
    for (let p: string | null | undefined = t; p; p = reg.territoryParent[reg.territoryIndex.get(p) as number]) {
      if (p === id) {
        out.add(i);
        return;
      }
    }
  });
  return out;
}

function filterOf(reg: PartnerRegistry, o: PartnerOptions, exclude: Set<number>): PartnerFilter {
  const f: PartnerFilter = { exclude };
  if (o.territory) {
    if (!reg.territoryIndex.has(o.territory)) throw fieldErrors([{ field: 'territory', message: `territory ${o.territory} is not known` }]);
    f.locations = territoryDescendants(reg, o.territory);
  }
  if (o.country) f.countries = new Set([reg.countries.indexOf(o.country)]);
  if (o.role) f.roles = roleBit(o.role);
  if (o.sizeClass) f.sizeClasses = new Set([sizeOrdinal(o.sizeClass)]);
  if (o.sector) {
    const node = reg.tree.id(o.sector);
    if (node < 0) throw fieldErrors([{ field: 'sector', message: `sector ${o.sector} is not in the classifier` }]);
    f.sectorNode = node;
  }
  if (o.cluster !== undefined) {
    if (!reg.clusters.has(o.cluster)) throw fieldErrors([{ field: 'cluster', message: `cluster ${o.cluster} not found` }]);
    f.ids = new Set(reg.members.get(o.cluster) ?? []);
  }
  return f;
}

function divisionsOf(reg: PartnerRegistry, v: SparseVector): number[] {
  return [...v.index].filter((n) => reg.isDivision[n] === 1);
}

function side(reg: PartnerRegistry, sector: SparseVector, location: number, sizeClass: number): ExplainSide {
  return { sector, sizeClass, lat: location >= 0 ? (reg.lat[location] as number) : NaN, lon: location >= 0 ? (reg.lon[location] as number) : NaN };
}

function run(reg: PartnerRegistry, subject: Subject, o: PartnerOptions): PartnerResult {
  const query: PartnerQuery = {
    sector: subject.sector, text: subject.text, divisions: subject.divisions, location: subject.location, sizeClass: subject.sizeClass,
    weights: o.weights, k: o.top, filter: filterOf(reg, o, subject.exclude),
  };
  const found: ScoredPartner[] = reg.index.search(query);
  const profile = chainProfile(reg.chain, subject.divisions);
  const q = side(reg, subject.sector, subject.location, subject.sizeClass);
  const items = found.map((m): PartnerItem => {
    const info = reg.info.get(m.id);
    const rec = reg.index.record(m.id);
    const reasons = info && rec
      ? explain(reg.tree, q, { ...side(reg, rec.sector, rec.location, rec.sizeClass), ...info }, m.components, o.weights, profile)
      : [];
    return {
      id: m.id, name: info?.nameRu ?? String(m.id), nameRu: info?.nameRu ?? String(m.id), nameEn: info?.nameEn ?? null, kind: 'organization',
      score: round(m.score), components: Object.fromEntries(COMPONENTS.map((c) => [c, round(m.components[c])])) as Record<Component, number>, reasons,
    };
  });
  return { mode: o.mode, weights: o.weights, items };
}

/** Partners of an organisation: `similar` (sector structure, profile, place, size...) or `complementary` (value chain). */
export async function organizationPartners(db: Database, _viewer: MaybeViewer, id: number, input: PartnerOptionsInput): Promise<PartnerResult> {
  const o = parsePartnerOptions(input, ['similar', 'complementary']);
  const reg = await partnerRegistry(db);
  const rec = reg.index.record(id);
  if (!rec) throw new NotFoundError('organization', id);
  return run(reg, { sector: rec.sector, text: rec.text, divisions: divisionsOf(reg, rec.sector), location: rec.location, sizeClass: rec.sizeClass, exclude: new Set([id]) }, o);
}

/** A cluster's profile: the normalised sum of its current members' vectors (its specialisation when it has none). */
function clusterSubject(reg: PartnerRegistry, clusterId: number): Subject {
  const cluster = reg.clusters.get(clusterId);
  if (!cluster) throw new NotFoundError('cluster', clusterId);
  const members = (reg.members.get(clusterId) ?? []).map((m) => reg.index.record(m)).filter((r) => r !== undefined);
  const sector = members.length > 0 ? normalise(weightedSum(members.map((m) => m.sector))) : organisationSectorVector(reg.tree, cluster.specialisation);
  const text = members.length > 0 ? normalise(weightedSum(members.map((m) => m.text))) : textVector([cluster.nameRu, cluster.nameEn].filter(Boolean).join(' '), reg.model);
  const place = cluster.territories.map((t) => reg.territoryIndex.get(t)).find((i) => i !== undefined) ?? -1;
  return { sector, text, divisions: divisionsOf(reg, sector), location: place, sizeClass: -1, exclude: new Set(members.map((m) => m.id)) };
}

/**
 * Partners of a cluster: organisations `similar` to its members' structure or `complementary` to it (its own
 * members left out), or `foreign` clusters of another country with a similar specialisation (sector and text
 * components of the clusters' member profiles).
 */
export async function clusterPartners(db: Database, _viewer: MaybeViewer, clusterId: number, input: PartnerOptionsInput): Promise<PartnerResult> {
  const o = parsePartnerOptions(input, ['similar', 'complementary', 'foreign']);
  const reg = await partnerRegistry(db);
  const subject = clusterSubject(reg, clusterId);
  if (o.mode !== 'foreign') return run(reg, subject, o);
  const own = reg.clusters.get(clusterId)!;
  const q = side(reg, subject.sector, subject.location, -1);
  const items: PartnerItem[] = [];
  for (const c of reg.clusters.values()) {
    if (c.id === clusterId || c.country === own.country || (o.country && c.country !== o.country)) continue;
    const other = clusterSubject(reg, c.id);
    const components = Object.fromEntries(COMPONENTS.map((k) => [k, 0])) as Record<Component, number>;
    components.sector = dot(subject.sector, other.sector);
    components.text = dot(subject.text, other.text);
    const score = combine(components, o.weights);
    if (!(score > 0)) continue;
    const reasons = explain(reg.tree, q, { ...side(reg, other.sector, -1, -1), productivityPct: NaN, growthPct: NaN, exportPct: NaN, yearsActive: 0, completed: 0, memberships: 0, labels: 0 }, components, o.weights);
    reasons.push({ component: 'geography', code: 'other-country', params: { country: c.country }, text: `cluster in ${c.country}` });
    items.push({ id: c.id, name: c.nameRu, nameRu: c.nameRu, nameEn: c.nameEn, kind: 'cluster', score: round(score), components: Object.fromEntries(COMPONENTS.map((k) => [k, round(components[k])])) as Record<Component, number>, reasons });
  }
  items.sort((a, b) => b.score - a.score || a.id - b.id);
  return { mode: o.mode, weights: o.weights, items: items.slice(0, o.top) };
}
