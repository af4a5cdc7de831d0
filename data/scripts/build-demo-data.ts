/**
 * Builds the ClusterAtlas demo dataset in data/ from the shared reference data.
 *
 *   cd /work/main && npx tsx data/scripts/build-demo-data.ts
 *
 * Reads SHARED_DATA (default: ../shared/data relative to the repository root) and writes:
 *   data/territories.csv, data/geo/oblasts.geojson, data/geo/raions.geojson, data/sectors.csv,
 *   data/official_figures.csv, data/program_2021_2025.csv, data/organizations.csv, data/clusters.csv,
 *   data/memberships.csv, data/contracts.csv, data/projects.csv, data/SOURCES.md
 *
 * The output is deterministic: illustrative records come from a seeded generator (no Math.random, no clock),
 * so running the script twice gives byte-identical files. Every cross-reference is asserted at the end.
 *
 * Real records come from the shared files only. Anything not in the sources is either left empty
 * (unknown) or generated as an illustrative record (illustrative=true, names starting "Демо: " / "Demo: ").
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

// ---------------------------------------------------------------------------------------------------------
// Paths, I/O helpers
// ---------------------------------------------------------------------------------------------------------

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = path.resolve(REPO, process.env.SHARED_DATA ?? '../shared/data');
const OUT = path.join(REPO, 'data');

/** Reference date for the status of illustrative contracts and projects (fixed, never the clock). */
const AS_OF = '2025-06-30';
/** Base seed of the illustrative generator. */
const SEED = 20250630;

type Row = Record<string, string>;
type Cell = string | number | boolean | null | undefined;
type OutRow = Record<string, Cell>;

function readCsv(rel: string): Row[] {
  const text = readFileSync(path.join(SHARED, rel), 'utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}

function readJson<T>(rel: string): T {
  return JSON.parse(readFileSync(path.join(SHARED, rel), 'utf8')) as T;
}

function writeCsv(rel: string, columns: string[], rows: OutRow[]): void {
  const records = rows.map((r) => columns.map((c) => cellText(r[c])));
  const text = stringify(records, { header: true, columns, record_delimiter: 'unix' });
  writeOut(rel, text);
  counts.set(rel, rows.length);
}

function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

function writeOut(rel: string, text: string): void {
  const file = path.join(OUT, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, 'utf8');
}

const counts = new Map<string, number>();
const problems: string[] = [];

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`ASSERTION FAILED: ${message}`);
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// Seeded generator (mulberry32)
// ---------------------------------------------------------------------------------------------------------

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    assert(items.length > 0, 'pick from empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  weighted<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as [T, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [k, w] of entries) {
      x -= w;
      if (x < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------

const DAY = 86_400_000;
function toDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}
function fromDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------
// 1. Territories
// ---------------------------------------------------------------------------------------------------------

const OBLAST_ISO = ['BY-BR', 'BY-VI', 'BY-HO', 'BY-HR', 'BY-MI', 'BY-MA', 'BY-HM'] as const;
const OBLAST_NAME_EN: Record<string, string> = {
  'BY-BR': 'Brest Region',
  'BY-VI': 'Vitebsk Region',
  'BY-HO': 'Gomel Region',
  'BY-HR': 'Grodno Region',
  'BY-MI': 'Minsk Region',
  'BY-MA': 'Mogilev Region',
  'BY-HM': 'Minsk',
};

/** Latin look-alikes found inside Cyrillic names of the gazetteer (e.g. "Іванаўскi" ends in Latin i). */
function fixHomoglyphs(s: string, id: string): string {
  const fixed = s.replace(/[A-Za-z]/g, (ch) => {
    const map: Record<string, string> = { i: 'і', I: 'І', a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х', y: 'у' };
    const to = map[ch];
    if (!to) throw new Error(`unexpected Latin letter '${ch}' in Cyrillic name '${s}' (${id})`);
    return to;
  });
  if (fixed !== s) problems.push(`territory ${id}: Latin look-alike letter in Cyrillic name '${s}' fixed to '${fixed}'`);
  return fixed;
}

/** r-buda-kashalouski -> Buda-Kashalouski */
function raionNameEn(id: string): string {
  return id
    .replace(/^r-/, '')
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('-');
}

interface Territory {
  id: string;
  level: 'country' | 'oblast' | 'raion';
  parent_id: string;
  iso_code: string;
  name_ru: string;
  name_be: string;
  name_en: string;
  area_km2: string;
}

const gazetteer = readCsv('belarus/by_territories_gazetteer.csv');
const gazById = new Map(gazetteer.map((r) => [r.id!, r]));

function buildTerritories(): Territory[] {
  const out: Territory[] = [];
  const country = gazById.get('BY');
  assert(country, 'gazetteer has the BY country row');
  out.push({
    id: 'BY',
    level: 'country',
    parent_id: '',
    iso_code: 'BY',
    name_ru: 'Беларусь',
    name_be: 'Беларусь',
    name_en: 'Belarus',
    area_km2: country.area_km2 ?? '',
  });
  for (const iso of OBLAST_ISO) {
    const g = gazById.get(iso);
    assert(g && g.level === 'oblast', `gazetteer has oblast ${iso}`);
    out.push({
      id: iso,
      level: 'oblast',
      parent_id: 'BY',
      iso_code: iso,
      name_ru: fixHomoglyphs(g.name_ru!, iso),
      name_be: fixHomoglyphs(g.name_be!, iso),
      name_en: OBLAST_NAME_EN[iso]!,
      area_km2: g.area_km2 ?? '',
    });
  }
  const raions = gazetteer.filter((r) => r.level === 'raion');
  for (const g of raions) {
    assert(/^r-[a-z]+(-[a-z]+)*$/.test(g.id!), `raion id format ${g.id}`);
    assert((OBLAST_ISO as readonly string[]).includes(g.parent!), `raion ${g.id} parent ${g.parent} is an oblast`);
    assert(g.name_ru && g.name_be, `raion ${g.id} has Russian and Belarusian names`);
    // The gazetteer gives the Belarusian raion name as the bare adjective ("Баранавіцкі") while the
    // Russian one reads "Барановичский район": add "раён" so both languages read the same way.
    const be = fixHomoglyphs(g.name_be, g.id!);
    out.push({
      id: g.id!,
      level: 'raion',
      parent_id: g.parent!,
      iso_code: '',
      name_ru: fixHomoglyphs(g.name_ru, g.id!),
      name_be: /раён$/.test(be) ? be : `${be} раён`,
      name_en: raionNameEn(g.id!),
      area_km2: g.area_km2 ?? '',
    });
  }
  const nRaions = out.filter((t) => t.level === 'raion').length;
  assert(nRaions === 118, `exactly 118 raions (got ${nRaions})`);
  return out;
}

const territories = buildTerritories();
const territoryById = new Map(territories.map((t) => [t.id, t]));
function oblastOf(territoryId: string): string {
  const t = territoryById.get(territoryId);
  assert(t, `territory ${territoryId} exists`);
  if (t.level === 'oblast') return t.id;
  if (t.level === 'raion') return t.parent_id;
  return '';
}

// ---------------------------------------------------------------------------------------------------------
// 2. Geometry
// ---------------------------------------------------------------------------------------------------------

type Pos = [number, number];
type Ring = Pos[];
type PolygonCoords = Ring[];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: PolygonCoords | PolygonCoords[];
}
interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: Geometry;
}
interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return s / 2;
}

const geoStats = { droppedRings: 0, droppedPolygons: 0, rewoundRings: 0 };

/** Round to 5 decimals, drop repeated points, keep rings closed, RFC 7946 winding (exterior CCW, holes CW). */
function cleanRing(ring: Ring, exterior: boolean): Ring | null {
  const out: Ring = [];
  for (const p of ring) {
    const q: Pos = [round5(p[0]), round5(p[1])];
    const last = out[out.length - 1];
    if (last && last[0] === q[0] && last[1] === q[1]) continue;
    out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4 || signedArea(out) === 0) {
    geoStats.droppedRings++;
    return null;
  }
  const ccw = signedArea(out) > 0;
  if (ccw !== exterior) {
    out.reverse();
    geoStats.rewoundRings++;
  }
  return out;
}

function cleanPolygon(poly: PolygonCoords): PolygonCoords | null {
  const [outer, ...holes] = poly;
  const ext = outer ? cleanRing(outer, true) : null;
  if (!ext) {
    geoStats.droppedPolygons++;
    return null;
  }
  const hs = holes.map((h) => cleanRing(h, false)).filter((h): h is Ring => h !== null);
  return [ext, ...hs];
}

function cleanGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') {
    const p = cleanPolygon(g.coordinates as PolygonCoords);
    assert(p, 'polygon survives rounding');
    return { type: 'Polygon', coordinates: p };
  }
  const parts = (g.coordinates as PolygonCoords[]).map(cleanPolygon).filter((p): p is PolygonCoords => p !== null);
  assert(parts.length > 0, 'multipolygon keeps at least one part');
  if (parts.length === 1) return { type: 'Polygon', coordinates: parts[0]! };
  return { type: 'MultiPolygon', coordinates: parts };
}

function polygonsOf(g: Geometry): PolygonCoords[] {
  return g.type === 'Polygon' ? [g.coordinates as PolygonCoords] : (g.coordinates as PolygonCoords[]);
}

/** Number of pairs of non-adjacent ring segments that touch or cross (0 for a simple ring). */
function selfIntersections(ring: Ring): number {
  const n = ring.length - 1; // segments
  const orient = (a: Pos, b: Pos, c: Pos): number => {
    const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    return v > 0 ? 1 : v < 0 ? -1 : 0;
  };
  const onSeg = (a: Pos, b: Pos, c: Pos): boolean =>
    Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
  // bounding boxes for a cheap reject
  const bx = new Float64Array(n * 4);
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    bx[i * 4] = Math.min(a[0], b[0]);
    bx[i * 4 + 1] = Math.max(a[0], b[0]);
    bx[i * 4 + 2] = Math.min(a[1], b[1]);
    bx[i * 4 + 3] = Math.max(a[1], b[1]);
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // first and last segments share the closing vertex
      if (bx[i * 4]! > bx[j * 4 + 1]! || bx[j * 4]! > bx[i * 4 + 1]! || bx[i * 4 + 2]! > bx[j * 4 + 3]! || bx[j * 4 + 2]! > bx[i * 4 + 3]!) continue;
      const p1 = ring[i]!, p2 = ring[i + 1]!, p3 = ring[j]!, p4 = ring[j + 1]!;
      const o1 = orient(p1, p2, p3), o2 = orient(p1, p2, p4), o3 = orient(p3, p4, p1), o4 = orient(p3, p4, p2);
      if (
        (o1 !== o2 && o3 !== o4) ||
        (o1 === 0 && onSeg(p1, p2, p3)) ||
        (o2 === 0 && onSeg(p1, p2, p4)) ||
        (o3 === 0 && onSeg(p3, p4, p1)) ||
        (o4 === 0 && onSeg(p3, p4, p2))
      )
        count++;
    }
  }
  return count;
}

function geometryDefects(g: Geometry): number {
  return polygonsOf(g).reduce((s, p) => s + p.reduce((t, r) => t + selfIntersections(r), 0), 0);
}

function writeGeo(rel: string, features: Feature[]): number {
  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  writeOut(rel, text);
  counts.set(rel, features.length);
  return Buffer.byteLength(text);
}

function buildGeo(): void {
  const adm1 = readJson<FeatureCollection>('belarus/by_adm1_geoboundaries.geojson');
  const adm2 = readJson<FeatureCollection>('belarus/by_adm2_raions_bymaps.geojson');

  const oblasts: Feature[] = adm1.features.map((f) => {
    const id = String(f.properties.shapeISO);
    assert(territoryById.get(id)?.level === 'oblast', `oblast polygon ${id} is an oblast territory`);
    const geometry = cleanGeometry(f.geometry);
    assert(geometryDefects(geometry) <= geometryDefects(f.geometry), `rounding adds no self-intersection to ${id}`);
    return { type: 'Feature', properties: { id }, geometry };
  });
  oblasts.sort((a, b) => OBLAST_ISO.indexOf(a.properties.id as never) - OBLAST_ISO.indexOf(b.properties.id as never));
  assert(new Set(oblasts.map((f) => f.properties.id)).size === 7, '7 distinct oblast polygons');

  const raionIds = new Set(territories.filter((t) => t.level === 'raion').map((t) => t.id));
  const raions: Feature[] = adm2.features.map((f) => {
    const id = String(f.properties.id);
    // 119th polygon: Minsk city. It is kept (the raion map needs it) under its oblast-level territory id.
    assert(raionIds.has(id) || id === 'BY-HM', `raion polygon ${id} is a raion or Minsk city`);
    const geometry = cleanGeometry(f.geometry);
    const before = geometryDefects(f.geometry);
    const after = geometryDefects(geometry);
    assert(after <= before, `rounding adds no self-intersection to ${id} (${before} -> ${after})`);
    if (before > 0) problems.push(`raion polygon ${id}: ${before} self-touching segment pairs in the source geometry (kept)`);
    return { type: 'Feature', properties: { id }, geometry };
  });
  const polyIds = new Set(raions.map((f) => String(f.properties.id)));
  for (const id of raionIds) assert(polyIds.has(id), `raion ${id} has a polygon`);
  assert(raions.length === 119 && polyIds.size === 119, '118 raion polygons + Minsk city');

  const s1 = writeGeo('geo/oblasts.geojson', oblasts);
  const s2 = writeGeo('geo/raions.geojson', raions);
  assert(s1 < 800_000 && s2 < 800_000, `geojson files under 800 KB (${s1}, ${s2})`);
  log(`geo: oblasts ${s1} bytes, raions ${s2} bytes; rings dropped after rounding ${geoStats.droppedRings}, polygons dropped ${geoStats.droppedPolygons}, rings rewound ${geoStats.rewoundRings}`);
}

// ---------------------------------------------------------------------------------------------------------
// 3. Sectors (NACE Rev.2 with OKVED2 Russian names)
// ---------------------------------------------------------------------------------------------------------

interface Sector {
  code: string;
  level: 'section' | 'division' | 'group' | 'class';
  parent_code: string;
  name_ru: string;
  name_en: string;
}

/** Normalise NACE codes: "A", "01", "01.1", "01.11" (also accepts "1", "011", "0111", "01.10" kept as is). */
function normNace(raw: string): string {
  const c = raw.trim().toUpperCase();
  if (/^[A-U]$/.test(c)) return c;
  if (/^\d{1,2}$/.test(c)) return c.padStart(2, '0');
  if (/^\d{2}\.\d{1,2}$/.test(c)) return c;
  if (/^\d{3}$/.test(c)) return `${c.slice(0, 2)}.${c.slice(2)}`;
  if (/^\d{4}$/.test(c)) return `${c.slice(0, 2)}.${c.slice(2)}`;
  throw new Error(`unrecognised NACE code '${raw}'`);
}

function sentenceCase(s: string): string {
  const lower = s.toLocaleLowerCase('ru');
  return lower.charAt(0).toLocaleUpperCase('ru') + lower.slice(1);
}

/**
 * OKVED2 follows NACE Rev.2 except in division 85 (education), where the same group/class codes mean
 * different things (OKVED2 85.1 "общее образование" vs NACE 85.1 "pre-primary"; 85.41 "дополнительное
 * образование детей и взрослых" vs NACE "post-secondary non-tertiary"), in 92 (gambling split 92.1/92.2)
 * and with an extra 19.3. Matching on the code there would attach a wrong Russian name, so the groups and
 * classes of division 85 get no Russian name (the division name "Образование" is the same).
 */
const OKVED_DIVERGENT = (code: string): boolean => /^85\.\d/.test(code);

function buildSectors(): Sector[] {
  const nace = readCsv('classifications/nace_rev2_structure.csv');
  const okved = readCsv('classifications/okved2_rosstat_ru.csv');
  const ru = new Map<string, string>();
  for (const r of okved) {
    const code = r.code?.trim() ? r.code.trim() : r.section!.trim();
    if (!/^([A-U]|\d\d|\d\d\.\d|\d\d\.\d\d)$/.test(code)) continue; // OKVED sub-classes (01.11.1 ...) are not used
    ru.set(code, r.name_ru!.trim());
  }
  const levels = { '1': 'section', '2': 'division', '3': 'group', '4': 'class' } as const;
  const out: Sector[] = [];
  let noRu = 0;
  const noRuCodes: string[] = [];
  for (const r of nace) {
    const level = levels[r.level as keyof typeof levels];
    assert(level, `NACE level ${r.level}`);
    const code = normNace(r.code!);
    const parent = r.parent?.trim() ? normNace(r.parent) : '';
    let nameRu = OKVED_DIVERGENT(code) ? '' : (ru.get(code) ?? '');
    let nameEn = r.description_en!.trim();
    if (level === 'section') {
      nameEn = sentenceCase(nameEn);
      nameRu = nameRu ? sentenceCase(nameRu) : '';
    }
    if (!nameRu) {
      noRu++;
      noRuCodes.push(code);
    }
    out.push({ code, level, parent_code: parent, name_ru: nameRu, name_en: nameEn });
  }
  // structure checks
  const byLevel = (l: string): number => out.filter((s) => s.level === l).length;
  assert(byLevel('section') === 21 && byLevel('division') === 88 && byLevel('group') === 272 && byLevel('class') === 615, 'NACE 21/88/272/615');
  const codes = new Set(out.map((s) => s.code));
  assert(codes.size === out.length, 'NACE codes are unique');
  for (const s of out) {
    if (s.level === 'section') assert(s.parent_code === '' && /^[A-U]$/.test(s.code), `section ${s.code}`);
    if (s.level === 'division') assert(/^[A-U]$/.test(s.parent_code) && /^\d\d$/.test(s.code), `division ${s.code}`);
    if (s.level === 'group') assert(s.parent_code === s.code.slice(0, 2) && /^\d\d\.\d$/.test(s.code), `group ${s.code}`);
    if (s.level === 'class') assert(s.parent_code === s.code.slice(0, 4) && /^\d\d\.\d\d$/.test(s.code), `class ${s.code}`);
    assert(s.parent_code === '' || codes.has(s.parent_code), `parent of ${s.code} exists`);
  }
  log(`sectors: ${out.length} rows; ${noRu} without a Russian name: ${noRuCodes.join(', ')}`);
  sectorsWithoutRu = noRuCodes;
  return out;
}

let sectorsWithoutRu: string[] = [];

// ---------------------------------------------------------------------------------------------------------
// 4-5. Official figures and the 2021-2025 programme
// ---------------------------------------------------------------------------------------------------------

const PL_RU_NOTE =
  'Figure as stated in the ClusterAtlas product brief; original publication not in the shared data — verify before citing. ' +
  'as_of 2022-06-28 is the date of the Belarus figures the brief compares it with, not a publication date.';

function buildOfficial(): { official: OutRow[]; program: OutRow[]; sourceUrls: string[] } {
  const rows = readCsv('belarus/belarus_cluster_counts_official_statements.csv');
  const metric = (m: string): Row => {
    const r = rows.find((x) => x.metric === m);
    assert(r, `official statements have metric ${m}`);
    return r;
  };
  const total = Number(metric('total_clusters_potential_2021_review').value);
  const operating = Number(metric('operating').value);
  const forming = Number(metric('emerging_forming').value);
  const potential = Number(metric('potential').value);
  assert(total === 32 && operating === 8 && forming === 6 && potential === 18, 'BY 32 = 8 + 6 + 18');
  assert(operating + forming + potential === total, 'status counts add up to the total');
  const sourceUrls = metric('source_url').detail!.split(';').map((s) => s.trim().replace(/^official map:\s*/, '')).filter(Boolean);
  // The BelTA report itself (the mogilev-region.by page is a reprint of the same BelTA news item).
  const belta = sourceUrls.find((u) => u.includes('belta.by'));
  assert(belta, 'a BelTA URL is given');
  const official: OutRow[] = [
    {
      country: 'BY',
      as_of: '2022-06-28',
      total,
      operating,
      forming,
      potential,
      source_url: belta,
      source_note: 'Ministry of Economy regional cluster review 2021, as reported by BelTA 28.06.2022',
    },
    { country: 'PL', as_of: '2022-06-28', total: 161, source_note: PL_RU_NOTE },
    { country: 'RU', as_of: '2022-06-28', total: 118, source_note: PL_RU_NOTE },
  ];
  const planned = Number(metric('program2025_planned_total').value);
  const program: OutRow[] = rows
    .filter((r) => /^program2025_BY-/.test(r.metric!))
    .map((r) => ({
      oblast: r.metric!.replace('program2025_', ''),
      planned_clusters: Number(r.value),
      source_note: 'Programme of socio-economic development 2021-2025, as reported by BelTA 28.06.2022',
    }));
  assert(program.length === 7, '7 oblast-level rows in the programme');
  assert(program.reduce((s, r) => s + Number(r.planned_clusters), 0) === planned && planned === 13, 'programme rows add up to 13');
  for (const r of program) assert(territoryById.get(String(r.oblast))?.level === 'oblast', `programme oblast ${r.oblast}`);
  return { official, program, sourceUrls };
}

// ---------------------------------------------------------------------------------------------------------
// 6. Organisations: anchor enterprises (real)
// ---------------------------------------------------------------------------------------------------------

/** Every distinct `industry` value of by_monotowns_anchor_enterprises.csv -> NACE code. */
const INDUSTRY_SECTOR: Record<string, { code: string; en: string }> = {
  бумага: { code: '17.1', en: 'paper' }, // pulp, paper and paperboard
  деревообработка: { code: '16', en: 'woodworking' },
  калий: { code: '08.9', en: 'potash mining' }, // 08.91 mining of chemical and fertiliser minerals
  машиностроение: { code: '28', en: 'machine building' },
  металлургия: { code: '24', en: 'metallurgy' },
  нерудные: { code: '08.1', en: 'quarrying of non-metallic minerals' },
  нефтедобыча: { code: '06', en: 'oil and gas extraction' },
  нефтепереработка: { code: '19.2', en: 'oil refining' },
  пищепром: { code: '10', en: 'food industry' },
  сахар: { code: '10.8', en: 'sugar' }, // 10.81 manufacture of sugar
  стекло: { code: '23.1', en: 'glass' },
  текстиль: { code: '13', en: 'textiles' },
  химия: { code: '20', en: 'chemicals' },
  цемент: { code: '23.5', en: 'cement' },
  шины: { code: '22.1', en: 'tyres and rubber' }, // 22.11 tyres
  энергетика: { code: '35.1', en: 'energy' },
};

/** Finer codes where the industry word is too coarse for the enterprise (keyed by city_id). */
const ENTERPRISE_SECTOR: Record<string, { code: string; secondary?: string[]; why: string }> = {
  'c-vilejka': { code: '26.7', why: 'Zenit-BelOMO makes optical instruments' },
  'c-zhodzina': { code: '28.9', why: 'BelAZ off-road dump trucks are NACE 28.92 (mining machinery)' },
  'c-baranavichy': { code: '29.3', why: 'BAAZ makes motor vehicle parts' },
  'c-asipovichy': { code: '29.3', why: 'OZAA makes motor vehicle parts' },
  'c-smarhon': { code: '28.3', why: 'SAZ makes tractor and farm machinery components' },
  'c-zhytkavichy': { code: '28.1', why: 'ZhMZ makes gear pumps (28.13)' },
  'c-navahrudak': { code: '27.5', why: 'NZGA makes gas appliances (27.52)' },
  'c-maladziechna': { code: '25.5', why: 'powder metallurgy is NACE 25.50' },
  'c-zhlobin': { code: '24.1', why: 'BMZ: basic iron and steel' },
  'c-biaroza': { code: '10.5', why: 'dairy (cheese)' },
  'c-hlybokaje': { code: '10.5', why: 'dairy (milk canning)' },
  'c-lepiel': { code: '10.5', why: 'dairy (milk canning)' },
  'c-pastavy': { code: '10.5', why: 'dairy' },
  'c-rahachou': { code: '10.5', why: 'dairy (milk canning)' },
  'c-turau': { code: '10.5', why: 'dairy (cheese)' },
  'c-ivanava': { code: '11.0', why: 'Belsolod makes malt (11.06)' },
  'c-naroula': { code: '10.8', why: 'confectionery (10.82)' },
  'c-lida': { code: '20.3', why: 'Lakokraska makes paints and varnishes' },
  'c-svietlahorsk': { code: '20.6', secondary: ['17.1'], why: 'chemical fibre; the row also names the pulp-and-board mill' },
  'c-starobin': { code: '19.2', why: 'peat briquettes are NACE 19.20' },
};

/** Per-row corrections of the anchor file, each with its reason (reported in SOURCES.md). */
const ANCHOR_FIXES: Record<string, { ignoreFounded?: string; source?: string; ignoreEmployment?: string }> = {
  'c-svietlahorsk': {
    ignoreFounded: 'the `founded` cell describes the Svetlogorsk CHP plant (Vasilevichi GRES), not SvetlogorskKhimvolokno',
    source: 'the first URL is about the Svetlogorsk CHP plant; the second (sohim.by) is the enterprise itself',
  },
  'c-maladziechna': {
    ignoreEmployment: '1,473 is the 1987 peak; the row says the current number is smaller and unknown',
  },
};

interface Employment {
  employees: number | null;
  text: string; // display form, e.g. "~1393", "900–1400", ">4000"
  approximate: boolean;
  kind: 'exact' | 'approx' | 'range-low' | 'lower-bound' | 'none' | 'ignored';
}

function parseEmployment(est: string, year: string): Employment {
  const s = est.replace(/[\u00a0\u2009\u202f]/g, ' ').trim();
  const approxYear = /~|≈|оценк|приблиз|-е|–|\+/.test(year);
  // leading figure: optional ~ ≈ > then digits with space thousands separators, optional range
  const m = /^([~≈>])?\s*(\d{1,3}(?: \d{3})+|\d+)(?:\s*[-–]\s*(\d{1,3}(?: \d{3})+|\d+))?/.exec(s);
  if (!m) return { employees: null, text: '', approximate: false, kind: 'none' };
  const a = Number(m[2]!.replace(/ /g, ''));
  const b = m[3] ? Number(m[3].replace(/ /g, '')) : null;
  const sign = m[1] ?? '';
  const wholeIsNumber = /^([~≈>])?\s*(\d{1,3}(?: \d{3})+|\d+)$/.test(s);
  if (b !== null) return { employees: a, text: `${a}–${b}`, approximate: true, kind: 'range-low' };
  if (sign === '>') return { employees: a, text: `>${a}`, approximate: true, kind: 'lower-bound' };
  const approximate = sign !== '' || approxYear || !wholeIsNumber;
  return { employees: a, text: `${sign === '≈' ? '~' : sign}${a}`, approximate, kind: approximate ? 'approx' : 'exact' };
}

function sizeClass(employees: number | null): string {
  if (employees === null) return '';
  if (employees <= 15) return 'micro';
  if (employees <= 100) return 'small';
  if (employees <= 250) return 'medium';
  return 'large';
}

interface Org {
  id: number;
  kind: 'legal' | 'individual';
  unp: string;
  name_ru: string;
  name_be: string;
  name_en: string;
  roles: string[];
  primary_sector: string;
  secondary_sectors: string[];
  territory: string;
  size_class: string;
  employees: number | null;
  revenue: number | null;
  exports: number | null;
  website: string;
  profile: string;
  source: string;
  illustrative: boolean;
  // build-time only
  key?: string;
}

const anchorsReport: string[] = [];

function territoryOfCity(cityId: string, cityRaion: Map<string, string>): string {
  const city = gazById.get(cityId);
  assert(city && city.level === 'city', `city ${cityId} in the gazetteer`);
  if (city.parent === 'BY-HM') return 'BY-HM';
  const raion = cityRaion.get(cityId);
  if (raion && territoryById.get(raion)?.level === 'raion') {
    assert(territoryById.get(raion)!.parent_id === city.parent, `raion ${raion} of ${cityId} lies in ${city.parent}`);
    return raion;
  }
  return city.parent!; // fall back to the oblast
}

function yearText(y: string): { ru: string; en: string } {
  const clean = y.replace(/\(.*?\)/g, '').trim();
  return { ru: clean, en: clean.replace(/(\d{4})-е/g, '$1s') };
}

function buildAnchors(cityRaion: Map<string, string>): { orgs: Org[]; rows: Row[] } {
  const rows = readCsv('belarus/by_monotowns_anchor_enterprises.csv');
  assert(rows.length === 46, `46 anchor rows (got ${rows.length})`);
  const distinct = [...new Set(rows.map((r) => r.industry!))].sort();
  log(`anchor industries (${distinct.length}): ${distinct.join(', ')}`);
  for (const d of distinct) assert(INDUSTRY_SECTOR[d], `industry '${d}' has a NACE mapping`);
  const orgs: Org[] = rows.map((r, i) => {
    const cityId = r.city_id!;
    const fix = ANCHOR_FIXES[cityId] ?? {};
    const ind = INDUSTRY_SECTOR[r.industry!]!;
    const over = ENTERPRISE_SECTOR[cityId];
    const territory = territoryOfCity(cityId, cityRaion);
    let emp = parseEmployment(r.employment_est ?? '', r.employment_year ?? '');
    if (fix.ignoreEmployment) emp = { employees: null, text: '', approximate: false, kind: 'ignored' };
    const foundedMatch = fix.ignoreFounded ? null : /^(~?)(\d{4})/.exec((r.founded ?? '').trim());
    const founded = foundedMatch ? `${foundedMatch[1]}${foundedMatch[2]}` : '';
    const yt = yearText(r.employment_year ?? '');
    const ruParts = [`Отрасль: ${r.industry}`];
    const enParts = [`Industry: ${ind.en}`];
    if (founded) {
      ruParts.push(`основано в ${founded} г.`);
      enParts.push(`founded ${founded}`);
    }
    if (emp.employees !== null) {
      const yrRu = yt.ru ? `${yt.ru}, ` : '';
      const yrEn = yt.en ? `${yt.en}, ` : '';
      ruParts.push(`оценка численности ${emp.text} чел. (${yrRu}${emp.approximate ? 'приблизительно' : 'по источнику'})`);
      enParts.push(`employment estimate ${emp.text} (${yrEn}${emp.approximate ? 'approximate' : 'as reported'})`);
    } else {
      ruParts.push('численность неизвестна');
      enParts.push('employment not known');
    }
    const urls = (r.sources ?? '').split('|').map((u) => u.trim()).filter(Boolean);
    assert(urls.length > 0, `anchor ${cityId} has a source URL`);
    const source = fix.source ? urls[1]! : urls[0]!;
    const sector = over?.code ?? ind.code;
    anchorsReport.push(
      `${cityId}: ${r.enterprise_en} | employment_est '${r.employment_est}' -> ${emp.employees ?? 'empty'} (${emp.kind}) | sector ${sector}${over ? ` (override: ${over.why})` : ''} | territory ${territory}`,
    );
    return {
      id: i + 1,
      kind: 'legal',
      unp: '',
      name_ru: r.enterprise_ru!.trim(),
      name_be: '',
      name_en: r.enterprise_en!.trim(),
      roles: ['producer'],
      primary_sector: sector,
      secondary_sectors: over?.secondary ?? [],
      territory,
      size_class: sizeClass(emp.employees),
      employees: emp.employees,
      revenue: null,
      exports: null,
      website: '',
      profile: `${ruParts.join('; ')}. / ${enParts.join('; ')}.`,
      source,
      illustrative: false,
      key: `anchor:${cityId}`,
    };
  });
  return { orgs, rows };
}

// ---------------------------------------------------------------------------------------------------------
// 7. Clusters (the 14 named initiatives of the partial seed list)
// ---------------------------------------------------------------------------------------------------------

/** Every `sectors` word of belarus_clusters_seed_partial.csv -> NACE codes. */
const SECTOR_WORDS: Record<string, string[]> = {
  biotechnology: ['72', '21'],
  'agri-food': ['01', '10'],
  aquaculture: ['03.2'],
  'green economy & tourism': ['55', '79'], // "green economy" has no NACE code of its own; tourism does
  photonics: ['26.7'],
  'laser & optical instruments': ['26.7'],
  instrumentation: ['26.5'],
  woodworking: ['16'],
  furniture: ['31'],
  petrochemicals: ['19.2', '20.1'], // Belarusian "нефтехимия" covers refining (Naftan) and polymers (Polymir)
  'oil refining': ['19.2'],
  chemicals: ['20'],
  fertilisers: ['20.15'],
  'machine building': ['28'],
  automotive: ['29'],
  tractors: ['28.3'],
  'information technology': ['62', '63'],
  'agro-ecotourism': ['55.2', '79'],
  tourism: ['55', '79'],
  pharmaceuticals: ['21'],
  nanotech: ['72.19'],
  'leather & footwear': ['15'],
  textiles: ['13'],
  ICT: ['61', '62', '63'],
};

/** First word of `status_hint` -> status. "planned" and "project" mean the cluster is not known to exist. */
const STATUS_WORD: Record<string, { status: 'operating' | 'forming' | 'potential'; note?: string }> = {
  operating: { status: 'operating' },
  'operating?': { status: 'operating', note: 'Status uncertain: the source hint is "operating?" (the sector, not this cluster, is named as operating).' },
  forming: { status: 'forming' },
  potential: { status: 'potential' },
  planned: { status: 'potential', note: 'Source hint "planned" mapped to potential: no evidence that the planned cluster was set up.' },
  project: { status: 'potential', note: 'Source hint "project" mapped to potential: a project announcement, no evidence that the cluster was set up.' },
};

/** Real organisations named in the seed rows (coordinating bodies and named core participants). */
interface NamedBody {
  key: string;
  seed: string;
  clusterRole: 'coordinator' | 'member' | 'anchor';
  name_ru: string;
  name_en: string;
  roles: string[];
  sector: string;
  territory: string;
  profile: string;
  why: string;
}
const NAMED_BODIES: NamedBody[] = [
  {
    key: 'technopark-polesye',
    seed: 'BY-CL-01',
    clusterRole: 'coordinator',
    name_ru: 'ООО «Технопарк «Полесье»',
    name_en: 'Technopark Polesye LLC',
    roles: ['service', 'rnd'],
    sector: '',
    territory: 'r-pinski',
    profile: 'Организация развития кластера «Полесье» (по источнику). / Cluster development organisation of the Polesie cluster (per source).',
    why: 'row: "org. of cluster development: Technopark Polesye LLC"',
  },
  {
    key: 'polessu',
    seed: 'BY-CL-01',
    clusterRole: 'member',
    name_ru: 'УО «Полесский государственный университет»',
    name_en: 'Polessky State University',
    roles: ['education', 'rnd'],
    sector: '85.4',
    territory: 'r-pinski',
    profile: 'Университет; площадка кластера «Полесье» (по источнику). / University; platform of the Polesie cluster (per source).',
    why: 'row: "platform: Polessky State University"',
  },
  {
    key: 'ifnan',
    seed: 'BY-CL-02',
    clusterRole: 'member',
    name_ru: 'Институт физики имени Б. И. Степанова НАН Беларуси',
    name_en: 'B. I. Stepanov Institute of Physics of the National Academy of Sciences of Belarus',
    roles: ['rnd'],
    sector: '72.19',
    territory: 'BY-HM',
    profile: 'Научный институт; назван в наименовании кластера (по источнику). / Research institute named in the cluster’s name (per source).',
    why: 'named in the row’s cluster name; the row does not say it coordinates',
  },
  {
    key: 'smorgon-rik',
    seed: 'BY-CL-10',
    clusterRole: 'member',
    name_ru: 'Сморгонский районный исполнительный комитет',
    name_en: 'Smorgon District Executive Committee',
    roles: ['government'],
    sector: '84.1',
    territory: 'r-smarhonski',
    profile: 'Местный орган власти; участник инициативы (по источнику). / Local government; participant of the initiative (per source).',
    why: 'row: "district executive committee" of Smorgon district',
  },
  {
    key: 'economic-pole',
    seed: 'BY-CL-10',
    clusterRole: 'member',
    name_ru: 'Общественное объединение «Экономический полюс»',
    name_en: 'NGO Economic Pole',
    roles: ['nonprofit'],
    sector: '94.9',
    territory: '',
    profile: 'Общественная организация; участник инициативы (по источнику). / Non-governmental organisation; participant of the initiative (per source).',
    why: 'row: NGO «Экономический полюс» (its seat is not given: territory left empty)',
  },
  {
    key: 'nasb',
    seed: 'BY-CL-12',
    clusterRole: 'member',
    name_ru: 'Национальная академия наук Беларуси',
    name_en: 'National Academy of Sciences of Belarus',
    roles: ['rnd'],
    sector: '72.1',
    territory: 'BY-HM',
    profile: 'Инициатор проекта «БелБиоград» (по источнику). / Initiator of the BelBiograd project (per source).',
    why: 'row: members_or_core "NAS Belarus"',
  },
  {
    key: 'gsu',
    seed: 'BY-CL-14',
    clusterRole: 'member',
    name_ru: 'УО «Гомельский государственный университет имени Франциска Скорины»',
    name_en: 'Francisk Skorina Gomel State University',
    roles: ['education', 'rnd'],
    sector: '85.4',
    territory: 'r-homielski',
    profile: 'Университет; ядро предложенного ИКТ-кластера (по источнику). / University; core of the proposed ICT cluster (per source).',
    why: 'row: members_or_core "Gomel State University"',
  },
];

/** Anchor enterprises the seed row itself names as the core (membership then not illustrative). */
const SEED_NAMED_ANCHORS: Record<string, { anchorKey: string; why: string }[]> = {
  'BY-CL-04': [{ anchorKey: 'anchor:c-ivacevichy', why: 'row: "core: OJSC Ivatsevichdrev"' }],
};

/** Cooperation agreement dates stated in the seed rows. */
const AGREEMENTS: Record<string, { date: string; why: string }> = {
  'BY-CL-01': { date: '2018-03-13', why: 'evidence_note: 26 signatories on 13.03.2018' },
};

interface Cluster {
  id: number;
  seedId: string;
  name_ru: string;
  name_en: string;
  status: 'operating' | 'forming' | 'potential';
  status_since: string;
  specialisation: string[];
  territories: string[];
  coordinator_id: number | null;
  founded_year: number | null;
  agreement_date: string;
  description: string;
  source: string;
}

const clusterReport: string[] = [];

function findLocality(locality: string, oblast: string, cityRaion: Map<string, string>): string | null {
  const loc = locality.trim();
  if (!loc) return null;
  const raion = territories.find((t) => t.level === 'raion' && t.name_ru === loc && t.parent_id === oblast);
  if (raion) return raion.id;
  const city = gazetteer.find((g) => g.level === 'city' && g.name_ru === loc && g.parent === oblast);
  if (!city) return null;
  const t = territoryOfCity(city.id!, cityRaion);
  return t === oblast ? null : t; // Minsk city is oblast-level: no raion to add
}

function buildClusters(cityRaion: Map<string, string>): { clusters: Cluster[]; rows: Row[] } {
  const rows = readCsv('belarus/belarus_clusters_seed_partial.csv');
  assert(rows.length === 14, `14 seed rows (got ${rows.length})`);
  const clusters = rows.map((r, i): Cluster => {
    const seedId = r.seed_id!;
    // status
    const hint = r.status_hint!.trim();
    const firstWord = hint.split(/[\s/(;]/)[0]!;
    const st = STATUS_WORD[firstWord];
    assert(st, `status word '${firstWord}' of ${seedId} is mapped`);
    // specialisation
    const words = r.sectors!.split(';').map((w) => w.trim()).filter(Boolean);
    const spec: string[] = [];
    for (const w of words) {
      const codes = SECTOR_WORDS[w];
      assert(codes, `sector word '${w}' of ${seedId} is mapped`);
      for (const c of codes) if (!spec.includes(c)) spec.push(c);
    }
    // drop a code when its parent is also listed (e.g. 20.1 next to 20): the parent already covers it
    const covered = (c: string): boolean => spec.some((p) => p !== c && c.startsWith(p));
    const dropped = spec.filter(covered);
    for (const d of dropped) spec.splice(spec.indexOf(d), 1);
    // territories: the oblast(s) named in the row + the raion of the locality
    const oblast = r.oblast_iso!.trim();
    assert(territoryById.get(oblast)?.level === 'oblast', `${seedId} oblast ${oblast}`);
    const terr = [oblast];
    if (/Минская область/.test(r.oblast_ru!) && oblast !== 'BY-MI') terr.push('BY-MI'); // "г. Минск / Минская область"
    const raion = findLocality(r.locality ?? '', oblast, cityRaion);
    if (r.locality?.trim() && !raion && oblast !== 'BY-HM') problems.push(`${seedId}: locality '${r.locality}' not mapped to a raion`);
    if (raion) terr.push(raion);
    // years
    const year = r.year!.trim();
    const single = /^\d{4}$/.test(year) ? Number(year) : null;
    const academic = /academic/.test(hint);
    const foundedYear = single !== null && !academic ? single : null;
    // description
    const parts = [capitalise(r.evidence_note!.trim().replace(/\.$/, '')) + '.'];
    if (r.members_or_core?.trim()) parts.push(`Members/core: ${r.members_or_core.trim().replace(/^core:\s*/, '').replace(/\.$/, '')}.`);
    parts.push(`Status evidence: ${hint}.`);
    if (st.note) parts.push(st.note);
    if (single === null) parts.push(`Year in the source: "${year}".`);
    if (academic && single !== null) parts.push(`${year} is the year of the academic identification/proposal, not a founding year.`);
    clusterReport.push(
      `${i + 1} ${seedId}: status '${firstWord}' -> ${st.status}; year '${year}' -> founded ${foundedYear ?? 'empty'}, since ${single ? `${single}-01-01` : 'empty'}; locality '${r.locality ?? ''}' -> ${raion ?? '(none)'}; specialisation ${spec.join('|')}`,
    );
    return {
      id: i + 1,
      seedId,
      name_ru: r.name_ru!.trim(),
      name_en: r.name_en!.trim(),
      status: st.status,
      status_since: single !== null ? `${single}-01-01` : '',
      specialisation: spec,
      territories: terr,
      coordinator_id: null,
      founded_year: foundedYear,
      agreement_date: AGREEMENTS[seedId]?.date ?? '',
      description: parts.join(' '),
      source: r.source_url!.trim(),
    };
  });
  return { clusters, rows };
}

// ---------------------------------------------------------------------------------------------------------
// 8-10. Illustrative SMEs, memberships, contracts, projects
// ---------------------------------------------------------------------------------------------------------

type Role = 'producer' | 'supplier' | 'service' | 'rnd' | 'education' | 'finance';
interface Offer {
  code: string;
  sufRu: string;
  sufEn: string;
  actRu: string; // what the organisation does (profile and contract titles)
  individual?: boolean; // an individual entrepreneur (agro-estate owner)
}
type Catalogue = Record<Role, Offer[]>;

const COMMON: Pick<Catalogue, 'education' | 'finance'> = {
  education: [
    { code: '85.59', sufRu: 'Учебный центр', sufEn: 'Training Centre', actRu: 'курсы повышения квалификации для работников отрасли' },
    { code: '85.59', sufRu: 'Академия', sufEn: 'Academy', actRu: 'обучение рабочих профессий и стажировки' },
  ],
  finance: [
    { code: '64.91', sufRu: 'Лизинг', sufEn: 'Leasing', actRu: 'лизинг оборудования для участников кластера' },
    { code: '66.22', sufRu: 'Страхование', sufEn: 'Insurance', actRu: 'страховое брокерство' },
  ],
};

const CATALOGUES: Record<string, Catalogue> = {
  bioagro: {
    producer: [
      { code: '03.22', sufRu: 'Аква', sufEn: 'Aqua', actRu: 'прудовое и индустриальное рыбоводство' },
      { code: '10.20', sufRu: 'Рыбпродукт', sufEn: 'Fishproduct', actRu: 'переработка и консервирование рыбы' },
      { code: '21.20', sufRu: 'Биофарм', sufEn: 'Biopharm', actRu: 'биопрепараты для животноводства' },
      { code: '01.13', sufRu: 'Агро', sufEn: 'Agro', actRu: 'выращивание овощей' },
      { code: '10.39', sufRu: 'Ягода', sufEn: 'Berry', actRu: 'переработка ягод и овощей' },
    ],
    supplier: [
      { code: '10.91', sufRu: 'Корма', sufEn: 'Feed', actRu: 'комбикорма для рыбоводства' },
      { code: '22.22', sufRu: 'Упаковка', sufEn: 'Pack', actRu: 'пищевая упаковка' },
      { code: '28.93', sufRu: 'Техмаш', sufEn: 'Techmash', actRu: 'оборудование для пищевой промышленности' },
    ],
    service: [
      { code: '71.20', sufRu: 'Лаб', sufEn: 'Lab', actRu: 'лабораторные испытания продукции' },
      { code: '79.12', sufRu: 'Экотур', sufEn: 'Ecotour', actRu: 'экологические туры' },
      { code: '49.41', sufRu: 'Логистик', sufEn: 'Logistic', actRu: 'перевозка охлаждённых грузов' },
    ],
    rnd: [{ code: '72.11', sufRu: 'Биотех', sufEn: 'Biotech', actRu: 'исследования в области биотехнологий' }],
    ...COMMON,
  },
  photonics: {
    producer: [
      { code: '26.70', sufRu: 'Оптик', sufEn: 'Optic', actRu: 'оптические компоненты и лазерные модули' },
      { code: '26.51', sufRu: 'Прибор', sufEn: 'Pribor', actRu: 'измерительные приборы' },
      { code: '27.40', sufRu: 'Свет', sufEn: 'Svet', actRu: 'светодиодные осветительные приборы' },
    ],
    supplier: [
      { code: '25.62', sufRu: 'Прецизион', sufEn: 'Precision', actRu: 'прецизионная механообработка' },
      { code: '26.11', sufRu: 'Электрон', sufEn: 'Electron', actRu: 'электронные компоненты' },
      { code: '23.19', sufRu: 'Стекло', sufEn: 'Glass', actRu: 'оптические заготовки из стекла' },
    ],
    service: [
      { code: '71.20', sufRu: 'Метрология', sufEn: 'Metrology', actRu: 'калибровка и испытания' },
      { code: '62.01', sufRu: 'Софт', sufEn: 'Soft', actRu: 'встроенное программное обеспечение' },
    ],
    rnd: [{ code: '72.19', sufRu: 'Лазер НИЦ', sufEn: 'Laser R&D', actRu: 'НИОКР в области лазерной физики' }],
    ...COMMON,
  },
  wood: {
    producer: [
      { code: '16.10', sufRu: 'Лес', sufEn: 'Les', actRu: 'лесопиление и сушка пиломатериалов' },
      { code: '16.23', sufRu: 'Дом', sufEn: 'Dom', actRu: 'деревянные дома и столярные изделия' },
      { code: '31.09', sufRu: 'Мебель', sufEn: 'Mebel', actRu: 'корпусная мебель' },
      { code: '16.21', sufRu: 'Плита', sufEn: 'Plita', actRu: 'клееные щиты и фанера' },
    ],
    supplier: [
      { code: '02.20', sufRu: 'Лесозаготовка', sufEn: 'Logging', actRu: 'лесозаготовки' },
      { code: '20.30', sufRu: 'Лак', sufEn: 'Lak', actRu: 'лакокрасочные материалы для дерева' },
      { code: '25.72', sufRu: 'Фурнитура', sufEn: 'Furnitura', actRu: 'мебельная фурнитура' },
    ],
    service: [
      { code: '49.41', sufRu: 'Транс', sufEn: 'Trans', actRu: 'грузоперевозки' },
      { code: '33.12', sufRu: 'Сервис', sufEn: 'Service', actRu: 'ремонт деревообрабатывающего оборудования' },
      { code: '74.10', sufRu: 'Дизайн', sufEn: 'Design', actRu: 'дизайн мебели' },
    ],
    rnd: [{ code: '71.12', sufRu: 'Инжиниринг', sufEn: 'Engineering', actRu: 'проектирование технологических линий' }],
    ...COMMON,
  },
  petrochem: {
    producer: [
      { code: '22.21', sufRu: 'Пласт', sufEn: 'Plast', actRu: 'трубы и профили из пластмасс' },
      { code: '22.22', sufRu: 'Пак', sufEn: 'Pak', actRu: 'полимерная упаковка' },
      { code: '20.59', sufRu: 'Химпро', sufEn: 'Khimpro', actRu: 'химические добавки и реагенты' },
    ],
    supplier: [
      { code: '46.75', sufRu: 'Химснаб', sufEn: 'Khimsnab', actRu: 'поставка химической продукции' },
      { code: '28.29', sufRu: 'Фильтр', sufEn: 'Filter', actRu: 'фильтры и технологическое оборудование' },
    ],
    service: [
      { code: '71.20', sufRu: 'Аналит', sufEn: 'Analit', actRu: 'лабораторный анализ нефтепродуктов' },
      { code: '33.12', sufRu: 'Ремсервис', sufEn: 'Remservice', actRu: 'ремонт технологического оборудования' },
      { code: '38.32', sufRu: 'Эко', sufEn: 'Eco', actRu: 'переработка полимерных отходов' },
    ],
    rnd: [{ code: '72.19', sufRu: 'Катализ', sufEn: 'Catalysis', actRu: 'разработка катализаторов и присадок' }],
    ...COMMON,
  },
  chem: {
    producer: [
      { code: '20.15', sufRu: 'Агрохим', sufEn: 'Agrokhim', actRu: 'жидкие комплексные удобрения' },
      { code: '20.59', sufRu: 'Реагент', sufEn: 'Reagent', actRu: 'химические реагенты' },
      { code: '20.41', sufRu: 'Чистота', sufEn: 'Chistota', actRu: 'моющие и чистящие средства' },
    ],
    supplier: [
      { code: '22.22', sufRu: 'Тара', sufEn: 'Tara', actRu: 'полимерная тара' },
      { code: '46.75', sufRu: 'Химснаб', sufEn: 'Khimsnab', actRu: 'поставка химического сырья' },
    ],
    service: [
      { code: '71.20', sufRu: 'Контроль', sufEn: 'Kontrol', actRu: 'испытания и сертификация' },
      { code: '49.41', sufRu: 'Спецтранс', sufEn: 'Spetstrans', actRu: 'перевозка опасных грузов' },
    ],
    rnd: [{ code: '72.19', sufRu: 'Химлаб', sufEn: 'Khimlab', actRu: 'разработка рецептур удобрений' }],
    ...COMMON,
  },
  auto: {
    producer: [
      { code: '29.32', sufRu: 'Автокомпонент', sufEn: 'Autocomponent', actRu: 'комплектующие для автомобилей' },
      { code: '28.30', sufRu: 'Агромаш', sufEn: 'Agromash', actRu: 'навесное оборудование для тракторов' },
      { code: '29.20', sufRu: 'Кузов', sufEn: 'Kuzov', actRu: 'кузова и прицепы' },
    ],
    supplier: [
      { code: '25.62', sufRu: 'Механика', sufEn: 'Mekhanika', actRu: 'механообработка деталей' },
      { code: '25.61', sufRu: 'Покрытие', sufEn: 'Pokrytie', actRu: 'термообработка и покрытия металлов' },
      { code: '29.31', sufRu: 'Электрожгут', sufEn: 'Wiring', actRu: 'жгуты проводов для машин' },
    ],
    service: [
      { code: '71.12', sufRu: 'Конструктор', sufEn: 'Konstruktor', actRu: 'конструкторские услуги' },
      { code: '62.01', sufRu: 'САПР', sufEn: 'CAD', actRu: 'САПР и программное обеспечение' },
      { code: '49.41', sufRu: 'Логистик', sufEn: 'Logistic', actRu: 'грузоперевозки' },
    ],
    rnd: [{ code: '72.19', sufRu: 'Испытания', sufEn: 'Testing', actRu: 'испытания узлов и агрегатов' }],
    ...COMMON,
  },
  it: {
    producer: [
      { code: '62.01', sufRu: 'Софт', sufEn: 'Soft', actRu: 'заказная разработка программного обеспечения' },
      { code: '58.29', sufRu: 'Апп', sufEn: 'App', actRu: 'собственные программные продукты' },
      { code: '63.11', sufRu: 'Клауд', sufEn: 'Cloud', actRu: 'облачные сервисы и обработка данных' },
    ],
    supplier: [
      { code: '46.51', sufRu: 'Техно', sufEn: 'Techno', actRu: 'поставка компьютерного оборудования' },
      { code: '61.10', sufRu: 'Связь', sufEn: 'Svyaz', actRu: 'каналы связи' },
    ],
    service: [
      { code: '62.02', sufRu: 'Консалт', sufEn: 'Consult', actRu: 'ИТ-консалтинг' },
      { code: '73.11', sufRu: 'Маркетинг', sufEn: 'Marketing', actRu: 'цифровой маркетинг' },
      { code: '69.20', sufRu: 'Учёт', sufEn: 'Uchet', actRu: 'бухгалтерский учёт' },
    ],
    rnd: [{ code: '72.19', sufRu: 'ИИ Лаб', sufEn: 'AI Lab', actRu: 'исследования в области искусственного интеллекта' }],
    education: [{ code: '85.59', sufRu: 'Код Академия', sufEn: 'Code Academy', actRu: 'курсы программирования' }],
    finance: [{ code: '64.99', sufRu: 'Венчур', sufEn: 'Venture', actRu: 'венчурное финансирование стартапов' }],
  },
  agrotourism: {
    producer: [
      { code: '55.20', sufRu: 'Лесной хутор', sufEn: 'Forest Farmstead', actRu: 'агроусадьба: размещение и питание гостей', individual: true },
      { code: '55.20', sufRu: 'Тихая заводь', sufEn: 'Quiet Backwater', actRu: 'агроусадьба: размещение гостей, рыбалка', individual: true },
      { code: '55.20', sufRu: 'Старый млын', sufEn: 'Old Mill', actRu: 'агроусадьба: размещение, ремёсла', individual: true },
      { code: '56.10', sufRu: 'Корчма', sufEn: 'Korchma', actRu: 'ресторан национальной кухни' },
    ],
    supplier: [
      { code: '01.47', sufRu: 'Фермер', sufEn: 'Farmer', actRu: 'фермерская продукция' },
      { code: '10.51', sufRu: 'Сыроварня', sufEn: 'Creamery', actRu: 'сыр и молочные продукты' },
      { code: '01.25', sufRu: 'Ягодник', sufEn: 'Berry Farm', actRu: 'ягоды и мёд' },
    ],
    service: [
      { code: '79.12', sufRu: 'Тур', sufEn: 'Tour', actRu: 'экскурсионные туры' },
      { code: '93.29', sufRu: 'Досуг', sufEn: 'Leisure', actRu: 'организация активного отдыха' },
      { code: '49.39', sufRu: 'Трансфер', sufEn: 'Transfer', actRu: 'пассажирские перевозки' },
    ],
    rnd: [{ code: '72.20', sufRu: 'Турисследования', sufEn: 'Tourism Research', actRu: 'исследования туристического рынка' }],
    education: [{ code: '85.59', sufRu: 'Школа гостеприимства', sufEn: 'Hospitality School', actRu: 'курсы для владельцев агроусадеб' }],
    finance: [{ code: '64.92', sufRu: 'Микрокредит', sufEn: 'Microcredit', actRu: 'микрокредитование малого бизнеса' }],
  },
  biopharma: {
    producer: [
      { code: '21.20', sufRu: 'Фарма', sufEn: 'Pharma', actRu: 'биофармацевтические препараты' },
      { code: '21.10', sufRu: 'Субстанция', sufEn: 'Substance', actRu: 'фармацевтические субстанции' },
      { code: '32.50', sufRu: 'Медизделия', sufEn: 'Medtech', actRu: 'медицинские изделия' },
    ],
    supplier: [
      { code: '20.59', sufRu: 'Реактив', sufEn: 'Reaktiv', actRu: 'лабораторные реактивы' },
      { code: '46.69', sufRu: 'Лабснаб', sufEn: 'Labsnab', actRu: 'лабораторное оборудование' },
    ],
    service: [
      { code: '71.20', sufRu: 'Доклиника', sufEn: 'Preclinic', actRu: 'доклинические испытания' },
      { code: '74.90', sufRu: 'Патент', sufEn: 'Patent', actRu: 'консультации по интеллектуальной собственности' },
    ],
    rnd: [
      { code: '72.11', sufRu: 'Биолаб', sufEn: 'Biolab', actRu: 'биотехнологические исследования' },
      { code: '72.19', sufRu: 'Нано', sufEn: 'Nano', actRu: 'исследования в области нанотехнологий' },
    ],
    education: COMMON.education,
    finance: [{ code: '64.99', sufRu: 'Венчур', sufEn: 'Venture', actRu: 'венчурное финансирование' }],
  },
  light: {
    producer: [
      { code: '15.20', sufRu: 'Обувь', sufEn: 'Obuv', actRu: 'обувь' },
      { code: '13.20', sufRu: 'Лён', sufEn: 'Lyon', actRu: 'льняные ткани' },
      { code: '14.13', sufRu: 'Стиль', sufEn: 'Stil', actRu: 'одежда' },
      { code: '15.12', sufRu: 'Кожгалантерея', sufEn: 'Leathergoods', actRu: 'кожгалантерея' },
    ],
    supplier: [
      { code: '15.11', sufRu: 'Кожа', sufEn: 'Kozha', actRu: 'выделанная кожа' },
      { code: '13.10', sufRu: 'Пряжа', sufEn: 'Pryazha', actRu: 'пряжа' },
      { code: '20.16', sufRu: 'Полимер', sufEn: 'Polimer', actRu: 'полимерные материалы для подошв' },
    ],
    service: [
      { code: '74.10', sufRu: 'Дизайн', sufEn: 'Design', actRu: 'дизайн коллекций' },
      { code: '73.11', sufRu: 'Маркетинг', sufEn: 'Marketing', actRu: 'маркетинг и продвижение' },
      { code: '49.41', sufRu: 'Транс', sufEn: 'Trans', actRu: 'грузоперевозки' },
    ],
    rnd: [{ code: '72.19', sufRu: 'Техтекстиль', sufEn: 'Techtextile', actRu: 'разработка технических текстилей' }],
    ...COMMON,
  },
};

/** Per cluster (by seed id): catalogue, name stem and where its illustrative members sit. */
const CLUSTER_DEMO: Record<string, { cat: string; labelRu: string; stemRu: string; onRu?: string; onEn?: string; stemEn: string; places: string[]; projects: [string, string, string][] }> = {
  'BY-CL-01': {
    cat: 'bioagro', labelRu: '«Полесье» (биотехнологии, агропищевой сектор)', stemRu: 'Полесье', stemEn: 'Polesie', places: ['r-pinski'],
    projects: [
      ['Замкнутая система выращивания рыбы с биофильтрацией', 'Recirculating aquaculture system with biofiltration', 'совместная разработка и пилотная установка'],
      ['Общая экомаркировка продукции Полесья', 'Shared eco-label for Polesie products', 'стандарт, аудит и маркетинг для участников'],
    ],
  },
  'BY-CL-02': {
    cat: 'photonics', labelRu: 'фотоника (Минск)', stemRu: 'Люмен', stemEn: 'Lumen', places: ['BY-HM'],
    projects: [
      ['Лазерный модуль для промышленной маркировки', 'Laser module for industrial marking', 'совместная разработка и выпуск опытной партии'],
      ['Общая испытательная лаборатория оптики', 'Shared optics test laboratory', 'закупка и совместное использование оборудования'],
    ],
  },
  'BY-CL-03': {
    cat: 'wood', labelRu: 'деревообработка Витебской области', stemRu: 'Двина', stemEn: 'Dvina', places: ['r-viciebski', 'r-polacki', 'r-arshanski', 'r-haradocki', 'r-lepielski', 'r-hlybocki', 'r-pastauski'],
    projects: [
      ['Общая сушильная камера для пиломатериалов', 'Shared timber-drying kiln', 'совместные инвестиции и график загрузки'],
      ['Совместный экспорт мебели', 'Joint furniture export programme', 'общий каталог и участие в выставках'],
    ],
  },
  'BY-CL-04': { cat: 'wood', labelRu: 'деревообработка (Ивацевичи)', stemRu: 'Ясельда', stemEn: 'Yaselda', places: ['r-ivacevicki'], projects: [] },
  'BY-CL-05': {
    cat: 'petrochem', labelRu: 'нефтехимия (Новополоцк)', stemRu: 'Ушача', stemEn: 'Ushacha', places: ['r-polacki'],
    projects: [
      ['Переработка полимерных отходов в гранулы', 'Recycling polymer waste into pellets', 'пилотная линия и сбыт вторичного сырья'],
      ['Общая лаборатория контроля качества', 'Shared quality-control laboratory', 'совместная аккредитация и методики'],
    ],
  },
  'BY-CL-06': { cat: 'chem', labelRu: 'химия (Гродно)', stemRu: 'Лососна', stemEn: 'Lososna', places: ['r-hrodzienski'], projects: [] },
  'BY-CL-07': { cat: 'auto', labelRu: 'автомобиле- и тракторостроение (Минск)', stemRu: 'Свислочь', stemEn: 'Svisloch', places: ['BY-HM'], projects: [] },
  'BY-CL-08': {
    cat: 'it', labelRu: 'ИТ (Минск)', stemRu: 'Немига', stemEn: 'Nemiga', places: ['BY-HM'],
    projects: [
      ['Общая платформа обучения стажёров', 'Shared trainee onboarding platform', 'общие курсы и наставничество'],
      ['Совместный экспортный стенд', 'Joint export showcase', 'совместное участие в международных выставках'],
    ],
  },
  'BY-CL-09': { cat: 'agrotourism', labelRu: 'агротуризм (Воложинский район)', stemRu: 'Ислочь', stemEn: 'Islach', onRu: 'на Ислочи', onEn: 'on the Islach', places: ['r-valozhynski'], projects: [] },
  'BY-CL-10': { cat: 'agrotourism', labelRu: 'туризм (Сморгонский район)', stemRu: 'Вилия', stemEn: 'Viliya', onRu: 'на Вилии', onEn: 'on the Viliya', places: ['r-smarhonski'], projects: [] },
  'BY-CL-11': {
    cat: 'agrotourism', labelRu: 'агроэкотуризм (Гомельская область)', stemRu: 'Сож', stemEn: 'Sozh', onRu: 'на Соже', onEn: 'on the Sozh',
    places: ['r-homielski', 'r-rechycki', 'r-mazyrski', 'r-zhytkavicki', 'r-lelchycki', 'r-jelski', 'r-pietrykauski'], projects: [],
  },
  'BY-CL-12': { cat: 'biopharma', labelRu: '«БелБиоград»', stemRu: 'Ратомка', stemEn: 'Ratomka', places: ['BY-HM', 'r-minski'], projects: [] },
  'BY-CL-13': { cat: 'light', labelRu: 'лёгкая промышленность (Витебский регион)', stemRu: 'Лучоса', stemEn: 'Luchosa', places: ['r-viciebski', 'r-arshanski', 'r-polacki'], projects: [] },
  'BY-CL-14': { cat: 'it', labelRu: 'ИКТ (Гомель)', stemRu: 'Ипуть', stemEn: 'Iput', places: ['r-homielski'], projects: [] },
};

const LEGAL_FORMS: [string, string][] = [
  ['ООО', 'LLC'],
  ['ЧУП', 'PUE'],
  ['ОДО', 'ALC'],
];
const ROLE_RU: Record<Role, string> = {
  producer: 'производитель',
  supplier: 'поставщик',
  service: 'сервисная компания',
  rnd: 'исследовательская организация',
  education: 'образовательная организация',
  finance: 'финансовая организация',
};
const SIZE_WEIGHTS: Record<Role, Record<'micro' | 'small' | 'medium', number>> = {
  producer: { micro: 0.2, small: 0.45, medium: 0.35 },
  supplier: { micro: 0.3, small: 0.5, medium: 0.2 },
  service: { micro: 0.5, small: 0.4, medium: 0.1 },
  rnd: { micro: 0.4, small: 0.5, medium: 0.1 },
  education: { micro: 0.5, small: 0.45, medium: 0.05 },
  finance: { micro: 0.35, small: 0.55, medium: 0.1 },
};
/** Revenue per employee, thousand BYN a year (illustrative ranges). */
const PRODUCTIVITY: Record<Role, [number, number]> = {
  producer: [45, 140],
  supplier: [60, 180],
  service: [30, 90],
  rnd: [35, 90],
  education: [20, 45],
  finance: [120, 320],
};
const EXPORT_SHARE: Record<Role, [number, number]> = {
  producer: [0, 0.6],
  supplier: [0, 0.3],
  service: [0, 0.15],
  rnd: [0, 0.3],
  education: [0, 0],
  finance: [0, 0],
};
const BYN_PER_USD = 3.0; // illustrative conversion for the made-up export figures

interface Sme extends Org {
  demoRole: Role;
  offer: Offer;
}

function employeesFor(size: 'micro' | 'small' | 'medium', rng: Rng): number {
  if (size === 'micro') return rng.int(2, 15);
  if (size === 'small') return rng.int(16, 100);
  return rng.int(101, 250);
}

function buildDemo(
  clusters: Cluster[],
  orgs: Org[],
  existing: Map<number, { orgId: number; role: 'coordinator' | 'member' | 'anchor'; illustrative: boolean }[]>,
): { smes: Sme[]; perCluster: Map<number, Sme[]> } {
  const smes: Sme[] = [];
  const perCluster = new Map<number, Sme[]>();
  const usedNames = new Set(orgs.map((o) => o.name_ru));
  let nextId = 1001;
  for (const c of clusters) {
    const cfg = CLUSTER_DEMO[c.seedId];
    assert(cfg, `demo config for ${c.seedId}`);
    const cat = CATALOGUES[cfg.cat]!;
    const rng = new Rng(SEED + c.id * 7919);
    const already = existing.get(c.id)?.length ?? 0;
    const target = rng.int(5, 8);
    const n = Math.min(8 - already, Math.max(3, Math.max(4 - already, target - already)));
    const roles: Role[] = ['producer', 'supplier', 'service'];
    const extras = rng.shuffle<Role>(['producer', 'rnd', 'education', 'finance', 'supplier', 'producer', 'service']);
    while (roles.length < n) roles.push(extras[roles.length - 3]!);
    const usedOffers = new Set<Offer>();
    const list: Sme[] = [];
    for (const role of roles) {
      const pool = cat[role].filter((o) => !usedOffers.has(o));
      const offer = rng.pick(pool.length ? pool : cat[role]);
      usedOffers.add(offer);
      const size = offer.individual ? 'micro' : rng.weighted(SIZE_WEIGHTS[role]);
      const employees = employeesFor(size, rng);
      const [pLo, pHi] = PRODUCTIVITY[role];
      const revenue = Math.round(employees * (pLo + rng.next() * (pHi - pLo)));
      const [eLo, eHi] = EXPORT_SHARE[role];
      const share = eHi > 0 && rng.next() < 0.7 ? Math.max(0.03, eLo + rng.next() * (eHi - eLo)) : 0;
      const exports = Math.round((revenue * share) / BYN_PER_USD);
      let nameRu: string;
      let nameEn: string;
      let kind: 'legal' | 'individual' = 'legal';
      if (offer.individual) {
        kind = 'individual';
        nameRu = `Демо: агроусадьба «${offer.sufRu} ${cfg.onRu ?? ''}» (ИП)`.replace(' »', '»');
        nameEn = `Demo: ${offer.sufEn}${cfg.onEn ? ` ${cfg.onEn}` : ''} agro-estate (sole trader)`;
      } else {
        const [fRu, fEn] = rng.pick(LEGAL_FORMS);
        nameRu = `Демо: ${fRu} «${cfg.stemRu}-${offer.sufRu}»`;
        nameEn = `Demo: ${cfg.stemEn}-${offer.sufEn} ${fEn}`;
      }
      assert(!usedNames.has(nameRu), `unique demo name ${nameRu}`);
      usedNames.add(nameRu);
      const territory = rng.pick(cfg.places);
      const sme: Sme = {
        id: nextId++,
        kind,
        unp: '',
        name_ru: nameRu,
        name_be: '',
        name_en: nameEn,
        roles: [role],
        primary_sector: offer.code,
        secondary_sectors: [],
        territory,
        size_class: size,
        employees,
        revenue,
        exports,
        website: '',
        profile: `Демонстрационная запись, организация вымышлена. ${capitalise(ROLE_RU[role])}: ${offer.actRu}. Участник кластера: ${cfg.labelRu}.`,
        source: 'ClusterAtlas demo data (illustrative, not real)',
        illustrative: true,
        demoRole: role,
        offer,
      };
      list.push(sme);
    }
    // mixed sizes: make sure at least two size classes are present
    if (new Set(list.map((s) => s.size_class)).size < 2) {
      const s = list.find((x) => !x.offer.individual && x.size_class !== 'small');
      const t = s ?? list.find((x) => !x.offer.individual)!;
      const newSize = t.size_class === 'small' ? 'micro' : 'small';
      const perEmployee = (t.revenue ?? 0) / (t.employees ?? 1);
      const exportShare = (t.exports ?? 0) / Math.max(1, t.revenue ?? 1);
      t.size_class = newSize;
      t.employees = employeesFor(newSize, rng);
      t.revenue = Math.round(t.employees * perEmployee);
      t.exports = Math.round(t.revenue * exportShare);
    }
    smes.push(...list);
    perCluster.set(c.id, list);
  }
  return { smes, perCluster };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Contract {
  id: number;
  supplier_id: number;
  customer_id: number;
  kind: 'supply' | 'rnd' | 'service' | 'joint_project';
  cluster_id: number;
  title: string;
  signed: string;
  start_date: string;
  end_date: string;
  value: number;
  status: 'planned' | 'active' | 'completed' | 'terminated';
}

const LAST_DAY = toDay('2025-12-31');

function statusFor(start: number, end: number, rng: Rng): 'planned' | 'active' | 'completed' | 'terminated' {
  const asOf = toDay(AS_OF);
  if (start > asOf) return 'planned';
  if (end < asOf) return rng.next() < 0.07 ? 'terminated' : 'completed';
  return 'active';
}

function buildContracts(clusters: Cluster[], perCluster: Map<number, Sme[]>): Contract[] {
  const out: Contract[] = [];
  for (const c of clusters) {
    const rng = new Rng(SEED + 100_000 + c.id * 104_729);
    const members = perCluster.get(c.id)!;
    const producers = members.filter((m) => m.demoRole === 'producer');
    const suppliers = members.filter((m) => m.demoRole === 'supplier');
    const candidates: { s: Sme; cu: Sme; kind: Contract['kind'] }[] = [];
    for (const m of members) {
      if (m.demoRole === 'producer') {
        for (const p of producers) if (p !== m && p.id > m.id) candidates.push({ s: m, cu: p, kind: 'joint_project' });
        continue;
      }
      const kind: Contract['kind'] = m.demoRole === 'supplier' ? 'supply' : m.demoRole === 'rnd' ? 'rnd' : 'service';
      for (const p of producers) candidates.push({ s: m, cu: p, kind });
      if (m.demoRole !== 'supplier') for (const p of suppliers) candidates.push({ s: m, cu: p, kind });
    }
    assert(candidates.length > 0, `contract candidates in cluster ${c.id}`);
    const k = rng.int(3, 6);
    // at least one supply contract first where the cluster has a supplier, then the rest in random order
    const shuffled = rng.shuffle(candidates);
    const firstSupply = shuffled.findIndex((x) => x.kind === 'supply');
    const order = firstSupply > 0 ? [shuffled[firstSupply]!, ...shuffled.filter((_, i) => i !== firstSupply)] : shuffled;
    const fromYear = Math.max(2019, c.founded_year ?? 2019);
    const first = toDay(`${fromYear}-01-01`);
    for (let i = 0; i < k; i++) {
      const cand = order[i % order.length]!;
      const signed = Math.max(rng.int(first, LAST_DAY - 30), rng.int(first, LAST_DAY - 30)); // leans to recent years
      const start = Math.min(LAST_DAY, signed + rng.int(0, 45));
      const room = LAST_DAY - start;
      const end = start + rng.int(Math.min(60, room), Math.min(900, room));
      const [lo, hi] = cand.kind === 'supply' ? [20, 900] : cand.kind === 'rnd' ? [30, 400] : cand.kind === 'joint_project' ? [50, 600] : [5, 150];
      const title =
        cand.kind === 'supply'
          ? `Демо: поставка — ${cand.s.offer.actRu}`
          : cand.kind === 'rnd'
            ? `Демо: НИОКР — ${cand.s.offer.actRu}`
            : cand.kind === 'joint_project'
              ? `Демо: совместный заказ — ${cand.s.offer.actRu}; ${cand.cu.offer.actRu}`
              : `Демо: услуги — ${cand.s.offer.actRu}`;
      out.push({
        id: out.length + 1,
        supplier_id: cand.s.id,
        customer_id: cand.cu.id,
        kind: cand.kind,
        cluster_id: c.id,
        title: i >= order.length ? `${title} (продление)` : title,
        signed: fromDay(signed),
        start_date: fromDay(start),
        end_date: fromDay(end),
        value: rng.int(lo, hi),
        status: statusFor(start, end, rng),
      });
    }
  }
  return out;
}

interface Project {
  id: number;
  cluster_id: number;
  title_ru: string;
  title_en: string;
  description: string;
  start_date: string;
  end_date: string;
  budget: number;
  status: 'planned' | 'active' | 'completed';
  participants: number[];
}

function buildProjects(clusters: Cluster[], perCluster: Map<number, Sme[]>): Project[] {
  const out: Project[] = [];
  for (const c of clusters) {
    if (c.status === 'potential') continue;
    const cfg = CLUSTER_DEMO[c.seedId]!;
    assert(cfg.projects.length >= 2, `project ideas for ${c.seedId}`);
    const rng = new Rng(SEED + 200_000 + c.id * 15_485_863);
    const n = rng.int(1, 2);
    const members = perCluster.get(c.id)!;
    const fromYear = Math.max(2019, c.founded_year ?? 2019);
    for (let i = 0; i < n; i++) {
      const [ru, en, what] = cfg.projects[i]!;
      const k = Math.min(members.length, rng.int(2, 4));
      const participants = rng.shuffle(members).slice(0, k).map((m) => m.id).sort((a, b) => a - b);
      const start = rng.int(toDay(`${fromYear}-01-01`), LAST_DAY - 60);
      const room = LAST_DAY - start;
      const end = start + rng.int(Math.min(180, room), Math.min(1095, room));
      const st = statusFor(start, end, rng);
      out.push({
        id: out.length + 1,
        cluster_id: c.id,
        title_ru: `Демо: ${ru}`,
        title_en: `Demo: ${en}`,
        description: `Демонстрационный проект (вымышленный): ${what}.`,
        start_date: fromDay(start),
        end_date: fromDay(end),
        budget: rng.int(8, 150) * 10,
        status: st === 'terminated' ? 'completed' : st,
        participants,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// SOURCES.md
// ---------------------------------------------------------------------------------------------------------

/** The `## ` sections of an existing file whose headings the generated text does not have, in their order. */
function keptSections(file: string, generated: string): string {
  if (!existsSync(file)) return '';
  const headings = new Set(generated.split('\n').filter((l) => l.startsWith('## ')));
  const sections = readFileSync(file, 'utf8').split(/\n(?=## )/).slice(1);
  const kept = sections.filter((section) => !headings.has(section.split('\n', 1)[0]!));
  return kept.map((section) => `\n${section.replace(/\n*$/, '\n')}`).join('');
}

function md(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function buildSourcesMd(ctx: {
  seedRows: Row[];
  anchorRows: Row[];
  officialUrls: string[];
  counts: Map<string, number>;
  nIllustrativeOrgs: number;
  nRealOrgs: number;
}): string {
  const n = (f: string): number => ctx.counts.get(f) ?? 0;
  const lines: string[] = [];
  lines.push('# Sources of the demo dataset');
  lines.push('');
  lines.push('Generated by `data/scripts/build-demo-data.ts` from the shared reference data (`SHARED_DATA`, default');
  lines.push('`../shared/data`). Do not edit the data files by hand: change the script and run it again.');
  lines.push('');
  lines.push('## Read this first');
  lines.push('');
  lines.push('- **The cluster list is PARTIAL.** `clusters.csv` holds 14 named cluster initiatives found in public pages;');
  lines.push('  the official national cluster map counts 32 clusters (8 operating, 6 forming, 18 potential). The 14 are not');
  lines.push('  the official list, and their statuses are derived from hints in the sources (see each cluster\'s description).');
  lines.push('- **Anchor employment figures are approximate public estimates** (press, Wikipedia, company pages; different');
  lines.push('  years). Ranges are stored as their lower bound and "more than N" as N; the profile text shows the original form.');
  lines.push('- **Every record with `illustrative=true` is made up for the demo and is not real**: the organisations whose');
  lines.push('  names start with "Демо: " / "Demo: ", their figures (employees, revenue, exports), all contracts, all joint');
  lines.push('  projects, and the memberships marked illustrative (including the "anchor" memberships of real enterprises,');
  lines.push('  which no source confirms). Illustrative contracts and projects only involve illustrative organisations.');
  lines.push('- No UNP (payer account number) is given for any organisation: none is in the sources, and none is invented.');
  lines.push('');
  lines.push('## Files');
  lines.push('');
  lines.push('| file | rows | built from |');
  lines.push('|---|---|---|');
  lines.push(`| territories.csv | ${n('territories.csv')} | by_territories_gazetteer.csv (1 country, 7 oblast-level units, 118 raions) |`);
  lines.push(`| geo/oblasts.geojson | ${n('geo/oblasts.geojson')} features | by_adm1_geoboundaries.geojson, coordinates rounded to 5 decimals |`);
  lines.push(`| geo/raions.geojson | ${n('geo/raions.geojson')} features | by_adm2_raions_bymaps.geojson (118 raions + Minsk city as \`BY-HM\`), rounded to 5 decimals |`);
  lines.push(`| sectors.csv | ${n('sectors.csv')} | NACE Rev.2 structure (Eurostat RAMON) with Russian names from OKVED2 (Rosstat) |`);
  lines.push(`| official_figures.csv | ${n('official_figures.csv')} | belarus_cluster_counts_official_statements.csv; PL and RU from the product brief |`);
  lines.push(`| program_2021_2025.csv | ${n('program_2021_2025.csv')} | belarus_cluster_counts_official_statements.csv (programme rows) |`);
  lines.push(`| organizations.csv | ${n('organizations.csv')} | ${ctx.nRealOrgs} real (46 anchor enterprises + ${ctx.nRealOrgs - 46} organisations named in the seed list), ${ctx.nIllustrativeOrgs} illustrative |`);
  lines.push(`| clusters.csv | ${n('clusters.csv')} | belarus_clusters_seed_partial.csv (PARTIAL) |`);
  lines.push(`| memberships.csv | ${n('memberships.csv')} | seed list (coordinators and named members, not illustrative) + illustrative |`);
  lines.push(`| contracts.csv | ${n('contracts.csv')} | illustrative only |`);
  lines.push(`| projects.csv | ${n('projects.csv')} | illustrative only |`);
  lines.push('');
  lines.push('## Credits and licences');
  lines.push('');
  lines.push('- **Oblast boundaries** (`geo/oblasts.geojson`): geoBoundaries (OpenStreetMap-derived, ODbL 1.0), via the BY_maps');
  lines.push('  project. Credit: "geoBoundaries / OpenStreetMap contributors". Derived database under the ODbL 1.0.');
  lines.push('- **Raion boundaries** (`geo/raions.geojson`): BY_maps project (CC BY 4.0), derived from geoBoundaries ADM2 +');
  lines.push('  OpenStreetMap (ODbL 1.0). Credit both: "BY_maps (CC BY 4.0); geoBoundaries / OpenStreetMap contributors (ODbL)".');
  lines.push('- **Territory names and areas** (`territories.csv`), city-to-raion lookup and the anchor enterprise list');
  lines.push('  (`organizations.csv`, rows with ids 1-46): BY_maps project (CC BY 4.0); the anchor list is hand-curated there,');
  lines.push('  with per-row source URLs (below).');
  lines.push('- **Belstat** (National Statistical Committee of the Republic of Belarus), open data portal via BY_maps: no Belstat');
  lines.push('  figures are in the registry files; the employment totals and wages in `statistics/` are (see "Demo statistics" below).');
  lines.push('- **NACE Rev.2** (`sectors.csv`, codes and English names): Eurostat RAMON export, reused with acknowledgement.');
  lines.push('- **Russian sector names** (`sectors.csv`, `name_ru`): OKVED2 (ОКВЭД2, the Russian classifier based on NACE Rev.2),');
  lines.push('  Rosstat open data. **These OKVED2 Russian names stand in for the Belarusian ОКЭД (ОКРБ 005-2011) names until the');
  lines.push('  official ОКЭД list is imported.** Where OKVED2 does not match NACE, `name_ru` is left empty');
  lines.push(`  (${sectorsWithoutRu.length} codes: ${sectorsWithoutRu.join(', ')}): in division 85 (education) OKVED2 uses the same group and`);
  lines.push('  class codes for different things, and it has no 92.0 / 92.00.');
  lines.push('- **Official cluster figures for Belarus** (`official_figures.csv` BY row, `program_2021_2025.csv`): Ministry of');
  lines.push('  Economy regional cluster review 2021 and the Programme of socio-economic development 2021-2025, as reported by');
  lines.push('  BelTA on 28.06.2022 (facts). Pages:');
  for (const u of ctx.officialUrls) lines.push(`  - ${u}`);
  lines.push('- **Poland (161) and Russia (118)** in `official_figures.csv`: as stated in the ClusterAtlas product brief; the original');
  lines.push('  publication is not in the shared data. Verify before citing. Their `as_of` is the date of the Belarus figures they');
  lines.push('  are compared with.');
  lines.push('- **Cluster initiatives** (`clusters.csv`) and the organisations named in them: compiled from the public pages named');
  lines.push('  in each row of the seed list (below). PARTIAL: 14 of the official 32.');
  lines.push('');
  lines.push('## Per-row sources: cluster initiatives');
  lines.push('');
  lines.push('| cluster id | seed id | initiative | source |');
  lines.push('|---|---|---|---|');
  ctx.seedRows.forEach((r, i) => lines.push(`| ${i + 1} | ${r.seed_id} | ${md(r.name_en!)} | ${md(r.source_url!)} |`));
  lines.push('');
  lines.push('## Per-row sources: anchor enterprises');
  lines.push('');
  lines.push('`source` in `organizations.csv` keeps one URL per enterprise (the first of the row, except where noted); all of');
  lines.push('the row\'s sources are listed here.');
  lines.push('');
  lines.push('| org id | enterprise | town | sources |');
  lines.push('|---|---|---|---|');
  ctx.anchorRows.forEach((r, i) =>
    lines.push(`| ${i + 1} | ${md(r.enterprise_en!)} | ${md(r.city_ru!)} | ${md((r.sources ?? '').split('|').map((u) => u.trim()).join(' ; '))} |`),
  );
  lines.push('');
  lines.push('## Corrections and decisions made while building');
  lines.push('');
  for (const [city, fix] of Object.entries(ANCHOR_FIXES)) {
    if (fix.ignoreFounded) lines.push(`- Anchor ${city}: founding year left out: ${fix.ignoreFounded}.`);
    if (fix.source) lines.push(`- Anchor ${city}: source is the second URL: ${fix.source}.`);
    if (fix.ignoreEmployment) lines.push(`- Anchor ${city}: employees left empty: ${fix.ignoreEmployment}.`);
  }
  for (const p of problems) lines.push(`- ${p}.`);
  lines.push('- Raion names in Belarusian: the gazetteer gives the bare adjective ("Баранавіцкі"); "раён" is appended.');
  lines.push('- Cities of oblast subordination (Pinsk, Novopolotsk, Grodno, Gomel, Babruisk, Zhodzina ...) are placed in the raion');
  lines.push('  around them (BY_maps city-to-raion lookup); Minsk city is the oblast-level unit `BY-HM`.');
  lines.push('- Geometry: coordinates rounded to 5 decimals (about 1 m), repeated points removed, rings rewound to the');
  lines.push('  GeoJSON (RFC 7946) order: exterior rings counter-clockwise, holes clockwise. No other simplification.');
  lines.push('- Cluster status: the first word of the seed row\'s `status_hint`; "operating?" is stored as operating with the');
  lines.push('  doubt written in the description; "planned" and "project" are stored as potential (no evidence the cluster');
  lines.push('  was set up). `status_since` and `founded_year` are filled only when the row gives a single year');
  lines.push('  (`status_since` = 1 January of that year); for the two academic identifications the year is the publication');
  lines.push('  year, so `founded_year` stays empty.');
  lines.push('- Coordinators: only Technopark Polesye (cluster 1) is named as a coordinating body in the sources. The other');
  lines.push('  organisations named in the seed rows (universities, the NAS, the Institute of Physics, the Smorgon district');
  lines.push('  executive committee, the NGO) are stored as members, not illustrative; Ivatsevichdrev is the named core');
  lines.push('  (anchor, not illustrative) of cluster 4. Other anchor memberships (same oblast and NACE division as the');
  lines.push('  cluster\'s specialisation) are illustrative.');
  for (const [seed, a] of Object.entries(AGREEMENTS)) lines.push(`- ${seed}: agreement_date ${a.date} (${a.why}).`);
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------

function main(): void {
  log(`shared data: ${SHARED}`);
  statSync(SHARED);
  const cityRaion = new Map(readCsv('belarus/by_city_raion.csv').map((r) => [r.city_id!, r.raion_id!]));

  // 1. territories
  writeCsv('territories.csv', ['id', 'level', 'parent_id', 'iso_code', 'name_ru', 'name_be', 'name_en', 'area_km2'], territories as unknown as OutRow[]);
  // 2. geometry
  buildGeo();
  // 3. sectors
  const sectors = buildSectors();
  writeCsv('sectors.csv', ['code', 'level', 'parent_code', 'name_ru', 'name_en'], sectors as unknown as OutRow[]);
  const sectorCodes = new Set(sectors.map((s) => s.code));
  // 4-5. official figures
  const { official, program, sourceUrls } = buildOfficial();
  writeCsv('official_figures.csv', ['country', 'as_of', 'total', 'operating', 'forming', 'potential', 'source_url', 'source_note'], official);
  writeCsv('program_2021_2025.csv', ['oblast', 'planned_clusters', 'source_note'], program);

  // 6-7. real organisations and clusters
  const { orgs: anchors, rows: anchorRows } = buildAnchors(cityRaion);
  const { clusters, rows: seedRows } = buildClusters(cityRaion);
  const clusterBySeed = new Map(clusters.map((c) => [c.seedId, c]));
  const seedRowById = new Map(seedRows.map((r) => [r.seed_id!, r]));
  const orgs: Org[] = [...anchors];
  for (const b of NAMED_BODIES) {
    const row = seedRowById.get(b.seed);
    assert(row, `seed row ${b.seed}`);
    orgs.push({
      id: orgs.length + 1,
      kind: 'legal',
      unp: '',
      name_ru: b.name_ru,
      name_be: '',
      name_en: b.name_en,
      roles: b.roles,
      primary_sector: b.sector,
      secondary_sectors: [],
      territory: b.territory,
      size_class: '',
      employees: null,
      revenue: null,
      exports: null,
      website: '',
      profile: b.profile,
      source: row.source_url!.trim(),
      illustrative: false,
      key: b.key,
    });
  }
  const orgByKey = new Map(orgs.map((o) => [o.key!, o]));

  // memberships: real (named in the seed rows), anchors (illustrative), SMEs (illustrative)
  type M = { orgId: number; role: 'coordinator' | 'member' | 'anchor'; illustrative: boolean };
  const members = new Map<number, M[]>();
  const add = (clusterId: number, m: M): void => {
    const list = members.get(clusterId) ?? [];
    assert(!list.some((x) => x.orgId === m.orgId), `org ${m.orgId} once in cluster ${clusterId}`);
    list.push(m);
    members.set(clusterId, list);
  };
  for (const b of NAMED_BODIES) {
    const c = clusterBySeed.get(b.seed)!;
    const o = orgByKey.get(b.key)!;
    add(c.id, { orgId: o.id, role: b.clusterRole, illustrative: false });
    if (b.clusterRole === 'coordinator') {
      assert(c.coordinator_id === null, `one coordinator for ${b.seed}`);
      c.coordinator_id = o.id;
    }
  }
  for (const [seed, list] of Object.entries(SEED_NAMED_ANCHORS)) {
    for (const a of list) add(clusterBySeed.get(seed)!.id, { orgId: orgByKey.get(a.anchorKey)!.id, role: 'anchor', illustrative: false });
  }
  // anchors that plausibly belong: same oblast and same NACE division as the cluster's specialisation
  const anchorLinks: string[] = [];
  for (const c of clusters) {
    const oblasts = new Set(c.territories.map(oblastOf).filter(Boolean));
    const divisions = new Set(c.specialisation.map((s) => s.slice(0, 2)));
    for (const a of anchors) {
      if (!oblasts.has(oblastOf(a.territory))) continue;
      if (!divisions.has(a.primary_sector.slice(0, 2))) continue;
      if (members.get(c.id)?.some((m) => m.orgId === a.id)) continue;
      add(c.id, { orgId: a.id, role: 'anchor', illustrative: true });
      anchorLinks.push(`cluster ${c.id} <- ${a.name_en} (${a.primary_sector}, ${a.territory})`);
    }
  }
  log(`illustrative anchor memberships:\n  ${anchorLinks.join('\n  ')}`);

  const { smes, perCluster } = buildDemo(clusters, orgs, members);
  for (const c of clusters) for (const s of perCluster.get(c.id)!) add(c.id, { orgId: s.id, role: 'member', illustrative: true });
  const allOrgs: Org[] = [...orgs, ...smes];

  writeCsv(
    'organizations.csv',
    ['id', 'kind', 'unp', 'name_ru', 'name_be', 'name_en', 'roles', 'primary_sector', 'secondary_sectors', 'territory', 'address', 'lat', 'lon', 'size_class', 'employees', 'revenue', 'exports', 'website', 'profile', 'source', 'illustrative'],
    allOrgs.map((o) => ({ ...o, roles: o.roles.join('|'), secondary_sectors: o.secondary_sectors.join('|') })),
  );
  writeCsv(
    'clusters.csv',
    ['id', 'name_ru', 'name_be', 'name_en', 'status', 'status_since', 'specialisation', 'territories', 'coordinator_id', 'founded_year', 'agreement_date', 'agreement_ref', 'description', 'website', 'source', 'illustrative'],
    clusters.map((c) => ({ ...c, specialisation: c.specialisation.join('|'), territories: c.territories.join('|'), illustrative: false })),
  );
  const membershipRows: OutRow[] = [];
  for (const c of clusters) {
    for (const m of members.get(c.id) ?? []) {
      membershipRows.push({
        id: membershipRows.length + 1,
        organization_id: m.orgId,
        cluster_id: c.id,
        role: m.role,
        joined: c.founded_year ? `${c.founded_year}-01-01` : '',
        left: '',
        illustrative: m.illustrative,
      });
    }
  }
  writeCsv('memberships.csv', ['id', 'organization_id', 'cluster_id', 'role', 'joined', 'left', 'illustrative'], membershipRows);
  const contracts = buildContracts(clusters, perCluster);
  writeCsv(
    'contracts.csv',
    ['id', 'supplier_id', 'customer_id', 'kind', 'cluster_id', 'title', 'signed', 'start_date', 'end_date', 'value', 'status', 'illustrative'],
    contracts.map((c) => ({ ...c, illustrative: true })),
  );
  const projects = buildProjects(clusters, perCluster);
  writeCsv(
    'projects.csv',
    ['id', 'cluster_id', 'title_ru', 'title_en', 'description', 'start_date', 'end_date', 'budget', 'status', 'participants', 'illustrative'],
    projects.map((p) => ({ ...p, participants: p.participants.join('|'), illustrative: true })),
  );

  // ----- consistency checks -----
  const orgById = new Map(allOrgs.map((o) => [o.id, o]));
  assert(orgById.size === allOrgs.length, 'organisation ids unique');
  assert(new Set(allOrgs.map((o) => o.name_ru)).size === allOrgs.length, 'organisation names unique');
  const realOrgs = allOrgs.filter((o) => !o.illustrative);
  realOrgs.forEach((o, i) => assert(o.id === i + 1, `real organisation ids are 1..N (${o.id})`));
  smes.forEach((o, i) => assert(o.id === 1001 + i, 'illustrative ids from 1001'));
  assert(realOrgs.length < 1001, 'real ids stay below 1001');
  for (const o of allOrgs) {
    assert(o.unp === '', `no UNP invented (${o.id})`);
    assert(o.name_ru, `name_ru of ${o.id}`);
    if (o.primary_sector) assert(sectorCodes.has(o.primary_sector), `org ${o.id} sector ${o.primary_sector} exists`);
    for (const s of o.secondary_sectors) assert(sectorCodes.has(s), `org ${o.id} secondary sector ${s} exists`);
    if (o.territory) assert(territoryById.has(o.territory), `org ${o.id} territory ${o.territory} exists`);
    if (o.employees !== null) assert(o.size_class === sizeClass(o.employees), `org ${o.id} size class matches employees`);
    if (o.illustrative) {
      assert(o.name_ru.startsWith('Демо: ') && o.name_en.startsWith('Demo: '), `illustrative name prefix (${o.id})`);
      assert(['micro', 'small', 'medium'].includes(o.size_class), `SME size (${o.id})`);
    } else {
      assert(!o.name_ru.startsWith('Демо') && o.revenue === null && o.exports === null, `real org ${o.id} has no invented figures`);
    }
  }
  for (const c of clusters) {
    for (const s of c.specialisation) assert(sectorCodes.has(s), `cluster ${c.id} sector ${s} exists`);
    for (const t of c.territories) assert(territoryById.has(t), `cluster ${c.id} territory ${t} exists`);
    if (c.coordinator_id !== null) {
      assert(orgById.has(c.coordinator_id), `coordinator of ${c.id} exists`);
      assert(members.get(c.id)!.some((m) => m.orgId === c.coordinator_id && m.role === 'coordinator'), `coordinator of ${c.id} is a member`);
    }
    const ms = members.get(c.id) ?? [];
    assert(ms.length >= 4 && ms.length <= 8, `cluster ${c.id} has 4-8 members (${ms.length})`);
    const smeList = perCluster.get(c.id)!;
    for (const s of smeList) {
      const inTerr = c.territories.includes(s.territory) || c.territories.includes(oblastOf(s.territory));
      assert(inTerr, `SME ${s.id} lies in the territory of cluster ${c.id}`);
    }
    assert(new Set(smeList.map((s) => s.demoRole)).size >= 3, `mixed roles in cluster ${c.id}`);
    assert(new Set(smeList.map((s) => s.size_class)).size >= 2, `mixed sizes in cluster ${c.id}`);
  }
  const memberOf = new Set(membershipRows.map((m) => `${m.cluster_id}:${m.organization_id}`));
  for (const m of membershipRows) {
    assert(orgById.has(Number(m.organization_id)), `membership ${m.id} organisation exists`);
    assert(clusters.some((c) => c.id === m.cluster_id), `membership ${m.id} cluster exists`);
    if (orgById.get(Number(m.organization_id))!.illustrative) assert(m.illustrative === true, `membership ${m.id} of an illustrative org is illustrative`);
  }
  for (const k of contracts) {
    assert(k.supplier_id !== k.customer_id, `contract ${k.id} has two parties`);
    for (const id of [k.supplier_id, k.customer_id]) {
      assert(orgById.get(id)?.illustrative, `contract ${k.id} party ${id} is an illustrative organisation`);
      assert(memberOf.has(`${k.cluster_id}:${id}`), `contract ${k.id} party ${id} is a member of cluster ${k.cluster_id}`);
    }
    assert(k.signed >= '2019-01-01' && k.end_date <= '2025-12-31' && k.signed <= k.start_date && k.start_date <= k.end_date, `contract ${k.id} dates`);
  }
  const perClusterContracts = new Map<number, number>();
  for (const k of contracts) perClusterContracts.set(k.cluster_id, (perClusterContracts.get(k.cluster_id) ?? 0) + 1);
  for (const c of clusters) {
    const n = perClusterContracts.get(c.id) ?? 0;
    assert(n >= 3 && n <= 6, `cluster ${c.id} has 3-6 contracts`);
  }
  for (const p of projects) {
    const cl = clusters.find((c) => c.id === p.cluster_id);
    assert(cl && cl.status !== 'potential', `project ${p.id} belongs to an operating/forming cluster`);
    assert(p.participants.length >= 2, `project ${p.id} has participants`);
    for (const id of p.participants) assert(memberOf.has(`${p.cluster_id}:${id}`) && orgById.get(id)?.illustrative, `project ${p.id} participant ${id}`);
    assert(p.start_date >= '2019-01-01' && p.end_date <= '2025-12-31' && p.start_date <= p.end_date, `project ${p.id} dates`);
  }
  for (const c of clusters.filter((x) => x.status !== 'potential')) {
    const n = projects.filter((p) => p.cluster_id === c.id).length;
    assert(n >= 1 && n <= 2, `cluster ${c.id} has 1-2 projects`);
  }
  for (const t of territories) if (t.parent_id) assert(territoryById.has(t.parent_id), `parent of ${t.id}`);
  // the status counts of the partial list never exceed the official ones
  const byStatus = (s: string): number => clusters.filter((c) => c.status === s).length;
  assert(byStatus('operating') <= 8 && byStatus('forming') <= 6 && byStatus('potential') <= 18, 'partial list within official counts');

  // SOURCES.md: the generated sections, then the sections other scripts and people keep in the file.
  const generated = buildSourcesMd({ seedRows, anchorRows, officialUrls: sourceUrls, counts, nIllustrativeOrgs: smes.length, nRealOrgs: realOrgs.length });
  writeOut('SOURCES.md', generated + keptSections(path.join(OUT, 'SOURCES.md'), generated));

  // ----- report -----
  log('\nclusters:');
  for (const l of clusterReport) log(`  ${l}`);
  log('\nanchor enterprises:');
  for (const l of anchorsReport) log(`  ${l}`);
  if (problems.length) {
    log('\nnotes:');
    for (const p of problems) log(`  ${p}`);
  }
  log(`\nstatus of the partial list: operating ${byStatus('operating')}, forming ${byStatus('forming')}, potential ${byStatus('potential')}`);
  log('\nfiles:');
  for (const [f, n] of counts) log(`  data/${f}: ${n}`);
  log('all consistency checks passed');
}

main();
