// Support for competitive clusters: the clusters that applied for support in a year ranked by TOPSIS on the
// support criteria with the user's weights, the best set within the budget (exact 0/1 knapsack on closeness), and
// how the choice changes when one weight changes (analytics/evaluation/topsis.ts, knapsack.ts, weight-sensitivity.ts).
import type { Queryable } from '../../db/database.ts';
import { knapsack01 } from '../../analytics/evaluation/knapsack.ts';
import { topsis } from '../../analytics/evaluation/topsis.ts';
import { weightSensitivity } from '../../analytics/evaluation/weight-sensitivity.ts';
import { fieldErrors, NotFoundError } from '../errors.ts';
import { clusterCriteria, SUPPORT_CRITERIA, type SupportCriterionCode } from './support-criteria.ts';

export interface SupportRankRequest { weights?: Partial<Record<string, number>>; budget: number; year?: number }

export interface SupportRanking {
  year: number;
  budget: number;
  criteria: { code: SupportCriterionCode; benefit: boolean; weight: number }[];
  items: { clusterId: number; name: string; cost: number; closeness: number; rank: number; selected: boolean; values: Record<string, number | null> }[];
  total: { cost: number; value: number };
  sensitivity: { criterion: SupportCriterionCode; stableFrom: number; stableTo: number; steps: { weight: number; top: number | null; selected: number[] }[] }[];
  illustrative: boolean;
}

function checkWeights(weights: Partial<Record<string, number>>): Float64Array {
  const problems: { field: string; message: string }[] = [];
  for (const [code, w] of Object.entries(weights)) {
    if (!(SUPPORT_CRITERIA as readonly string[]).includes(code)) problems.push({ field: `weights.${code}`, message: `unknown criterion; expected one of ${SUPPORT_CRITERIA.join(', ')}` });
    else if (typeof w !== 'number' || !(w >= 0)) problems.push({ field: `weights.${code}`, message: 'expected a number >= 0' });
  }
  const values = Float64Array.from(SUPPORT_CRITERIA, (c) => weights[c] ?? (Object.keys(weights).length === 0 ? 1 : 0));
  if (problems.length === 0 && values.every((w) => w === 0)) problems.push({ field: 'weights', message: 'at least one weight must be positive' });
  if (problems.length > 0) throw fieldErrors(problems);
  const total = values.reduce((s, w) => s + w, 0);
  return values.map((w) => w / total);
}

export async function rankForSupport(db: Queryable, request: SupportRankRequest): Promise<SupportRanking> {
  if (!(request.budget > 0)) throw fieldErrors([{ field: 'budget', message: 'expected a positive number' }]);
  const weights = checkWeights(request.weights ?? {});
  const year = request.year ?? (await db.query<{ year: number | null }>('SELECT max(year) AS year FROM support_applications')).rows[0]?.year;
  if (year === null || year === undefined) throw new NotFoundError('support applications', 'any year');
  const { rows: applications } = await db.query<{ cluster_id: number; name: string; amount: number; illustrative: boolean }>(
    `SELECT a.cluster_id, c.name_ru AS name, a.amount, a.illustrative FROM support_applications a JOIN clusters c ON c.id = a.cluster_id
     WHERE a.year = $1 ORDER BY a.cluster_id`, [year]);
  if (applications.length === 0) throw new NotFoundError('support applications of year', year);
  const values: Record<SupportCriterionCode, number | null>[] = [];
  for (const a of applications) values.push(await clusterCriteria(db, a.cluster_id));
  const nAlt = applications.length;
  const nCrit = SUPPORT_CRITERIA.length;
  // A value the data cannot give counts as 0: the worst on a benefit criterion of non-negative figures.
  const matrix = Float64Array.from({ length: nAlt * nCrit }, (_, k) => values[Math.floor(k / nCrit)]![SUPPORT_CRITERIA[k % nCrit]!] ?? 0);
  const benefit = new Uint8Array(nCrit).fill(1);
  const costs = Float64Array.from(applications, (a) => a.amount);
  const { closeness, rank } = topsis(matrix, nAlt, nCrit, weights, benefit);
  const choice = knapsack01(closeness, costs, request.budget);
  const scan = weightSensitivity(matrix, nAlt, nCrit, weights, benefit, costs, request.budget);
  const items = applications.map((a, i) => ({
    clusterId: a.cluster_id, name: a.name, cost: a.amount, closeness: closeness[i]!, rank: rank[i]!, selected: choice.selected[i] === 1, values: values[i]!,
  })).sort((x, y) => x.rank - y.rank || x.clusterId - y.clusterId);
  return {
    year,
    budget: request.budget,
    criteria: SUPPORT_CRITERIA.map((code, j) => ({ code, benefit: true, weight: weights[j]! })),
    items,
    total: { cost: choice.cost, value: choice.value },
    sensitivity: scan.criteria.map((c) => ({
      criterion: SUPPORT_CRITERIA[c.criterion]!,
      stableFrom: c.selectionStable.lo,
      stableTo: c.selectionStable.hi,
      steps: [...c.weights].map((weight, s) => ({
        weight,
        top: c.top[s]! >= 0 ? applications[c.top[s]!]!.cluster_id : null,
        selected: applications.filter((_, i) => c.selected[s * nAlt + i] === 1).map((a) => a.cluster_id),
      })),
    })),
    illustrative: applications.some((a) => a.illustrative),
  };
}
