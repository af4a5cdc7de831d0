// Cluster mapping of a region x category table: location quotients, the U.S. Cluster Mapping classification
// (strong, strong10, significant, qualifying) and European Cluster Observatory stars, one output row per
// region x category cell that is a row of the input (for the selected year). Cells missing from the input
// count as 0 employment in the totals but are not written: with 10,000 regions x 600 categories most cells
// are empty, and a row for each would be noise. Rows are ordered by region, then category (as text).
import { clusterMapping } from '../analytics/cluster-mapping.ts';
import type { MappingInput } from './mapping-input.ts';

export const MAPPING_COLUMNS = [
  'region', 'category', 'employment', 'establishments', 'lq', 'strong', 'strong10', 'significant', 'qualifying',
  'stars', 'star_size', 'star_specialisation', 'star_focus', 'star_productivity',
] as const;

export interface MappingRow {
  region: string;
  category: string;
  employment: number;
  establishments: number;
  /** NaN when undefined (a region or category with no employment). */
  lq: number;
  strong: boolean;
  strong10: boolean;
  significant: boolean;
  qualifying: boolean;
  stars: number;
  star_size: boolean;
  star_specialisation: boolean;
  star_focus: boolean;
  star_productivity: boolean;
}

export interface MappingResult {
  rows: MappingRow[];
  regions: number;
  categories: number;
  /** Rows with strong = true. */
  strong: number;
  year: number | null;
}

export function computeMapping(input: MappingInput): MappingResult {
  const nR = input.regions.length;
  const nC = input.categories.length;
  const { lq, classes: flags, stars } = clusterMapping(input.employment, input.establishments, nR, nC, {
    ...(input.traded ? { traded: input.traded } : {}), wages: input.wages,
  });
  const rows: MappingRow[] = [];
  let strong = 0;
  for (let r = 0; r < nR; r++) {
    for (let c = 0; c < nC; c++) {
      const i = r * nC + c;
      if (!input.present[i]) continue;
      const row: MappingRow = {
        region: input.regions[r] as string,
        category: input.categories[c] as string,
        employment: input.employment[i] as number,
        establishments: input.establishments[i] as number,
        lq: lq[i] as number,
        strong: flags.strong[i] === 1,
        strong10: flags.strong10[i] === 1,
        significant: flags.significant[i] === 1,
        qualifying: flags.qualifying[i] === 1,
        stars: stars.stars[i] as number,
        star_size: stars.size[i] === 1,
        star_specialisation: stars.specialisation[i] === 1,
        star_focus: stars.focus[i] === 1,
        star_productivity: stars.productivity[i] === 1,
      };
      if (row.strong) strong += 1;
      rows.push(row);
    }
  }
  return { rows, regions: nR, categories: nC, strong, year: input.year };
}

/** The rows as CSV text (UTF-8 with BOM, `,`, `\n`): booleans as true/false, lq at full precision, NaN empty. */
export function mappingCsv(rows: readonly MappingRow[]): string {
  const parts: string[] = [`\uFEFF${MAPPING_COLUMNS.join(',')}\n`];
  for (const row of rows) {
    parts.push(MAPPING_COLUMNS.map((k) => csvCell(row[k])).join(','), '\n');
  }
  return parts.join('');
}

/** The rows as a JSON array of objects; an undefined lq is null. */
export function mappingJson(rows: readonly MappingRow[]): string {
  return `${JSON.stringify(rows.map((r) => ({ ...r, lq: Number.isFinite(r.lq) ? r.lq : null })), null, 0)}\n`;
}

function csvCell(value: string | number | boolean): string {
  if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
