// The registry as partner-search features: one bulk query per table, turned into the partner index, kept per
// database, updated in place when one organisation changes (`partnerOrganizationChanged`) and rebuilt when
// contracts, memberships or the organisations change behind its back (a cheap signature query per use).
import { competitiveness, sectorPercentiles } from '../../analytics/matching/competitiveness.ts';
import { valueChain, type ValueChain } from '../../analytics/matching/complementarity.ts';
import { organisationSectorVector, sectorMatrix, textMatrix } from '../../analytics/matching/featurise.ts';
import { PartnerIndex, type PartnerRecord } from '../../analytics/matching/partner-index.ts';
import type { CandidateEvidence } from '../../analytics/matching/explain.ts';
import { reliability } from '../../analytics/matching/reliability.ts';
import { SectorTree } from '../../analytics/matching/sector-hierarchy.ts';
import { sizeOrdinal } from '../../analytics/matching/size-fit.ts';
import type { SparseVector } from '../../analytics/matching/sparse-vector.ts';
import { NGRAM_SPACE, textVector, type TextModel } from '../../analytics/matching/text-ngrams.ts';
import type { Database } from '../../db/database.ts';
import { ORG_ROLES } from '../../domain/enums.ts';

/** What explanations and presenters need of an organisation besides the index (no confidential figures). */
export interface PartnerInfo extends CandidateEvidence {
  id: number;
  nameRu: string;
  nameEn: string | null;
  country: string;
  territoryId: string | null;
  codes: string[];
}

export interface PartnerRegistry {
  tree: SectorTree;
  isDivision: Uint8Array;
  model: TextModel;
  chain: ValueChain;
  index: PartnerIndex;
  info: Map<number, PartnerInfo>;
  territories: string[];
  territoryIndex: Map<string, number>;
  territoryParent: (string | null)[];
  lat: Float64Array;
  lon: Float64Array;
  countries: string[];
  /** current members of each cluster */
  members: Map<number, number[]>;
  clusters: Map<number, { id: number; nameRu: string; nameEn: string | null; country: string; specialisation: string[]; territories: string[] }>;
  signature: string;
}

interface OrgRow {
  id: number; country: string; name_ru: string; name_en: string | null; roles: string[]; primary_sector: string | null;
  secondary_sectors: string[]; territory_id: string | null; size_class: string | null; employees: number | null;
  revenue: number | null; exports: number | null; profile: string | null; founded_year: number | null; status: string;
  revenue_growth: number | null; certifications: string[]; labels: string[];
}

const ORG_COLUMNS = `id, country, name_ru, name_en, roles, primary_sector, secondary_sectors, territory_id, size_class, employees,
  revenue, exports, profile, founded_year, status, revenue_growth, certifications, labels`;

const SIGNATURE_SQL = `SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM organizations) || '|' ||
  (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(length(status)), 0) FROM contracts) || '|' ||
  (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || count("left") FROM memberships) || '|' ||
  (SELECT count(*) FROM io_flows) AS s`;

const num = (v: unknown): number => (v === null || v === undefined ? NaN : Number(v));
const roleMask = (roles: readonly string[]) => roles.reduce((m, r) => m | (1 << Math.max(0, (ORG_ROLES as readonly string[]).indexOf(r))), 0);
export const roleBit = (role: string): number => 1 << (ORG_ROLES as readonly string[]).indexOf(role);
const orgText = (r: OrgRow) => [r.profile, r.name_ru, r.name_en].filter(Boolean).join(' ');
const orgCodes = (r: OrgRow) => [r.primary_sector, ...r.secondary_sectors].filter((c): c is string => !!c);

/** The division node of a sector node (itself when it is one), -1 for sections and unknown codes. */
export function divisionOf(tree: SectorTree, node: number): number {
  for (const n of tree.path(node)) if (tree.levels[n] === 'division') return n;
  return -1;
}

async function build(db: Database): Promise<PartnerRegistry> {
  const q = async <T>(sql: string) => (await db.pool.query(sql)).rows as T[];
  const signature = (await q<{ s: string }>(SIGNATURE_SQL))[0]?.s ?? '';
  const [sectorRows, territoryRows, orgRows, membershipRows, contractRows, ioRows, clusterRows] = await Promise.all([
    q<{ code: string; level: string; parent_code: string | null }>('SELECT code, level, parent_code FROM sectors ORDER BY code'),
    q<{ id: string; parent_id: string | null; centroid_lat: number | null; centroid_lon: number | null }>('SELECT id, parent_id, centroid_lat, centroid_lon FROM territories ORDER BY id'),
    q<OrgRow>(`SELECT ${ORG_COLUMNS} FROM organizations ORDER BY id`),
    q<{ organization_id: number; cluster_id: number }>('SELECT organization_id, cluster_id FROM memberships WHERE "left" IS NULL'),
    q<{ supplier_id: number; customer_id: number; status: string }>('SELECT supplier_id, customer_id, status FROM contracts'),
    q<{ from_sector: string; to_sector: string; value: number }>(`SELECT from_sector, to_sector, value FROM io_flows
      WHERE table_id = (SELECT id FROM io_tables ORDER BY imported_at DESC, id LIMIT 1)`),
    q<{ id: number; name_ru: string; name_en: string | null; country: string; specialisation: string[]; territories: string[] }>(
      'SELECT id, name_ru, name_en, country, specialisation, territories FROM clusters ORDER BY id'),
  ]);
  const tree = new SectorTree(sectorRows.map((s) => ({ code: s.code, level: s.level, parent: s.parent_code })));
  const isDivision = Uint8Array.from(tree.levels, (l) => (l === 'division' ? 1 : 0));
  const territories = territoryRows.map((t) => t.id);
  const territoryIndex = new Map(territories.map((t, i) => [t, i]));
  const n = orgRows.length;
  const orgIndex = new Map(orgRows.map((r, i) => [r.id, i]));
  const codes = orgRows.map(orgCodes);
  const primaryDivision = Int32Array.from(orgRows, (r) => (r.primary_sector ? divisionOf(tree, tree.id(r.primary_sector)) : -1));
  // contracts: reliability counts and the value chain between the parties' primary divisions
  const completed = new Float64Array(n);
  const broken = new Float64Array(n);
  const supplier: number[] = [];
  const customer: number[] = [];
  for (const c of contractRows) {
    const a = orgIndex.get(c.supplier_id);
    const b = orgIndex.get(c.customer_id);
    if (a === undefined || b === undefined) continue;
    if (c.status === 'completed') for (const i of [a, b]) completed[i] = (completed[i] as number) + 1;
    if (c.status === 'terminated') for (const i of [a, b]) broken[i] = (broken[i] as number) + 1;
    if (c.status === 'active' || c.status === 'completed') {
      supplier.push(primaryDivision[a] as number);
      customer.push(primaryDivision[b] as number);
    }
  }
  const io = ioRows.map((f) => ({ from: divisionOf(tree, tree.id(f.from_sector)), to: divisionOf(tree, tree.id(f.to_sector)), value: Number(f.value) }));
  const chain = valueChain(tree.codes.length, { supplier: Int32Array.from(supplier), customer: Int32Array.from(customer) },
    { from: Int32Array.from(io, (f) => f.from), to: Int32Array.from(io, (f) => f.to), value: Float64Array.from(io, (f) => f.value) });
  const memberCount = new Float64Array(n);
  const members = new Map<number, number[]>();
  for (const m of membershipRows) {
    const i = orgIndex.get(m.organization_id);
    if (i !== undefined) memberCount[i] = (memberCount[i] as number) + 1;
    const list = members.get(m.cluster_id) ?? [];
    list.push(m.organization_id);
    members.set(m.cluster_id, list);
  }
  const year = new Date().getUTCFullYear();
  const productivity = Float64Array.from(orgRows, (r) => num(r.revenue) / num(r.employees));
  const growth = Float64Array.from(orgRows, (r) => num(r.revenue_growth));
  const exportShare = Float64Array.from(orgRows, (r) => num(r.exports) / num(r.revenue));
  for (const a of [productivity, exportShare]) for (let i = 0; i < n; i++) if (!Number.isFinite(a[i] as number)) a[i] = NaN;
  const comp = competitiveness({ productivity, growth, exportShare, sector: primaryDivision });
  const years = Float64Array.from(orgRows, (r) => (r.founded_year ? year - r.founded_year : NaN));
  const labels = Float64Array.from(orgRows, (r) => r.labels.length + r.certifications.length);
  const rel = reliability({ yearsActive: years, completed, broken, memberships: memberCount, active: Uint8Array.from(orgRows, (r) => (r.status === 'active' ? 1 : 0)), labels });
  const countries = [...new Set([...orgRows.map((r) => r.country), ...clusterRows.map((c) => c.country)])].sort();
  const countryIndex = new Map(countries.map((c, i) => [c, i]));
  const text = textMatrix(orgRows.map(orgText), { maxDf: n >= 10_000 ? 0.1 : 1 });
  const index = new PartnerIndex({
    ids: Int32Array.from(orgRows, (r) => r.id),
    sector: sectorMatrix(tree, codes),
    text: text.matrix,
    location: Int32Array.from(orgRows, (r) => (r.territory_id ? territoryIndex.get(r.territory_id) ?? -1 : -1)),
    sizeClass: Int8Array.from(orgRows, (r) => sizeOrdinal(r.size_class)),
    country: Int32Array.from(orgRows, (r) => countryIndex.get(r.country) as number),
    roles: Int32Array.from(orgRows, (r) => roleMask(r.roles)),
    competitiveness: Float32Array.from(comp.score),
    reliability: Float32Array.from(rel),
  }, {
    nSectorNodes: tree.codes.length, isDivision, chain, nTextFeatures: NGRAM_SPACE,
    locationLat: Float64Array.from(territoryRows, (t) => num(t.centroid_lat)),
    locationLon: Float64Array.from(territoryRows, (t) => num(t.centroid_lon)),
  });
  const info = new Map<number, PartnerInfo>();
  orgRows.forEach((r, i) => info.set(r.id, {
    id: r.id, nameRu: r.name_ru, nameEn: r.name_en, country: r.country, territoryId: r.territory_id, codes: codes[i] as string[],
    productivityPct: comp.productivityPct[i] as number, growthPct: comp.growthPct[i] as number, exportPct: comp.exportPct[i] as number,
    yearsActive: years[i] as number, completed: completed[i] as number, memberships: memberCount[i] as number, labels: labels[i] as number,
  }));
  return {
    tree, isDivision, model: text.model, chain, index, info, territories, territoryIndex,
    territoryParent: territoryRows.map((t) => t.parent_id),
    lat: Float64Array.from(territoryRows, (t) => num(t.centroid_lat)), lon: Float64Array.from(territoryRows, (t) => num(t.centroid_lon)),
    countries, members, signature,
    clusters: new Map(clusterRows.map((c) => [c.id, { id: c.id, nameRu: c.name_ru, nameEn: c.name_en, country: c.country, specialisation: c.specialisation, territories: c.territories }])),
  };
}

/** Re-reads one organisation and puts its features into the index (or takes it out when it is gone). */
async function refresh(db: Database, reg: PartnerRegistry, id: number): Promise<void> {
  const { rows } = await db.pool.query(`SELECT ${ORG_COLUMNS} FROM organizations WHERE id = $1`, [id]);
  const r = rows[0] as OrgRow | undefined;
  if (!r) {
    reg.index.remove(id);
    reg.info.delete(id);
  } else {
    const old = reg.info.get(id);
    const codes = orgCodes(r);
    const sector: SparseVector = organisationSectorVector(reg.tree, codes);
    const division = r.primary_sector ? divisionOf(reg.tree, reg.tree.id(r.primary_sector)) : -1;
    // percentiles within the division: against the other organisations' current values, one scan
    const { rows: peers } = await db.pool.query(`SELECT id, revenue, employees, exports, revenue_growth, primary_sector FROM organizations
      WHERE primary_sector LIKE $1`, [division >= 0 ? `${reg.tree.codes[division]}%` : '\u0000']);
    const sameDivision = peers.filter((p: { primary_sector: string }) => divisionOf(reg.tree, reg.tree.id(p.primary_sector)) === division);
    const self = sameDivision.findIndex((p: { id: number }) => p.id === id);
    const pct = (value: (p: Record<string, unknown>) => number) => {
      if (self < 0) return NaN;
      const v = Float64Array.from(sameDivision, (p: Record<string, unknown>) => { const x = value(p); return Number.isFinite(x) ? x : NaN; });
      return sectorPercentiles(v, new Int32Array(v.length))[self] as number;
    };
    const productivityPct = pct((p) => num(p.revenue) / num(p.employees));
    const growthPct = pct((p) => num(p.revenue_growth));
    const exportPct = pct((p) => num(p.exports) / num(p.revenue));
    const defined = [productivityPct, growthPct, exportPct].filter((p) => !Number.isNaN(p));
    const years = r.founded_year ? new Date().getUTCFullYear() - r.founded_year : NaN;
    const labels = r.labels.length + r.certifications.length;
    const completed = old?.completed ?? 0;
    const memberships = old?.memberships ?? 0;
    const rel = reliability({ yearsActive: Float64Array.of(years), completed: Float64Array.of(completed), broken: Float64Array.of(0), memberships: Float64Array.of(memberships), active: Uint8Array.of(r.status === 'active' ? 1 : 0), labels: Float64Array.of(labels) })[0] as number;
    let country = reg.countries.indexOf(r.country);
    if (country < 0) country = reg.countries.push(r.country) - 1;
    const record: PartnerRecord = {
      id, sector, text: textVector(orgText(r), reg.model), location: r.territory_id ? reg.territoryIndex.get(r.territory_id) ?? -1 : -1,
      sizeClass: sizeOrdinal(r.size_class), country, roles: roleMask(r.roles),
      competitiveness: defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : NaN, reliability: rel,
    };
    reg.index.upsert(record);
    reg.info.set(id, { id, nameRu: r.name_ru, nameEn: r.name_en, country: r.country, territoryId: r.territory_id, codes, productivityPct, growthPct, exportPct, yearsActive: years, completed, memberships, labels });
  }
  reg.signature = ((await db.pool.query(SIGNATURE_SQL)).rows[0] as { s: string }).s;
}

const cache = new WeakMap<Database, Promise<PartnerRegistry>>();

/** The partner registry of a database: built on first use, rebuilt when its signature changed. */
export async function partnerRegistry(db: Database): Promise<PartnerRegistry> {
  let entry = cache.get(db);
  if (entry) {
    const reg = await entry.catch(() => undefined);
    const now = ((await db.pool.query(SIGNATURE_SQL)).rows[0] as { s: string }).s;
    if (reg && reg.signature === now && cache.get(db) === entry) return reg;
    if (cache.get(db) !== entry) return partnerRegistry(db);
  }
  entry = build(db);
  cache.set(db, entry);
  entry.catch(() => cache.delete(db));
  return entry;
}

/**
 * Tells partner search that an organisation was created, changed or deleted: a built index is updated for that
 * organisation alone (no rebuild). Never throws; a failed update drops the cache (the next search rebuilds).
 */
export function partnerOrganizationChanged(db: Database, id: number): Promise<void> {
  const entry = cache.get(db);
  if (!entry) return Promise.resolve();
  const next = entry.then(async (reg) => {
    await refresh(db, reg, id);
    return reg;
  });
  cache.set(db, next);
  return next.then(() => undefined, () => {
    if (cache.get(db) === next) cache.delete(db);
  });
}
