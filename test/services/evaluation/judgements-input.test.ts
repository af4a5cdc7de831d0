// Reading members' pairwise judgements of goals and their AHP table: good files (CSV and XLSX), the scale as
// written (fractions, decimals), and every bad input named by row and column.
//
// M1 judges A:B = 2, A:C = 4, B:C = 2: consistent, weights (4, 2, 1)/7, CR 0.
// M2 judges B:A = 2 (written A,B,1/2), A:C = 1, C:B = 1/2: consistent, weights (1, 2, 1)/4, CR 0.
// The group matrix: AB = sqrt(2 * 1/2) = 1, AC = sqrt(4 * 1) = 2, BC = sqrt(2 * 2) = 2: consistent, weights (2, 2, 1)/5.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { ValidationError } from '../../../src/services/errors.ts';
import { ahpCsv, ahpTable, parseSaatyValue, readJudgements } from '../../../src/services/evaluation/judgements-input.ts';
import { assertAllClose as closeAll, assertCloseTo as close } from '../../helpers/close.ts';

const csv = (text: string) => ({ buffer: Buffer.from(text, 'utf8') });
const GOOD = 'member,goal_a,goal_b,value\nM1,A,B,2\nM1,A,C,4\nM1,B,C,2\nM2,A,B,1/2\nM2,A,C,1\nM2,C,B,"0,5"\n';

async function rejects(promise: Promise<unknown>, cell: { row: number; column: string }, pattern: RegExp) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ValidationError, String(error));
    assert.match(error.message, /^in\.csv: .*nothing was written/);
    const hit = error.errors.find((e) => e.row === cell.row && e.column === cell.column && pattern.test(e.message));
    assert.ok(hit, JSON.stringify(error.errors));
    return true;
  });
}

describe('judgements file', () => {
  test('parseSaatyValue reads integers, decimals (point or comma) and fractions', () => {
    assert.equal(parseSaatyValue('3'), 3);
    assert.equal(parseSaatyValue('1/3'), 1 / 3);
    assert.equal(parseSaatyValue(' 1 / 9 '), 1 / 9);
    assert.equal(parseSaatyValue('0.5'), 0.5);
    assert.equal(parseSaatyValue('2,5'), 2.5);
    assert.ok(Number.isNaN(parseSaatyValue('three')));
    assert.ok(Number.isNaN(parseSaatyValue('1/0')));
    assert.ok(Number.isNaN(parseSaatyValue('1/2/3')));
  });

  test('readJudgements keeps every judgement with its row; ahpTable gives the hand-computed weights', async () => {
    const rows = await readJudgements(csv(GOOD), 'csv', 'in.csv');
    assert.equal(rows.length, 6);
    assert.deepEqual(rows[3], { member: 'M2', goalA: 'A', goalB: 'B', value: 0.5, row: 5 });
    const t = ahpTable(rows);
    assert.deepEqual(t.goals, ['A', 'B', 'C']);
    assert.deepEqual(t.members.map((m) => m.member), ['M1', 'M2']);
    closeAll(Float64Array.from(t.members[0]!.weights), [4 / 7, 2 / 7, 1 / 7]);
    closeAll(Float64Array.from(t.members[1]!.weights), [0.25, 0.5, 0.25]);
    closeAll(Float64Array.from(t.aggregate.weights), [0.4, 0.4, 0.2]);
    close(t.members[0]!.cr, 0);
    close(t.aggregate.cr, 0);
    assert.ok(t.members.every((m) => m.consistent) && t.aggregate.consistent);
    const lines = ahpCsv(t).trim().split('\n');
    assert.equal(lines[0], 'member,goal,weight,cr');
    assert.deepEqual(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(',')),
      ['M1,A', 'M1,B', 'M1,C', 'M2,A', 'M2,B', 'M2,C', 'ALL,A', 'ALL,B', 'ALL,C']);
  });

  test('an XLSX file reads the same', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('judgements');
    sheet.addRow(['member', 'goal_a', 'goal_b', 'value']);
    sheet.addRow(['M1', 'A', 'B', 3]);
    sheet.addRow(['M2', 'B', 'A', '1/3']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const t = ahpTable(await readJudgements({ buffer }, 'xlsx', 'in.xlsx'));
    closeAll(Float64Array.from(t.members[0]!.weights), [0.75, 0.25]);
    closeAll(Float64Array.from(t.members[1]!.weights), [0.75, 0.25]);
    closeAll(Float64Array.from(t.aggregate.weights), [0.75, 0.25]);
  });

  test('an incomplete matrix names the member and the missing pairs', async () => {
    await rejects(readJudgements(csv('member,goal_a,goal_b,value\nM1,A,B,2\nM1,A,C,4\nM1,B,C,2\nM2,A,B,3\n'), 'csv', 'in.csv'),
      { row: 0, column: 'member' }, /member "M2" has not judged 2 pairs: "A" - "C", "B" - "C"/);
  });

  test('a pair judged twice (in either order) names both rows; a goal against itself; values off the scale', async () => {
    await rejects(readJudgements(csv('member,goal_a,goal_b,value\nM1,A,B,2\nM1,B,A,1/2\n'), 'csv', 'in.csv'),
      { row: 3, column: 'goal_b' }, /judges "B" and "A" twice: row 2 and row 3/);
    await rejects(readJudgements(csv('member,goal_a,goal_b,value\nM1,A,A,1\nM1,A,B,1\n'), 'csv', 'in.csv'),
      { row: 2, column: 'goal_b' }, /not compared with itself/);
    await rejects(readJudgements(csv('member,goal_a,goal_b,value\nM1,A,B,10\n'), 'csv', 'in.csv'), { row: 2, column: 'value' }, /outside Saaty's scale/);
    await rejects(readJudgements(csv('member,goal_a,goal_b,value\nM1,A,B,0.1\n'), 'csv', 'in.csv'), { row: 2, column: 'value' }, /outside/);
    await rejects(readJudgements(csv('member,goal_a,goal_b,value\nM1,A,B,lots\n'), 'csv', 'in.csv'), { row: 2, column: 'value' }, /"lots" is not a number/);
    await rejects(readJudgements(csv('member,goal_a,goal_b,value\n,A,B,2\n'), 'csv', 'in.csv'), { row: 2, column: 'member' }, /empty/);
    await rejects(readJudgements(csv('member,goal_a,goal_b,value\nALL,A,B,2\n'), 'csv', 'in.csv'), { row: 2, column: 'member' }, /reserved/);
    await assert.rejects(readJudgements(csv('member,goal_a,value\nM1,A,2\n'), 'csv', 'in.csv'),
      (e: unknown) => e instanceof ValidationError && /missing required column goal_b/.test(e.message) && e.errors[0]!.row === 1);
    await rejects(readJudgements(csv('member,goal_a,goal_b,value\n'), 'csv', 'in.csv'), { row: 2, column: 'member' }, /no rows/);
  });

  test('ahpTable checks judgements that did not come from a file the same way', () => {
    assert.throws(() => ahpTable([{ member: 'x', goalA: 'A', goalB: 'B', value: 2, row: 0 }, { member: 'y', goalA: 'A', goalB: 'C', value: 2, row: 0 }]),
      (e: unknown) => e instanceof ValidationError && e.errors.some((c) => /member "x" has not judged 2 pairs/.test(c.message)));
    assert.throws(() => ahpTable([]), ValidationError);
  });
});
