// `cluster-atlas stats` and `cluster-atlas categories` as users run them, on a real embedded database with the demo.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cli } from '../helpers/cli.ts';

describe('cluster-atlas stats and categories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-stats-'));
  const dataDir = join(dir, 'state');
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  before(() => {
    const demo = cli(dataDir, 'demo');
    assert.equal(demo.code, 0, demo.stderr);
  });

  test('stats import loads a dataset and stats list shows it next to the demo dataset', () => {
    const good = file('good.csv', 'region;category;employment;establishments;year\nr-dobrushski;17;1 393;1;2024\nr-homielski;17;50;3;2024\n');
    const imported = cli(dataDir, 'stats', 'import', good, '--dataset', 'paper', '--name', 'Бумага', '--partial');
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /imported 2 rows \(2024-2024\) into dataset paper/);
    const list = cli(dataDir, 'stats', 'list');
    assert.match(list.stdout, /^by-employment\tnace\t2010,.*,2024\t118 regions x 82 categories\t\(illustrative, partial\)$/m);
    assert.match(list.stdout, /^paper\tnace\t2024\t2 regions x 1 categories\t\(partial\)$/m);
  });

  test('a bad statistics file exits 2 naming rows and columns, and writes nothing', () => {
    const bad = file('bad.csv', 'region,category,employment,establishments,year\nr-nowhere,17,10,1,2024\nr-homielski,17,-5,1,2024\n');
    const result = cli(dataDir, 'stats', 'import', bad, '--dataset', 'bad');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /row 3, column employment: -5 is negative/);
    assert.doesNotMatch(cli(dataDir, 'stats', 'list').stdout, /^bad\t/m);
  });

  test('categories import loads a scheme; an unknown NACE code exits 2', () => {
    const good = file('scheme.csv', 'category,nace,weight,name_en,traded\npaper,17,1,Paper,true\nwood,16,1,Wood,true\n');
    const result = cli(dataDir, 'categories', 'import', good, '--scheme', 'forest');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /imported scheme forest: 2 categories, 2 NACE codes/);
    const bad = file('bad-scheme.csv', 'category,nace\npaper,17.99\n');
    const failed = cli(dataDir, 'categories', 'import', bad, '--scheme', 'broken');
    assert.equal(failed.code, 2);
    assert.match(failed.stderr, /row 2, column nace/);
  });
});
