// Reads the members' pairwise judgements of a cluster's common goals for AHP (issue 8,
// docs/methods-evaluation-decisions.md) and turns them into priorities: `member,goal_a,goal_b,value`, one judgement
// a row, `value` = how many times goal_a is more important than goal_b on Saaty's 1-9 scale (`3`, `1/3`, `0.5`,
// `2,5`), within [1/9, 9]; the reciprocal is implied. Every member judges every pair of the goals that appear in
// the file, each pair once (in either order). `ahpTable` gives each member's and the group's weights and CR; the
// server calls it with judgements it parsed itself.
import { basename } from 'node:path';
import {
  aggregateJudgements, ahpPriorities, CR_LIMIT, pairwiseMatrix, SAATY_RANDOM_INDEX,
} from '../../analytics/evaluation/ahp.ts';
import { csvCode } from '../complexity-output.ts';
import { inputFormat, type TableSource } from '../files/read-table.ts';
import { parseNumber } from '../mapping-input.ts';
import { cell, eachRow, RowErrors } from '../files/table-input.ts';

export interface JudgementRow {
  member: string;
  goalA: string;
  goalB: string;
  /** goalA is `value` times as important as goalB */
  value: number;
  /** the spreadsheet row (header = 1), for messages; 0 when the judgement did not come from a file */
  row: number;
}

export interface MemberPriorities {
  member: string;
  /** one weight per goal, in the order of `goals`, summing to 1 */
  weights: number[];
  /** consistency ratio CI / RI */
  cr: number;
  /** cr <= 0.1 */
  consistent: boolean;
}

export interface AhpTable {
  /** goals in order of first appearance */
  goals: string[];
  /** members in order of first appearance */
  members: MemberPriorities[];
  /** the group: the element-wise geometric mean of the members' matrices, then its principal eigenvector */
  aggregate: { weights: number[]; cr: number; consistent: boolean };
}

const MIN = 1 / 9;
const MAX = 9;
const SLACK = 1e-9;

/**
 * A judgement on Saaty's scale as written: an integer or decimal (`3`, `0.5`, `2,5`) or a fraction (`1/3`,
 * `1 / 7`); NaN when it is neither. The range is not checked here.
 */
export function parseSaatyValue(raw: string): number {
  const fraction = /^\s*([^/]+)\/([^/]+)$/.exec(raw);
  if (fraction) {
    const num = parseNumber(fraction[1] as string);
    const den = parseNumber(fraction[2] as string);
    return den > 0 ? num / den : Number.NaN;
  }
  return parseNumber(raw);
}

/** Reads a judgements file by path (CSV or XLSX by extension). */
export function readJudgementsFile(path: string, name = basename(path)): Promise<JudgementRow[]> {
  return readJudgements({ path }, inputFormat(path, name), name);
}

/**
 * Reads and checks a judgements table.
 * @throws {ValidationError} naming the file, row and column of every problem: an empty member or goal, a value
 *   that is not a number or fraction or is outside [1/9, 9], goal_a = goal_b, a pair judged twice by a member
 *   (naming both rows), fewer than 2 or more than 15 goals, and each member's missing pairs
 */
export async function readJudgements(source: TableSource, format: 'csv' | 'xlsx', name: string): Promise<JudgementRow[]> {
  const errors = new RowErrors(name);
  const rows: JudgementRow[] = [];
  await eachRow(source, format, name, { required: ['member', 'goal_a', 'goal_b', 'value'], optional: [] }, ({ row, cells }, at) => {
    const member = cell(cells, at.member);
    const goalA = cell(cells, at.goal_a);
    const goalB = cell(cells, at.goal_b);
    const raw = cell(cells, at.value);
    let ok = true;
    for (const [column, text] of [['member', member], ['goal_a', goalA], ['goal_b', goalB]] as const) {
      if (text === '') {
        errors.add(row, column, `empty: a ${column === 'member' ? 'member name' : 'goal'} is expected`);
        ok = false;
      }
    }
    const value = parseSaatyValue(raw);
    if (raw === '') {
      errors.add(row, 'value', 'empty: a judgement on the 1-9 scale such as 3 or 1/3 is expected');
      ok = false;
    } else if (!Number.isFinite(value)) {
      errors.add(row, 'value', `"${raw}" is not a number or a fraction such as 1/3`);
      ok = false;
    }
    if (ok) rows.push({ member, goalA, goalB, value, row });
  });
  if (rows.length === 0 && errors.total === 0) errors.add(2, 'member', 'the file has a header but no rows');
  checkJudgements(rows, errors);
  errors.finish();
  return rows;
}

/** Goals in order of first appearance (goal_a, then goal_b of each row) and members likewise. */
function order(rows: readonly JudgementRow[]): { goals: string[]; members: string[] } {
  const goals = new Set<string>();
  const members = new Set<string>();
  for (const r of rows) {
    members.add(r.member);
    goals.add(r.goalA);
    goals.add(r.goalB);
  }
  return { goals: [...goals], members: [...members] };
}

const where = (row: number) => (row > 0 ? `row ${row}` : 'a judgement');

/**
 * The checks on whole judgements that the file reader and `ahpTable` share: the scale, goal_a != goal_b, one
 * judgement per member and pair, 2 to 15 goals, and every member judging every pair.
 */
function checkJudgements(rows: readonly JudgementRow[], errors: RowErrors): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (r.member === AGGREGATE_MEMBER) errors.add(r.row, 'member', `"${AGGREGATE_MEMBER}" is reserved for the group's rows of the output`);
    if (r.goalA === r.goalB) {
      errors.add(r.row, 'goal_b', `goal_a and goal_b are both "${r.goalA}": a goal is not compared with itself`);
      continue;
    }
    if (!(r.value >= MIN * (1 - SLACK) && r.value <= MAX * (1 + SLACK))) {
      errors.add(r.row, 'value', `${r.value} is outside Saaty's scale [1/9, 9] (write 1/9 rather than 0.11)`);
    }
    const key = JSON.stringify([r.member, ...[r.goalA, r.goalB].sort()]);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.add(r.row, 'goal_b', `member "${r.member}" judges "${r.goalA}" and "${r.goalB}" twice: ${where(first)} and ${where(r.row)}`);
    } else seen.set(key, r.row);
  }
  if (rows.length === 0) return;
  const { goals, members } = order(rows);
  if (goals.length < 2) errors.add(0, 'goal_a', `only one goal ("${goals[0]}"): at least 2 goals are needed`);
  if (goals.length > SAATY_RANDOM_INDEX.length) {
    errors.add(0, 'goal_a', `${goals.length} goals: at most ${SAATY_RANDOM_INDEX.length} can be compared (Saaty's random index is tabulated to n = 15)`);
  }
  for (const member of members) {
    const missing: string[] = [];
    for (let i = 0; i < goals.length; i++) {
      for (let j = i + 1; j < goals.length; j++) {
        if (!seen.has(JSON.stringify([member, ...[goals[i], goals[j]].sort()]))) missing.push(`"${goals[i]}" - "${goals[j]}"`);
      }
    }
    if (missing.length > 0) {
      errors.add(0, 'member', `member "${member}" has not judged ${missing.length} pair${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} `
        + `(every member judges every pair of the ${goals.length} goals)`);
    }
  }
}

/**
 * Each member's goal weights and consistency ratio, and the group's: the element-wise geometric mean of all the
 * members' reciprocal matrices, then its principal eigenvector (ahpPriorities, aggregateJudgements).
 * @throws {ValidationError} as readJudgements does for the same problems (rows named when given)
 */
export function ahpTable(judgements: readonly JudgementRow[], name = 'judgements'): AhpTable {
  const errors = new RowErrors(name);
  if (judgements.length === 0) errors.add(0, 'member', 'no judgements');
  checkJudgements(judgements, errors);
  errors.finish();
  const { goals, members } = order(judgements);
  const n = goals.length;
  const goalIndex = new Map(goals.map((g, i) => [g, i]));
  const matrices = members.map((member) => pairwiseMatrix(n, judgements
    .filter((r) => r.member === member)
    .map((r) => ({ a: goalIndex.get(r.goalA) as number, b: goalIndex.get(r.goalB) as number, value: clampToScale(r.value) }))));
  const rows = members.map((member, k): MemberPriorities => {
    const p = ahpPriorities(matrices[k] as Float64Array, n);
    return { member, weights: [...p.weights], cr: p.cr, consistent: p.cr <= CR_LIMIT };
  });
  const group = ahpPriorities(aggregateJudgements(matrices, n), n);
  return { goals, members: rows, aggregate: { weights: [...group.weights], cr: group.cr, consistent: group.cr <= CR_LIMIT } };
}

/** Values within the slack of the scale ends are taken as the ends (1/9 typed as 0.1111111111). */
function clampToScale(value: number): number {
  return Math.min(MAX, Math.max(MIN, value));
}

/**
 * The `cluster-atlas ahp` output: `member,goal,weight,cr`, one row per member and goal (members, then goals, in
 * order of first appearance), then the group as member `ALL`. Numbers in full precision; names quoted when needed.
 */
export function ahpCsv(table: AhpTable): string {
  const lines = ['member,goal,weight,cr'];
  const add = (member: string, weights: readonly number[], cr: number) => {
    table.goals.forEach((goal, i) => lines.push(`${csvCode(member)},${csvCode(goal)},${weights[i]},${cr}`));
  };
  for (const m of table.members) add(m.member, m.weights, m.cr);
  add(AGGREGATE_MEMBER, table.aggregate.weights, table.aggregate.cr);
  return `${lines.join('\n')}\n`;
}

/** The member name of the group's rows in the output. */
export const AGGREGATE_MEMBER = 'ALL';
