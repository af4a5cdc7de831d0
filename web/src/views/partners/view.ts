// The partner search page's state in the URL and pure helpers (weights, score bars, reasons, names, compare).
// ?org=ID or ?cluster=ID (the subject), mode=similar|complementary|foreign, territory, country, role, sizeClass,
// sector, member (a cluster the candidates belong to), weights=sector=1,text=0.5, top.
import {
  type Component, COMPONENTS, formatWeights, PARTNER_MODES, type PartnerMode, type PartnerQuery, parseWeights, type Weights,
} from '../../api/partners.ts';

export interface PartnersView {
  org: string;
  cluster: string;
  mode: PartnerMode;
  territory: string;
  country: string;
  role: string;
  sizeClass: string;
  sector: string;
  /** a cluster the candidates must belong to (`cluster` in the API; `member` here, `cluster` is the subject) */
  member: string;
  /** the weights the user set; the others are the server's defaults */
  weights: Partial<Weights>;
  top: number;
}

export const ORG_ROLES = ['producer', 'supplier', 'service', 'rnd', 'education', 'finance', 'government', 'nonprofit'] as const;
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;

export const DEFAULT_TOP = 20;
export const TOP_CHOICES = [10, 20, 50, 100] as const;

export const DEFAULT_VIEW: PartnersView = {
  org: '', cluster: '', mode: 'similar', territory: '', country: '', role: '', sizeClass: '', sector: '', member: '', weights: {}, top: DEFAULT_TOP,
};

const TEXT_KEYS = ['territory', 'country', 'role', 'sizeClass', 'sector'] as const;
const ID = /^\d+$/;
/** Modes a subject can ask for: foreign clusters only for a cluster. */
export const modesFor = (subject: 'organization' | 'cluster'): readonly PartnerMode[] =>
  subject === 'cluster' ? PARTNER_MODES : PARTNER_MODES.filter((m) => m !== 'foreign');

export function readView(params: URLSearchParams): PartnersView {
  const cluster = ID.test(params.get('cluster') ?? '') ? params.get('cluster')! : '';
  const org = cluster ? '' : ID.test(params.get('org') ?? '') ? params.get('org')! : '';
  const mode = params.get('mode') as PartnerMode | null;
  const top = Number(params.get('top'));
  const view: PartnersView = {
    ...DEFAULT_VIEW,
    org,
    cluster,
    mode: mode && modesFor(cluster ? 'cluster' : 'organization').includes(mode) ? mode : 'similar',
    member: ID.test(params.get('member') ?? '') ? params.get('member')! : '',
    weights: parseWeights(params.get('weights') ?? ''),
    top: (TOP_CHOICES as readonly number[]).includes(top) ? top : DEFAULT_TOP,
  };
  for (const key of TEXT_KEYS) view[key] = (params.get(key) ?? '').trim().slice(0, 64);
  return view;
}

/** The URL's parameters for a view: defaults left out, other parameters (such as ?lang) kept. */
export function writeView(current: URLSearchParams, view: PartnersView): URLSearchParams {
  const next = new URLSearchParams(current);
  const values: Record<string, string> = {
    org: view.cluster ? '' : view.org,
    cluster: view.cluster,
    mode: view.mode === DEFAULT_VIEW.mode ? '' : view.mode,
    territory: view.territory, country: view.country, role: view.role, sizeClass: view.sizeClass, sector: view.sector,
    member: view.member,
    weights: formatWeights(view.weights),
    top: view.top === DEFAULT_TOP ? '' : String(view.top),
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The API query of a view, or null while no subject is chosen. */
export function toQuery(view: PartnersView): PartnerQuery | null {
  if (!view.org && !view.cluster) return null;
  return {
    subject: view.cluster ? { kind: 'cluster', id: Number(view.cluster) } : { kind: 'organization', id: Number(view.org) },
    mode: view.mode, top: view.top, weights: view.weights,
    territory: view.territory, country: view.country, role: view.role, sizeClass: view.sizeClass, sector: view.sector, cluster: view.member,
  };
}

/** Default slider value of each component when neither the URL nor the server say otherwise. */
export const DEFAULT_WEIGHT = 1;
export const WEIGHT_MAX = 3;
export const WEIGHT_STEP = 0.25;

/** The slider values: the URL's weights over the server's, else the default. */
export function sliderWeights(own: Partial<Weights>, server: Partial<Weights> | undefined): Weights {
  const result = {} as Weights;
  for (const c of COMPONENTS) result[c] = own[c] ?? server?.[c] ?? DEFAULT_WEIGHT;
  return result;
}

/** A changed slider: the URL keeps every weight from then on, so the server and the sliders agree. */
export function setWeight(current: Weights, component: Component, value: number): Weights {
  const clamped = Math.min(WEIGHT_MAX, Math.max(0, Number.isFinite(value) ? value : 0));
  return { ...current, [component]: Math.round(clamped / WEIGHT_STEP) * WEIGHT_STEP };
}

/** A score in [0, 1] as a whole percentage for a bar's width (clamped; NaN counts as 0). */
export function barPercent(score: number | null | undefined): number {
  if (score === null || score === undefined || !Number.isFinite(score)) return 0;
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

type Named = { name?: string | null; nameRu?: string | null; nameBe?: string | null; nameEn?: string | null };

/** The name of a match in a language: nameEn / nameBe when asked for and present, else nameRu, else name. */
export function matchName(item: Named, language: string): string {
  const localized = language === 'en' ? item.nameEn : language === 'be' ? item.nameBe : null;
  return localized || item.nameRu || item.name || item.nameEn || '';
}

/** A reason's parameters for a message: fractional numbers through `decimal` (the interface's decimal mark), arrays joined. */
export function reasonParams(params: Record<string, unknown> | undefined, decimal: (n: number) => string = String): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number') out[key] = Number.isInteger(value) ? value : decimal(value);
    else if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.join(', ');
    else if (value !== null && value !== undefined) out[key] = String(value);
  }
  return out;
}

type Profile = {
  primarySector: string | null;
  secondarySectors: string[];
  territoryId: string | null;
  sizeClass: string | null;
  roles: string[];
  certifications?: string[];
  labels?: string[];
};

/** An organisation's sector codes: the primary first, then the secondary ones, no repeats. */
export function sectorCodes(o: Pick<Profile, 'primarySector' | 'secondarySectors'>): string[] {
  return [...new Set([o.primarySector, ...o.secondarySectors].filter((s): s is string => !!s))];
}

/**
 * What two public profiles share, computed in the browser when the API gives no pair score: sector codes
 * (exact), sector divisions (the first two digits), territory, size class, roles, certifications.
 */
export function compareProfiles(a: Profile, b: Profile) {
  const codesA = sectorCodes(a);
  const codesB = new Set(sectorCodes(b));
  const division = (code: string) => code.split('.')[0]!;
  const divisionsB = new Set([...codesB].map(division));
  const shared = (x: string[] | undefined, y: string[] | undefined) => {
    const set = new Set(y ?? []);
    return (x ?? []).filter((v) => set.has(v));
  };
  return {
    sharedSectors: codesA.filter((c) => codesB.has(c)),
    sharedDivisions: [...new Set(codesA.map(division))].filter((d) => divisionsB.has(d)),
    sameTerritory: a.territoryId !== null && a.territoryId === b.territoryId,
    sameSize: a.sizeClass !== null && a.sizeClass === b.sizeClass,
    sharedRoles: shared(a.roles, b.roles),
    sharedCertifications: shared(a.certifications, b.certifications),
  };
}

export interface CompareView { a: string; b: string }

export function readCompare(params: URLSearchParams): CompareView {
  const id = (key: string) => (ID.test(params.get(key) ?? '') ? params.get(key)! : '');
  return { a: id('a'), b: id('b') };
}

export function writeCompare(current: URLSearchParams, view: CompareView): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of ['a', 'b'] as const) {
    if (view[key]) next.set(key, view[key]);
    else next.delete(key);
  }
  return next;
}
