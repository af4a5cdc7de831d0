// Reads the criteria of clusters competing for support and ranks and selects them within a budget (issue 8,
// docs/methods-evaluation-decisions.md): `cluster,cost` then one numeric column per criterion (benefit: more is
// better, unless listed as a cost criterion). TOPSIS closeness ranks the clusters; the exact 0/1 knapsack picks the
// set of largest total closeness whose costs fit the budget; the weight sensitivity reports, per criterion, the
// weights within which the top cluster and the selection stay the same.
import { basename } from 'node:path';
import { knapsack01 } from '../../analytics/evaluation/knapsack.ts';
import { topsis } from '../../analytics/evaluation/topsis.ts';
import { type WeightSensitivity, weightSensitivity } from '../../analytics/evaluation/weight-sensitivity.ts';
import { csvCode } from '../complexity-output.ts';
import { ValidationError } from '../errors.ts';
import { FileFormatError, inputFormat, readTable, type TableSource } from '../files/read-table.ts';
import { parseNumber } from '../mapping-input.ts';
import { cell, RowErrors } from '../files/table-input.ts';

export interface CriteriaTable {
  clusters: string[];
  /** criterion names, in file order (the header names as written, trimmed) */
  criteria: string[];
  /** clusters x criteria, row-major */
  values: Float64Array;
  costs: Float64Array;
}

export interface SupportOptions {
  /** `name=w,name=w` (every criterion, w >= 0, not all 0); equal weights when absent */
  weights?: string;
  /** `name,name`: the criteria where less is better */
  costCriteria?: string;
  /** a positive number */
  budget: string;
}

export interface SupportSettings { weights: Float64Array; benefit: Uint8Array; budget: number }

export interface SupportRow { cluster: string; closeness: number; rank: number; cost: number; selected: boolean }

/** Reads a criteria file by path (CSV or XLSX by extension). */
export function readCriteriaFile(path: string, name = basename(path)): Promise<CriteriaTable> {
  return readCriteria({ path }, inputFormat(path, name), name);
}

/**
 * Reads and checks a criteria table.
 * @throws {ValidationError} naming the file, row and column of every problem: a missing cluster or cost column,
 *   no criterion column, a repeated column, an empty or repeated cluster, an empty, non-numeric or negative cost,
 *   an empty or non-numeric criterion value, no rows
 */
export async function readCriteria(source: TableSource, format: 'csv' | 'xlsx', name: string): Promise<CriteriaTable> {
  let table;
  try {
    table = await readTable(source, format);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    const message = /empty/.test(error.message) ? 'the file is empty: a header row cluster,cost,<criteria...> is expected' : error.message;
    throw new ValidationError(`${name}: ${message}`, [{ row: 1, column: 'cluster', message }]);
  }
  const header = table.header.map((h) => h.trim().replace(/^\uFEFF/, ''));
  const lower = header.map((h) => h.toLowerCase());
  const errors = new RowErrors(name);
  for (const column of ['cluster', 'cost']) {
    if (!lower.includes(column)) errors.add(1, column, `required column is missing (header: ${header.join(', ')})`);
  }
  const at = { cluster: lower.indexOf('cluster'), cost: lower.indexOf('cost') };
  const criteriaAt: number[] = [];
  header.forEach((h, i) => {
    if (i === at.cluster || i === at.cost) return;
    if (h === '') errors.add(1, `column ${i + 1}`, 'empty column name: every criterion column needs a name');
    else if (lower.indexOf(h.toLowerCase()) !== i) errors.add(1, h, `column "${h}" repeats column ${lower.indexOf(h.toLowerCase()) + 1}`);
    else criteriaAt.push(i);
  });
  if (errors.total === 0 && criteriaAt.length === 0) errors.add(1, 'cost', 'no criterion column: at least one numeric column after cluster,cost is expected');
  errors.finish();
  const criteria = criteriaAt.map((i) => header[i] as string);
  const clusters: string[] = [];
  const costs: number[] = [];
  const values: number[] = [];
  const seen = new Map<string, number>();
  for await (const batch of table.batches) {
    for (const { row, cells } of batch) {
      if (cells.every((c) => c.trim() === '')) continue;
      const cluster = cell(cells, at.cluster);
      if (cluster === '') errors.add(row, 'cluster', 'empty: a cluster name or id is expected');
      else if (seen.has(cluster)) errors.add(row, 'cluster', `cluster "${cluster}" repeats row ${seen.get(cluster)}`);
      else seen.set(cluster, row);
      const rawCost = cell(cells, at.cost);
      const cost = parseNumber(rawCost);
      if (rawCost === '') errors.add(row, 'cost', 'empty: the cost of supporting the cluster is expected');
      else if (!Number.isFinite(cost)) errors.add(row, 'cost', `"${rawCost}" is not a number`);
      else if (cost < 0) errors.add(row, 'cost', `${rawCost} is negative: a cost >= 0 is expected`);
      criteriaAt.forEach((i, k) => {
        const raw = cell(cells, i);
        const v = parseNumber(raw);
        if (raw === '') errors.add(row, criteria[k] as string, 'empty: a number is expected');
        else if (!Number.isFinite(v)) errors.add(row, criteria[k] as string, `"${raw}" is not a number`);
        values.push(Number.isFinite(v) ? v : 0);
      });
      clusters.push(cluster);
      costs.push(Number.isFinite(cost) ? cost : 0);
    }
  }
  if (clusters.length === 0 && errors.total === 0) errors.add(2, 'cluster', 'the file has a header but no rows');
  errors.finish();
  return { clusters, criteria, values: Float64Array.from(values), costs: Float64Array.from(costs) };
}

/**
 * The weights, directions and budget from the command's options, checked against the file's criteria.
 * @throws {ValidationError} naming the option: a budget that is not a positive number, an unknown criterion or a
 *   malformed item in --weights or --cost-criteria, a negative or non-numeric weight, a criterion without a
 *   weight, weights summing to 0
 */
export function supportSettings(criteria: readonly string[], options: SupportOptions): SupportSettings {
  const problems: { column: string; message: string }[] = [];
  const index = new Map(criteria.map((c, i) => [c.toLowerCase(), i]));
  const known = criteria.join(', ');
  const budget = parseNumber(options.budget);
  if (!(budget > 0 && Number.isFinite(budget))) problems.push({ column: '--budget', message: `"${options.budget}" is not a positive number` });
  const weights = new Float64Array(criteria.length).fill(1);
  if (options.weights !== undefined) {
    const given = new Set<number>();
    for (const item of options.weights.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      const eq = item.lastIndexOf('=');
      const key = eq < 0 ? '' : item.slice(0, eq).trim();
      const raw = eq < 0 ? '' : item.slice(eq + 1).trim();
      const j = index.get(key.toLowerCase());
      const w = parseNumber(raw);
      if (eq < 0) problems.push({ column: '--weights', message: `"${item}" is not name=weight` });
      else if (j === undefined) problems.push({ column: '--weights', message: `unknown criterion "${key}" (the file has ${known})` });
      else if (!Number.isFinite(w)) problems.push({ column: '--weights', message: `weight of ${key} "${raw}" is not a number` });
      else if (w < 0) problems.push({ column: '--weights', message: `weight of ${key} ${raw} is negative: weights >= 0 are expected` });
      else if (given.has(j)) problems.push({ column: '--weights', message: `criterion ${key} is given twice` });
      else {
        weights[j] = w;
        given.add(j);
      }
    }
    const missing = criteria.filter((_, j) => !given.has(j));
    if (missing.length > 0) problems.push({ column: '--weights', message: `no weight for ${missing.join(', ')}: give every criterion a weight (0 drops one)` });
    else if (problems.length === 0 && weights.every((w) => w === 0)) problems.push({ column: '--weights', message: 'the weights are all 0' });
  }
  const benefit = new Uint8Array(criteria.length).fill(1);
  for (const name of (options.costCriteria ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const j = index.get(name.toLowerCase());
    if (j === undefined) problems.push({ column: '--cost-criteria', message: `unknown criterion "${name}" (the file has ${known})` });
    else benefit[j] = 0;
  }
  if (problems.length > 0) {
    throw new ValidationError(`bad option${problems.length > 1 ? 's' : ''}: ${problems.map((p) => `${p.column}: ${p.message}`).join('; ')}`,
      problems.map((p) => ({ row: 0, ...p })));
  }
  return { weights, benefit, budget };
}

/** TOPSIS closeness and rank of each cluster and the budget selection (knapsack01 on the closeness), by rank. */
export function supportRanking(table: CriteriaTable, settings: SupportSettings): SupportRow[] {
  const n = table.clusters.length;
  const { closeness, rank } = topsis(table.values, n, table.criteria.length, settings.weights, settings.benefit);
  const { selected } = knapsack01(closeness, table.costs, settings.budget);
  return table.clusters
    .map((cluster, i) => ({ cluster, closeness: closeness[i] as number, rank: rank[i] as number, cost: table.costs[i] as number, selected: selected[i] === 1, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ i: _i, ...row }) => row);
}

/** The weight sensitivity of the ranking and the selection (weightSensitivity, 21 steps). */
export function supportSensitivity(table: CriteriaTable, settings: SupportSettings): WeightSensitivity {
  return weightSensitivity(table.values, table.clusters.length, table.criteria.length, settings.weights, settings.benefit,
    table.costs, settings.budget);
}

/** `cluster,closeness,rank,cost,selected` (selected 1 or 0), rows as given (by rank). */
export function supportCsv(rows: readonly SupportRow[]): string {
  return `cluster,closeness,rank,cost,selected\n${rows.map((r) => `${csvCode(r.cluster)},${r.closeness},${r.rank},${r.cost},${r.selected ? 1 : 0}\n`).join('')}`;
}

/**
 * `criterion,weight,top_lo,top_hi,selection_lo,selection_hi`: each criterion's normalised weight and the weight
 * intervals within which the top cluster and the selected set stay the same (ends rounded to 6 decimals).
 */
export function sensitivityCsv(table: CriteriaTable, s: WeightSensitivity): string {
  const r6 = (x: number) => String(Math.round(x * 1e6) / 1e6);
  return `criterion,weight,top_lo,top_hi,selection_lo,selection_hi\n${s.criteria.map((c) => [
    csvCode(table.criteria[c.criterion] as string), r6(c.current), r6(c.topStable.lo), r6(c.topStable.hi), r6(c.selectionStable.lo), r6(c.selectionStable.hi),
  ].join(',') + '\n').join('')}`;
}
