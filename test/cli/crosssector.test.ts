// `cluster-atlas crosssector` as users run it: a real process and real files.
//
// Concordance (test-only): A61 -> 21; H04 -> 26 (0.75), 62 (0.25); G06 -> 26, 62 (0.5 each).
// Patents: P1 (2020) A61 + H04 -> d = (0.5, 0.375, 0.125); P2 (2020) A61 -> (1, 0, 0); P3 (2021) G06 -> (0, 0.5, 0.5).
// All years, M = sum_p d_p d_p':         rows = activity
//         21       26        62
//   21  1.25     0.1875    0.0625       1.5
//   26  0.1875   0.390625  0.296875     0.875
//   62  0.0625   0.296875  0.265625     0.625        total 3
// expected(21, 26) = 1.5 * 0.875 / 3 = 0.4375, ratio = 0.1875 / 0.4375 = 3/7; 2021 alone: 26-62 = 0.25 = expected.
// cross_share(21) = (1.5 - 1.25) / 1.5 = 1/6.
// Deals (counts): 62 -> 26 twice (2020; 26.11 is division 26), 26 -> 62 once (2021): M = [[0, 1], [2, 0]] over
// (26, 62): expected(62, 26) = 2 * 2 / 3, ratio 1.5; each sector is in 3 deals, all cross-sector.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli } from '../helpers/cli.ts';

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
}

describe('cluster-atlas crosssector', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-crosssector-'));
  const state = join(dir, 'state');
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const concordance = file('concordance.csv', 'NACE,A61,H04,G06\n21,1,0,0\n26,0,0.75,0.5\n62,0,0.25,0.5\n');
  const patents = file('patents.csv', 'id,year,territory,ipc\nP1,2020,BY-HM,A61K 31/00;H04L 9/32\nP2,2020,,A61K\nP3,2021,,G06F 17/30\n');
  const deals = file('deals.csv', 'id,year,acquirer_sector,target_sector,value\nD1,2020,62,26.11,10\nD2,2020,62,26,5\nD3,2021,26,62,\n');

  test('writes links.csv and sectors.csv with hand-computed weights, expectations and ratios', () => {
    const out = join(dir, 'out');
    const r = cli(state, 'crosssector', '--patents', patents, '--deals', deals, '--concordance', concordance, '--out', out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /crosssector: 3 patents, 3 deals/);
    const links = lines(join(out, 'links.csv'));
    assert.equal(links[0], 'source,year,sector_from,sector_to,weight,expected,ratio');
    assert.ok(links.includes('patents,,21,26,0.1875,0.4375,0.42857142857142855'), links.join('\n'));
    assert.ok(links.includes('patents,2021,26,62,0.25,0.25,1'));
    assert.ok(links.includes('deals,,62,26,2,1.3333333333333333,1.5'));
    assert.ok(links.includes('deals,2021,26,62,1,1,1'));
    assert.equal(links.filter((l) => l.startsWith('patents,,')).length, 9);
    const sectors = lines(join(out, 'sectors.csv'));
    assert.equal(sectors[0], 'source,sector,activity,cross_share,degree,strength,betweenness,community');
    assert.ok(sectors.includes('patents,21,1.5,0.16666666666666666,0,0,0,'), sectors.join('\n'));
    assert.ok(sectors.includes('deals,26,3,1,0,0,0,'));
    assert.equal(sectors.length, 1 + 3 + 2);
  });

  test('--deal-weight value weighs deals by their value and needs it on every row', () => {
    const out = join(dir, 'value');
    const bad = cli(state, 'crosssector', '--deals', deals, '--deal-weight', 'value', '--out', out);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /row 4, column value: empty/);
    const valued = file('valued.csv', 'id,year,acquirer_sector,target_sector,value\nD1,2020,62,26,10\nD2,2020,62,26,5\nD3,2021,26,62,1\n');
    const r = cli(state, 'crosssector', '--deals', valued, '--deal-weight', 'value', '--out', out);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(lines(join(out, 'links.csv')).includes('deals,2020,62,26,15,15,1'));
  });

  test('bad input exits 2 naming the file, row and column, and writes nothing', () => {
    const out = join(dir, 'bad');
    const none = cli(state, 'crosssector', '--out', out);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /give --patents FILE and\/or --deals FILE/);
    const unknownIpc = file('p-bad.csv', 'id,year,territory,ipc\nP1,2020,,A61K\nP2,2020,,B01D 53/00\n');
    const r1 = cli(state, 'crosssector', '--patents', unknownIpc, '--concordance', concordance, '--out', out);
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /row 3, column ipc: unknown IPC code B01D 53\/00/);
    const badDeals = file('d-bad.csv', 'id,year,acquirer_sector,target_sector,value\nD1,2020,999,26,1\nD2,2020,62,26,-5\n');
    const r2 = cli(state, 'crosssector', '--deals', badDeals, '--out', out);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /row 2, column acquirer_sector: unknown sector code 999/);
    assert.match(r2.stderr, /row 3, column value: -5 is negative/);
    assert.equal(existsSync(join(out, 'links.csv')), false);
    assert.equal(existsSync(join(out, 'sectors.csv')), false);
  });

  test('uses the Fraunhofer ISI concordance by default', () => {
    const out = join(dir, 'default');
    const r = cli(state, 'crosssector', '--patents', patents, '--out', out);
    assert.equal(r.code, 0, r.stderr);
    const sectors = lines(join(out, 'sectors.csv'));
    assert.ok(sectors.length > 4);
    let total = 0;
    for (const l of sectors.slice(1)) total += Number(l.split(',')[2]);
    assert.ok(Math.abs(total - 3) < 1e-9, `activities sum to the 3 patents, not ${total}`);
  });
});
