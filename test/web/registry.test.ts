import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { exportUrl, listUrl, parseState, writeState } from '../../web/src/views/registry/table-state.ts';
import { browserSkip, makeAccount, openPage, screenshot, startSite, type Site, TEST_PASSWORD } from './harness.ts';

interface ClusterJson { id: number; nameRu: string }

describe('registry table state in the URL (table-state.ts)', () => {
  test('defaults are left out of the URL; unknown values are dropped; other parameters stay', () => {
    const state = parseState('clusters', new URLSearchParams('status=forming&page=2&sort=-status&size=10&lang=be&role=rnd'));
    assert.deepEqual(state, { q: '', filters: { status: 'forming' }, page: 2, size: 10, sort: '-status' }, 'role is not a clusters filter');
    assert.deepEqual(parseState('clusters', new URLSearchParams('status=dormant&page=0&size=7&sort=size_class')), { q: '', filters: {}, page: 1, size: 25, sort: 'name' });
    assert.equal(parseState('clusters', new URLSearchParams('sort=name_ru')).sort, 'name', 'the URL names no language');
    assert.equal(writeState('clusters', { ...state, page: 1, size: 25, sort: 'name' }, new URLSearchParams('lang=be&page=4')).toString(), 'lang=be&status=forming');
    assert.equal(writeState('organizations', { q: 'мед', filters: { clusterId: '3', role: 'rnd' }, page: 3, size: 50, sort: '-size_class' }, new URLSearchParams()).toString(),
      'q=%D0%BC%D0%B5%D0%B4&role=rnd&clusterId=3&page=3&size=50&sort=-size_class');
  });

  test('the list and the export ask the API for the same view; names sort in the interface language', () => {
    const state = parseState('organizations', new URLSearchParams('q=ab&sizeClass=micro&page=3&size=10&sort=-size_class'));
    assert.equal(listUrl('organizations', state, 'ru'), '/api/organizations?q=ab&sizeClass=micro&sort=-size_class&limit=10&offset=20');
    assert.equal(exportUrl('organizations', state, 'xlsx', 'ru'), '/api/export/organizations?format=xlsx&q=ab&sizeClass=micro&sort=-size_class');
    const byName = parseState('clusters', new URLSearchParams('sort=-name'));
    assert.equal(listUrl('clusters', byName, 'en'), '/api/clusters?sort=-name_en&limit=25&offset=0');
    assert.equal(exportUrl('clusters', { ...byName, sort: 'name' }, 'csv', 'be'), '/api/export/clusters?format=csv&sort=name_be');
  });
});

describe('registry tables in the browser', { skip: browserSkip }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site?.close());

  const api = async <T>(page: Page, path: string): Promise<T> => (await page.request.get(`${site.url}${path}`)).json() as Promise<T>;

  /** Waits until the table shows the rows of the view in the page's URL, `count` of them, with no request in
   * flight (the table marks which search it rendered and whether its rows are that search's answer). */
  const settled = async (page: Page, count: number, testId = 'cluster-row') => {
    await page.waitForFunction(([id, n]) => {
      const table = document.querySelector('[data-testid="registry-table"]');
      return table?.getAttribute('data-state') === 'ready'
        && table.getAttribute('data-search') === new URLSearchParams(window.location.search).toString()
        && document.querySelectorAll(`[data-testid="${id}"]`).length === n;
    }, [testId, count] as const);
  };
  const names = (page: Page) => page.getByTestId('cluster-row').locator('td:nth-child(2) a').allInnerTexts();
  const query = (page: Page) => new URL(page.url()).searchParams;

  test('the clusters table lists the 14 demo clusters over pages, with a page size', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const all = await api<{ total: number }>(page, '/api/clusters');
    assert.equal(all.total, 14);
    await page.goto(`${site.url}/registry/clusters?size=10`);
    await settled(page, 10);
    assert.match(await page.getByTestId('registry-total').innerText(), /Найдено 14 кластеров/);
    await page.getByTestId('page-next').click();
    await settled(page, 4);
    assert.equal(query(page).get('page'), '2');
    await page.getByTestId('page-size').selectOption('25');
    await settled(page, 14);
    assert.equal(query(page).toString(), '', 'the default page and size leave the URL');
    const links = await page.getByTestId('cluster-row').locator('td:nth-child(2) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.every((href) => /^\/clusters\/\d+$/.test(href ?? '')), 'each name links to its profile');
    await screenshot(page, 'registry-clusters');
    // Reloading the shared link restores the view.
    await page.goto(`${site.url}/registry/clusters?size=10&page=2`);
    await settled(page, 4);
    assert.deepEqual(consoleErrors(), []);
  });

  test('filtering by status changes the rows to the API total of that status', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/registry/clusters`);
    await settled(page, 14);
    for (const status of ['operating', 'forming', 'potential']) {
      const expected = await api<{ total: number; items: ClusterJson[] }>(page, `/api/clusters?status=${status}&sort=name_ru`);
      await page.getByTestId('status-filter').selectOption(status);
      await settled(page, expected.total);
      assert.equal(query(page).get('status'), status);
      assert.deepEqual(await names(page), expected.items.map((c) => c.nameRu));
    }
    await screenshot(page, 'registry-status-potential');
    await page.getByTestId('status-filter').selectOption('');
    await settled(page, 14);
    assert.equal(query(page).get('status'), null);
    assert.deepEqual(consoleErrors(), []);
  });

  test('search narrows the rows; the query stays in the URL', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/registry/clusters`);
    await settled(page, 14);
    const expected = await api<{ total: number; items: ClusterJson[] }>(page, `/api/clusters?q=${encodeURIComponent('кластер (Минск)')}`);
    assert.ok(expected.total > 0 && expected.total < 14);
    // Typing with a pause after a space: the search runs in the pause and the space survives it.
    const box = page.getByTestId('registry-search');
    await box.pressSequentially('кластер ');
    await page.waitForURL((url) => url.searchParams.get('q') === 'кластер');
    await page.waitForTimeout(100);
    await box.pressSequentially('(Минск)');
    assert.equal(await box.inputValue(), 'кластер (Минск)');
    await page.waitForURL((url) => url.searchParams.get('q') === 'кластер (Минск)');
    await settled(page, expected.total);
    await page.getByTestId('registry-search').fill('нет такого кластера');
    await page.getByText('Под эти фильтры ничего не подходит.').waitFor();
    await settled(page, 0);
    await screenshot(page, 'registry-search-empty');
    assert.deepEqual(consoleErrors(), []);
  });

  test('sorting by a column header sorts on the server, from the keyboard too', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/registry/clusters`);
    await settled(page, 14);
    const ascending = await names(page);
    const byApi = async (sort: string) => (await api<{ items: ClusterJson[] }>(page, `/api/clusters?sort=${sort}`)).items.map((c) => c.nameRu);
    assert.deepEqual(ascending, await byApi('name_ru'), 'by name by default');
    const nameHeader = page.locator('th').filter({ has: page.locator('[data-sort="name"]') });
    assert.equal(await nameHeader.getAttribute('aria-sort'), 'ascending');

    // Keyboard: Tab reaches the header button, Enter sorts.
    await page.locator('[data-sort="name"]').focus();
    assert.ok(await page.locator('[data-sort="name"]').evaluate((el) => el.matches(':focus-visible') || document.activeElement === el));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('sort') === '-name');
    await settled(page, 14);
    const descending = await names(page);
    assert.notDeepEqual(descending, ascending, 'the order changed');
    assert.deepEqual(descending, await byApi('-name_ru'));
    assert.equal(await nameHeader.getAttribute('aria-sort'), 'descending');

    await page.locator('[data-sort="status"]').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'status');
    await settled(page, 14);
    assert.deepEqual(await names(page), await byApi('status'));
    await screenshot(page, 'registry-sorted-by-status');
    assert.deepEqual(consoleErrors(), []);
  });

  test('the export links carry the filters and sort, and the CSV holds exactly the rows in view', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/registry/clusters?status=potential&sort=-name`);
    const expected = await api<{ total: number; items: ClusterJson[] }>(page, '/api/clusters?status=potential&sort=-name_ru');
    await settled(page, expected.total);
    const href = new URL((await page.getByTestId('export-csv').getAttribute('href'))!, site.url);
    assert.equal(href.pathname, '/api/export/clusters');
    assert.deepEqual(Object.fromEntries(href.searchParams), { format: 'csv', status: 'potential', sort: '-name_ru' });
    assert.equal(new URL((await page.getByTestId('export-xlsx').getAttribute('href'))!, site.url).searchParams.get('format'), 'xlsx');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    assert.equal(download.suggestedFilename(), 'clusters.csv');
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    assert.equal(rows.length, expected.total);
    assert.deepEqual(rows.map((r) => r.name_ru), expected.items.map((c) => c.nameRu));
    assert.ok(rows.every((r) => r.status === 'potential'));
    await screenshot(page, 'registry-export');
    assert.deepEqual(consoleErrors(), []);
  });

  test('switching the language changes the table headers and counts', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/registry/clusters`);
    await settled(page, 14);
    const headers = () => page.locator('.registry-table thead th').allInnerTexts();
    assert.ok((await headers()).some((h) => h.startsWith('Название')));
    await page.getByTestId('lang-switch').selectOption('en');
    await page.locator('[data-sort="name"]', { hasText: 'Name' }).waitFor();
    const englishHeaders = await headers();
    assert.ok(englishHeaders.some((h) => h.startsWith('Status')) && englishHeaders.some((h) => h.startsWith('Founded')), englishHeaders.join(' | '));
    assert.match(await page.getByTestId('registry-total').innerText(), /14 clusters found/);
    await settled(page, 14);
    const english = (await api<{ items: (ClusterJson & { nameEn: string | null })[] }>(page, '/api/clusters?sort=name_en')).items;
    assert.deepEqual(await names(page), english.map((c) => c.nameEn ?? c.nameRu), 'sorted by the English names');
    assert.match((await page.getByTestId('export-csv').getAttribute('href'))!, /sort=name_en/);
    await screenshot(page, 'registry-english');
    await page.getByTestId('lang-switch').selectOption('be');
    await page.locator('[data-sort="name"]', { hasText: 'Назва' }).waitFor();
    assert.match(await page.getByTestId('registry-total').innerText(), /Знойдзена 14 кластараў/);
    assert.deepEqual(consoleErrors(), []);
  });

  test('organisations: filters, and edit links only for those who may edit', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/registry/organizations?size=10`);
    const all = await api<{ total: number; items: { id: number }[] }>(page, '/api/organizations?limit=10&sort=name_ru');
    await settled(page, 10, 'organization-row');
    assert.match(await page.getByTestId('registry-total').innerText(), new RegExp(`${all.total}`));
    assert.equal(await page.getByTestId('organization-row').locator('a[href$="/edit"]').count(), 0, 'the public gets no edit links');
    assert.equal(await page.getByTestId('organization-row').getByTestId('organization-link').count(), 10, 'every name links to its page');

    const inCluster = await api<{ total: number }>(page, '/api/organizations?clusterId=1&role=producer');
    await page.getByTestId('cluster-filter').selectOption('1');
    await page.getByTestId('role-filter').selectOption('producer');
    await settled(page, inCluster.total, 'organization-row');
    assert.equal(query(page).get('clusterId'), '1');
    const small = await api<{ total: number }>(page, '/api/organizations?sizeClass=small');
    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await page.getByTestId('sizeClass-filter').selectOption('small');
    await settled(page, Math.min(10, small.total), 'organization-row');
    assert.equal(query(page).toString(), 'sizeClass=small&size=10');

    const own = all.items[0]!.id;
    const member = await makeAccount(site, { email: 'member-registry@example.by', role: 'member', organizationId: own });
    assert.equal((await page.request.post(`${site.url}/api/auth/sign-in`, { data: { email: member.email, password: TEST_PASSWORD } })).status(), 200);
    await page.goto(`${site.url}/registry/organizations?size=10`);
    await settled(page, 10, 'organization-row');
    const links = page.getByTestId('organization-row').locator('a[href$="/edit"]');
    await links.first().waitFor();
    assert.equal(await links.count(), 1, 'a member edits its own organisation only');
    assert.equal(await links.first().getAttribute('href'), `/organizations/${own}/edit`);

    await page.request.post(`${site.url}/api/auth/sign-out`);
    const admin = await makeAccount(site, { email: 'admin-registry@example.by', role: 'admin' });
    assert.equal((await page.request.post(`${site.url}/api/auth/sign-in`, { data: { email: admin.email, password: TEST_PASSWORD } })).status(), 200);
    await page.reload();
    await settled(page, 10, 'organization-row');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="organization-row"] a[href$="/edit"]').length === 10);
    await screenshot(page, 'registry-organizations-admin');
    assert.deepEqual(consoleErrors(), []);
  });

  test('on a phone-width screen the table scrolls inside its box, not the page', async (t) => {
    const { page, consoleErrors } = await openPage(t, site, { width: 390, height: 844 });
    await page.goto(`${site.url}/registry/clusters`);
    await settled(page, 14);
    const widths = await page.evaluate(() => {
      const box = document.querySelector('.registry .table-scroll')!;
      return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, box: box.clientWidth, table: box.scrollWidth };
    });
    assert.ok(widths.page <= widths.viewport, `the page does not scroll sideways (${widths.page} > ${widths.viewport})`);
    assert.ok(widths.table > widths.box, 'the table scrolls inside .table-scroll');
    await screenshot(page, 'registry-phone');
    assert.deepEqual(consoleErrors(), []);
  });
});
