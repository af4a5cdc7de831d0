import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkip, makeAccount, openPage, screenshot, signInThroughUi, startSite, type Site } from './harness.ts';

/** 4xx answers the pages expect and show; Chromium logs each as a console error. */
const EXPECTED_4XX = /Failed to load resource: the server responded with a status of (401|403|422)/;

const BAD_FILE = [
  'kind;name_ru;territory;employees;website',
  'legal;ООО «Хорошая строка»;BY-HO;12;https://good.example.by',
  'legal;ООО «Нет такой территории»;BY-XX;12;',
  'company;ООО «Неверный вид»;BY-MI;много;',
].join('\n');

const GOOD_FILE = [
  'Вид,Наименование,Территория,Численность',
  'legal,ООО «Импортированная первая»,BY-HO,20',
  'legal,ООО «Импортированная вторая»,r-dobrushski,150',
].join('\n');

describe('import wizard', { skip: browserSkip }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site?.close());

  const organisationTotal = async () => ((await (await fetch(`${site.url}/api/organizations?limit=1`)).json()) as { total: number }).total;

  test('a file with bad rows shows every error in the table, cannot be confirmed and changes nothing', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const account = await makeAccount(site, { email: 'analyst-bad@test.by', role: 'analyst' });
    await signInThroughUi(page, site, account.email);
    const before = await organisationTotal();
    await page.goto(`${site.url}/import`);
    await page.getByRole('radio', { name: /Организации/ }).check();
    assert.equal(await page.getByTestId('import-template-csv').getAttribute('href'), '/api/import/organizations/template?format=csv');
    assert.equal(await page.getByTestId('import-template-xlsx').getAttribute('href'), '/api/import/organizations/template?format=xlsx');
    await page.getByTestId('import-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_FILE, 'utf8') });
    await page.getByTestId('import-check').click();

    await page.getByTestId('import-blocked').waitFor();
    const rows = page.getByTestId('import-error-row');
    assert.equal(await rows.count(), 2);
    assert.deepEqual(await rows.nth(0).locator('td').allInnerTexts(), ['3', 'territory', 'Территории BY-XX нет.']);
    assert.deepEqual((await rows.nth(1).locator('td').allInnerTexts()).slice(0, 2), ['4', 'employees']);
    assert.equal(await page.getByTestId('import-row-count').innerText(), '3');
    assert.equal(await page.getByTestId('import-error-count').innerText(), '2');
    // The preview shows the rows as the server read them, the bad cells marked.
    const preview = page.getByTestId('import-preview');
    assert.equal(await preview.locator('tbody tr').count(), 3);
    assert.equal(await preview.locator('td.cell-error').count(), 2);
    assert.equal(await page.getByTestId('import-confirm').isDisabled(), true);
    await screenshot(page, 'import-bad-rows');

    assert.equal(await organisationTotal(), before, 'nothing was imported');
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });

  test('a good file is checked, then imported after confirmation', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const account = await makeAccount(site, { email: 'analyst-good@test.by', role: 'analyst' });
    await signInThroughUi(page, site, account.email);
    const before = await organisationTotal();
    await page.goto(`${site.url}/import`);
    await page.getByTestId('import-file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_FILE, 'utf8') });
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-ready').waitFor();
    assert.equal(await page.getByTestId('import-error-row').count(), 0);
    assert.deepEqual(await page.getByTestId('import-preview').locator('thead th').allInnerTexts(), ['Строка', 'kind', 'name_ru', 'territory', 'employees']);
    assert.equal(await organisationTotal(), before, 'the check alone writes nothing');
    await screenshot(page, 'import-good-preview');

    const confirm = page.getByTestId('import-confirm');
    assert.equal(await confirm.isEnabled(), true);
    await confirm.click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    assert.match(await result.innerText(), /Импортировано строк: 2/);
    await screenshot(page, 'import-done');
    assert.equal(await organisationTotal(), before + 2);
    const found = await (await fetch(`${site.url}/api/organizations?q=${encodeURIComponent('Импортированная вторая')}`)).json() as { items: { sizeClass: string }[] };
    assert.equal(found.items[0]?.sizeClass, 'medium');
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });

  test('the wizard works from the keyboard at phone width, and header problems are listed too', async (t) => {
    const { page, consoleErrors } = await openPage(t, site, { width: 390, height: 844 });
    const account = await makeAccount(site, { email: 'analyst-phone@test.by', role: 'admin' });
    await signInThroughUi(page, site, account.email);
    await page.goto(`${site.url}/import`);
    await page.getByRole('radio', { name: /Кластеры/ }).focus();
    await page.keyboard.press('Space');
    assert.equal(await page.getByRole('radio', { name: /Кластеры/ }).isChecked(), true);
    assert.equal(await page.getByTestId('import-template-csv').getAttribute('href'), '/api/import/clusters/template?format=csv');
    await page.getByTestId('import-file').setInputFiles({ name: 'clusters.csv', mimeType: 'text/csv', buffer: Buffer.from('name_ru,stauts\nКластер,forming\n') });
    await page.getByTestId('import-check').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('import-blocked').waitFor();
    const cells = await page.getByTestId('import-error-row').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent));
    assert.deepEqual(cells, ['stauts', 'status']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page fits a phone screen (overflow ${overflow}px)`);
    await screenshot(page, 'import-header-problems-phone');
    // Back to step 1 keeps the kind and asks for a new file.
    await page.getByTestId('import-back').click();
    assert.equal(await page.getByRole('radio', { name: /Кластеры/ }).isChecked(), true);
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });

  test('only analysts and administrators may import', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/import`);
    await page.getByTestId('edit-sign-in').waitFor();
    const account = await makeAccount(site, { email: 'manager-import@test.by', role: 'cluster_manager', clusterIds: [1] });
    await signInThroughUi(page, site, account.email);
    await page.goto(`${site.url}/import`);
    await page.getByTestId('edit-forbidden').waitFor();
    assert.equal(await page.getByTestId('import-file').count(), 0);
    assert.deepEqual(consoleErrors([EXPECTED_4XX]), []);
  });
});
