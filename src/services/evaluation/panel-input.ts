// Reads a firm x year panel for the impact evaluation of cluster membership (issue 8,
// docs/methods-evaluation-impact.md): `firm,year,member_since,employment,revenue,exports[,productivity,sector,region]`,
// one row per firm and year, e.g. `F-17,2019,2018,42,3.1,0.9`. `member_since` is the year the firm joined a
// cluster (empty = never a member) and must be the same on every row of a firm. `productivity` is optional
// (empty or absent: revenue / employment, NaN when employment is 0). `sector` and `region` are kept per firm
// (the first non-empty value) for display; the estimator does not use them. Every firm must have a row for
// every year of the panel's span (the smallest to the largest year in the file).
import { basename } from 'node:path';
import type { ImpactPanel } from '../../analytics/evaluation/impact.ts';
import { cell, checkYear, eachRow, RowErrors } from '../files/table-input.ts';
import { inputFormat, type TableSource } from '../files/read-table.ts';
import { parseNumber } from '../mapping-input.ts';

export interface PanelData {
  panel: ImpactPanel;
  /** firm ids in the order of their first row; firm i is row i of the panel */
  firms: string[];
  /** per firm, '' where not given */
  sector: string[];
  region: string[];
}

/** One firm-year, as the server receives it. `memberSince` null, undefined or 0 = never a member. */
export interface PanelRecord {
  firm: string;
  year: number;
  memberSince?: number | null;
  employment: number;
  revenue: number;
  exports: number;
  /** default revenue / employment */
  productivity?: number | null;
  sector?: string;
  region?: string;
}

const MEASURES = ['employment', 'revenue', 'exports'] as const;

/** Reads a panel file by path (CSV or XLSX by extension). @throws {ValidationError} as readPanel, or for another extension */
export async function readPanelFile(path: string, name = basename(path)): Promise<PanelData> {
  return await readPanel({ path }, inputFormat(path, name), name);
}

/**
 * Reads and checks a panel table.
 * @throws {ValidationError} naming the file, row and column of every problem: an empty firm, a bad year or
 *   member_since, a non-numeric or negative value, a repeated firm-year, a member_since that differs between
 *   rows of a firm, a firm without a row for some year of the panel
 */
export async function readPanel(source: TableSource, format: 'csv' | 'xlsx', name: string): Promise<PanelData> {
  const errors = new RowErrors(name);
  const builder = new PanelBuilder(errors);
  await eachRow(source, format, name, {
    required: ['firm', 'year', 'member_since', ...MEASURES],
    optional: ['productivity', 'sector', 'region'],
  }, ({ row, cells }, at) => {
    const firm = cell(cells, at.firm);
    if (firm === '') errors.add(row, 'firm', 'empty: a firm id is expected');
    const year = checkYear(cell(cells, at.year), row, errors);
    const since = cell(cells, at.member_since);
    let memberSince = 0;
    if (since !== '') {
      if (/^\d{4}$/.test(since) && Number(since) >= 1800 && Number(since) <= 2100) memberSince = Number(since);
      else errors.add(row, 'member_since', `"${since}" is not a four-digit year (leave it empty for a firm that never joined)`);
    }
    const value = (column: string, raw: string, optional: boolean): number => {
      if (raw === '') {
        if (!optional) errors.add(row, column, 'empty: a number >= 0 is expected');
        return NaN;
      }
      const v = parseNumber(raw);
      if (!Number.isFinite(v)) errors.add(row, column, `"${raw}" is not a number`);
      else if (v < 0) errors.add(row, column, `${raw} is negative: a number >= 0 is expected`);
      return v;
    };
    const [employment, revenue, exports] = MEASURES.map((m) => value(m, cell(cells, at[m]), false)) as [number, number, number];
    const rawProductivity = cell(cells, at.productivity);
    const productivity = rawProductivity === '' ? null : value('productivity', rawProductivity, true);
    builder.add(row, { firm, year, memberSince, employment, revenue, exports, productivity, sector: cell(cells, at.sector), region: cell(cells, at.region) });
  });
  return builder.finish();
}

/**
 * The panel of an array of records, checked like a file (row = the record's position, counting from 1).
 * @throws {ValidationError} as readPanel
 */
export function panelFromRecords(records: readonly PanelRecord[], name = 'panel'): PanelData {
  const errors = new RowErrors(name);
  const builder = new PanelBuilder(errors);
  records.forEach((r, index) => {
    const row = index + 1;
    const firm = typeof r.firm === 'string' ? r.firm.trim() : '';
    if (firm === '') errors.add(row, 'firm', 'empty: a firm id is expected');
    let year = 0;
    if (Number.isInteger(r.year) && r.year >= 1800 && r.year <= 2100) year = r.year;
    else errors.add(row, 'year', `${String(r.year)} is not a year between 1800 and 2100`);
    let memberSince = 0;
    if (r.memberSince !== null && r.memberSince !== undefined && r.memberSince !== 0) {
      if (Number.isInteger(r.memberSince) && r.memberSince >= 1800 && r.memberSince <= 2100) memberSince = r.memberSince;
      else errors.add(row, 'member_since', `${String(r.memberSince)} is not a year between 1800 and 2100 (null for a firm that never joined)`);
    }
    const value = (column: string, v: unknown): number => {
      if (typeof v !== 'number' || !Number.isFinite(v)) errors.add(row, column, `${String(v)} is not a number`);
      else if (v < 0) errors.add(row, column, `${v} is negative: a number >= 0 is expected`);
      return typeof v === 'number' ? v : NaN;
    };
    const [employment, revenue, exports] = MEASURES.map((m) => value(m, r[m])) as [number, number, number];
    const productivity = r.productivity === null || r.productivity === undefined ? null : value('productivity', r.productivity);
    builder.add(row, { firm, year, memberSince, employment, revenue, exports, productivity, sector: r.sector?.trim() ?? '', region: r.region?.trim() ?? '' });
  });
  return builder.finish();
}

interface Row {
  firm: string;
  /** 0 when invalid (already reported) */
  year: number;
  memberSince: number;
  employment: number;
  revenue: number;
  exports: number;
  productivity: number | null;
  sector: string;
  region: string;
}

/** Collects checked rows, then checks the panel as a whole and lays it out firm-major. */
class PanelBuilder {
  private readonly rows: Row[] = [];
  private readonly rowNumbers: number[] = [];
  private readonly firmIndex = new Map<string, number>();
  private readonly firms: { id: string; row: number; memberSince: number; sector: string; region: string }[] = [];
  private readonly seen = new Map<string, number>();

  constructor(private readonly errors: RowErrors) {}

  add(row: number, r: Row): void {
    this.rows.push(r);
    this.rowNumbers.push(row);
    if (r.firm === '') return;
    let f = this.firmIndex.get(r.firm);
    if (f === undefined) {
      f = this.firms.length;
      this.firmIndex.set(r.firm, f);
      this.firms.push({ id: r.firm, row, memberSince: r.memberSince, sector: r.sector, region: r.region });
    } else {
      const first = this.firms[f] as { id: string; row: number; memberSince: number; sector: string; region: string };
      if (first.memberSince !== r.memberSince) {
        const show = (y: number) => (y === 0 ? 'empty' : String(y));
        this.errors.add(row, 'member_since', `firm ${r.firm}: member_since ${show(r.memberSince)} differs from ${show(first.memberSince)} on row ${first.row}`);
      }
      if (first.sector === '') first.sector = r.sector;
      if (first.region === '') first.region = r.region;
    }
    if (r.year > 0) {
      const key = `${r.firm}\u0000${r.year}`;
      const before = this.seen.get(key);
      if (before !== undefined) this.errors.add(row, 'year', `firm ${r.firm}, year ${r.year} repeats row ${before}`);
      else this.seen.set(key, row);
    }
  }

  finish(): PanelData {
    if (this.rows.length === 0 && this.errors.total === 0) this.errors.add(2, 'firm', 'the panel has no rows');
    let minYear = Infinity;
    let maxYear = -Infinity;
    for (const r of this.rows) {
      if (r.year > 0 && r.firm !== '') {
        minYear = Math.min(minYear, r.year);
        maxYear = Math.max(maxYear, r.year);
      }
    }
    const nFirms = this.firms.length;
    const nYears = Number.isFinite(minYear) ? maxYear - minYear + 1 : 0;
    const present = new Uint8Array(nFirms * nYears);
    for (const r of this.rows) {
      const f = this.firmIndex.get(r.firm);
      if (f !== undefined && r.year > 0) present[f * nYears + r.year - minYear] = 1;
    }
    for (let f = 0; f < nFirms; f++) {
      const missing: string[] = [];
      for (let t = 0; t < nYears; t++) if (present[f * nYears + t] === 0) missing.push(String(minYear + t));
      if (missing.length > 0) {
        const firm = this.firms[f] as { id: string; row: number };
        this.errors.add(firm.row, 'year', `firm ${firm.id}: no row for ${listYears(missing)} (the panel covers ${minYear}-${maxYear})`);
      }
    }
    this.errors.finish();
    const n = nFirms * nYears;
    const values = { employment: new Float64Array(n), revenue: new Float64Array(n), exports: new Float64Array(n), productivity: new Float64Array(n) };
    for (const r of this.rows) {
      const at = (this.firmIndex.get(r.firm) as number) * nYears + r.year - minYear;
      values.employment[at] = r.employment;
      values.revenue[at] = r.revenue;
      values.exports[at] = r.exports;
      values.productivity[at] = r.productivity ?? (r.employment > 0 ? r.revenue / r.employment : NaN);
    }
    return {
      panel: {
        nFirms, nYears, firstYear: minYear,
        memberSince: Int32Array.from(this.firms, (f) => f.memberSince),
        outcomes: (['employment', 'revenue', 'exports', 'productivity'] as const).map((name) => ({ name, values: values[name] })),
      },
      firms: this.firms.map((f) => f.id),
      sector: this.firms.map((f) => f.sector),
      region: this.firms.map((f) => f.region),
    };
  }
}

/** Up to 20 years, then "and N more". */
function listYears(years: readonly string[], max = 20): string {
  const shown = years.slice(0, max).join(', ');
  return years.length > max ? `${shown} and ${years.length - max} more` : shown;
}
