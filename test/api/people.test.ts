import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { build, signedIn } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';

const person = (overrides: Record<string, unknown> = {}) => ({
  name: 'Иван Петров', kind: 'engineer', email: 'ivan@example.by', sectors: ['26.51'], competences: ['metrology', 'sensors'],
  territoryId: 'r-dobrusski', consent: true, ...overrides,
});

for (const { backend, skip } of BACKENDS) {
  describe(`people profiles and talent (${backend})`, { skip }, () => {
    test('a profile without consent is never listed or matched, and e-mail addresses are for staff only', async (t) => {
      const { app, db } = await build(t, backend);
      const org = await makeOrganization(db);
      const staff = await signedIn(app, db, { role: 'analyst' });
      const create = async (body: Record<string, unknown>) => {
        const response = await app.inject({ method: 'POST', url: '/api/people', payload: body, headers: staff });
        assert.equal(response.statusCode, 201, response.body);
        return response.json();
      };
      const agreed = await create(person({ organizationId: org.id }));
      const hidden = await create(person({ name: 'Скрытый', consent: false, email: 'hidden@example.by' }));
      assert.equal(agreed.email, 'ivan@example.by', 'staff see the e-mail');
      assert.match(agreed.consentDate, /^\d{4}-\d{2}-\d{2}$/, 'consent without a date is dated today');
      assert.equal(hidden.consentDate, null);

      const publicList = (await app.inject({ url: '/api/people' })).json();
      assert.deepEqual(publicList.items.map((p: { name: string }) => p.name), ['Иван Петров']);
      assert.equal(publicList.total, 1);
      assert.equal('email' in publicList.items[0], false, 'no e-mail for the public');
      const staffList = (await app.inject({ url: '/api/people', headers: staff })).json();
      assert.deepEqual(staffList.items.map((p: { id: number }) => p.id), [agreed.id], 'not listed even for staff');
      assert.equal(staffList.items[0].email, 'ivan@example.by');

      assert.equal((await app.inject({ url: `/api/people/${hidden.id}` })).statusCode, 404);
      assert.equal((await app.inject({ url: `/api/people/${hidden.id}`, headers: staff })).statusCode, 200);
      const member = await signedIn(app, db, { role: 'member', organizationId: org.id });
      const seen = (await app.inject({ url: `/api/people/${agreed.id}`, headers: member })).json();
      assert.equal(seen.email, undefined, 'a member of the same organisation does not see the e-mail either');

      const cluster = await makeCluster(db, { specialisation: ['26.51'], territories: ['BY-HO'] });
      const talent = (await app.inject({ url: `/api/clusters/${cluster.id}/talent` })).json();
      assert.deepEqual(talent.items.map((i: { person: { id: number } }) => i.person.id), [agreed.id]);
    });

    test('a member adds, edits and deletes profiles of its own organisation only; the public none', async (t) => {
      const { app, db } = await build(t, backend);
      const mine = await makeOrganization(db);
      const other = await makeOrganization(db);
      const member = await signedIn(app, db, { role: 'member', organizationId: mine.id });
      assert.equal((await app.inject({ method: 'POST', url: '/api/people', payload: person({ organizationId: mine.id }) })).statusCode, 401);
      assert.equal((await app.inject({ method: 'POST', url: '/api/people', payload: person({ organizationId: other.id }), headers: member })).statusCode, 403);
      assert.equal((await app.inject({ method: 'POST', url: '/api/people', payload: person(), headers: member })).statusCode, 403, 'nor a profile of no organisation');
      const created = await app.inject({ method: 'POST', url: '/api/people', payload: person({ organizationId: mine.id, consent: false }), headers: member });
      assert.equal(created.statusCode, 201);
      const id = created.json().id as number;
      assert.equal((await app.inject({ url: `/api/people/${id}`, headers: member })).statusCode, 200, 'its organisation opens a profile without consent');
      const patched = await app.inject({ method: 'PATCH', url: `/api/people/${id}`, payload: { consent: true, competences: ['optics'] }, headers: member });
      assert.equal(patched.statusCode, 200);
      assert.deepEqual([patched.json().consent, patched.json().competences, patched.json().sectors], [true, ['optics'], ['26.51']]);
      assert.equal((await app.inject({ method: 'PATCH', url: `/api/people/${id}`, payload: { organizationId: other.id }, headers: member })).statusCode, 403);
      const outsider = await signedIn(app, db, { role: 'member', organizationId: other.id });
      assert.equal((await app.inject({ method: 'PATCH', url: `/api/people/${id}`, payload: { name: 'X' }, headers: outsider })).statusCode, 403);
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/people/${id}`, headers: outsider })).statusCode, 403);
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/people/${id}`, headers: member })).statusCode, 204);
      assert.equal((await app.inject({ url: `/api/people/${id}`, headers: member })).statusCode, 404);
    });

    test('bad input is answered with the fields that are wrong', async (t) => {
      const { app, db } = await build(t, backend);
      const staff = await signedIn(app, db, { role: 'admin' });
      const response = await app.inject({
        method: 'POST', url: '/api/people', headers: staff,
        payload: { name: '', kind: 'wizard', email: 'not-an-address', sectors: ['26.51'] },
      });
      assert.equal(response.statusCode, 422);
      assert.deepEqual(response.json().error.errors.map((e: { column: string }) => e.column).sort(), ['email', 'kind', 'name']);
      const refs = await app.inject({ method: 'POST', url: '/api/people', headers: staff, payload: person({ organizationId: 999, territoryId: 'BY-XX', sectors: ['26.51', '99.99'] }) });
      assert.equal(refs.statusCode, 422);
      assert.deepEqual(refs.json().error.errors.map((e: { column: string }) => e.column), ['organizationId', 'territoryId', 'sectors.1']);
      assert.equal((await app.inject({ url: '/api/clusters/999/talent' })).statusCode, 404);
      assert.equal((await app.inject({ url: '/api/clusters/1/talent?top=0' })).statusCode, 400);
      assert.equal((await app.inject({ method: 'PATCH', url: '/api/people/999', payload: { name: 'X' }, headers: staff })).statusCode, 404);
    });

    test('cluster talent ranks by sector, competences and territory with the reasons; filters narrow the list', async (t) => {
      const { app, db } = await build(t, backend);
      const staff = await signedIn(app, db, { role: 'admin' });
      const anchor = await makeOrganization(db, { primarySector: '26.51', territoryId: 'BY-HO' });
      const cluster = await makeCluster(db, { specialisation: ['26.51'], territories: ['BY-HO'], description: 'Metrology and sensors' });
      await makeMembership(db, anchor.id, cluster.id);
      const ids: Record<string, number> = {};
      for (const [key, body] of Object.entries({
        best: person({ name: 'A', competences: ['Sensors', 'metrology'], territoryId: 'r-dobrusski' }),
        sector: person({ name: 'B', competences: ['welding'], territoryId: 'BY-HM' }),
        place: person({ name: 'C', kind: 'researcher', sectors: ['62.01'], competences: ['python'], territoryId: 'BY-HO' }),
        none: person({ name: 'D', sectors: ['62.01'], competences: ['python'], territoryId: 'BY-HM' }),
      })) {
        ids[key] = (await app.inject({ method: 'POST', url: '/api/people', payload: body, headers: staff })).json().id;
      }
      const talent = (await app.inject({ url: `/api/clusters/${cluster.id}/talent?top=10` })).json();
      assert.deepEqual(talent.items.map((i: { person: { id: number } }) => i.person.id), [ids.best, ids.sector, ids.place], 'no one without a single match');
      const best = talent.items[0];
      // Sector 1 (26.51 alone), competences {sensors, metrology} = the cluster's words {metrology, sensors}: 1, territory 1.
      assert.ok(Math.abs(best.score - 1) < 1e-6, String(best.score));
      assert.deepEqual(best.reasons.map((r: { code: string }) => r.code), ['same-class', 'competences', 'in-territory']);
      assert.equal(talent.items[1].components.territory, 0);
      assert.ok(Math.abs(talent.items[2].score - 0.15) < 1e-6, 'only the territory weight');
      assert.equal((await app.inject({ url: `/api/clusters/${cluster.id}/talent?top=1` })).json().items.length, 1);

      const byKind = (await app.inject({ url: '/api/people?kind=researcher' })).json();
      assert.deepEqual(byKind.items.map((p: { name: string }) => p.name), ['C']);
      const bySector = (await app.inject({ url: '/api/people?sector=26' })).json();
      assert.deepEqual(bySector.items.map((p: { name: string }) => p.name), ['A', 'B']);
      const byRegion = (await app.inject({ url: '/api/people?region=BY-HO' })).json();
      assert.deepEqual(byRegion.items.map((p: { name: string }) => p.name), ['A', 'C']);
      const byWord = (await app.inject({ url: '/api/people?q=welding' })).json();
      assert.deepEqual(byWord.items.map((p: { name: string }) => p.name), ['B']);
    });

    test('a staff call is matched by its sectors and description; other calls are refused', async (t) => {
      const { app, db } = await build(t, backend);
      const staff = await signedIn(app, db, { role: 'admin' });
      const a = (await app.inject({ method: 'POST', url: '/api/people', headers: staff, payload: person({ name: 'Dev', sectors: ['62.01'], competences: ['Python', 'data'], territoryId: 'BY-HM' }) })).json();
      await app.inject({ method: 'POST', url: '/api/people', headers: staff, payload: person({ name: 'Wood', sectors: ['16.21'], competences: ['veneer'] }) });
      const { rows: [call] } = await db.pool.query(
        "INSERT INTO calls (kind, title_ru, description, sectors) VALUES ('staff', 'Разработчик', 'Python developer', '{62}') RETURNING id",
      );
      const { rows: [tender] } = await db.pool.query("INSERT INTO calls (kind, title_ru) VALUES ('tender', 'Тендер') RETURNING id");
      const talent = (await app.inject({ url: `/api/calls/${call.id}/talent` })).json();
      assert.deepEqual(talent.items.map((i: { person: { id: number } }) => i.person.id), [a.id]);
      // Sector: 62.01 against 62 is sqrt(0.34 / 1.98); words {python, data} against {разработчик, python, developer}: 1 / sqrt(6).
      const expected = (0.5 * Math.sqrt(0.34 / 1.98) + 0.35 / Math.sqrt(6)) / 0.85;
      assert.ok(Math.abs(talent.items[0].score - expected) < 1e-6, `${talent.items[0].score} vs ${expected}`);
      assert.equal(talent.items[0].person.email, undefined);
      const refused = await app.inject({ url: `/api/calls/${tender.id}/talent` });
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.json().error.errors[0].column, 'id');
      assert.equal((await app.inject({ url: '/api/calls/999/talent' })).statusCode, 404);
    });
  });
}
