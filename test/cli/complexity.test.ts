// `cluster-atlas complexity` and `cluster-atlas opportunities` as users run them: a real process and real files.
//
// test/fixtures/complexity/small.csv, 3 locations x 4 products (A's 0201 is given in two rows, 6 + 4):
//
//          0102  0201  0301  0401   total        RCA_cp = (x_cp / x_c) / (x_p / x), x = 60
//   A        10    10     0     0      20        A: 3    1.5  0    0      M (RCA > 1): 1 1 0 0
//   B         0    10    10     0      20        B: 0    1.5  1.5  0                   0 1 1 0
//   C         0     0    10    10      20        C: 0    0    1.5  3                   0 0 1 1
//   total    10    20    20    10
//
// Ubiquities 1 2 2 1; C = M^T M links 0102-0201, 0201-0301, 0301-0401 once each, so phi = 1 / max(k, k') = 1/2
// on those three pairs and 0 elsewhere. Atlas density (diagonal 0), d_cp = sum_q M_cq phi_pq / sum_q phi_pq:
//   A: 0102 0.5/0.5 = 1, 0201 0.5/1 = 0.5, 0301 0.5/1 = 0.5, 0401 0/0.5 = 0
//   B: 1, 0.5, 0.5, 1;   C: 0, 0.5, 0.5, 1
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli } from '../helpers/cli.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/complexity/', import.meta.url));
const SMALL = join(FIXTURES, 'small.csv');

function csv(path: string): string[][] {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split('\n').map((l) => l.split(','));
}

describe('cluster-atlas complexity', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-complexity-'));
  const dataDir = join(dir, 'state');

  test('writes locations.csv, products.csv and cells.csv with every location x product pair', () => {
    const out = join(dir, 'out');
    const result = cli(dataDir, 'complexity', '--input', SMALL, '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^complexity: 3 locations x 4 products \(12 cells, preset atlas\)/);
    assert.match(result.stderr, /1 row repeated a location x product pair and was added to it/);
    assert.deepEqual(readdirSync(out).sort(), ['cells.csv', 'locations.csv', 'products.csv'], 'no temporary files left');

    const cells = csv(join(out, 'cells.csv'));
    assert.deepEqual(cells[0], ['location', 'product', 'value', 'rca', 'm', 'density', 'distance', 'cog']);
    assert.equal(cells.length, 13, 'a header and 3 x 4 rows, zero exports included');
    const cell = (l: string, p: string) => cells.find((r) => r[0] === l && r[1] === p) as string[];
    assert.deepEqual(cell('A', '0102').slice(0, 7), ['A', '0102', '10', '3', '1', '1', '0']);
    assert.deepEqual(cell('A', '0201').slice(0, 7), ['A', '0201', '10', '1.5', '1', '0.5', '0.5']);
    assert.deepEqual(cell('A', '0401').slice(0, 7), ['A', '0401', '0', '0', '0', '0', '1'], 'a zero export is a row');
    assert.deepEqual(cell('B', '0401').slice(0, 6), ['B', '0401', '0', '0', '0', '1']);
    assert.deepEqual(cell('C', '0102').slice(0, 6), ['C', '0102', '0', '0', '0', '0']);
    assert.equal(cell('A', '0102')[7], '0', 'COG is 0 where M = 1');

    const locations = csv(join(out, 'locations.csv'));
    assert.deepEqual(locations[0], ['location', 'diversity', 'eci', 'coi']);
    assert.deepEqual(locations.slice(1).map((r) => r.slice(0, 2)), [['A', '2'], ['B', '2'], ['C', '2']]);
    const products = csv(join(out, 'products.csv'));
    assert.deepEqual(products[0], ['product', 'ubiquity', 'pci']);
    assert.deepEqual(products.slice(1).map((r) => r.slice(0, 2)), [['0102', '1'], ['0201', '2'], ['0301', '2'], ['0401', '1']]);
    // full precision: the PCI is written as the shortest text that reads back as the same double
    for (const r of products.slice(1)) assert.equal(String(Number(r[2])), r[2]);
  });

  test('--preset py keeps the proximity diagonal: A\'s density in 0201 is (0.5 + 1) / 2 = 0.75', () => {
    const out = join(dir, 'py');
    const result = cli(dataDir, 'complexity', '--input', SMALL, '--out', out, '--preset', 'py');
    assert.equal(result.code, 0, result.stderr);
    const cells = csv(join(out, 'cells.csv'));
    assert.equal(cells.find((r) => r[0] === 'A' && r[1] === '0201')?.[5], '0.75');
  });

  test('locations and products with total 0 are reported on stderr and written with empty measures', () => {
    const out = join(dir, 'zeros');
    const result = cli(dataDir, 'complexity', '--input', join(FIXTURES, 'with-zeros.csv'), '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /1 location with total exports 0 dropped .*: D/);
    assert.match(result.stderr, /1 product with total exports 0 dropped .*: 0999/);
    const cells = csv(join(out, 'cells.csv'));
    assert.equal(cells.length, 1 + 4 * 5);
    assert.deepEqual(cells.find((r) => r[0] === 'D' && r[1] === '0102'), ['D', '0102', '0', '', '', '', '', '']);
    assert.equal(cells.find((r) => r[0] === 'A' && r[1] === '0201')?.[3], '1.5', 'the rest is unchanged');
  });

  test('bad input exits 2 naming file, row and column, and writes nothing', () => {
    const cases: [string, RegExp][] = [
      ['bad.csv', /bad\.csv: 4 problems found; nothing was written[\s\S]*row 3, column value: -5 is negative[\s\S]*row 4, column product: empty product code[\s\S]*row 5, column value: "abc" is not a number[\s\S]*row 6, column value: empty/],
      ['empty.csv', /empty\.csv: the file is empty/],
      ['one-location.csv', /one-location\.csv: only one location \(BY\)/],
    ];
    for (const [file, pattern] of cases) {
      const out = join(dir, `bad-${file}`);
      const result = cli(dataDir, 'complexity', '--input', join(FIXTURES, file), '--out', out);
      assert.equal(result.code, 2, `${file}: ${result.stderr}`);
      assert.match(result.stderr, pattern);
      assert.equal(existsSync(out), false, `${file}: the output folder was not created`);
    }
    const missing = cli(dataDir, 'complexity', '--input', join(dir, 'nope.csv'), '--out', join(dir, 'x'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.csv: no such file/);
    const preset = cli(dataDir, 'complexity', '--input', SMALL, '--out', join(dir, 'x'), '--preset', 'stata');
    assert.equal(preset.code, 2);
    assert.match(preset.stderr, /--preset stata: expected atlas or py/);
    assert.equal(existsSync(dataDir), false, 'the database was never opened');
  });
});

describe('cluster-atlas opportunities', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-opportunities-'));
  const dataDir = join(dir, 'state');
  const COLUMNS = 'rank,product,score,density,distance,pci,cog,world_value,world_growth,rca,near_1,phi_1,near_2,phi_2,near_3,phi_3';

  test('ranks the products A does not export, explained by the nearest products it exports', () => {
    // A's candidates: 0301 (density 0.5, PCI > 0, COG > 0, world 20) and 0401 (density 0, highest PCI, world 10).
    // Balanced, percentiles among 2 candidates: 0301 = 0.4 * 1 + 0.25 * 0 + 0.25 * cog + 0.1 * 1, 0401 = 0.25 * 1 + ...
    const result = cli(dataDir, 'opportunities', '--input', SMALL, '--location', 'A');
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.replace(/^\uFEFF/, '').trim().split('\n');
    assert.equal(lines[0], COLUMNS);
    const rows = lines.slice(1).map((l) => l.split(','));
    assert.deepEqual(rows.map((r) => r.slice(0, 2)), [['1', '0301'], ['2', '0401']]);
    assert.deepEqual(rows[0]?.slice(3, 5), ['0.5', '0.5']);
    assert.equal(rows[0]?.[7], '20');
    assert.equal(rows[0]?.[8], '', 'no world growth with one year');
    assert.equal(rows[0]?.[9], '0', 'A\'s RCA in 0301');
    // 0301 is related only to 0201 (phi 0.5) among A's products; 0401 to none of them
    assert.deepEqual(rows[0]?.slice(10), ['0201', '0.5', '', '', '', '']);
    assert.deepEqual(rows[1]?.slice(10), ['', '', '', '', '', '']);
    assert.match(result.stderr, /opportunities for location A: 2 products not exported with advantage, 2 listed; strategy balanced/);
  });

  test('with two years the ranking adds world market growth (CAGR of the world total) and says from which year', () => {
    // 2015 world totals: 0301 = 16, 0401 = 10; 2017 (the SMALL table): 0301 = 20, 0401 = 10.
    const twoYears = join(dir, 'two-years.csv');
    const rows2017 = readFileSync(SMALL, 'utf8').trim().split('\n').slice(1).map((l) => `${l},2017`);
    writeFileSync(twoYears, ['location,product,value,year', ...rows2017, 'A,0102,8,2015', 'A,0201,8,2015', 'B,0201,8,2015', 'B,0301,8,2015',
      'C,0301,8,2015', 'C,0401,10,2015'].join('\n'));
    const result = cli(dataDir, 'opportunities', '--input', twoYears, '--location', 'A', '--format', 'json');
    assert.equal(result.code, 0, result.stderr);
    const items = JSON.parse(result.stdout) as { product: string; world_growth: number; world_value: number }[];
    const growth = Object.fromEntries(items.map((i) => [i.product, i.world_growth]));
    assert.ok(Math.abs((growth['0301'] as number) - (Math.sqrt(20 / 16) - 1)) < 1e-12, `0301: ${growth['0301']}`);
    assert.equal(growth['0401'], 0);
    assert.match(result.stderr, /strategy balanced \(density=0\.4,pci=0\.25,cog=0\.25,size=0\.1,growth=0\.1\)/);
  });

  test('long-jumps scores are 0.2 density + 0.35 PCI + 0.35 COG + 0.1 size percentiles; --top and --format json', () => {
    const result = cli(dataDir, 'opportunities', '--input', SMALL, '--location', 'A', '--strategy', 'long-jumps', '--format', 'json');
    assert.equal(result.code, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as { product: string; score: number; density: number; pci: number; cog: number; world_value: number }[];
    assert.equal(rows.length, 2);
    assert.deepEqual(Object.keys(rows[0] ?? {}), COLUMNS.split(','));
    // two candidates: each component's percentile is 1 for the larger value and 0 for the smaller
    const [x, y] = rows as [typeof rows[0], typeof rows[0]];
    const pct = (a: number, b: number) => (a > b ? 1 : 0);
    const expected = (a: typeof x, b: typeof x) => 0.2 * pct(a.density, b.density) + 0.35 * pct(a.pci, b.pci) + 0.35 * pct(a.cog, b.cog)
      + 0.1 * pct(a.world_value, b.world_value);
    assert.ok(Math.abs(x.score - expected(x, y)) < 1e-12, JSON.stringify(rows));
    assert.ok(Math.abs(y.score - expected(y, x)) < 1e-12, JSON.stringify(rows));
    assert.ok(x.score >= y.score);
    const top = cli(dataDir, 'opportunities', '--input', SMALL, '--location', 'A', '--strategy', 'long-jumps', '--format', 'json', '--top', '1');
    assert.deepEqual(JSON.parse(top.stdout), [rows[0]]);
  });

  test('--weights density=1 ranks by density alone; --strategy and --weights together are refused', () => {
    const result = cli(dataDir, 'opportunities', '--input', SMALL, '--location', 'C', '--weights', 'density=1');
    assert.equal(result.code, 0, result.stderr);
    // C's candidates: 0102 (density 0) and 0201 (density 0.5)
    assert.deepEqual(result.stdout.trim().split('\n').slice(1).map((l) => l.split(',').slice(1, 4)), [['0201', '1', '0.5'], ['0102', '0', '0']]);
    const both = cli(dataDir, 'opportunities', '--input', SMALL, '--location', 'C', '--weights', 'density=1', '--strategy', 'balanced');
    assert.equal(both.code, 2);
    const bad = cli(dataDir, 'opportunities', '--input', SMALL, '--location', 'C', '--weights', 'beauty=1');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /"beauty=1" is not NAME=NUMBER/);
  });

  test('a firm\'s own product list has the density and COG of a location with exactly that M row', () => {
    // firm-products.txt lists 0201, 0301 (B's M row) and 9999, which is not in the input
    const firm = cli(dataDir, 'opportunities', '--input', SMALL, '--products', join(FIXTURES, 'firm-products.txt'), '--format', 'json');
    assert.equal(firm.code, 0, firm.stderr);
    assert.match(firm.stderr, /1 product is not in .*left out: 9999/);
    assert.match(firm.stderr, /opportunities for 2 listed products/);
    const b = cli(dataDir, 'opportunities', '--input', SMALL, '--location', 'B', '--format', 'json');
    type Row = { product: string; density: number; distance: number; pci: number; cog: number; world_value: number; rca: number | null; near_1: string; phi_1: number };
    // compared per product (the engine's COG of B carries +-6e-17 of rounding where the firm's is an exact 0,
    // which may break a tie of the COG percentile, so scores and order are not compared)
    const byProduct = (text: string) => new Map((JSON.parse(text) as Row[]).map((r) => [r.product, r]));
    const own = byProduct(firm.stdout);
    const location = byProduct(b.stdout);
    assert.deepEqual([...own.keys()].sort(), ['0102', '0401']);
    assert.deepEqual([...location.keys()].sort(), ['0102', '0401']);
    for (const [product, r] of own) {
      const l = location.get(product) as Row;
      assert.equal(r.density, l.density, product);
      assert.equal(r.distance, l.distance, product);
      assert.equal(r.pci, l.pci, product);
      assert.ok(Math.abs(r.cog - l.cog) < 1e-12, product);
      assert.deepEqual([r.near_1, r.phi_1, r.world_value], [l.near_1, l.phi_1, l.world_value], product);
      assert.equal(r.rca, null, 'no RCA without --location');
      assert.equal(l.rca, 0);
    }
    // B makes 0201 and 0301: 0102 is explained by 0201, 0401 by 0301 (phi 0.5 each), and both have density 1
    assert.deepEqual([own.get('0102')?.near_1, own.get('0102')?.density], ['0201', 1]);
    assert.deepEqual([own.get('0401')?.near_1, own.get('0401')?.phi_1], ['0301', 0.5]);

    const csvList = cli(dataDir, 'opportunities', '--input', SMALL, '--products', join(FIXTURES, 'firm-products.csv'), '--format', 'json');
    assert.equal(csvList.code, 0, csvList.stderr);
    assert.equal(csvList.stdout, firm.stdout, 'a CSV with a product column reads the same');
  });

  test('an unknown location, no known product, or neither option exits 2', () => {
    const unknown = cli(dataDir, 'opportunities', '--input', SMALL, '--location', 'ZZ');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--location ZZ: not a location of .*small\.csv \(it has 3: A, B, C\)/);
    const neither = cli(dataDir, 'opportunities', '--input', SMALL);
    assert.equal(neither.code, 2);
    assert.match(neither.stderr, /give --location CODE, or --products FILE/);
    const strategy = cli(dataDir, 'opportunities', '--input', SMALL, '--location', 'A', '--strategy', 'moonshot');
    assert.equal(strategy.code, 2);
    assert.match(strategy.stderr, /--strategy moonshot: expected low-hanging, balanced, long-jumps/);
  });
});
