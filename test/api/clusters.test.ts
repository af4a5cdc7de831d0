import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { build, signedIn } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';

for (const { backend, skip } of BACKENDS) {
  describe(`clusters API (${backend})`, { skip }, () => {
    test('GET /api/clusters filters by status, region, sector and text, and paginates', async (t) => {
      const { app, db } = await build(t, backend);
      await makeCluster(db, { nameRu: 'Деревообработка Добруш', status: 'operating', specialisation: ['16.2'], territories: ['r-dobrusski'] });
      await makeCluster(db, { nameRu: 'ИТ Минск', nameEn: 'Minsk IT', status: 'forming', specialisation: ['62'], territories: ['BY-HM'] });
      await makeCluster(db, { nameRu: 'Приборы Гомель', status: 'potential', specialisation: ['26.5'], territories: ['BY-HO'] });

      const get = async (query: string) => (await app.inject({ url: `/api/clusters${query}` })).json();
      assert.equal((await get('')).total, 3);
      assert.deepEqual((await get('?status=operating')).items.map((c: { nameRu: string }) => c.nameRu), ['Деревообработка Добруш']);
      // A raion's cluster belongs to its oblast too.
      assert.equal((await get('?region=BY-HO')).total, 2);
      assert.equal((await get('?region=BY-HM')).total, 1);
      assert.equal((await get('?sector=16')).total, 1, 'division 16 matches the specialisation 16.2');
      assert.equal((await get('?sector=C')).total, 2, 'section C (manufacturing) takes divisions 16 and 26');
      assert.equal((await get('?sector=J')).total, 1, 'section J takes division 62');
      assert.equal((await get('?q=minsk')).total, 1);
      const page = await get('?limit=2&offset=2');
      assert.equal(page.total, 3);
      assert.equal(page.items.length, 1);
      assert.equal((await app.inject({ url: '/api/clusters?status=dormant' })).statusCode, 400);
    });

    test('GET /api/clusters/:id returns members and status history; 404 for an unknown id', async (t) => {
      const { app, db } = await build(t, backend);
      const cluster = await makeCluster(db, { status: 'potential' });
      const org = await makeOrganization(db);
      await makeMembership(db, org.id, cluster.id, { role: 'anchor' });
      const { cookie } = await signedIn(app, db, { role: 'admin' });
      const patched = await app.inject({ method: 'PATCH', url: `/api/clusters/${cluster.id}`, headers: { cookie }, payload: { status: 'forming', statusSince: '2024-03-01' } });
      assert.equal(patched.statusCode, 200, patched.body);

      const profile = (await app.inject({ url: `/api/clusters/${cluster.id}` })).json();
      assert.equal(profile.members.length, 1);
      assert.equal(profile.members[0].role, 'anchor');
      assert.equal(profile.members[0].organization.id, org.id);
      assert.deepEqual(profile.statusHistory.map((h: { status: string; validFrom: string | null }) => [h.status, h.validFrom]), [['potential', null], ['forming', '2024-03-01']]);
      assert.equal((await app.inject({ url: '/api/clusters/9999' })).statusCode, 404);
    });

    test('an analyst creates, updates and deletes a cluster; bad fields are named', async (t) => {
      const { app, db } = await build(t, backend);
      const { cookie } = await signedIn(app, db, { role: 'analyst' });
      const created = await app.inject({ method: 'POST', url: '/api/clusters', headers: { cookie }, payload: { nameRu: 'Новый', status: 'potential', territories: ['BY-HO'] } });
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id;
      const bad = await app.inject({ method: 'POST', url: '/api/clusters', headers: { cookie }, payload: { nameRu: 'X', status: 'potential', territories: ['BY-XX'] } });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().error.errors, [{ row: 0, column: 'territories', message: 'territory BY-XX does not exist' }]);
      const invalid = await app.inject({ method: 'POST', url: '/api/clusters', headers: { cookie }, payload: { nameRu: 'X', status: 'dormant' } });
      assert.equal(invalid.statusCode, 400);
      assert.equal(invalid.json().error.errors[0].column, 'status');
      const updated = await app.inject({ method: 'PATCH', url: `/api/clusters/${id}`, headers: { cookie }, payload: { nameEn: 'New' } });
      assert.equal(updated.json().nameEn, 'New');
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/clusters/${id}`, headers: { cookie } })).statusCode, 204);
      assert.equal((await app.inject({ url: `/api/clusters/${id}` })).statusCode, 404);
    });
  });
}

test('PATCH changes only the fields it sends', async (t) => {
  const { app, db } = await build(t);
  const cluster = await makeCluster(db, { specialisation: ['16'], territories: ['r-dobrusski'], illustrative: true });
  const { cookie } = await signedIn(app, db, { role: 'admin' });
  const patched = await app.inject({ method: 'PATCH', url: `/api/clusters/${cluster.id}`, headers: { cookie }, payload: { website: 'https://example.by' } });
  assert.equal(patched.statusCode, 200, patched.body);
  const after = (await app.inject({ url: `/api/clusters/${cluster.id}` })).json();
  assert.deepEqual([after.specialisation, after.territories, after.illustrative, after.website], [['16'], ['r-dobrusski'], true, 'https://example.by']);
  const org = await makeOrganization(db, { roles: ['rnd', 'service'], secondarySectors: ['62'] });
  await app.inject({ method: 'PATCH', url: `/api/organizations/${org.id}`, headers: { cookie }, payload: { nameEn: 'Kept' } });
  const orgAfter = (await app.inject({ url: `/api/organizations/${org.id}` })).json();
  assert.deepEqual([orgAfter.roles, orgAfter.secondarySectors, orgAfter.nameEn], [['rnd', 'service'], ['62'], 'Kept']);
});
