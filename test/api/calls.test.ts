// Opportunity calls over HTTP on both backends: post a call, answer it, the deadline, the screening report and its
// downloads, B2B slots and meetings without double booking, "calls for me", and bad input.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/database.ts';
import { build, signedIn } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';

const FIT = { primarySector: '26.51', territoryId: 'r-dobrusski', employees: 40, roles: ['producer'], certifications: ['ISO 9001'] };

async function instrumentsCluster(db: Database) {
  const cluster = await makeCluster(db, { specialisation: ['26'], territories: ['BY-HO'] });
  const org = async (nameRu: string, overrides: Record<string, unknown>, member = true) => {
    const o = await makeOrganization(db, { ...FIT, nameRu, ...overrides });
    if (member) await makeMembership(db, o.id, cluster.id);
    return o;
  };
  return {
    cluster,
    a: await org('A приборы', {}),
    b: await org('B молчит', { territoryId: 'r-homielski', employees: 60 }),
    c: await org('C древесина', { primarySector: '16.21' }),
    d: await org('D Минск', { territoryId: 'BY-HM' }),
    e: await org('E отказ', {}),
    f: await org('F не участник', {}, false),
  };
}

const CALL = { kind: 'joint_project', titleRu: 'Совместный проект: датчики', sectors: ['26'], territories: ['BY-HO'], sizeClasses: ['small', 'medium'], roles: ['producer'], certifications: ['ISO 9001'], minEmployees: 20, deadline: '2099-12-31' };

async function post(app: FastifyInstance, url: string, cookie: string | undefined, payload: unknown) {
  return app.inject({ method: 'POST', url, headers: cookie ? { cookie } : {}, payload: payload as Record<string, unknown> });
}

for (const { backend, skip } of BACKENDS) {
  describe(`calls API (${backend})`, { skip }, () => {
    test('a cluster manager posts a call; members answer; the screening reports every organisation with its reason', async (t) => {
      const { app, db } = await build(t, backend);
      const { cluster, a, b, c, d, e, f } = await instrumentsCluster(db);
      const other = await makeCluster(db);
      const manager = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [cluster.id] });
      const otherManager = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [other.id] });
      const userA = await signedIn(app, db, { role: 'member', organizationId: a.id });
      const userE = await signedIn(app, db, { role: 'member', organizationId: e.id });
      const userF = await signedIn(app, db, { role: 'member', organizationId: f.id });

      assert.equal((await post(app, '/api/calls', undefined, { ...CALL, clusterId: cluster.id })).statusCode, 401);
      assert.equal((await post(app, '/api/calls', otherManager.cookie, { ...CALL, clusterId: cluster.id })).statusCode, 403, 'only its own cluster');
      assert.equal((await post(app, '/api/calls', manager.cookie, { ...CALL })).statusCode, 403, 'a call without a cluster is for analysts');
      const badFormat = await post(app, '/api/calls', manager.cookie, { ...CALL, clusterId: cluster.id, sectors: ['twenty-six'] });
      assert.equal(badFormat.statusCode, 400);
      assert.match(badFormat.body, /sectors/);
      const unknownSector = await post(app, '/api/calls', manager.cookie, { ...CALL, clusterId: cluster.id, sectors: ['27'] });
      assert.equal(unknownSector.statusCode, 422);
      assert.deepEqual(unknownSector.json().error.errors, [{ row: 0, column: 'sectors', message: 'unknown sector code 27' }]);
      const created = await post(app, '/api/calls', manager.cookie, { ...CALL, clusterId: cluster.id });
      assert.equal(created.statusCode, 201, created.body);
      const call = created.json();
      assert.equal(call.fitThreshold, 0.3);
      assert.equal(call.requireInterest, true);

      const respond = (cookie: string, organizationId: number, interest: string) => post(app, `/api/calls/${call.id}/responses`, cookie, { organizationId, interest });
      assert.equal((await respond(userA.cookie, b.id, 'interested')).statusCode, 403, 'a member answers only for its own organisation');
      assert.equal((await respond(userA.cookie, a.id, 'declined')).statusCode, 201);
      const changed = await respond(userA.cookie, a.id, 'interested');
      assert.equal(changed.statusCode, 201, 'a change of mind before the deadline');
      assert.equal(changed.json().interest, 'interested');
      assert.equal((await respond(userE.cookie, e.id, 'declined')).statusCode, 201);
      assert.equal((await respond(userF.cookie, f.id, 'interested')).statusCode, 201, 'an organisation outside the cluster may answer');
      assert.equal((await post(app, `/api/calls/${call.id}/responses`, userA.cookie, { organizationId: a.id, interest: 'maybe' })).statusCode, 400);

      const answers = await app.inject({ url: `/api/calls/${call.id}/responses`, headers: { cookie: manager.cookie } });
      assert.equal(answers.statusCode, 200);
      assert.deepEqual(answers.json().items.map((r: { organizationId: number; interest: string }) => [r.organizationId, r.interest]).sort(),
        [[a.id, 'interested'], [e.id, 'declined'], [f.id, 'interested']].sort());
      assert.equal((await app.inject({ url: `/api/calls/${call.id}/responses`, headers: { cookie: userA.cookie } })).statusCode, 403);
      const one = (await app.inject({ url: `/api/calls/${call.id}` })).json();
      assert.deepEqual([one.interested, one.declined], [2, 1]);

      assert.equal((await post(app, `/api/calls/${call.id}/screening`, userA.cookie, {})).statusCode, 403);
      const notYet = await app.inject({ url: `/api/calls/${call.id}/screening`, headers: { cookie: manager.cookie } });
      assert.deepEqual([notYet.statusCode, notYet.json()], [200, { report: null }], 'never screened');
      const screening = await post(app, `/api/calls/${call.id}/screening`, manager.cookie, {});
      assert.equal(screening.statusCode, 200, screening.body);
      const report = screening.json();
      assert.deepEqual([report.considered, report.accepted, report.screenedOut], [6, 2, 4], 'five members plus the outside respondent');
      const byOrg = new Map(report.items.map((i: { organizationId: number }) => [i.organizationId, i]));
      const row = (id: number) => byOrg.get(id) as { decision: string; stage: string; reason: string };
      // 26.51 under the required division 26, small: fit = 0.7 sqrt(0.34 / 1.98) + 0.3 = 0.59
      assert.deepEqual([row(a.id).decision, row(a.id).reason], ['accepted', 'interested; fit 0.59 >= 0.30']);
      assert.deepEqual([row(f.id).decision, row(f.id).reason], ['accepted', 'interested; fit 0.59 >= 0.30']);
      assert.deepEqual([row(b.id).stage, row(b.id).reason], ['interest', 'no answer']);
      assert.deepEqual([row(c.id).stage, row(c.id).reason], ['rule', 'sector 16.21 not in 26']);
      assert.deepEqual([row(d.id).stage, row(d.id).reason], ['rule', 'territory BY-HM not in BY-HO']);
      assert.deepEqual([row(e.id).stage, row(e.id).reason], ['interest', 'declined']);
      assert.deepEqual(report.items.slice(0, 2).map((i: { accepted: boolean }) => i.accepted), [true, true], 'accepted first');
      // the report is kept: the page and the downloads show the one the manager ran
      const kept = await app.inject({ url: `/api/calls/${call.id}/screening`, headers: { cookie: manager.cookie } });
      assert.deepEqual(kept.json().report, report);
      assert.equal((await app.inject({ url: `/api/calls/${call.id}/screening`, headers: { cookie: userA.cookie } })).statusCode, 403);

      const csv = await app.inject({ url: `/api/calls/${call.id}/screening.csv`, headers: { cookie: manager.cookie } });
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      assert.ok(csv.body.startsWith('\uFEFF'), 'UTF-8 BOM');
      const lines = csv.body.slice(1).trim().split('\n');
      assert.equal(lines[0], 'organization_id,name,decision,stage,rule,reason,interest,fit,sector_fit,size_fit');
      assert.equal(lines.length, 7);
      // 16.21 shares only section C with 26: sector = 0.09 / sqrt(0.34 * 1.98) = 0.1097, fit = 0.7 * 0.1097 + 0.3 = 0.3768
      assert.ok(lines.includes(`${c.id},C древесина,screened_out,rule,sector,sector 16.21 not in 26,,0.3768,0.1097,1`), lines.join('\n'));
      assert.ok(lines.includes(`${a.id},A приборы,accepted,fit,,interested; fit 0.59 >= 0.30,interested,0.5901,0.4144,1`));
      const xlsx = await app.inject({ url: `/api/calls/${call.id}/screening.xlsx`, headers: { cookie: manager.cookie } });
      assert.equal(xlsx.statusCode, 200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
      const sheet = book.getWorksheet('screening')!;
      assert.equal(sheet.rowCount, 7);
      assert.equal(sheet.getRow(1).getCell(6).value, 'reason');
      assert.equal(sheet.getRow(2).getCell(3).value, 'accepted');

      const matches = (await app.inject({ url: `/api/calls/${call.id}/matches`, headers: { cookie: manager.cookie } })).json();
      assert.deepEqual(matches.items.map((m: { id: number }) => m.id).sort(), [a.id, b.id, e.id, f.id].sort(), 'those passing the hard rules');
      assert.deepEqual(matches.items[0].reasons[0], { code: 'same-division', params: { code: '26' }, text: 'same NACE division 26' });

      const patched = await app.inject({ method: 'PATCH', url: `/api/calls/${call.id}`, headers: { cookie: manager.cookie }, payload: { deadline: '2020-01-01' } });
      assert.equal(patched.statusCode, 200, patched.body);
      const late = await respond(userA.cookie, a.id, 'declined');
      assert.equal(late.statusCode, 409);
      assert.match(late.json().error.message, /deadline of call \d+ \(2020-01-01\) has passed/);
      const closed = await post(app, `/api/calls/${call.id}/close`, manager.cookie, {});
      assert.equal(closed.json().status, 'closed');
      const list = (await app.inject({ url: `/api/calls?clusterId=${cluster.id}&status=closed` })).json();
      assert.equal(list.total, 1);
    });

    test('unknown calls are 404; a call with nobody to screen is 422 with a clear message', async (t) => {
      const { app, db } = await build(t, backend);
      const cluster = await makeCluster(db);
      const admin = await signedIn(app, db, { role: 'admin' });
      assert.equal((await app.inject({ url: '/api/calls/999' })).statusCode, 404);
      const missing = await post(app, '/api/calls/999/screening', admin.cookie, {});
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error.id, 'call_not_found');
      assert.equal((await app.inject({ url: '/api/calls/999/screening.csv', headers: { cookie: admin.cookie } })).statusCode, 404);
      const empty = (await post(app, '/api/calls', admin.cookie, { kind: 'event', titleRu: 'Пустой', clusterId: cluster.id })).json();
      const screened = await post(app, `/api/calls/${empty.id}/screening`, admin.cookie, {});
      assert.equal(screened.statusCode, 422);
      assert.match(screened.json().error.message, new RegExp(`call ${empty.id} has no organisations to screen: cluster ${cluster.id} has no current members and nobody answered`));
      const noCluster = await post(app, '/api/calls', admin.cookie, { kind: 'tender', titleRu: 'x', clusterId: 999 });
      assert.equal(noCluster.statusCode, 422);
      assert.equal(noCluster.json().error.errors[0].column, 'clusterId');
      const badScore = await post(app, '/api/calls', admin.cookie, { kind: 'tender', titleRu: 'x', fitThreshold: 2 });
      assert.equal(badScore.statusCode, 400);
      assert.match(badScore.body, /fitThreshold/);
    });

    test('B2B: accepted organisations book slots; double booking is a 409 naming who is busy; cancelling frees the slot', async (t) => {
      const { app, db } = await build(t, backend);
      const cluster = await makeCluster(db);
      const orgs = [];
      for (const nameRu of ['Альфа', 'Бета', 'Гамма']) {
        const o = await makeOrganization(db, { nameRu });
        await makeMembership(db, o.id, cluster.id);
        orgs.push(o);
      }
      const [a, b, c] = orgs as unknown as [{ id: number }, { id: number }, { id: number }];
      const gone = await makeOrganization(db, { nameRu: 'Ликвидирована', status: 'liquidated' });
      await makeMembership(db, gone.id, cluster.id);
      const manager = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [cluster.id] });
      const userA = await signedIn(app, db, { role: 'member', organizationId: a.id });
      const userC = await signedIn(app, db, { role: 'member', organizationId: c.id });
      const call = (await post(app, '/api/calls', manager.cookie, { kind: 'event', titleRu: 'Биржа контактов', clusterId: cluster.id, requireInterest: false })).json();

      const badSlot = await post(app, `/api/calls/${call.id}/slots`, manager.cookie, { slots: [{ startsAt: '2026-06-01T10:00:00Z', endsAt: '2026-06-01T09:00:00Z' }] });
      assert.equal(badSlot.statusCode, 422);
      assert.equal(badSlot.json().error.errors[0].column, 'slots.0.endsAt');
      assert.equal((await post(app, `/api/calls/${call.id}/slots`, userA.cookie, { slots: [{ startsAt: '2026-06-01T10:00:00Z', endsAt: '2026-06-01T10:30:00Z' }] })).statusCode, 403);
      const slots = await post(app, `/api/calls/${call.id}/slots`, manager.cookie, {
        slots: [{ startsAt: '2026-06-01T10:00:00Z', endsAt: '2026-06-01T10:30:00Z' }, { startsAt: '2026-06-01T10:30:00Z', endsAt: '2026-06-01T11:00:00Z' }],
      });
      assert.equal(slots.statusCode, 201, slots.body);
      const [s1, s2] = slots.json().items as { id: number }[];

      const book = (cookie: string, slotId: number, organizationId: number, withOrganizationId: number) =>
        post(app, `/api/calls/${call.id}/meetings`, cookie, { slotId, organizationId, withOrganizationId });
      const first = await book(userA.cookie, s1!.id, a.id, b.id);
      assert.equal(first.statusCode, 201, first.body);
      const clash = await book(userC.cookie, s1!.id, c.id, b.id);
      assert.equal(clash.statusCode, 409);
      assert.match(clash.json().error.message, new RegExp(`slot ${s1!.id} is taken: organisation ${b.id} \\(Бета\\) already has meeting ${first.json().id}`));
      const clashA = await book(userC.cookie, s1!.id, c.id, a.id);
      assert.match(clashA.json().error.message, /Альфа/);
      assert.equal((await book(userC.cookie, s2!.id, c.id, b.id)).statusCode, 201);
      assert.equal((await book(userA.cookie, s2!.id, c.id, a.id)).statusCode, 403, 'a member books only for its own organisation');
      const notAccepted = await book(userA.cookie, s2!.id, a.id, gone.id);
      assert.equal(notAccepted.statusCode, 422);
      assert.deepEqual(notAccepted.json().error.errors.map((e: { column: string }) => e.column), ['withOrganizationId']);
      assert.match(notAccepted.json().error.errors[0].message, /not accepted by the screening .*status liquidated/);
      assert.equal((await book(userA.cookie, 9999, a.id, b.id)).statusCode, 404);
      assert.equal((await book(userA.cookie, s2!.id, a.id, a.id)).statusCode, 422);

      const slotList = (await app.inject({ url: `/api/calls/${call.id}/slots` })).json();
      assert.deepEqual(slotList.items.map((s: { busy: number[] }) => s.busy), [[a.id, b.id].sort((x, y) => x - y), [b.id, c.id].sort((x, y) => x - y)]);
      assert.equal((await app.inject({ url: `/api/calls/${call.id}/meetings`, headers: { cookie: manager.cookie } })).json().items.length, 2);
      assert.equal((await app.inject({ url: `/api/calls/${call.id}/meetings`, headers: { cookie: userA.cookie } })).json().items.length, 1);

      assert.equal((await app.inject({ method: 'DELETE', url: `/api/calls/${call.id}/meetings/${first.json().id}`, headers: { cookie: userC.cookie } })).statusCode, 403);
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/calls/${call.id}/meetings/${first.json().id}`, headers: { cookie: userA.cookie } })).statusCode, 204);
      assert.equal((await book(userC.cookie, s1!.id, c.id, b.id)).statusCode, 201, 'the slot is free again');
    });

    test('minimum competitiveness and reliability scores screen out with the score in the reason', async (t) => {
      const { app, db } = await build(t, backend);
      const cluster = await makeCluster(db);
      const year = new Date().getUTCFullYear();
      // Competitiveness within division 26: revenue per employee 100, 200, 300 -> percentiles 0, 0.5, 1; export share 0
      // for all (a three-way tie) -> 0.5 each; growth unknown. Scores: (0 + 0.5) / 2 = 0.25, 0.5, 0.75.
      // Reliability: 5 years 0.3 * 5/10 = 0.15, no contracts 0.4 * 2/3 = 0.2667, one membership 0.15 * 1/2 = 0.075,
      // so 0.4917; one label adds 0.15 * 1/2 = 0.075 -> 0.5667.
      const make = async (nameRu: string, revenue: number, labels: string[]) => {
        const o = await makeOrganization(db, { nameRu, primarySector: '26.51', employees: 10, revenue, exports: 0, foundedYear: year - 5, labels });
        await makeMembership(db, o.id, cluster.id);
        return o;
      };
      const x = await make('X', 1000, ['ECEI bronze']);
      const y = await make('Y', 2000, []);
      const z = await make('Z', 3000, ['ECEI bronze']);
      const admin = await signedIn(app, db, { role: 'admin' });
      const call = (await post(app, '/api/calls', admin.cookie, {
        kind: 'tender', titleRu: 'Лучшие', clusterId: cluster.id, minCompetitiveness: 0.5, minReliability: 0.5, requireInterest: false,
      })).json();
      const report = (await post(app, `/api/calls/${call.id}/screening`, admin.cookie, {})).json();
      const reason = (id: number) => report.items.find((i: { organizationId: number }) => i.organizationId === id).reason;
      assert.equal(reason(x.id), 'competitiveness 0.25 < 0.50');
      assert.equal(reason(y.id), 'reliability 0.49 < 0.50');
      assert.equal(reason(z.id), 'no answer (interest not required); fit 1.00 >= 0.30');
    });

    test('calls for me: open calls whose hard rules the organisation passes', async (t) => {
      const { app, db } = await build(t, backend);
      const { cluster, a, c } = await instrumentsCluster(db);
      const admin = await signedIn(app, db, { role: 'admin' });
      const userA = await signedIn(app, db, { role: 'member', organizationId: a.id });
      const userC = await signedIn(app, db, { role: 'member', organizationId: c.id });
      const fitting = (await post(app, '/api/calls', admin.cookie, { ...CALL, clusterId: cluster.id })).json();
      await post(app, '/api/calls', admin.cookie, { ...CALL, titleRu: 'ИТ', sectors: ['62'], clusterId: cluster.id });
      await post(app, '/api/calls', admin.cookie, { ...CALL, titleRu: 'Прошёл срок', deadline: '2020-01-01', clusterId: cluster.id });
      const forA = await app.inject({ url: `/api/organizations/${a.id}/calls`, headers: { cookie: userA.cookie } });
      assert.equal(forA.statusCode, 200, forA.body);
      assert.deepEqual(forA.json().items.map((i: { id: number }) => i.id), [fitting.id]);
      assert.equal(forA.json().items[0].fits, true);
      assert.deepEqual((await app.inject({ url: `/api/organizations/${c.id}/calls`, headers: { cookie: userC.cookie } })).json().items, []);
      assert.equal((await app.inject({ url: `/api/organizations/${c.id}/calls`, headers: { cookie: userA.cookie } })).statusCode, 403);
      assert.equal((await app.inject({ url: `/api/organizations/${a.id}/calls` })).statusCode, 401);
      assert.equal((await app.inject({ url: '/api/organizations/9999/calls', headers: { cookie: admin.cookie } })).statusCode, 404);
    });
  });
}
