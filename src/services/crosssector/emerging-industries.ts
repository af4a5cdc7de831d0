// The ten emerging industries of the European Observatory for Clusters and Industrial Change as sets of NACE
// codes (data/crosssector/emerging_industries.csv, with the source and limits of each definition; names in
// emerging_industry_names.csv; docs/emerging-industries.md). Every set is marked an approximation there.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { naceDivision } from './nace-divisions.ts';

const DATA = fileURLToPath(new URL('../../../data/crosssector/', import.meta.url));

export interface EmergingIndustry {
  id: string;
  nameRu: string;
  nameBe: string;
  nameEn: string;
  /** NACE codes as defined (divisions, groups or classes) */
  codes: string[];
  /** the divisions of those codes: a group or class counts its whole division in division-level data */
  divisions: string[];
  source: string;
  /** whether any code of the set is marked an approximation of the official definition */
  approximation: boolean;
}

function readCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(DATA + file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

let cached: EmergingIndustry[] | null = null;

/** The ten industries in file order (read once per process). */
export function emergingIndustries(): EmergingIndustry[] {
  if (cached) return cached;
  const names = new Map(readCsv('emerging_industry_names.csv').map((r) => [r.industry as string, r]));
  const byId = new Map<string, EmergingIndustry>();
  for (const row of readCsv('emerging_industries.csv')) {
    const id = row.industry as string;
    const code = (row.nace as string).trim();
    const division = naceDivision(code);
    if (division === null) throw new Error(`data/crosssector/emerging_industries.csv: ${code} is not a NACE code`);
    let industry = byId.get(id);
    if (!industry) {
      const name = names.get(id);
      industry = { id, nameRu: name?.name_ru ?? id, nameBe: name?.name_be ?? id, nameEn: name?.name_en ?? id, codes: [], divisions: [], source: row.source ?? '', approximation: false };
      byId.set(id, industry);
    }
    industry.codes.push(code);
    if (!industry.divisions.includes(division)) industry.divisions.push(division);
    if (/approximation/i.test(row.note ?? '')) industry.approximation = true;
  }
  cached = [...byId.values()];
  return cached;
}

/**
 * The emerging industries a NACE code belongs to: those whose set holds the code or a coarser code of it
 * (26.60 belongs where 26.6 or 26 is listed). A division-level code belongs only where the division itself is
 * listed. Ids in file order.
 */
export function emergingIndustriesOf(code: string, industries: readonly EmergingIndustry[] = emergingIndustries()): string[] {
  const c = code.trim();
  const within = (listed: string) => c === listed || (c.startsWith(listed) && (listed.length === 2 ? c[2] === '.' : true));
  return industries.filter((i) => i.codes.some(within)).map((i) => i.id);
}
