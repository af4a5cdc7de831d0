import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { build, signedIn } from '../helpers/app.ts';
import { makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';

describe('roles and confidential fields', () => {
  test('the anonymous public cannot write anything (401) and sees no confidential figure', async (t) => {
    const { app, db } = await build(t);
    const org = await makeOrganization(db, { employees: 120, revenue: 5000, exports: 900 });
    const cluster = await makeCluster(db);
    await makeMembership(db, org.id, cluster.id);
    for (const [method, url, payload] of [
      ['POST', '/api/clusters', { nameRu: 'X', status: 'potential' }],
      ['PATCH', `/api/clusters/${cluster.id}`, { nameEn: 'X' }],
      ['DELETE', `/api/organizations/${org.id}`, undefined],
      ['POST', '/api/memberships', { organizationId: org.id, clusterId: cluster.id }],
    ] as const) {
      const response = await app.inject({ method, url, payload });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
    const bodies = [
      (await app.inject({ url: `/api/organizations/${org.id}` })).body,
      (await app.inject({ url: '/api/organizations' })).body,
      (await app.inject({ url: `/api/clusters/${cluster.id}` })).body,
      (await app.inject({ url: '/api/export/organizations?format=csv' })).body.split('\n')[1]!,
    ];
    for (const body of bodies) {
      assert.doesNotMatch(body, /"employees"|"revenue"|"exports"|5000|900/, body.slice(0, 200));
    }
    assert.equal((await app.inject({ url: `/api/organizations/${org.id}` })).json().sizeClass, 'medium', 'the size class is public');
  });

  test('a cluster manager edits their cluster but not another one (403), and sees their members\' figures', async (t) => {
    const { app, db } = await build(t);
    const mine = await makeCluster(db);
    const other = await makeCluster(db);
    const member = await makeOrganization(db, { revenue: 777 });
    const outsider = await makeOrganization(db, { revenue: 888 });
    await makeMembership(db, member.id, mine.id);
    const { cookie } = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [mine.id] });
    const headers = { cookie };
    assert.equal((await app.inject({ method: 'PATCH', url: `/api/clusters/${mine.id}`, headers, payload: { nameEn: 'Mine' } })).statusCode, 200);
    const denied = await app.inject({ method: 'PATCH', url: `/api/clusters/${other.id}`, headers, payload: { nameEn: 'Theirs' } });
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /cluster_manager/);
    assert.equal((await app.inject({ method: 'POST', url: '/api/memberships', headers, payload: { organizationId: outsider.id, clusterId: other.id } })).statusCode, 403);
    assert.equal((await app.inject({ method: 'POST', url: '/api/memberships', headers, payload: { organizationId: outsider.id, clusterId: mine.id } })).statusCode, 201);
    assert.equal((await app.inject({ url: `/api/organizations/${member.id}`, headers })).json().revenue, 777);
    assert.equal((await app.inject({ method: 'DELETE', url: `/api/clusters/${mine.id}`, headers })).statusCode, 403);
  });

  test('a member edits only their own organisation; analysts see all figures', async (t) => {
    const { app, db } = await build(t);
    const own = await makeOrganization(db);
    const other = await makeOrganization(db, { revenue: 42 });
    const member = await signedIn(app, db, { role: 'member', organizationId: own.id });
    const ok = await app.inject({ method: 'PATCH', url: `/api/organizations/${own.id}`, headers: member, payload: { employees: 300 } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().sizeClass, 'large', 'the size class follows the new employee count');
    assert.equal((await app.inject({ method: 'PATCH', url: `/api/organizations/${other.id}`, headers: member, payload: { nameEn: 'X' } })).statusCode, 403);
    assert.equal((await app.inject({ url: `/api/organizations/${other.id}`, headers: member })).json().revenue, undefined);
    const analyst = await signedIn(app, db, { role: 'analyst' });
    assert.equal((await app.inject({ url: `/api/organizations/${other.id}`, headers: analyst })).json().revenue, 42);
  });

  test('sign-in rejects a wrong password, sign-out ends the session, writes are audited', async (t) => {
    const { app, db } = await build(t);
    const bad = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'nobody@example.by', password: 'wrong password' } });
    assert.equal(bad.statusCode, 401);
    const admin = await signedIn(app, db, { role: 'admin' });
    const setCookie = (await app.inject({ url: '/api/auth/me', headers: admin })).json();
    assert.equal(setCookie.user.role, 'admin');
    const created = await app.inject({ method: 'POST', url: '/api/clusters', headers: admin, payload: { nameRu: 'Аудит', status: 'potential' } });
    const { rows } = await db.pool.query("SELECT action, entity, entity_id FROM audit_log WHERE entity = 'cluster'");
    assert.deepEqual(rows, [{ action: 'create', entity: 'cluster', entity_id: String(created.json().id) }]);
    await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: admin });
    assert.equal((await app.inject({ url: '/api/auth/me', headers: admin })).json().user, null);
  });
});
