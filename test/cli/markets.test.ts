// `cluster-atlas markets` as users run it, over test/fixtures/markets/bilateral.csv (product 0101; exporters aaa,
// bbb, ccc; importers ddd, eee, fff and aaa; 2015 and 2017):
//
//   importer  2015  2017 (from)                    size  growth = (V17 / V15)^(1/2) - 1
//   ddd        100  100 bbb + 21 aaa               121   (121/100)^0.5 - 1 = 0.1
//   eee         50  40 ccc + 20 bbb                 60   (60/50)^0.5 - 1 = 0.0954...
//   fff         10  40 ccc                          40   (40/10)^0.5 - 1 = 1
//   aaa          -  500 bbb                        (the subject itself: not ranked)
//
// Peers of aaa from the file's 2017 export vectors over (0101, 0202): aaa (21, 0), bbb (620, 30), ccc (80, 0):
// cosine ccc 1, bbb 0.9988: both are peers. Peer shares ddd 100/121, eee 1, fff 1; percentiles
// size (1, 0.5, 0), growth (0.5, 0, 1), peers (0, 0.75, 0.75); score = 0.5 size + 0.25 growth + 0.25 peers:
// ddd 0.625, eee 0.4375, fff 0.4375 (eee before fff by size).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli } from '../helpers/cli.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/markets/', import.meta.url));
const BILATERAL = join(FIXTURES, 'bilateral.csv');

describe('cluster-atlas markets', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'cluster-atlas-markets-')), 'state');

  test('ranks the importers of a product by size, growth and peers (CSV)', () => {
    const result = cli(dataDir, 'markets', '--bilateral', BILATERAL, '--product', '0101', '--location', 'aaa');
    assert.equal(result.code, 0, result.stderr);
    const rows = result.stdout.replace(/^\uFEFF/, '').trim().split('\n').map((l) => l.split(','));
    assert.deepEqual(rows[0], ['rank', 'importer', 'size', 'growth', 'peer_share', 'already_exports', 'score', 'reasons']);
    assert.deepEqual(rows.slice(1).map((r) => [r[1], Number(r[2]), r[5], Number(r[6])]), [['ddd', 121, '1', 0.625], ['eee', 60, '0', 0.4375], ['fff', 40, '0', 0.4375]]);
    assert.ok(Math.abs(Number(rows[1]![3]) - 0.1) < 1e-12);
    assert.ok(Math.abs(Number(rows[3]![4]) - 1) < 1e-12);
    assert.match(result.stderr, /3 importers ranked, 3 listed, growth 2015-2017; peers: ccc bbb/);
  });

  test('JSON with given peers and --top', () => {
    const result = cli(dataDir, 'markets', '--bilateral', BILATERAL, '--product', '0101', '--location', 'aaa', '--peers', 'bbb', '--top', '2', '--format', 'json');
    assert.equal(result.code, 0, result.stderr);
    const body = JSON.parse(result.stdout);
    assert.deepEqual(body.peers, ['bbb']);
    assert.equal(body.total, 3);
    // peers bbb only: the hand-computed case of test/analytics/complexity/target-markets.test.ts, ddd 0.875, eee 0.375
    assert.deepEqual(body.items.map((i: { importer: string; score: number }) => [i.importer, i.score]), [['ddd', 0.875], ['eee', 0.375]]);
  });

  test('bad input exits 2 naming file, row and column', () => {
    const bad = cli(dataDir, 'markets', '--bilateral', join(FIXTURES, 'bad.csv'), '--product', '0101');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad\.csv: 3 problems found/);
    assert.match(bad.stderr, /row 3, column importer: empty importer code/);
    assert.match(bad.stderr, /row 4, column value: -2 is negative/);
    assert.match(bad.stderr, /row 5, column year: "17" is not a year/);
    const missing = cli(dataDir, 'markets', '--bilateral', join(FIXTURES, 'no-product.csv'), '--product', '0101');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no-product\.csv: missing required column product/);
    assert.match(missing.stderr, /row 1, column product/);
    const empty = cli(dataDir, 'markets', '--bilateral', join(FIXTURES, 'empty.csv'), '--product', '0101');
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /empty\.csv: the file is empty/);
    const unknown = cli(dataDir, 'markets', '--bilateral', BILATERAL, '--product', '9999');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /product 9999 has no rows/);
    assert.equal(cli(dataDir, 'markets', '--bilateral', BILATERAL, '--product', '0101', '--top', '0').code, 2);
    assert.equal(cli(dataDir, 'markets', '--bilateral', join(FIXTURES, 'nope.csv'), '--product', '0101').code, 2);
  });
});
