// `cluster-atlas ahp` as users run it: a real process and real files.
//
// M1 judges A:B = 2, A:C = 4, B:C = 2 (consistent: weights 4/7, 2/7, 1/7, CR 0); M2 judges A:B = 1/2, A:C = 1,
// C:B = 1/2 (consistent: 1/4, 1/2, 1/4). Group: AB = sqrt(2 * 1/2) = 1, AC = sqrt(4 * 1) = 2, BC = sqrt(2 * 2) = 2:
// weights 2/5, 2/5, 1/5, CR 0. M3 judges a cycle A:B = B:C = C:A = 9: the circulant matrix gives equal weights,
// lambdaMax = 1 + 9 + 1/9 = 91/9, CI = (91/9 - 3)/2 = 32/9, CR = (32/9)/0.58 = 6.130: flagged.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli } from '../helpers/cli.ts';

function rows(path: string): string[][] {
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => l.split(','));
}

/** The rows with numbers rounded to 12 decimals, so that the last floating-point digit does not matter. */
function rounded(path: string): string[] {
  return rows(path).map((r, i) => (i === 0 ? r.join(',') : [r[0], r[1], Number(r[2]).toFixed(12), Number(r[3]).toFixed(12)].join(',')));
}

describe('cluster-atlas ahp', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-ahp-'));
  const state = join(dir, 'state');
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const good = file('good.csv', 'member,goal_a,goal_b,value\nM1,A,B,2\nM1,A,C,4\nM1,B,C,2\nM2,A,B,1/2\nM2,A,C,1\nM2,C,B,0.5\n');

  test('writes member,goal,weight,cr for each member and the group ALL, with the hand-computed weights', () => {
    const out = join(dir, 'weights.csv');
    const r = cli(state, 'ahp', '--judgements', good, '--out', out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /ahp: 2 members, 3 goals/);
    assert.doesNotMatch(r.stderr, /warning/);
    const f = (x: number) => x.toFixed(12);
    assert.deepEqual(rounded(out), [
      'member,goal,weight,cr',
      `M1,A,${f(4 / 7)},${f(0)}`, `M1,B,${f(2 / 7)},${f(0)}`, `M1,C,${f(1 / 7)},${f(0)}`,
      `M2,A,${f(0.25)},${f(0)}`, `M2,B,${f(0.5)},${f(0)}`, `M2,C,${f(0.25)},${f(0)}`,
      `ALL,A,${f(0.4)},${f(0)}`, `ALL,B,${f(0.4)},${f(0)}`, `ALL,C,${f(0.2)},${f(0)}`,
    ]);
  });

  test('warns about a member with CR > 0.1 and still writes the file', () => {
    const out = join(dir, 'cycle.csv');
    const cycle = file('cycle.csv.in.csv', 'member,goal_a,goal_b,value\nM1,A,B,2\nM1,A,C,4\nM1,B,C,2\nM3,A,B,9\nM3,B,C,9\nM3,C,A,9\n');
    const r = cli(state, 'ahp', '--judgements', cycle, '--out', out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: member "M3": consistency ratio 6\.130 > 0\.1/);
    assert.doesNotMatch(r.stderr, /member "M1"/);
    const m3 = rows(out).filter((x) => x[0] === 'M3');
    assert.deepEqual(m3.map((x) => x[1]), ['A', 'B', 'C']);
    for (const x of m3) {
      assert.ok(Math.abs(Number(x[2]) - 1 / 3) < 1e-12);
      assert.ok(Math.abs(Number(x[3]) - 32 / 9 / 0.58) < 1e-9);
    }
  });

  test('an incomplete matrix exits 2 naming the member and the pair, and writes nothing', () => {
    const out = join(dir, 'none.csv');
    const bad = file('incomplete.csv', 'member,goal_a,goal_b,value\nM1,A,B,2\nM1,A,C,4\nM1,B,C,2\nM2,A,B,3\nM2,A,C,1\n');
    const r = cli(state, 'ahp', '--judgements', bad, '--out', out);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /incomplete\.csv: 1 problem found; nothing was written/);
    assert.match(r.stderr, /column member: member "M2" has not judged 1 pair: "B" - "C"/);
    assert.equal(existsSync(out), false);
  });

  test('a repeated pair names both rows and a value off the scale its row; nothing written', () => {
    const out = join(dir, 'none2.csv');
    const bad = file('repeat.csv', 'member,goal_a,goal_b,value\nM1,A,B,2\nM1,B,A,1/2\nM2,A,B,12\n');
    const r = cli(state, 'ahp', '--judgements', bad, '--out', out);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /row 3, column goal_b: member "M1" judges "B" and "A" twice: row 2 and row 3/);
    assert.match(r.stderr, /row 4, column value: 12 is outside Saaty's scale \[1\/9, 9\]/);
    assert.equal(existsSync(out), false);
    const missing = cli(state, 'ahp', '--judgements', join(dir, 'nope.csv'), '--out', out);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
  });
});
