// Opportunity calls in Chromium over the demo data: a cluster manager posts a call, a member organisation
// expresses interest, the manager sees the answer, runs the screening and reads the report (the API's rows,
// decisions and stages), downloads it; B2B slots and a meeting. And the pure helpers behind the pages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ScreeningItem, ScreeningReport } from '../../web/src/api/calls.ts';
import { callTitle, EMPTY_FORM, parseNumber, screeningReason, splitList, toCallInput } from '../../web/src/views/calls/form.ts';
import { browserSkip, makeAccount, openPage, screenshot, signInThroughUi, startSite, TEST_PASSWORD, type Site } from './harness.ts';

const item = (over: Partial<ScreeningItem>): ScreeningItem => ({
  organizationId: 1, name: 'A', decision: 'screened_out', accepted: false, stage: 'rule', rule: 'sector', reason: 'sector 62 not in 16',
  failedRules: [{ rule: 'sector', reason: 'sector 62 not in 16' }], interest: null, fit: 0.2, sectorFit: 0, sizeFit: 0.5, ...over,
});

describe('calls: form and report helpers', () => {
  test('lists typed into one box are split on commas and semicolons, trimmed, without repeats', () => {
    assert.deepEqual(splitList(' 16, 31.0;16 ,, ISO 9001 '), ['16', '31.0', 'ISO 9001']);
    assert.deepEqual(splitList(''), []);
  });

  test('numbers accept a decimal comma; blank is null and garbage NaN', () => {
    assert.equal(parseNumber('0,25'), 0.25);
    assert.equal(parseNumber(' '), null);
    assert.ok(Number.isNaN(parseNumber('abc')));
  });

  test('the form becomes the API body: lists split, blanks null, bad numbers named', () => {
    const { input, invalid } = toCallInput({
      ...EMPTY_FORM, clusterId: '3', titleRu: ' Поиск поставщиков ', sectors: '16, 31', territories: 'BY-VI', sizeClasses: ['small'],
      roles: ['producer'], certifications: 'ISO 9001', minEmployees: '10', fitThreshold: '0,4', deadline: '2030-01-31',
    });
    assert.deepEqual(invalid, []);
    assert.deepEqual(input, {
      clusterId: 3, kind: 'joint_project', titleRu: 'Поиск поставщиков', titleEn: null, description: null, sectors: ['16', '31'],
      territories: ['BY-VI'], sizeClasses: ['small'], roles: ['producer'], certifications: ['ISO 9001'], minEmployees: 10,
      minCompetitiveness: null, minReliability: null, fitThreshold: 0.4, requireInterest: true, deadline: '2030-01-31',
    });
    assert.deepEqual(toCallInput({ ...EMPTY_FORM, titleRu: 'x', minEmployees: 'many', fitThreshold: '' }).invalid, ['minEmployees']);
    assert.equal(toCallInput({ ...EMPTY_FORM, titleRu: 'x', fitThreshold: '' }).input.fitThreshold, 0.3, 'a blank threshold is the default');
  });

  test('a call is titled in English only when the interface is English and it has an English title', () => {
    assert.equal(callTitle({ titleRu: 'Миссия', titleEn: 'Mission' }, 'en'), 'Mission');
    assert.equal(callTitle({ titleRu: 'Миссия', titleEn: 'Mission' }, 'be'), 'Миссия');
    assert.equal(callTitle({ titleRu: 'Миссия', titleEn: null }, 'en'), 'Миссия');
  });

  test('each screening row gets the reason of its stage: failed rules, declined, no answer, low fit, accepted', () => {
    assert.deepEqual(screeningReason(item({ failedRules: [{ rule: 'sector', reason: '' }, { rule: 'employees', reason: '' }] }), 0.3),
      { key: 'reasons.failed', rules: ['sector', 'employees'], score: 0.2, threshold: 0.3 });
    assert.equal(screeningReason(item({ stage: 'interest', rule: 'declined', failedRules: [] }), 0.3).key, 'reasons.declined');
    assert.equal(screeningReason(item({ stage: 'interest', rule: 'no-answer', failedRules: [] }), 0.3).key, 'reasons.no-answer');
    assert.equal(screeningReason(item({ stage: 'fit', rule: 'low-fit', failedRules: [] }), 0.3).key, 'reasons.low-fit');
    assert.equal(screeningReason(item({ accepted: true, decision: 'accepted', stage: 'fit', rule: null, failedRules: [], interest: 'interested' }), 0.3).key,
      'reasons.acceptedInterested');
    assert.equal(screeningReason(item({ accepted: true, decision: 'accepted', stage: 'fit', rule: null, failedRules: [] }), 0.3).key, 'reasons.accepted');
  });
});

/** 4xx answers the pages expect and show; Chromium logs each as a console error. */
const EXPECTED_4XX = /Failed to load resource: the server responded with a status of (401|403|409|422)/;
const CLUSTER = 3;

describe('calls in the browser', { skip: browserSkip }, () => {
  let site: Site;
  let memberOrg: { id: number; nameRu: string; primarySector: string | null };
  let secondOrg: { id: number };
  before(async () => {
    site = await startSite();
    const profile = await (await fetch(`${site.url}/api/clusters/${CLUSTER}`)).json() as { members: { left: string | null; organization: typeof memberOrg }[] };
    [memberOrg, secondOrg] = profile.members.filter((m) => !m.left && m.organization.primarySector).map((m) => m.organization) as [typeof memberOrg, typeof memberOrg];
  });
  after(() => site?.close());

  test('a manager posts a call; a member expresses interest; the manager screens and reads the report; slots and a meeting', async (t) => {
    const manager = await makeAccount(site, { email: 'calls-manager@test.by', role: 'cluster_manager', clusterIds: [CLUSTER] });
    const member = await makeAccount(site, { email: 'calls-member@test.by', role: 'member', organizationId: memberOrg.id });

    // The manager posts a call for their cluster from the list page.
    const { page, consoleErrors } = await openPage(t, site);
    await signInThroughUi(page, site, manager.email);
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Конкурсы' }).click();
    await page.waitForURL(`${site.url}/calls`);
    await page.getByRole('heading', { level: 1, name: 'Конкурсы и предложения' }).waitFor();
    await page.getByTestId('call-post-open').click();
    const form = page.getByTestId('call-form');
    await form.waitFor();
    await page.getByTestId('call-form-kind').selectOption('export_mission');
    await page.locator(`[data-testid="call-form-cluster"] option[value="${CLUSTER}"]`).waitFor({ state: 'attached' });
    await page.getByTestId('call-form-cluster').selectOption(String(CLUSTER));
    await page.getByTestId('call-form-titleRu').fill('Экспортная миссия деревообработчиков');
    await page.getByTestId('call-form-titleEn').fill('Woodworking export mission');
    await page.getByTestId('call-form-fitThreshold').fill('0,05');
    await page.getByTestId('call-form-deadline').fill('2099-12-31');
    await screenshot(page, 'calls-form-ru');
    await page.getByTestId('call-submit').click();
    await page.waitForURL(/\/calls\/\d+$/);
    const callId = Number(new URL(page.url()).pathname.split('/').pop());
    assert.equal(await page.getByTestId('call-title').innerText(), 'Экспортная миссия деревообработчиков');
    const saved = await (await fetch(`${site.url}/api/calls/${callId}`)).json() as Record<string, unknown>;
    assert.deepEqual({ kind: saved.kind, clusterId: saved.clusterId, fitThreshold: saved.fitThreshold, deadline: saved.deadline, titleEn: saved.titleEn },
      { kind: 'export_mission', clusterId: CLUSTER, fitThreshold: 0.05, deadline: '2099-12-31', titleEn: 'Woodworking export mission' });

    // A member of a cluster organisation answers on its behalf.
    const other = await openPage(t, site);
    await signInThroughUi(other.page, site, member.email);
    await other.page.goto(`${site.url}/calls/${callId}`);
    await other.page.getByTestId('call-interest').waitFor();
    assert.equal(await other.page.getByTestId('call-screening').count(), 0, 'a member does not screen');
    await other.page.getByTestId('call-interest-note').fill('Готовы участвовать');
    await other.page.getByTestId('call-interest-yes').click();
    await other.page.locator('[data-testid="call-interest-saved"][data-answer="interested"]').waitFor();
    assert.deepEqual(other.consoleErrors([EXPECTED_4XX]), []);
    // A second member organisation answers through the API, so two are accepted and can meet.
    const second = await makeAccount(site, { email: 'calls-member2@test.by', role: 'member', organizationId: secondOrg.id });
    const api2 = (await openPage(t, site)).page.request;
    assert.equal((await api2.post(`${site.url}/api/auth/sign-in`, { data: { email: second.email, password: TEST_PASSWORD } })).status(), 200);
    assert.equal((await api2.post(`${site.url}/api/calls/${callId}/responses`, { data: { organizationId: secondOrg.id, interest: 'interested' } })).status(), 201);

    // The manager sees the answer, runs the screening and reads the report as the API gives it.
    await page.reload();
    const response = page.locator(`[data-testid="call-response"][data-org="${memberOrg.id}"]`);
    await response.waitFor();
    assert.equal(await response.getAttribute('data-interest'), 'interested');
    assert.match(await page.getByTestId('call-counts').innerText(), /заинтересованы: 2/);
    await page.getByTestId('call-screening-run').click();
    await page.locator('[data-testid="call-screening"][data-state="ready"]').waitFor();
    const report = await (await page.request.post(`${site.url}/api/calls/${callId}/screening`)).json() as ScreeningReport;
    assert.ok(report.considered > 1, 'the cluster members are considered');
    const rows = page.getByTestId('call-report-row');
    assert.equal(await rows.count(), report.items.length);
    const shown = await rows.evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-org')), e.getAttribute('data-decision'), e.getAttribute('data-stage')]));
    assert.deepEqual(shown, report.items.map((i) => [i.organizationId, i.decision, i.stage]));
    assert.equal(await page.getByTestId('call-screening-summary').innerText(),
      `Принято: ${report.accepted}, отсеяно: ${report.screenedOut} из ${report.considered} рассмотренных`);
    assert.equal(report.items.find((i) => i.organizationId === memberOrg.id)!.interest, 'interested');
    const silent = report.items.find((i) => i.rule === 'no-answer');
    assert.ok(silent, 'a member that did not answer is screened out for no interest');
    const silentRow = page.locator(`[data-testid="call-report-row"][data-org="${silent.organizationId}"]`);
    assert.match(await silentRow.getByTestId('call-report-reason').innerText(), /^не ответила/);
    assert.equal(await silentRow.locator('td').nth(1).innerText(), 'Интерес');
    await page.getByTestId('call-report').scrollIntoViewIfNeeded();
    await screenshot(page, 'calls-report-ru');

    // Downloads: the same report as CSV and XLSX.
    const csv = await page.request.get(`${site.url}${await page.getByTestId('call-report-csv').getAttribute('href')}`);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'] ?? '', /text\/csv/);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.equal(lines.length, report.items.length + 1);
    const xlsx = await page.request.get(`${site.url}${await page.getByTestId('call-report-xlsx').getAttribute('href')}`);
    assert.equal(xlsx.status(), 200);
    assert.equal((await xlsx.body()).subarray(0, 2).toString(), 'PK');

    // B2B: a slot, then a meeting of two accepted organisations when there are two.
    await page.getByTestId('call-slot-start').fill('2099-06-01T10:00');
    await page.getByTestId('call-slot-end').fill('2099-06-01T10:30');
    await page.getByTestId('call-slot-add').click();
    await page.getByTestId('call-slot').first().waitFor();
    const accepted = report.items.filter((i) => i.accepted);
    assert.deepEqual(accepted.map((i) => i.organizationId).sort(), [memberOrg.id, secondOrg.id].sort());
    const slotId = await page.getByTestId('call-slot').first().getAttribute('data-id');
    await page.getByTestId('call-book-slot').selectOption(slotId!);
    await page.getByTestId('call-book-from').selectOption(String(accepted[0]!.organizationId));
    await page.getByTestId('call-book-with').selectOption(String(accepted[1]!.organizationId));
    await page.getByTestId('call-book').click();
    await page.getByTestId('call-book-done').waitFor();
    await page.getByTestId('call-meeting').first().waitFor();
    assert.equal(await page.getByTestId('call-meeting').count(), 1);
    // The same pair in the same slot again: the server refuses the double booking and the page says so.
    await page.getByTestId('call-book').click();
    await page.getByTestId('call-book-error').waitFor();
    assert.equal(await page.getByTestId('call-meeting').count(), 1);
    await page.getByTestId('call-meetings').scrollIntoViewIfNeeded();
    await screenshot(page, 'calls-meetings-ru');

    // Languages: the report's stages and reasons follow the interface.
    await page.getByTestId('lang-switch').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Screening' }).waitFor();
    assert.match(await silentRow.getByTestId('call-report-reason').innerText(), /^did not answer/);
    await page.getByTestId('lang-switch').selectOption('be');
    await page.getByRole('heading', { level: 2, name: 'Адбор' }).waitFor();
    assert.match(await silentRow.getByTestId('call-report-reason').innerText(), /^не адказала/);
    await screenshot(page, 'calls-report-be');
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });

  test('the list shows the posted calls; an anonymous visitor is asked to sign in to post or answer', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const list = await (await fetch(`${site.url}/api/calls`)).json() as { items: { id: number }[] };
    await page.goto(`${site.url}/calls`);
    await page.getByTestId('call-post-sign-in').waitFor();
    if (list.items.length > 0) {
      await page.getByTestId('call-row').first().waitFor();
      assert.deepEqual(await page.getByTestId('call-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-id')))), list.items.map((c) => c.id));
      await page.goto(`${site.url}/calls/${list.items[0]!.id}`);
      await page.getByTestId('call-interest-sign-in').waitFor();
    }
    assert.deepEqual(consoleErrors(), []);
  });
});
