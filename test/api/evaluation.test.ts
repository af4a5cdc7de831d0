// The policy evaluation API on small hand-computed cases: KPI progress and status, a programme's execution rate,
// excellence self-assessments, common goals (AHP), support ranking within a budget, SME eligibility, panel
// uploads and the XLSX reports. Both database backends.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/database.ts';
import { loadEvaluationReference } from '../../src/services/evaluation/demo.ts';
import { questionnaireQuestions, excellenceQuestionnaire } from '../../src/services/evaluation/reference-data.ts';
import { build, signedIn } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';
import { makeCluster, makeMembership, makeOrganization } from '../helpers/factories.ts';
import { postFile } from '../helpers/multipart.ts';

const close = (actual: number, expected: number, message?: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} ${actual} != ${expected}`);

async function setUp(t: Parameters<typeof build>[0], backend: Parameters<typeof build>[1]) {
  const { app, db } = await build(t, backend);
  await loadEvaluationReference(db.pool);
  return { app, db };
}

async function put(app: FastifyInstance, url: string, payload: unknown, cookie?: string) {
  return app.inject({ method: 'PUT', url, payload: payload as object, headers: cookie ? { cookie } : {} });
}

async function post(app: FastifyInstance, url: string, payload: unknown, cookie?: string) {
  return app.inject({ method: 'POST', url, payload: payload as object, headers: cookie ? { cookie } : {} });
}

async function cluster(db: Database, overrides: Record<string, unknown> = {}) {
  return (await makeCluster(db, overrides)).id;
}

for (const { backend, skip } of BACKENDS) {
  describe(`evaluation API (${backend})`, { skip }, () => {
    test('KPI progress and status: a reported indicator against its trajectory; only managers set values', async (t) => {
      const { app, db } = await setUp(t, backend);
      const id = await cluster(db);
      const url = '/api/evaluation/kpis';
      const value = (year: number, body: Record<string, unknown>) => ({ indicator: 'mous', scope: 'cluster', scopeId: String(id), year, ...body });
      assert.equal((await put(app, url, value(2023, { actual: 2 }))).statusCode, 401);
      const other = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [await cluster(db)] });
      assert.equal((await put(app, url, value(2023, { actual: 2 }), other.cookie)).statusCode, 403);
      const { cookie } = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [id] });
      for (const [year, body] of [[2023, { actual: 2 }], [2024, { actual: 3 }], [2025, { target: 6, actual: 5.6, source: 'annual report' }]] as const) {
        const r = await put(app, url, value(year, body), cookie);
        assert.equal(r.statusCode, 200, r.body);
      }
      const board = (await app.inject(`${url}?scope=cluster&id=${id}`)).json();
      const mous = board.items.find((i: { indicator: { code: string } }) => i.indicator.code === 'mous');
      // baseline 2 (2023); final target 6 in 2025; 2024 expected 4: progress (3 - 2) / (4 - 2) = 0.5 -> red;
      // 2025: (5.6 - 2) / (6 - 2) = 0.9 -> green
      assert.deepEqual(mous.points.map((p: { year: number; status: string }) => [p.year, p.status]), [[2023, 'no-data'], [2024, 'red'], [2025, 'green']]);
      close(mous.points[1].expected, 4);
      close(mous.points[1].progress, 0.5);
      close(mous.points[2].progress, 0.9);
      assert.equal(mous.points[2].source, 'annual report');
      assert.deepEqual(mous.latest, { year: 2025, status: 'green', progress: mous.points[2].progress });
      // Setting only the target keeps the actual
      assert.equal((await put(app, url, value(2025, { target: 10 }), cookie)).statusCode, 200);
      const after = (await app.inject(`${url}?scope=cluster&id=${id}`)).json().items.find((i: { indicator: { code: string } }) => i.indicator.code === 'mous');
      assert.equal(after.points[2].actual, 5.6);
      close(after.points[2].progress, 3.6 / 8);
      const bad = await put(app, url, { ...value(2025, { actual: 1 }), indicator: 'nonsense' }, cookie);
      assert.equal(bad.statusCode, 422);
      assert.equal(bad.json().error.errors[0].column, 'indicator');
      const level = await put(app, url, { ...value(2025, { actual: 1 }), indicator: 'clusters_created' }, cookie);
      assert.equal(level.statusCode, 422, 'a programme indicator is not set on a cluster');
      assert.equal((await app.inject(`${url}?scope=cluster&id=999999`)).statusCode, 404);
    });

    test('KPI values from a file: every bad row named, nothing half-written; managers load their clusters only', async (t) => {
      const { app, db } = await setUp(t, backend);
      const id = await cluster(db);
      const other = await cluster(db);
      const url = '/api/evaluation/kpis/import';
      const { cookie } = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [id] });
      const bad = [
        'indicator,scope,scope_id,year,target,actual,source',
        `mous,cluster,${id},2024,4,3,report`,
        `charm,cluster,${id},2024,1,,`,
        `clusters_created,cluster,${id},2024,1,,`,
        `mous,cluster,${other},2024,1,,`,
        `mous,cluster,${id},24,1,,`,
        `mous,cluster,${id},2026,x,,`,
        `mous,cluster,${id},2024,5,,`,
      ].join('\n');
      assert.equal((await postFile(app, url, 'k.csv', bad)).statusCode, 401);
      const refused = await postFile(app, url, 'k.csv', bad, cookie);
      assert.equal(refused.statusCode, 422, refused.body);
      assert.deepEqual(refused.json().error.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
        [[3, 'indicator'], [4, 'scope'], [5, 'scope_id'], [6, 'year'], [7, 'target'], [8, 'year']]);
      const board = (await app.inject(`/api/evaluation/kpis?scope=cluster&id=${id}`)).json();
      assert.ok(board.items.every((i: { points: { source: string }[] }) => i.points.length === 0 || i.points.every((p: { source: string }) => p.source === 'registry')), 'nothing was written');
      const good = `indicator,scope,scope_id,year,target,actual,source\nmous,cluster,${id},2023,,2,report\nmous,cluster,${id},2025,6,5.6,report\n`;
      const loaded = await postFile(app, url, 'k.csv', good, cookie);
      assert.equal(loaded.statusCode, 201, loaded.body);
      assert.deepEqual(loaded.json(), { rows: 2 });
      const mous = (await app.inject(`/api/evaluation/kpis?scope=cluster&id=${id}`)).json().items.find((i: { indicator: { code: string } }) => i.indicator.code === 'mous');
      assert.deepEqual(mous.latest.status, 'green');
    });

    test('the registry counts a cluster\'s members at each year end', async (t) => {
      const { app, db } = await setUp(t, backend);
      const id = await cluster(db);
      const a = await makeOrganization(db, { sizeClass: 'small', employees: 40 });
      const b = await makeOrganization(db, { sizeClass: 'large', employees: 900 });
      await makeMembership(db, a.id, id, { joined: '2022-05-01' });
      await makeMembership(db, b.id, id, { joined: '2024-02-01' });
      const { cookie } = await signedIn(app, db, { role: 'analyst' });
      assert.equal((await put(app, '/api/evaluation/kpis', { indicator: 'members', scope: 'cluster', scopeId: String(id), year: 2023, target: 1 }, cookie)).statusCode, 200);
      assert.equal((await put(app, '/api/evaluation/kpis', { indicator: 'members', scope: 'cluster', scopeId: String(id), year: 2024, target: 3 }, cookie)).statusCode, 200);
      const board = (await app.inject(`/api/evaluation/kpis?scope=cluster&id=${id}`)).json();
      const members = board.items.find((i: { indicator: { code: string } }) => i.indicator.code === 'members');
      const byYear = Object.fromEntries(members.points.map((p: { year: number; actual: number }) => [p.year, p.actual]));
      assert.equal(byYear[2023], 1);
      assert.equal(byYear[2024], 2);
      assert.equal(members.points[0].source, 'registry');
      const sme = board.items.find((i: { indicator: { code: string } }) => i.indicator.code === 'sme_share');
      assert.equal(sme.points.at(-1).actual, 50, 'one of two members is an SME');
      const employment = board.items.find((i: { indicator: { code: string } }) => i.indicator.code === 'employment');
      assert.equal(employment.points.at(-1).actual, 940);
    });

    test('programme execution on a small plan: registry counts, reported values capped, budget, what lags', async (t) => {
      const { app, db } = await setUp(t, backend);
      await db.pool.query("INSERT INTO programmes (id, name_ru, name_be, name_en, start_year, end_year) VALUES ('p', 'П', 'П', 'P', 2021, 2023)");
      const measures: [string, string, number, number | null, number | null, number | null, string | null][] = [
        ['a', 'BY-HO', 2, null, null, null, 'clusters_created'],
        ['b', 'BY-BR', 1, 2, null, null, null],
        ['c', 'BY-VI', 3, null, 100, 50, null],
      ];
      for (const [code, territory, planned, achieved, budget, spent, indicator] of measures) {
        await db.pool.query(
          `INSERT INTO programme_measures (programme_id, code, name_ru, name_be, name_en, territory_id, year, indicator_code, planned, achieved, budget_planned, budget_spent)
           VALUES ('p', $1, $1, $1, $1, $2, 2023, $3, $4, $5, $6, $7)`, [code, territory, indicator, planned, achieved, budget, spent]);
      }
      // r-dobrusski lies in BY-HO: founded 2022 counts; 2019 and a potential cluster do not
      await cluster(db, { status: 'operating', foundedYear: 2022 });
      await cluster(db, { status: 'operating', foundedYear: 2019 });
      await cluster(db, { status: 'potential', foundedYear: 2022 });
      const detail = (await app.inject('/api/evaluation/programmes/p')).json();
      const a = detail.measures.find((m: { code: string }) => m.code === 'a');
      assert.equal(a.achieved, 1);
      assert.equal(a.achievedFrom, 'registry');
      assert.equal(a.achievedClusters.length, 1);
      // (min(1,2) + min(2,1) + 0) / (2 + 1 + 3) = 2/6; raw (1 + 2 + 0) / 6; budget 50 / 100
      close(detail.execution.executionRate, 1 / 3);
      close(detail.execution.rawRate, 0.5);
      close(detail.execution.budgetExecution, 0.5);
      assert.deepEqual(detail.execution.lagging.map((l: { code: string }) => l.code), ['c', 'a']);
      assert.equal(detail.registryPartial, true);
      assert.equal((await app.inject('/api/evaluation/programmes')).json().items[0].executionRate, detail.execution.executionRate);
      assert.equal((await app.inject('/api/evaluation/programmes/nope')).statusCode, 404);

      // Analysts record what a measure achieved and spent; the registry count gives way to the reported figure
      const measure = '/api/evaluation/programmes/p/measures/a';
      assert.equal((await put(app, measure, { achieved: 2 })).statusCode, 401);
      const { cookie } = await signedIn(app, db, { role: 'analyst' });
      const updated = (await put(app, measure, { achieved: 2, budgetPlanned: 100, budgetSpent: 100 }, cookie)).json();
      assert.equal(updated.measures.find((m: { code: string }) => m.code === 'a').achievedFrom, 'reported');
      close(updated.execution.executionRate, 3 / 6);
      close(updated.execution.budgetExecution, 150 / 200);
      assert.equal((await put(app, measure, { achieved: -1 }, cookie)).statusCode, 422);
      assert.equal((await put(app, '/api/evaluation/programmes/p/measures/zz', { achieved: 1 }, cookie)).statusCode, 404);
      const back = (await put(app, measure, { achieved: null, budgetPlanned: null, budgetSpent: null }, cookie)).json();
      assert.equal(back.measures.find((m: { code: string }) => m.code === 'a').achievedFrom, 'registry');

      const xlsx = await app.inject('/api/evaluation/reports/programmes/p.xlsx');
      assert.equal(xlsx.statusCode, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      assert.deepEqual(workbook.worksheets.map((w) => w.name), ['summary', 'by region', 'measures', 'lagging', 'national kpis']);
      const summary = workbook.getWorksheet('summary')!;
      const rate = summary.getColumn(1).values.indexOf('execution rate');
      close(Number(summary.getRow(rate).getCell(2).value), 1 / 3);
    });

    test('excellence self-assessments: scores, level, comparison, suggestions and linked good practices', async (t) => {
      const { app, db } = await setUp(t, backend);
      const id = await cluster(db, { specialisation: ['62.01'] });
      const codes = questionnaireQuestions(excellenceQuestionnaire()).map((q) => ({ code: q.code, area: q.area }));
      const url = `/api/evaluation/clusters/${id}/excellence`;
      const all = (value: (area: string) => number) => Object.fromEntries(codes.map((q) => [q.code, value(q.area)]));
      assert.equal((await post(app, url, { assessedOn: '2025-01-01', answers: all(() => 2) })).statusCode, 401);
      const { cookie } = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [id] });
      const first = await post(app, url, { assessedOn: '2025-01-01', answers: all(() => 2) }, cookie);
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.json().assessments[0].scores.overall, 50);
      assert.equal(first.json().assessments[0].scores.level, 'developing');
      // second: strategy 4 (100, weight 2), financing 0, the rest 3 (75): (2*100 + 0 + 6*75) / 9
      const second = await post(app, url, { assessedOn: '2026-01-01', answers: all((area) => (area === 'strategy' ? 4 : area === 'financing' ? 0 : 3)) }, cookie);
      const view = second.json();
      close(view.assessments[1].scores.overall, 650 / 9);
      assert.equal(view.assessments[1].scores.level, 'advanced');
      close(view.comparison.overall, 650 / 9 - 50);
      assert.equal(view.comparison.areas.find((a: { area: string }) => a.area === 'financing').change, -50);
      assert.deepEqual(view.weakestAreas.slice(0, 1), ['financing']);
      assert.ok(view.suggestions.length > 0 && view.suggestions.every((s: { area: string }) => view.weakestAreas.includes(s.area)));
      assert.ok(view.practices.length > 0);
      assert.ok(view.practices.every((p: { area: string; sectors: string[] }) => view.weakestAreas.includes(p.area) && (p.sectors.length === 0 || p.sectors.includes('62'))));
      const bad = await post(app, url, { assessedOn: '2026-02-01', answers: { [codes[0]!.code]: 5, nonsense: 1 } }, cookie);
      assert.equal(bad.statusCode, 422);
      assert.match(bad.json().error.errors.map((e: { column: string }) => e.column).join(' '), /answers/);
      assert.equal((await app.inject(url)).json().assessments.length, 2, 'nothing was written');
    });

    test('common goals: AHP per member, the geometric-mean aggregate, incomplete members and bad judgements', async (t) => {
      const { app, db } = await setUp(t, backend);
      const id = await cluster(db);
      const [m1, m2, m3] = [await makeOrganization(db), await makeOrganization(db), await makeOrganization(db)];
      for (const m of [m1, m2, m3]) await makeMembership(db, m.id, id);
      for (const code of ['a', 'b', 'c']) await db.pool.query('INSERT INTO cluster_goals (cluster_id, code, name_ru) VALUES ($1, $2, $2)', [id, code]);
      const url = `/api/evaluation/clusters/${id}/goals/judgements`;
      const judge = (memberId: number, ab: number, ac: number, bc: number) => ({
        memberId, judgements: [{ goalA: 'a', goalB: 'b', value: ab }, { goalA: 'a', goalB: 'c', value: ac }, { goalA: 'b', goalB: 'c', value: bc }],
      });
      assert.equal((await put(app, url, judge(m1.id, 2, 4, 2))).statusCode, 401);
      const member = await signedIn(app, db, { role: 'member', organizationId: m1.id });
      assert.equal((await put(app, url, judge(m2.id, 2, 4, 2), member.cookie)).statusCode, 403, 'a member judges for itself only');
      assert.equal((await put(app, url, judge(m1.id, 2, 4, 2), member.cookie)).statusCode, 200);
      const { cookie } = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [id] });
      const view = (await put(app, url, judge(m2.id, 1 / 2, 1, 2), cookie)).json();
      // m1: a = 2b = 4c -> 4/7, 2/7, 1/7; m2: b = 2a, a = c -> 1/4, 1/2, 1/4; both consistent (CR 0)
      const w1 = view.members.find((m: { memberId: number }) => m.memberId === m1.id);
      [4 / 7, 2 / 7, 1 / 7].forEach((w, i) => close(w1.weights[i], w));
      close(w1.cr, 0);
      assert.deepEqual(w1.judgements, [{ goalA: 'a', goalB: 'b', value: 2 }, { goalA: 'a', goalB: 'c', value: 4 }, { goalA: 'b', goalB: 'c', value: 2 }]);
      // geometric mean: a/b = 1, a/c = 2, b/c = 2 -> 2/5, 2/5, 1/5
      [0.4, 0.4, 0.2].forEach((w, i) => close(view.aggregate.weights[i], w));
      assert.deepEqual(view.incomplete.map((m: { memberId: number; missing: number }) => [m.memberId, m.missing]), [[m3.id, 3]]);
      const missing = await put(app, url, { memberId: m3.id, judgements: [{ goalA: 'a', goalB: 'b', value: 3 }] }, cookie);
      assert.equal(missing.statusCode, 422);
      assert.match(missing.json().error.errors[0].message, /not judged: a\/c, b\/c/);
      const twice = await put(app, url, { memberId: m3.id, judgements: [...judge(m3.id, 3, 3, 3).judgements, { goalA: 'b', goalB: 'a', value: 3 }] }, cookie);
      assert.equal(twice.statusCode, 422);
      assert.match(twice.json().error.errors[0].message, /judged twice/);
      const scale = await put(app, url, judge(m3.id, 12, 1, 1), cookie);
      assert.equal(scale.statusCode, 422, 'outside 1/9..9');
      // An inconsistent member is flagged (a > b, b > c, c > a)
      const cyclic = (await put(app, url, judge(m3.id, 5, 1 / 5, 5), cookie)).json();
      const w3 = cyclic.members.find((m: { memberId: number }) => m.memberId === m3.id);
      assert.ok(w3.cr > 0.1);
      assert.equal(w3.consistent, false);
    });

    test('support: TOPSIS closeness, the best set within the budget, sensitivity, and bad weights', async (t) => {
      const { app, db } = await setUp(t, backend);
      const ids = [await cluster(db), await cluster(db), await cluster(db)];
      // members 3, 2, 1: with one criterion closeness = (x - min) / (max - min) = 1, 0.5, 0
      for (const [k, id] of ids.entries()) {
        for (let m = 0; m < 3 - k; m++) await makeMembership(db, (await makeOrganization(db)).id, id);
      }
      for (const [k, id] of ids.entries()) {
        await db.pool.query('INSERT INTO support_applications (cluster_id, year, amount) VALUES ($1, 2026, $2)', [id, [100, 50, 50][k]]);
      }
      const rank = await post(app, '/api/evaluation/support/rank', { budget: 100, weights: { members: 1 } });
      assert.equal(rank.statusCode, 200, rank.body);
      const r = rank.json();
      assert.deepEqual(r.items.map((i: { clusterId: number }) => i.clusterId), ids);
      r.items.forEach((i: { closeness: number }, k: number) => close(i.closeness, [1, 0.5, 0][k]!));
      // {first} = 1 beats {second, third} = 0.5 within 100
      assert.deepEqual(r.items.map((i: { selected: boolean }) => i.selected), [true, false, false]);
      assert.deepEqual(r.total, { cost: 100, value: 1 });
      assert.equal(r.sensitivity.length, r.criteria.length);
      const wider = (await post(app, '/api/evaluation/support/rank', { budget: 150, weights: { members: 1 } })).json();
      assert.deepEqual(wider.items.map((i: { selected: boolean }) => i.selected), [true, true, false]);
      const bad = await post(app, '/api/evaluation/support/rank', { budget: 100, weights: { members: 1, charm: 2, exports: -1 } });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().error.errors.map((e: { column: string }) => e.column), ['weights.charm', 'weights.exports']);
      assert.equal((await post(app, '/api/evaluation/support/rank', { budget: 0 })).statusCode, 422);

      // A cluster's manager applies for support (or changes the application); others may not
      const application = { clusterId: ids[2], year: 2026, amount: 40, purpose: 'pilot line' };
      assert.equal((await put(app, '/api/evaluation/support/applications', application)).statusCode, 401);
      const manager = await signedIn(app, db, { role: 'cluster_manager', clusterIds: [ids[2]] });
      assert.equal((await put(app, '/api/evaluation/support/applications', { ...application, clusterId: ids[0] }, manager.cookie)).statusCode, 403);
      assert.equal((await put(app, '/api/evaluation/support/applications', application, manager.cookie)).statusCode, 200);
      assert.equal((await put(app, '/api/evaluation/support/applications', { ...application, amount: -5 }, manager.cookie)).statusCode, 422);
      const cheaper = (await post(app, '/api/evaluation/support/rank', { budget: 150, weights: { members: 1 } })).json();
      assert.equal(cheaper.items.find((i: { clusterId: number }) => i.clusterId === ids[2]).cost, 40);
    });

    test('SME eligibility for a support measure; employees hidden from the public', async (t) => {
      const { app, db } = await setUp(t, backend);
      const id = await cluster(db);
      const small = await makeOrganization(db, { sizeClass: 'small', employees: 40 });
      const big = await makeOrganization(db, { sizeClass: 'large', employees: 900 });
      await makeOrganization(db, { sizeClass: 'micro', employees: 5 });
      await makeMembership(db, small.id, id);
      await makeMembership(db, big.id, id);
      const view = (await app.inject('/api/evaluation/support/measures/export_voucher/eligibility')).json();
      // export voucher: members of a cluster, micro or small, up to 100 employees
      assert.deepEqual([view.eligible, view.total], [1, 3]);
      const bigItem = view.items.find((i: { id: number }) => i.id === big.id);
      assert.deepEqual(bigItem.failed.map((f: { rule: string }) => f.rule), ['size', 'employees']);
      assert.doesNotMatch(JSON.stringify(bigItem.failed), /900/, 'the public does not see employees');
      const { cookie } = await signedIn(app, db, { role: 'analyst' });
      const staff = (await app.inject({ url: `/api/evaluation/support/measures/export_voucher/eligibility?cluster=${id}`, headers: { cookie } })).json();
      assert.equal(staff.total, 2);
      assert.match(JSON.stringify(staff.items.find((i: { id: number }) => i.id === big.id).failed), /900/);
      assert.equal((await app.inject('/api/evaluation/support/measures/none/eligibility')).statusCode, 404);

      // Analysts define measures; bad rules are named by field
      const measure = { code: 'it-grant', nameRu: 'Грант', nameBe: 'Грант', nameEn: 'Grant', rules: { sectors: ['62'], sizeClasses: ['small'], territories: ['BY-HO'] } };
      const bad = await post(app, '/api/evaluation/support/measures', { ...measure, rules: { sizeClasses: ['huge'], territories: ['XX'] } }, cookie);
      assert.equal(bad.statusCode, 422);
      assert.equal(bad.json().error.errors[0].column, 'rules.sizeClasses.0');
      const unknownTerritory = await post(app, '/api/evaluation/support/measures', { ...measure, rules: { territories: ['XX'] } }, cookie);
      assert.equal(unknownTerritory.json().error.errors[0].column, 'rules.territories');
      assert.equal((await post(app, '/api/evaluation/support/measures', measure)).statusCode, 401);
      const created = await post(app, '/api/evaluation/support/measures', measure, cookie);
      assert.equal(created.statusCode, 201, created.body);
      assert.equal((await post(app, '/api/evaluation/support/measures', measure, cookie)).statusCode, 409);
      const grant = (await app.inject('/api/evaluation/support/measures/it-grant/eligibility')).json();
      assert.equal(grant.total, 3);
    });

    test('firm panels: staff upload, a panel with missing years is refused whole, impact of a stored panel', async (t) => {
      const { app, db } = await setUp(t, backend);
      const header = 'firm,year,member_since,employment,revenue,exports';
      const gap = `${header}\nA,2019,,10,5,1\nA,2021,,11,5,1\nB,2019,2020,10,5,1\nB,2020,2020,10,5,1\nB,2021,2020,10,5,1\n`;
      assert.equal((await postFile(app, '/api/evaluation/impact/panels?id=p&name=P', 'p.csv', gap)).statusCode, 401);
      const { cookie } = await signedIn(app, db, { role: 'analyst' });
      const bad = await postFile(app, '/api/evaluation/impact/panels?id=p&name=P', 'p.csv', gap, cookie);
      assert.equal(bad.statusCode, 422, bad.body);
      assert.match(bad.json().error.errors[0].message, /firm A: no row for 2020/);
      assert.deepEqual((await app.inject('/api/evaluation/impact/panels')).json().items, []);
      const ok = `${header}\n${['A', 'B', 'C'].flatMap((f, i) => [2019, 2020, 2021].map((y) => `${f},${y},${i === 0 ? 2020 : ''},${10 + i},5,1`)).join('\n')}\n`;
      const stored = await postFile(app, '/api/evaluation/impact/panels?id=p&name=P', 'p.csv', ok, cookie);
      assert.equal(stored.statusCode, 201, stored.body);
      assert.deepEqual(stored.json(), { id: 'p', name: 'P', source: null, illustrative: false, firms: 3, years: [2019, 2021] });
      assert.equal((await postFile(app, '/api/evaluation/impact/panels?id=p&name=P', 'p.csv', ok, cookie)).statusCode, 409);
      const impact = (await app.inject('/api/evaluation/impact?panel=p&replications=20')).json();
      assert.equal(impact.nTreated, 1);
      assert.ok(impact.outcomes.every((o: { verdict: string; reasons: string[] }) => o.verdict === 'inconclusive' && o.reasons.includes('too-few-pairs')),
        'one member cannot support a conclusion');
      assert.equal((await app.inject('/api/evaluation/impact?panel=none')).statusCode, 404);
    });
  });
}
