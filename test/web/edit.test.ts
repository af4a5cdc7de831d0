import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkip, makeAccount, openPage, screenshot, signInThroughUi, startSite, TEST_PASSWORD, type Site } from './harness.ts';

// Demo clusters: 3 (Vitebsk woodworking) is managed by the test manager, 4 (Ivatsevichdrev) is not.
const OWN = 3;
const OTHER = 4;
/** The Russian label of the R&D organisation role. */
const RND_ROLE = 'НИОКР';
/** 4xx answers the pages expect and show; Chromium logs each as a console error. */
const EXPECTED_4XX = /Failed to load resource: the server responded with a status of (400|401|403|422)/;

describe('sign-in and editing', { skip: browserSkip }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site?.close());

  const cluster = async (id: number) => (await fetch(`${site.url}/api/clusters/${id}`)).json() as Promise<Record<string, unknown>>;

  test('a wrong password is refused with a translated message; ?next= leads back to the edit page', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const account = await makeAccount(site, { email: 'next@test.by', role: 'cluster_manager', clusterIds: [OWN] });
    await page.goto(`${site.url}/clusters/${OWN}/edit`);
    await page.getByTestId('edit-sign-in').waitFor();
    await page.getByTestId('edit-sign-in').getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === `/clusters/${OWN}/edit`);
    // The labels are bound to the inputs.
    await page.getByLabel('Электронная почта').fill(account.email);
    await page.getByLabel('Пароль').fill('not the password');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-in-error').getByText('Неверная электронная почта или пароль').waitFor();
    await screenshot(page, 'sign-in-wrong-password');
    assert.equal(await page.getByTestId('sign-in-password').inputValue(), '', 'the wrong password is cleared');
    await page.getByTestId('sign-in-password').fill(TEST_PASSWORD);
    await page.getByTestId('sign-in-password').press('Enter');
    await page.waitForURL(`${site.url}/clusters/${OWN}/edit`);
    await page.getByTestId('edit-form').waitFor();
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });

  test('a cluster manager edits their cluster, lands on its profile with a notice, and the API has the change', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const account = await makeAccount(site, { email: 'manager@test.by', role: 'cluster_manager', clusterIds: [OWN] });
    await signInThroughUi(page, site, account.email);
    await page.goto(`${site.url}/clusters/${OWN}/edit`);
    const form = page.getByTestId('edit-form');
    await form.waitFor();
    await page.getByLabel('Наименование на английском').fill('Vitebsk Wood Cluster (edited)');
    await page.getByLabel('Сайт').fill('https://wood-cluster.example.by');
    await page.getByLabel('Год создания').fill('2020');
    await page.getByLabel('Статус', { exact: true }).selectOption('operating');
    await page.getByLabel('Статус с даты').fill('2024-05-01');
    await screenshot(page, 'edit-cluster-form');
    await page.getByTestId('edit-save').click();
    await page.waitForURL(`${site.url}/clusters/${OWN}`);
    await page.getByTestId('edit-success').getByText('сохранены').waitFor();
    await screenshot(page, 'edit-cluster-saved');

    const saved = await cluster(OWN);
    assert.equal(saved.nameEn, 'Vitebsk Wood Cluster (edited)');
    assert.equal(saved.website, 'https://wood-cluster.example.by');
    assert.equal(saved.foundedYear, 2020);
    assert.equal(saved.status, 'operating');
    const history = saved.statusHistory as { status: string; validFrom: string | null }[];
    assert.deepEqual(history.at(-1), { ...history.at(-1), status: 'operating', validFrom: '2024-05-01' });
    // Lists the form did not change stay as they were.
    assert.deepEqual(saved.territories, ['BY-VI']);
    assert.deepEqual(saved.specialisation, ['16', '31']);
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });

  test('the server’s validation messages are shown next to their fields and nothing is saved', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const account = await makeAccount(site, { email: 'checks@test.by', role: 'cluster_manager', clusterIds: [OWN] });
    await signInThroughUi(page, site, account.email);
    const before = await cluster(OWN);
    await page.goto(`${site.url}/clusters/${OWN}/edit`);
    await page.getByTestId('edit-form').waitFor();

    // Not a web address: refused by the request schema (400), column `website`.
    await page.getByLabel('Сайт').fill('not a url');
    await page.getByTestId('edit-save').click();
    const websiteError = page.getByTestId('field-error-website');
    await websiteError.waitFor();
    assert.match(await websiteError.innerText(), /http:\/\/ или https:\/\//);
    assert.equal(await page.getByLabel('Сайт').getAttribute('aria-invalid'), 'true');
    await page.getByTestId('edit-error-summary').waitFor();
    assert.equal(await page.getByTestId('edit-error-summary').getAttribute('role'), 'alert');
    await websiteError.scrollIntoViewIfNeeded();
    await screenshot(page, 'edit-cluster-invalid-website');

    // An unknown territory: refused by the reference check (422), column `territories`.
    await page.getByLabel('Сайт').fill('https://ok.example.by');
    await page.getByLabel('Территории').fill('BY-VI, BY-XX');
    await page.getByTestId('edit-save').click();
    const territoryError = page.getByTestId('field-error-territories');
    await territoryError.waitFor();
    assert.match(await territoryError.innerText(), /BY-XX/);
    assert.equal(await websiteError.count(), 0, 'the old error is gone');
    await territoryError.scrollIntoViewIfNeeded();
    await screenshot(page, 'edit-cluster-unknown-territory');

    const after = await cluster(OWN);
    assert.equal(after.website, before.website);
    assert.deepEqual(after.territories, before.territories);
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });

  test('editing another cluster is refused, in the page and by the server, and the cluster is unchanged', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const account = await makeAccount(site, { email: 'refused@test.by', role: 'cluster_manager', clusterIds: [OWN] });
    await signInThroughUi(page, site, account.email);
    const before = await cluster(OTHER);
    await page.goto(`${site.url}/clusters/${OTHER}/edit`);
    await page.getByTestId('edit-forbidden').waitFor();
    assert.equal(await page.getByTestId('edit-form').count(), 0, 'no form to fill');
    await screenshot(page, 'edit-cluster-forbidden');
    // The server refuses too (the browser context carries the session cookie).
    const direct = await page.request.patch(`${site.url}/api/clusters/${OTHER}`, { data: { nameEn: 'Hijacked' } });
    assert.equal(direct.status(), 403);
    assert.deepEqual(await cluster(OTHER), before);
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });

  test('a save the server refuses with 403 (the role changed meanwhile) shows the refusal', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const account = await makeAccount(site, { email: 'demoted@test.by', role: 'cluster_manager', clusterIds: [OWN] });
    await signInThroughUi(page, site, account.email);
    const before = await cluster(OWN);
    await page.goto(`${site.url}/clusters/${OWN}/edit`);
    await page.getByTestId('edit-form').waitFor();
    await site.db.pool.query('UPDATE users SET cluster_ids = $1 WHERE id = $2', [[OTHER], account.id]);
    await page.getByLabel('Наименование на английском').fill('Should not be saved');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-forbidden').waitFor();
    assert.equal(await page.getByTestId('edit-form').count(), 0);
    assert.equal((await cluster(OWN)).nameEn, before.nameEn);
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });

  test('a member edits their organisation at phone width and returns to the registry with a notice', async (t) => {
    const { page, consoleErrors } = await openPage(t, site, { width: 390, height: 844 });
    const orgId = 2;
    const account = await makeAccount(site, { email: 'member@test.by', role: 'member', organizationId: orgId });
    await signInThroughUi(page, site, account.email);
    await page.goto(`${site.url}/organizations/${orgId}/edit`);
    await page.getByTestId('edit-form').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page fits a phone screen (overflow ${overflow}px)`);
    await page.getByLabel('Адрес').fill('г. Слоним, ул. Заводская, 1');
    await page.getByLabel('Экспорт').fill('1250,5');
    await page.getByRole('checkbox', { name: RND_ROLE }).check();
    await screenshot(page, 'edit-organization-phone');
    await page.getByTestId('edit-save').click();
    await page.waitForURL(`${site.url}/registry/organizations`);
    await page.getByTestId('edit-success').waitFor();
    const me = await page.request.get(`${site.url}/api/organizations/${orgId}`);
    const saved = await me.json();
    assert.equal(saved.address, 'г. Слоним, ул. Заводская, 1');
    assert.equal(saved.exports, 1250.5);
    assert.deepEqual(saved.roles, ['producer', 'rnd']);
    // Another organisation is refused before any form is shown.
    await page.goto(`${site.url}/organizations/1/edit`);
    await page.getByTestId('edit-forbidden').waitFor();
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });
});
