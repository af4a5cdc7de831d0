// `cluster-atlas mapping` as users run it: a real process and real files; it never opens the database.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli } from '../helpers/cli.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/mapping/', import.meta.url));


describe('cluster-atlas mapping', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-mapping-'));
  const dataDir = join(dir, 'state');

  test('writes one CSV row per region x category with the header row, and prints a summary', () => {
    const out = join(dir, 'mapping.csv');
    const result = cli(dataDir, 'mapping', '--input', join(FIXTURES, 'years.csv'), '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^mapping: 6 rows, 3 regions, 2 categories, 2 strong \(year 2024\)/);
    assert.match(result.stderr, /using the latest, 2024/);
    const lines = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    assert.equal(lines[0], 'region,category,employment,establishments,lq,strong,strong10,significant,qualifying,stars,star_size,star_specialisation,star_focus,star_productivity');
    assert.equal(lines.length, 7);
    assert.match(lines[2] ?? '', /^01,B,30,6,1\.6875,true,true,true,true,/);
    assert.equal(existsSync(dataDir), false, 'the database was not opened');
  });

  test('--year picks the year', () => {
    const out = join(dir, 'y2023.csv');
    const result = cli(dataDir, 'mapping', '--input', join(FIXTURES, 'years.csv'), '--out', out, '--year', '2023');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^mapping: 2 rows, 1 regions, 2 categories, 0 strong \(year 2023\)/);
    assert.doesNotMatch(result.stderr, /latest/);
  });

  test('--format json writes an array of objects', () => {
    const out = join(dir, 'mapping.out');
    const result = cli(dataDir, 'mapping', '--input', join(FIXTURES, 'small.csv'), '--out', out, '--format', 'json');
    assert.equal(result.code, 0, result.stderr);
    const rows = JSON.parse(readFileSync(out, 'utf8')) as { region: string; category: string; lq: number; strong: boolean }[];
    assert.equal(rows.length, 6);
    assert.deepEqual(rows.filter((r) => r.strong).map((r) => `${r.region}${r.category}`), ['01B', '03A']);
    assert.equal(rows[1]?.lq, 1.6875);
  });

  test('bad input exits 2 naming file, row and column, and writes no output file', () => {
    const badDir = mkdtempSync(join(dir, 'bad-'));
    const out = join(badDir, 'mapping.csv');
    const result = cli(dataDir, 'mapping', '--input', join(FIXTURES, 'bad.csv'), '--out', out);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /bad\.csv: 4 problems found; nothing was written/);
    assert.match(result.stderr, /row 3, column employment: "abc" is not a number/);
    assert.match(result.stderr, /row 6, column category: duplicate of row 2/);
    assert.deepEqual(readdirSync(badDir), [], 'no output and no temporary file');

    const missing = cli(dataDir, 'mapping', '--input', join(dir, 'nope.csv'), '--out', out);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.csv: no such file/);
    const format = cli(dataDir, 'mapping', '--input', join(FIXTURES, 'small.csv'), '--out', out, '--format', 'xml');
    assert.equal(format.code, 2);
    assert.deepEqual(readdirSync(badDir), []);
  });
});
