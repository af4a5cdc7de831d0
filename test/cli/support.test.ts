// `cluster-atlas support rank` as users run it: a real process and real files.
//
// Ranking: the four "clusters" are Hwang & Yoon's (1981) fighter aircraft (test/analytics/evaluation/topsis.test.ts):
// closeness A1 0.6433, A2 0.2684, A3 0.6135, A4 0.3123 with weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3 and price a cost.
// Costs 5, 3, 4, 2 and budget 7: {A1, A4} = 0.9556 (cost 7) beats {A3, A2} = 0.8819 and {A3, A4} = 0.9258, and
// every other set within 7 is smaller.
// Sensitivity: A = (1, 0), B = C = (0, 1), costs 2, 1, 1, budget 2, equal weights (solved by hand in
// test/analytics/evaluation/weight-sensitivity.test.ts): x keeps A on top within [sqrt 2 - 1, 1] and the
// selection {B, C} within [0, 2 - sqrt 2]; y the mirror image.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli } from '../helpers/cli.ts';

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').trim().split('\n');
}

describe('cluster-atlas support rank', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-support-'));
  const state = join(dir, 'state');
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const aircraft = file('aircraft.csv', [
    'cluster,cost,speed,range,payload,price,reliability,manoeuvrability',
    'A1,5,2.0,1500,20000,5.5,5,9',
    'A2,3,2.5,2700,18000,6.5,3,5',
    'A3,4,1.8,2000,21000,4.5,7,7',
    'A4,2,2.2,1800,20000,5.0,5,5',
  ].join('\n'));
  const weights = 'speed=0.2,range=0.1,payload=0.1,price=0.1,reliability=0.2,manoeuvrability=0.3';

  test('ranks by TOPSIS and selects the best set within the budget, sorted by rank', () => {
    const out = join(dir, 'ranking.csv');
    const r = cli(state, 'support', 'rank', '--criteria', aircraft, '--budget', '7', '--weights', weights, '--cost-criteria', 'price', '--out', out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /support rank: 4 clusters, 2 selected, cost 7 of 7/);
    const rows = lines(out);
    assert.equal(rows[0], 'cluster,closeness,rank,cost,selected');
    const parsed = rows.slice(1).map((l) => l.split(','));
    assert.deepEqual(parsed.map((p) => [p[0], p[2], p[3], p[4]]), [['A1', '1', '5', '1'], ['A3', '2', '4', '0'], ['A4', '3', '2', '1'], ['A2', '4', '3', '0']]);
    assert.deepEqual(parsed.map((p) => Number(p[1]).toFixed(4)), ['0.6433', '0.6135', '0.3123', '0.2684']);
    assert.equal(existsSync(join(dir, 'ranking-sensitivity.csv')), false);
  });

  test('without --out writes to stdout; equal weights by default', () => {
    const simple = file('simple.csv', 'cluster,cost,score\nX,1,3\nY,1,4\n');
    // one criterion: r = (0.6, 0.8), C = (0, 1); budget 1.5 takes one: Y (X's closeness 0 is never worth taking)
    const r = cli(state, 'support', 'rank', '--criteria', simple, '--budget', '1.5');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'cluster,closeness,rank,cost,selected\nY,1,1,1,1\nX,0,2,1,0\n');
  });

  test('--sensitivity gives the stability interval of each criterion weight, also next to --out', () => {
    const abc = file('abc.csv', 'cluster,cost,x,y\nA,2,1,0\nB,1,0,1\nC,1,0,1\n');
    const out = join(dir, 'abc-out.csv');
    const r = cli(state, 'support', 'rank', '--criteria', abc, '--budget', '2', '--out', out, '--sensitivity');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lines(out).map((l) => [l.split(',')[0], l.split(',')[2], l.split(',')[4]]),
      [['cluster', 'rank', 'selected'], ['A', '1', '0'], ['B', '2', '1'], ['C', '2', '1']]);
    const s = lines(join(dir, 'abc-out-sensitivity.csv'));
    assert.equal(s[0], 'criterion,weight,top_lo,top_hi,selection_lo,selection_hi');
    const x = s[1]!.split(',');
    const y = s[2]!.split(',');
    assert.equal(x[0], 'x');
    assert.equal(y[0], 'y');
    const near = (v: string | undefined, expected: number) => assert.ok(Math.abs(Number(v) - expected) <= 2e-6, `${v} vs ${expected}`);
    [0.5, Math.SQRT2 - 1, 1, 0, 2 - Math.SQRT2].forEach((e, i) => near(x[i + 1], e));
    [0.5, 0, 2 - Math.SQRT2, Math.SQRT2 - 1, 1].forEach((e, i) => near(y[i + 1], e));
    assert.match(r.stdout, /criterion,weight,top_lo/);
  });

  test('bad input exits 2 naming the row and column or the option, and writes nothing', () => {
    const out = join(dir, 'bad.csv');
    const bad = file('bad-criteria.csv', 'cluster,cost,score,jobs\nX,,3,1\nY,-2,4,1\nZ,1,many,1\n');
    const r1 = cli(state, 'support', 'rank', '--criteria', bad, '--budget', '5', '--out', out);
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /row 2, column cost: empty/);
    assert.match(r1.stderr, /row 3, column cost: -2 is negative/);
    assert.match(r1.stderr, /row 4, column score: "many" is not a number/);
    const ok = file('ok.csv', 'cluster,cost,score,jobs\nX,1,3,1\nY,2,4,1\n');
    const r2 = cli(state, 'support', 'rank', '--criteria', ok, '--budget', '0', '--weights', 'score=1,wages=2,jobs=-1', '--out', out);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /column --budget: "0" is not a positive number/);
    assert.match(r2.stderr, /column --weights: unknown criterion "wages" \(the file has score, jobs\)/);
    assert.match(r2.stderr, /column --weights: weight of jobs -1 is negative/);
    const r3 = cli(state, 'support', 'rank', '--criteria', ok, '--budget', 'ten', '--cost-criteria', 'price', '--out', out);
    assert.equal(r3.code, 2);
    assert.match(r3.stderr, /"ten" is not a positive number/);
    assert.match(r3.stderr, /column --cost-criteria: unknown criterion "price"/);
    const r4 = cli(state, 'support', 'rank', '--criteria', file('nocost.csv', 'cluster,score\nX,1\n'), '--budget', '1', '--out', out);
    assert.equal(r4.code, 2);
    assert.match(r4.stderr, /row 1, column cost: required column is missing/);
    assert.equal(existsSync(out), false);
  });
});
