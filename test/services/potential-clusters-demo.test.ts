// The potential-cluster finder against the demo registry: strong cells that a registered cluster already
// covers are never "potential", and the single-industry towns with no registered cluster are found.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDemo } from '../../src/services/demo.ts';
import { cellView } from '../../src/services/mapping-views.ts';
import { computeRegionalMapping } from '../../src/services/regional-mapping.ts';
import { freshDatabase } from '../helpers/database.ts';

test('potential clusters in the demo: registered clusters excluded, unregistered strong towns found', async (t) => {
  const db = await freshDatabase(t, 'pglite', { reference: false });
  await loadDemo(db);
  const m = await computeRegionalMapping(db, { dataset: 'by-employment', year: 2024 });
  const potential = Array.from(m.potential, (i) => cellView(m, i));

  // Invariants: no potential cell is covered by a registered cluster; each is strong or has >= 2 stars.
  assert.ok(potential.length > 0);
  for (const p of potential) {
    assert.deepEqual(p.registeredClusters, [], `${p.region} x ${p.category}`);
    assert.ok(p.strong || p.stars >= 2, `${p.region} x ${p.category}`);
  }
  assert.ok(Array.from(m.potential).every((i) => !m.registered.has(i)));

  // The Novopolotsk petrochemical cluster (registry id 5: Vitebsk oblast and Polotsk raion, NACE 19.2 and 20)
  // covers Polotsk x 19 and x 20, which are strong: mapped, registered, not potential.
  const key = (p: { region: string; category: string }) => `${p.region} ${p.category}`;
  const potentialKeys = new Set(potential.map(key));
  const nC = m.categories.length;
  for (const division of ['19', '20']) {
    const i = m.regions.findIndex((r) => r.id === 'r-polacki') * nC + m.categories.findIndex((c) => c.code === division);
    const cell = cellView(m, i);
    assert.equal(cell.strong, true, `Polotsk x ${division} is strong`);
    assert.ok(cell.registeredClusters.includes(5), `Polotsk x ${division} is covered by cluster 5`);
    assert.ok(!potentialKeys.has(key(cell)));
  }

  // Dobrush paper (17) and Zhlobin steel (24) have anchor enterprises and no registered cluster.
  for (const expected of ['r-dobrushski 17', 'r-zhlobinski 24']) {
    const found = potential.find((p) => key(p) === expected);
    assert.ok(found, `${expected} is a potential cluster`);
    assert.equal(found.strong, true);
    assert.ok(found.lq! > 10);
  }
  // Ranked: strong10 cells come before cells that are only strong or starred.
  const firstWeak = potential.findIndex((p) => !p.strong10);
  assert.ok(firstWeak > 0 && potential.slice(firstWeak).every((p) => !p.strong10));
});
