// The command line as users run it: a real process, a real embedded database folder, real files.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli } from '../helpers/cli.ts';



describe('cluster-atlas command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-atlas-cli-'));
  const dataDir = join(dir, 'state');

  test('demo loads the dataset; import of a bad file exits 2 naming row and column and writes nothing', () => {
    const demo = cli(dataDir, 'demo');
    assert.equal(demo.code, 0, demo.stderr);
    assert.match(demo.stdout, /clusters: 14/);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'kind;name_ru;unp\nlegal;Новая;\nlegal;С плохим УНП;200988542\n');
    const rejected = cli(dataDir, 'import', 'organizations', bad);
    assert.equal(rejected.code, 2);
    assert.match(rejected.stderr, /bad\.csv: 1 problem found; nothing was imported/);
    assert.match(rejected.stderr, /row 3, column unp: invalid UNP: wrong check digit/);

    const out = join(dir, 'orgs.csv');
    const exported = cli(dataDir, 'export', 'organizations', out);
    assert.equal(exported.code, 0, exported.stderr);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.match(exported.stdout, new RegExp(`exported ${lines.length - 1} organizations`));
    assert.doesNotMatch(readFileSync(out, 'utf8'), /Новая/, 'the good row of the rejected file was not written');
  });

  test('user add creates an account and refuses a bad role with exit 2', () => {
    const ok = cli(dataDir, 'user', 'add', '--email', 'Admin@Example.by', '--role', 'admin', '--password', 'a long enough password');
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /created user \d+ admin@example\.by \(admin\)/);
    const bad = cli(dataDir, 'user', 'add', '--email', 'x@example.by', '--role', 'king');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /column role:/);
    const twice = cli(dataDir, 'user', 'add', '--email', 'admin@example.by', '--role', 'admin');
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /already exists/);
  });

  test('a missing file or an unknown kind exits 2 with a message', () => {
    const missing = cli(dataDir, 'import', 'organizations', join(dir, 'nope.csv'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.csv: no such file/);
    const unknown = cli(dataDir, 'import', 'widgets', join(dir, 'orgs.csv'));
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown kind "widgets"/);
  });
});
