// `cluster-atlas partners` as users run it, over a registry seeded through the CLI's own embedded database:
// CSV and JSON out, the nearest partner first with its reason, and exit code 2 for bad input.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { openDatabase } from '../../src/db/database.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { cli } from '../helpers/cli.ts';

describe('cluster-atlas partners', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'cluster-atlas-partners-')), 'state');
  const ids: Record<string, number> = {};

  before(async () => {
    const db = openDatabase({ dataDir: join(dataDir, 'db') });
    try {
      await migrateDatabase(db);
      await db.pool.query(`INSERT INTO sectors (code, level, parent_code, name_en) VALUES ('C', 'section', NULL, 'Manufacturing'),
        ('26', 'division', 'C', 'Electronics'), ('26.5', 'group', '26', 'Instruments'), ('26.51', 'class', '26.5', 'Measuring instruments'),
        ('26.52', 'class', '26.5', 'Watches'), ('J', 'section', NULL, 'ICT'), ('62', 'division', 'J', 'Programming'),
        ('62.0', 'group', '62', 'Programming'), ('62.01', 'class', '62.0', 'Programming')`);
      const add = async (name: string, sector: string, profile: string) => {
        const { rows } = await db.pool.query(`INSERT INTO organizations (kind, name_ru, primary_sector, profile) VALUES ('legal', $1, $2, $3) RETURNING id`, [name, sector, profile]);
        ids[name] = (rows[0] as { id: number }).id;
      };
      await add('Приборы', '26.51', 'измерительные приборы');
      await add('Часы', '26.52', 'часы и приборы времени');
      await add('Софт', '62.01', 'программное обеспечение');
    } finally {
      await db.close();
    }
  });

  test('lists the partners of an organisation as CSV, the same group first with its reason', () => {
    const result = cli(dataDir, 'partners', '--org', String(ids['Приборы']), '--top', '2', '--weights', 'sector=1,text=0');
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines[0], 'rank,id,name,score,sector,complementarity,text,competitiveness,reliability,geography,size,reasons');
    assert.equal(lines.length, 3);
    assert.match(lines[1]!, new RegExp(`^1,${ids['Часы']},Часы,`));
    assert.match(lines[1]!, /same NACE group 26\.5/);
  });

  test('writes JSON with items, components and reasons', () => {
    const result = cli(dataDir, 'partners', '--org', String(ids['Приборы']), '--format', 'json', '--top', '1');
    assert.equal(result.code, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.equal(json.items[0].id, ids['Часы']);
    assert.equal(typeof json.items[0].components.sector, 'number');
  });

  test('bad input exits 2 naming the option', () => {
    const unknown = cli(dataDir, 'partners', '--org', '999999');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--org 999999: no such organization/);
    const weights = cli(dataDir, 'partners', '--org', String(ids['Приборы']), '--weights', 'text=-1');
    assert.equal(weights.code, 2);
    assert.match(weights.stderr, /weights\.text/);
    assert.equal(cli(dataDir, 'partners').code, 2);
    assert.equal(cli(dataDir, 'partners', '--org', 'x').code, 2);
    assert.equal(cli(dataDir, 'partners', '--org', '1', '--format', 'xml').code, 2);
  });
});
