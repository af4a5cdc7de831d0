import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { build, signedIn } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';

for (const { backend, skip } of BACKENDS) {
  describe(`cluster cooperation services (${backend})`, { skip }, () => {
    async function setUp(t: Parameters<typeof build>[0]) {
      const { app, db } = await build(t, backend);
      const cluster = await makeCluster(db);
      const other = await makeCluster(db);
      const member = await makeOrganization(db);
      const outsider = await makeOrganization(db);
      await makeMembership(db, member.id, cluster.id);
      await makeMembership(db, outsider.id, other.id);
      const manager = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [cluster.id] });
      const memberUser = await signedIn(app, db, { role: 'member', organizationId: member.id });
      const outsiderUser = await signedIn(app, db, { role: 'member', organizationId: outsider.id });
      return { app, db, cluster, other, member, outsider, manager, memberUser, outsiderUser };
    }

    test('the cluster\'s manager edits its catalogue; others may not; the public sees active services only', async (t) => {
      const { app, cluster, other, manager, memberUser } = await setUp(t);
      const body = { kind: 'training', titleRu: 'Обучение экспортёров', titleEn: 'Export training' };
      assert.equal((await app.inject({ method: 'POST', url: `/api/clusters/${cluster.id}/services`, payload: body })).statusCode, 401);
      assert.equal((await app.inject({ method: 'POST', url: `/api/clusters/${cluster.id}/services`, payload: body, headers: memberUser })).statusCode, 403);
      assert.equal((await app.inject({ method: 'POST', url: `/api/clusters/${other.id}/services`, payload: body, headers: manager })).statusCode, 403);
      const created = await app.inject({ method: 'POST', url: `/api/clusters/${cluster.id}/services`, payload: body, headers: manager });
      assert.equal(created.statusCode, 201);
      const hidden = (await app.inject({ method: 'POST', url: `/api/clusters/${cluster.id}/services`, payload: { kind: 'finance', titleRu: 'Гранты', active: false }, headers: manager })).json();
      assert.deepEqual((await app.inject({ url: `/api/clusters/${cluster.id}/services` })).json().items.map((s: { titleRu: string }) => s.titleRu), ['Обучение экспортёров']);
      assert.equal((await app.inject({ url: `/api/clusters/${cluster.id}/services`, headers: manager })).json().items.length, 2);
      const patched = await app.inject({ method: 'PATCH', url: `/api/services/${hidden.id}`, payload: { active: true }, headers: manager });
      assert.equal(patched.statusCode, 200);
      assert.deepEqual([patched.json().active, patched.json().kind, patched.json().titleRu], [true, 'finance', 'Гранты']);
      assert.equal((await app.inject({ method: 'PATCH', url: `/api/services/${hidden.id}`, payload: { active: false }, headers: memberUser })).statusCode, 403);
      const bad = await app.inject({ method: 'POST', url: `/api/clusters/${cluster.id}/services`, payload: { kind: 'magic', titleRu: '' }, headers: manager });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().error.errors.map((e: { column: string }) => e.column), ['kind', 'titleRu']);
      assert.equal((await app.inject({ url: '/api/clusters/999/services' })).statusCode, 404);
      assert.equal((await app.inject({ method: 'PATCH', url: '/api/services/999', payload: {}, headers: manager })).statusCode, 404);
    });

    test('only members of the cluster request its services, for their own organisation', async (t) => {
      const { app, cluster, member, outsider, manager, memberUser, outsiderUser } = await setUp(t);
      const service = (await app.inject({ method: 'POST', url: `/api/clusters/${cluster.id}/services`, payload: { kind: 'matchmaking', titleRu: 'Подбор партнёров' }, headers: manager })).json();
      const url = `/api/services/${service.id}/requests`;
      assert.equal((await app.inject({ method: 'POST', url, payload: {} })).statusCode, 401);
      assert.equal((await app.inject({ method: 'POST', url, payload: {}, headers: outsiderUser })).statusCode, 403, 'not a member of this cluster');
      assert.equal((await app.inject({ method: 'POST', url, payload: { organizationId: outsider.id }, headers: memberUser })).statusCode, 403, 'not for another organisation');
      const filed = await app.inject({ method: 'POST', url, payload: { note: 'Ищем поставщика' }, headers: memberUser });
      assert.equal(filed.statusCode, 201);
      assert.deepEqual([filed.json().organizationId, filed.json().status, filed.json().closedAt], [member.id, 'requested', null]);
      await app.inject({ method: 'PATCH', url: `/api/services/${service.id}`, payload: { active: false }, headers: manager });
      assert.equal((await app.inject({ method: 'POST', url, payload: {}, headers: memberUser })).statusCode, 409, 'a withdrawn service');
    });

    test('requests move requested -> in_progress -> done with closed_at; illegal transitions are 409', async (t) => {
      const { app, cluster, manager, memberUser } = await setUp(t);
      const service = (await app.inject({ method: 'POST', url: `/api/clusters/${cluster.id}/services`, payload: { kind: 'rnd_projects', titleRu: 'Сборка проектов' }, headers: manager })).json();
      const file = async () => (await app.inject({ method: 'POST', url: `/api/services/${service.id}/requests`, payload: {}, headers: memberUser })).json();
      const request = await file();
      const patch = (id: number, payload: Record<string, unknown>, headers = manager) =>
        app.inject({ method: 'PATCH', url: `/api/service-requests/${id}`, payload, headers });
      assert.equal((await patch(request.id, { status: 'done' }, memberUser)).statusCode, 403, 'the requester does not close its own request');
      const started = await patch(request.id, { status: 'in_progress' });
      assert.equal(started.statusCode, 200);
      assert.deepEqual([started.json().status, started.json().closedAt], ['in_progress', null]);
      assert.equal((await patch(request.id, { status: 'requested' })).statusCode, 409, 'no way back');
      const done = (await patch(request.id, { status: 'done', note: 'Партнёр найден' })).json();
      assert.equal(done.status, 'done');
      assert.ok(done.closedAt, 'closed_at is set');
      const again = await patch(request.id, { status: 'declined' });
      assert.equal(again.statusCode, 409);
      assert.match(again.json().error.message, /closed/);
      const second = await file();
      const declined = (await patch(second.id, { status: 'declined' })).json();
      assert.deepEqual([declined.status, typeof declined.closedAt], ['declined', 'string']);
      assert.equal((await patch(second.id, { status: 'finished' })).statusCode, 422);
      assert.equal((await patch(999, { status: 'done' })).statusCode, 404);
    });

    test('KPIs count requests by kind and status, and those filed and done within the period', async (t) => {
      const { app, db, cluster, member, manager } = await setUp(t);
      const training = (await app.inject({ method: 'POST', url: `/api/clusters/${cluster.id}/services`, payload: { kind: 'training', titleRu: 'Обучение' }, headers: manager })).json();
      const finance = (await app.inject({ method: 'POST', url: `/api/clusters/${cluster.id}/services`, payload: { kind: 'finance', titleRu: 'Финансы' }, headers: manager })).json();
      // Hand-made history: two training requests done (one in 2025, one in 2024), one finance in progress, one declined.
      await db.pool.query(
        `INSERT INTO service_requests (service_id, organization_id, status, requested_at, closed_at) VALUES
           ($1, $3, 'done', '2025-02-01T10:00:00Z', '2025-03-15T10:00:00Z'),
           ($1, $3, 'done', '2024-05-01T10:00:00Z', '2024-06-01T10:00:00Z'),
           ($2, $3, 'in_progress', '2025-04-01T10:00:00Z', NULL),
           ($2, $3, 'declined', '2025-12-31T23:00:00Z', '2026-01-02T10:00:00Z')`,
        [training.id, finance.id, member.id],
      );
      const kpis = (await app.inject({ url: `/api/clusters/${cluster.id}/services/kpis?from=2025-01-01&to=2025-12-31` })).json();
      assert.equal(kpis.activeServices, 2);
      assert.deepEqual(kpis.requests, { requested: 0, in_progress: 1, done: 2, declined: 1, total: 4 });
      assert.deepEqual(kpis.byKind.training, { requested: 0, in_progress: 0, done: 2, declined: 0, total: 2 });
      assert.deepEqual(kpis.byKind.finance, { requested: 0, in_progress: 1, done: 0, declined: 1, total: 2 });
      // 2025: filed 3 (Feb, Apr, 31 Dec), done 1 (March), declined 0 (that one closed in 2026).
      assert.deepEqual([kpis.period.requested, kpis.period.done, kpis.period.declined], [3, 1, 0]);
      assert.equal(kpis.period.doneByKind.training, 1);
      const bad = await app.inject({ url: `/api/clusters/${cluster.id}/services/kpis?from=2025-13-01&to=2025-01-01` });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().error.errors.map((e: { column: string }) => e.column), ['from']);
      const reversed = await app.inject({ url: `/api/clusters/${cluster.id}/services/kpis?from=2025-06-01&to=2025-01-01` });
      assert.equal(reversed.json().error.errors[0].column, 'to');
      assert.equal((await app.inject({ url: '/api/clusters/999/services/kpis' })).statusCode, 404);
    });
  });
}
