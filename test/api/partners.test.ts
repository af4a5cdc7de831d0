// The partner-search API over a small hand-made registry: the nearest partner is the one that should be, its
// reasons name the real cause, the complementary supplier comes first in that mode, an update shows at once,
// a cluster's partners leave its members out, foreign clusters are of another country; bad input is named.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contractRecords } from '../../src/services/contracts.ts';
import { deleteOrganization, updateOrganization } from '../../src/services/organizations.ts';
import { build } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { ADMIN, makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';

interface Item { id: number; name: string; score: number; components: Record<string, number>; reasons: { code: string; text: string; params: Record<string, unknown> }[] }

for (const { backend, skip } of BACKENDS) {
  describe(`partners API (${backend})`, { skip }, () => {
    test('similar and complementary partners of an organisation, explained, with no confidential figures', async (t) => {
      const { app, db } = await build(t, backend);
      const a = await makeOrganization(db, { primarySector: '26.51', profile: 'измерительные приборы и датчики давления', sizeClass: 'small', employees: 40 });
      const b = await makeOrganization(db, { primarySector: '26.51', profile: 'вымяральныя прыборы і датчыкі ціску', territoryId: 'r-homielski', employees: 45 });
      const c = await makeOrganization(db, { primarySector: '62.01', profile: 'разработка программного обеспечения', employees: 10 });
      const d = await makeOrganization(db, { primarySector: '16.21', profile: 'шпон и фанера', employees: 300 });
      // software (62) supplies instrument makers (26): C is A's complementary partner
      await contractRecords.create(db, ADMIN, { supplierId: c.id, customerId: b.id, kind: 'service', status: 'completed' });

      const similar = await app.inject(`/api/organizations/${a.id}/partners?top=3`);
      assert.equal(similar.statusCode, 200, similar.body);
      const items = similar.json().items as Item[];
      assert.equal(items.length, 3);
      assert.equal(items[0]!.id, b.id);
      assert.ok(items.every((x, i) => i === 0 || items[i - 1]!.score >= x.score), 'sorted by score');
      assert.ok(!items.some((x) => x.id === a.id), 'never the organisation itself');
      assert.ok(items[0]!.reasons.some((r) => r.text === 'same NACE class 26.51'), JSON.stringify(items[0]!.reasons));
      assert.equal(items[0]!.components.sector, 1);
      assert.ok(items[0]!.components.text! > 0.2, 'the Belarusian profile matches the Russian one');
      assert.doesNotMatch(similar.body, /employees|revenue|"exports"/);

      const complementary = await app.inject(`/api/organizations/${a.id}/partners?mode=complementary&top=2`);
      assert.equal(complementary.statusCode, 200, complementary.body);
      const top = (complementary.json().items as Item[])[0]!;
      assert.equal(top.id, c.id);
      assert.ok(top.reasons.some((r) => r.code === 'supplies-you' && r.params.sector === '62' && r.params.yourSector === '26'), JSON.stringify(top.reasons));

      const weighted = await app.inject(`/api/organizations/${a.id}/partners?weights=sector=0,text=0,geography=1&top=4&territory=r-dobrusski`);
      assert.equal(weighted.statusCode, 200, weighted.body);
      assert.deepEqual((weighted.json().items as Item[]).map((x) => x.id).sort(), [c.id, d.id].sort());

      // an update is seen by the next search (incremental, no rebuild)
      await updateOrganization(db, ADMIN, d.id, { primarySector: '26.51', profile: 'измерительные приборы и датчики давления' });
      const after = await app.inject(`/api/organizations/${a.id}/partners?top=1&weights=sector=1,text=1`);
      assert.equal((after.json().items as Item[])[0]!.id, d.id);
      await deleteOrganization(db, ADMIN, d.id);
      const gone = await app.inject(`/api/organizations/${a.id}/partners?top=10`);
      assert.ok(!(gone.json().items as Item[]).some((x) => x.id === d.id));
      assert.equal((await app.inject(`/api/organizations/${d.id}/partners`)).statusCode, 404);
    });

    test('partners of a cluster leave its members out; foreign clusters are of another country', async (t) => {
      const { app, db } = await build(t, backend);
      const a = await makeOrganization(db, { primarySector: '26.51', profile: 'приборы' });
      const b = await makeOrganization(db, { primarySector: '26.51', profile: 'приборы' });
      const c = await makeOrganization(db, { primarySector: '26.51', profile: 'приборы учёта' });
      const e = await makeOrganization(db, { primarySector: '62.01', profile: 'software' });
      const home = await makeCluster(db, { specialisation: ['26'] });
      const abroad = await makeCluster(db, { specialisation: ['26'] });
      const other = await makeCluster(db, { specialisation: ['62'] });
      await makeMembership(db, a.id, home.id);
      await makeMembership(db, b.id, home.id);
      await makeMembership(db, c.id, abroad.id);
      await makeMembership(db, e.id, other.id);
      await db.pool.query(`UPDATE clusters SET country = 'PL' WHERE id = ANY($1::int[])`, [[abroad.id, other.id]]);

      const res = await app.inject(`/api/clusters/${home.id}/partners?top=5`);
      assert.equal(res.statusCode, 200, res.body);
      const ids = (res.json().items as Item[]).map((x) => x.id);
      assert.equal(ids[0], c.id);
      assert.ok(!ids.includes(a.id) && !ids.includes(b.id));

      const foreign = await app.inject(`/api/clusters/${home.id}/partners?mode=foreign`);
      assert.equal(foreign.statusCode, 200, foreign.body);
      const clusters = foreign.json().items as Item[];
      assert.equal(clusters[0]!.id, abroad.id);
      assert.ok(clusters[0]!.reasons.some((r) => r.text === 'same NACE class 26.51'));
      // the software cluster shares no sector (only n-grams of the members' names): far below
      const software = clusters.find((x) => x.id === other.id);
      assert.ok(!software || (software.components.sector === 0 && software.score < clusters[0]!.score / 2), JSON.stringify(software));
    });

    test('bad input: unknown organisation or cluster 404, bad weights, mode or top 422 naming the field', async (t) => {
      const { app, db } = await build(t, backend);
      const a = await makeOrganization(db, { primarySector: '26.51' });
      assert.equal((await app.inject('/api/organizations/999999/partners')).statusCode, 404);
      assert.equal((await app.inject('/api/clusters/999999/partners')).statusCode, 404);
      const bad = async (query: string, field: string) => {
        const res = await app.inject(`/api/organizations/${a.id}/partners?${query}`);
        assert.equal(res.statusCode, 422, `${query}: ${res.body}`);
        assert.ok((res.json().error.errors as { column: string }[]).some((x) => x.column === field), `${query}: ${res.body}`);
      };
      await bad('weights=text=-1', 'weights.text');
      await bad('weights=colour=1', 'weights.colour');
      await bad('weights=sector=0,text=0,competitiveness=0,reliability=0,geography=0,size=0', 'weights');
      await bad('mode=foreign', 'mode');
      await bad('top=0', 'top');
      await bad('sector=99.99', 'sector');
      await bad('territory=nowhere', 'territory');
    });
  });
}
