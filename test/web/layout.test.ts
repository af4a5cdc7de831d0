import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkip, openPage, screenshot, startSite, type Site } from './harness.ts';

describe('web app shell', { skip: browserSkip }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site?.close());

  test('the language switch changes the interface between Russian, Belarusian and English', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/about`);
    const nav = page.getByRole('navigation', { name: 'main' });
    await assert.doesNotReject(nav.getByRole('link', { name: 'Карта' }).waitFor());
    await page.getByTestId('lang-switch').selectOption('be');
    await nav.getByRole('link', { name: 'Кластары' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'be');
    await page.getByTestId('lang-switch').selectOption('en');
    await nav.getByRole('link', { name: 'Organisations' }).waitFor();
    await screenshot(page, 'layout-english');
    // The choice survives a reload.
    await page.reload();
    await nav.getByRole('link', { name: 'Organisations' }).waitFor();
    assert.deepEqual(consoleErrors(), []);
  });

  test('an unknown path shows the not-found page inside the app', async (t) => {
    const { page } = await openPage(t, site);
    const response = await page.goto(`${site.url}/no/such/page`);
    assert.equal(response?.status(), 200);
    await page.getByRole('heading', { name: 'Страница не найдена' }).waitFor();
    const api = await page.request.get(`${site.url}/api/nothing`);
    assert.equal(api.status(), 404);
  });

  test('the About page credits every data source with its licence; the Methods page explains in three languages', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/about`);
    const rows = page.getByTestId('sources-table').locator('tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 18);
    const sources = await page.getByTestId('sources-table').innerText();
    assert.match(sources, /ODbL 1\.0[\s\S]*CC BY 4\.0/);
    assert.match(sources, /Belstat open data[\s\S]*U\.S\. Cluster Mapping Project/);
    await screenshot(page, 'about');
    await page.goto(`${site.url}/methods`);
    await page.getByRole('heading', { name: 'Методы простыми словами' }).waitFor();
    await page.getByTestId('lang-switch').selectOption('en');
    await page.getByRole('heading', { name: 'Methods in plain words' }).waitFor();
    await page.getByText('UNP check').waitFor();
    await screenshot(page, 'methods-english');
    assert.deepEqual(consoleErrors(), []);
  });
});
