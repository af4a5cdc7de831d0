// Common goals of a cluster: its members' pairwise judgements of candidate goals (Saaty's 1-9 scale), AHP
// priorities and consistency per member, and the cluster's ranking from the element-wise geometric mean of the
// judgements of every member who judged every pair (analytics/evaluation/ahp.ts).
import type { Database, Queryable } from '../../db/database.ts';
import { pairwiseMatrix, PairwiseJudgementError, type Judgement } from '../../analytics/evaluation/ahp.ts';
import { managesCluster, requireRole, type MaybeViewer } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { fieldErrors, NotFoundError } from '../errors.ts';
import { clusterName } from './cluster-names.ts';
import { ahpTable, type JudgementRow } from './judgements-input.ts';
import { getStrategy, type Strategy } from './strategy.ts';

export interface Goal { code: string; nameRu: string; nameBe: string | null; nameEn: string | null }

export interface GoalsView {
  clusterId: number;
  clusterName: string;
  goals: Goal[];
  /** each complete member's priorities and the judgements they were computed from */
  members: { memberId: number; name: string; weights: number[]; cr: number; consistent: boolean; judgements: JudgementInput[] }[];
  incomplete: { memberId: number; name: string; missing: number }[];
  aggregate: { weights: number[]; cr: number; consistent: boolean; ranked: { code: string; weight: number }[] } | null;
  strategy: Strategy;
}

export interface JudgementInput { goalA: string; goalB: string; value: number }

async function goalsOf(db: Queryable, clusterId: number): Promise<Goal[]> {
  const { rows } = await db.query<Goal>(
    'SELECT code, name_ru AS "nameRu", name_be AS "nameBe", name_en AS "nameEn" FROM cluster_goals WHERE cluster_id = $1 ORDER BY id', [clusterId]);
  return rows;
}

const pairCount = (n: number) => (n * (n - 1)) / 2;

export async function goalsView(db: Queryable, clusterId: number): Promise<GoalsView> {
  const name = await clusterName(db, clusterId);
  const goals = await goalsOf(db, clusterId);
  const index = new Map(goals.map((g, i) => [g.code, i]));
  const n = goals.length;
  const { rows: members } = await db.query<{ id: number; name: string }>(
    `SELECT DISTINCT o.id, o.name_ru AS name FROM memberships m JOIN organizations o ON o.id = m.organization_id
     WHERE m.cluster_id = $1 AND (m.left IS NULL OR m.left > now()) ORDER BY o.id`, [clusterId]);
  const { rows: judged } = await db.query<{ member_id: number; goal_a: string; goal_b: string; value: number }>(
    'SELECT member_id, goal_a, goal_b, value FROM goal_judgements WHERE cluster_id = $1 ORDER BY member_id, goal_a, goal_b', [clusterId]);
  const byMember = new Map<number, JudgementRow[]>();
  for (const j of judged) {
    if (!index.has(j.goal_a) || !index.has(j.goal_b)) continue;
    const list = byMember.get(j.member_id) ?? [];
    list.push({ member: String(j.member_id), goalA: j.goal_a, goalB: j.goal_b, value: j.value, row: 0 });
    byMember.set(j.member_id, list);
  }
  const incomplete: GoalsView['incomplete'] = [];
  const judging: JudgementRow[] = [];
  for (const member of members) {
    const list = byMember.get(member.id) ?? [];
    if (n < 2 || list.length < pairCount(n)) incomplete.push({ memberId: member.id, name: member.name, missing: Math.max(0, pairCount(n) - list.length) });
    else judging.push(...list);
  }
  if (judging.length === 0) return { clusterId, clusterName: name, goals, members: [], incomplete, aggregate: null, strategy: await getStrategy(db, clusterId) };
  const table = ahpTable(judging, `goals of cluster ${clusterId}`);
  // The table orders goals by first appearance; the view keeps the cluster's order.
  const inGoalOrder = (weights: readonly number[]) => goals.map((g) => weights[table.goals.indexOf(g.code)] ?? 0);
  const names = new Map(members.map((m) => [String(m.id), m.name]));
  const complete = table.members.map((m) => ({
    memberId: Number(m.member), name: names.get(m.member) ?? m.member, weights: inGoalOrder(m.weights), cr: m.cr, consistent: m.consistent,
    judgements: (byMember.get(Number(m.member)) ?? []).map((j) => ({ goalA: j.goalA, goalB: j.goalB, value: j.value })),
  }));
  const weights = inGoalOrder(table.aggregate.weights);
  const aggregate: GoalsView['aggregate'] = {
    weights, cr: table.aggregate.cr, consistent: table.aggregate.consistent,
    ranked: goals.map((g, i) => ({ code: g.code, weight: weights[i]! })).sort((x, y) => y.weight - x.weight),
  };
  return { clusterId, clusterName: name, goals, members: complete, incomplete, aggregate, strategy: await getStrategy(db, clusterId) };
}

/** Replaces one member's judgements with a full set: every pair of the cluster's goals, once. */
export async function setJudgements(db: Database, viewer: MaybeViewer, clusterId: number, memberId: number, judgements: JudgementInput[]): Promise<GoalsView> {
  const user = requireRole(viewer, (v) => managesCluster(v, clusterId) || v.organizationId === memberId, "judge this cluster's goals for this member");
  await clusterName(db.pool, clusterId);
  const { rows: [membership] } = await db.pool.query('SELECT 1 FROM memberships WHERE cluster_id = $1 AND organization_id = $2', [clusterId, memberId]);
  if (!membership) throw new NotFoundError(`member of cluster ${clusterId}`, memberId);
  const goals = await goalsOf(db.pool, clusterId);
  const index = new Map(goals.map((g, i) => [g.code, i]));
  const problems: { field: string; message: string }[] = [];
  const parsed: Judgement[] = [];
  const seen = new Map<string, number>();
  judgements.forEach((j, i) => {
    const pair = [j.goalA, j.goalB].sort().join('/');
    const first = seen.get(pair);
    if (first !== undefined) problems.push({ field: `judgements.${i}`, message: `the pair ${pair} is judged twice (also judgements.${first})` });
    else seen.set(pair, i);
    const a = index.get(j.goalA);
    const b = index.get(j.goalB);
    if (a === undefined) problems.push({ field: `judgements.${i}.goalA`, message: `unknown goal "${j.goalA}"` });
    if (b === undefined) problems.push({ field: `judgements.${i}.goalB`, message: `unknown goal "${j.goalB}"` });
    if (a !== undefined && b !== undefined) parsed.push({ a, b, value: j.value });
  });
  if (problems.length > 0) throw fieldErrors(problems);
  try {
    pairwiseMatrix(goals.length, parsed);
  } catch (error) {
    if (!(error instanceof PairwiseJudgementError)) throw error;
    const pairs = error.pairs.map(([a, b]) => `${goals[a]?.code ?? a}/${goals[b]?.code ?? b}`).join(', ');
    throw fieldErrors([{ field: 'judgements', message: `${error.problem === 'missing' ? 'pairs not judged' : error.problem}: ${pairs}` }]);
  }
  await db.transaction(async (client) => {
    await client.query('DELETE FROM goal_judgements WHERE cluster_id = $1 AND member_id = $2', [clusterId, memberId]);
    for (const j of judgements) {
      await client.query('INSERT INTO goal_judgements (cluster_id, member_id, goal_a, goal_b, value) VALUES ($1, $2, $3, $4, $5)',
        [clusterId, memberId, j.goalA, j.goalB, j.value]);
    }
    await recordAudit(client, { userId: user.userId, action: 'judge', entity: 'cluster_goals', entityId: clusterId, detail: { memberId, judgements: judgements.length } });
  });
  return goalsView(db.pool, clusterId);
}
