// Export opportunities in Chromium over the demo data (world exports by HS4 product, 2017; Belarus `blr` by
// default), and the pure helpers behind the page. Expected orders come from the API, so the test follows the data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { LocationOpportunities, ProductSpace, TargetMarkets } from '../../web/src/api/opportunities.ts';
import { alpha2, countryNamer } from '../../web/src/views/opportunities/countries.ts';
import { DEFAULT_VIEW, moneyScale, readView, writeView } from '../../web/src/views/opportunities/view.ts';
import { browserSkip, openPage, screenshot, startSite, type Site } from './harness.ts';

async function apiJson<T>(site: Site, path: string): Promise<T> {
  const response = await fetch(`${site.url}${path}`);
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return (await response.json()) as T;
}

const firstProducts = (page: Page, n: number) =>
  page.getByTestId('opp-row').evaluateAll((rows, count) => rows.slice(0, count).map((r) => r.getAttribute('data-product')), n);

/** The page shows the rows of the current URL (not the previous answer kept on screen while loading). */
async function ready(page: Page) {
  await page.locator('[data-testid="opp-page"][data-state="ready"]').waitFor({ timeout: 90_000 });
  await page.getByTestId('opp-row').first().waitFor();
}

describe('export opportunities: URL state and formatting', () => {
  test('the view defaults to Belarus, the demo dataset and the balanced strategy, and leaves defaults out of the URL', () => {
    assert.deepEqual(readView(new URLSearchParams('')), DEFAULT_VIEW);
    assert.deepEqual(DEFAULT_VIEW, { dataset: 'world-hs4-2017', location: 'blr', strategy: 'balanced', products: '', cluster: '', organization: '' });
    assert.equal(readView(new URLSearchParams('cluster=3&organization=x')).cluster, '3');
    assert.equal(readView(new URLSearchParams('cluster=3&organization=x')).organization, '', 'ids are numbers');
    assert.equal(readView(new URLSearchParams('products=8703;%208708,,8703')).products, '8703,8708', 'a product list is cleaned');
    assert.equal(readView(new URLSearchParams('strategy=nonsense')).strategy, 'balanced');
    const written = writeView(new URLSearchParams('lang=en'), { ...DEFAULT_VIEW, strategy: 'long-jumps', location: 'pol' });
    assert.equal(written.toString(), 'lang=en&location=pol&strategy=long-jumps');
    assert.equal(writeView(written, DEFAULT_VIEW).toString(), 'lang=en');
  });

  test('countries are named from their ISO3 codes in the interface language', () => {
    assert.equal(alpha2('blr'), 'BY');
    assert.equal(countryNamer('en-GB')('blr'), 'Belarus');
    assert.equal(countryNamer('ru-RU')('deu'), 'Германия');
    assert.equal(countryNamer('en-GB')('xyz'), 'XYZ');
  });

  test('money is scaled to billions, millions and thousands', () => {
    assert.deepEqual(moneyScale(2.5e9), { key: 'billion', value: 2.5 });
    assert.deepEqual(moneyScale(3e6), { key: 'million', value: 3 });
    assert.deepEqual(moneyScale(4000), { key: 'thousand', value: 4 });
    assert.deepEqual(moneyScale(12), { key: 'unit', value: 12 });
  });
});

describe('export opportunities in the browser', { skip: browserSkip }, () => {
  let site: Site;
  let balanced: LocationOpportunities;
  let lowHanging: LocationOpportunities;
  before(async () => {
    site = await startSite();
    const base = '/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&limit=5';
    balanced = await apiJson<LocationOpportunities>(site, `${base}&strategy=balanced`);
    lowHanging = await apiJson<LocationOpportunities>(site, `${base}&strategy=low-hanging`);
  });
  after(() => site?.close());

  test("a row's markets button opens the target markets: the demo has no bilateral data, so the world market size is shown", async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/opportunities`);
    await ready(page);
    const product = balanced.items[0]!.product;
    const markets = await apiJson<TargetMarkets>(site, `/api/complexity/markets?dataset=world-hs4-2017&product=${product}&location=blr`);
    assert.equal(markets.bilateral, false);
    assert.ok(markets.worldValue > 0, `world exports of ${product}`);
    await page.locator(`[data-testid="opp-row"][data-product="${product}"]`).getByTestId('opp-markets').click();
    const panel = page.locator(`[data-testid="markets-panel"][data-product="${product}"][data-state="ready"]`);
    await panel.waitFor({ timeout: 60_000 });
    const note = panel.getByTestId('markets-nodata');
    assert.equal(Number(await note.getAttribute('data-world')), markets.worldValue);
    const scaled = moneyScale(markets.worldValue);
    const unit = { billion: 'млрд $', million: 'млн $', thousand: 'тыс. $', unit: '$' }[scaled.key];
    const value = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 }).format(scaled.value);
    assert.equal(await note.innerText(), `Данные о двусторонней торговле не загружены; объём мирового рынка — ${value} ${unit}.`);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'opportunities-markets-ru');
    await panel.getByTestId('markets-close').click();
    await panel.waitFor({ state: 'detached' });
    assert.deepEqual(consoleErrors(), []);
  });

  test('the page opens from the menu with Belarus: credit, figures, explained rows, a scatter; the strategy reorders the rows; languages', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}/`);
    await page.getByTestId('cluster-marker').first().waitFor();
    assert.ok(!requests.some((url) => /\/api\/complexity|scatter-chart|\/assets\/opportunities-/.test(url)), 'the map page asks for no opportunities data or code');
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Экспортные возможности' }).click();
    await page.waitForURL(`${site.url}/opportunities`);
    await ready(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Экспортные возможности');
    assert.match(await page.getByTestId('opp-credit').innerText(), /UN Comtrade; Open Trade Statistics, 2017/);
    assert.equal(await page.getByTestId('opp-location').inputValue(), 'blr');
    const selected = await page.getByTestId('opp-location').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
    assert.match(selected, /^Беларусь \(BLR\) · ECI /);
    // Every location of the dataset has a name, not its bare code.
    const { items: locations } = await apiJson<{ items: { location: string }[] }>(site, '/api/complexity/locations?dataset=world-hs4-2017');
    assert.deepEqual(locations.filter((l) => !alpha2(l.location)).map((l) => l.location), []);
    assert.match(await page.getByTestId('opp-rank').innerText(), new RegExp(`^${balanced.rank} из \\d+$`));
    assert.match(await page.getByTestId('opp-weights').innerText(), /плотность 0,4/);

    // The table: the API's order, each row explained by the nearest exported products.
    assert.deepEqual(await firstProducts(page, 5), balanced.items.map((i) => i.product));
    const near = await page.getByTestId('opp-near').first().innerText();
    const first = balanced.items[0]!;
    assert.ok(first.near.length > 0, 'the first opportunity has an explanation');
    assert.match(near, new RegExp(`^рядом: ${first.near[0]!.product} \\(phi \\d,\\d\\d\\)`));

    // The scatter of the candidates, with the top ones highlighted.
    const scatter = page.locator('[data-testid="opp-scatter"][data-state="ready"]');
    await scatter.locator('canvas').first().waitFor();
    assert.equal(Number(await scatter.getAttribute('data-highlighted')), 20);
    assert.ok(Number(await scatter.getAttribute('data-points')) > 100);
    const strategic = page.locator('[data-testid="opp-strategic"][data-state="ready"]');
    await strategic.locator('canvas').first().waitFor();
    assert.equal(Number(await strategic.getAttribute('data-highlighted')), 1);
    await screenshot(page, 'opportunities-ru');

    // Another strategy: a new order of the first rows, kept in the URL.
    assert.notDeepEqual(lowHanging.items.map((i) => i.product), balanced.items.map((i) => i.product), 'the strategies differ in the data');
    await page.getByTestId('opp-strategy').getByRole('radio').first().click();
    await page.waitForURL(/strategy=low-hanging/);
    await page.waitForFunction((expected) => {
      const rows = [...document.querySelectorAll('[data-testid="opp-row"]')].slice(0, 5).map((r) => r.getAttribute('data-product'));
      return JSON.stringify(rows) === expected;
    }, JSON.stringify(lowHanging.items.map((i) => i.product)), { timeout: 60_000 });
    await ready(page);
    assert.match(await page.getByTestId('opp-weights').innerText(), /плотность 0,6/);

    // Languages: the switch changes the heading and the explanations; the rows stay.
    await page.getByTestId('lang-switch').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Export opportunities' }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Export opportunities');
    assert.match(await page.getByTestId('opp-near').first().innerText(), /^near: \d{4} \(phi \d\.\d\d\)/);
    assert.deepEqual(await firstProducts(page, 5), lowHanging.items.map((i) => i.product));
    await screenshot(page, 'opportunities-en');
    await page.getByTestId('opp-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'opportunities-table-en');
    await page.getByTestId('lang-switch').selectOption('be');
    await page.getByRole('heading', { level: 1, name: 'Экспартныя магчымасці' }).waitFor();
    assert.match(await page.getByTestId('opp-near').first().innerText(), /^побач: \d{4} \(phi \d,\d\d\)/);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Экспартныя магчымасці');
    await screenshot(page, 'opportunities-be');

    assert.deepEqual(consoleErrors(), []);
  });

  test("a firm's own HS codes give its personal ranking, kept in the URL; unknown codes are named; clearing returns to the country", async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const personal = await apiJson<LocationOpportunities>(site, '/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&strategy=balanced&products=8703,8708,0000&limit=5');
    assert.deepEqual(personal.unknownProducts, ['0000']);
    assert.notDeepEqual(personal.items.map((i) => i.product), balanced.items.map((i) => i.product), "a car maker's ranking differs from the country's");
    await page.goto(`${site.url}/opportunities?lang=en`);
    await ready(page);
    await page.getByTestId('opp-products-input').fill('8703 8708, 0000');
    await page.getByTestId('opp-products-apply').click();
    await page.waitForURL(/products=8703%2C8708%2C0000/);
    await page.waitForFunction((expected) => {
      const rows = [...document.querySelectorAll('[data-testid="opp-row"]')].slice(0, 5).map((r) => r.getAttribute('data-product'));
      return JSON.stringify(rows) === expected;
    }, JSON.stringify(personal.items.map((i) => i.product)), { timeout: 60_000 });
    assert.equal(await page.getByTestId('opp-products-note').innerText(),
      "Personal export map for 2 listed products: density measures closeness to them; RCA is the country's. Not in the dataset: 0000.");
    await screenshot(page, 'opportunities-personal-en');
    await page.getByTestId('opp-products-clear').click();
    await page.waitForURL((url) => !url.search.includes('products='));
    await page.waitForFunction((expected) => {
      const rows = [...document.querySelectorAll('[data-testid="opp-row"]')].slice(0, 5).map((r) => r.getAttribute('data-product'));
      return JSON.stringify(rows) === expected;
    }, JSON.stringify(balanced.items.map((i) => i.product)), { timeout: 60_000 });
    assert.deepEqual(consoleErrors(), []);
  });

  test("a cluster's profile links to its export opportunities, ranked for the products of its sectors", async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const advised = await apiJson<LocationOpportunities>(site, '/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&strategy=balanced&cluster=3&limit=5');
    assert.equal(advised.subject?.kind, 'cluster');
    await page.goto(`${site.url}/clusters/3`);
    await page.getByTestId('cluster-opportunities').click();
    await page.waitForURL(/\/opportunities\?cluster=3$/);
    await page.waitForFunction((expected) => {
      const rows = [...document.querySelectorAll('[data-testid="opp-row"]')].slice(0, 5).map((r) => r.getAttribute('data-product'));
      return JSON.stringify(rows) === expected;
    }, JSON.stringify(advised.items.map((i) => i.product)), { timeout: 60_000 });
    const note = await page.getByTestId('opp-products-note').innerText();
    assert.ok(note.startsWith(`Кластер «${advised.subject!.nameRu}»: ${advised.subject!.products.length} товаров HS4`), note);
    assert.ok(note.includes(`(${advised.subject!.sectors.join(', ')})`), 'the sectors it was derived from');
    await screenshot(page, 'opportunities-cluster-ru');
    await page.getByTestId('opp-products-clear').click();
    await page.waitForURL((url) => !url.search.includes('cluster='));
    assert.deepEqual(consoleErrors(), []);
  });

  test("the product space: the layout's nodes and edges on a canvas, the place's exports counted as in the API; another country redraws it", async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const space = await apiJson<ProductSpace>(site, '/api/complexity/product-space?dataset=world-hs4-2017&location=blr');
    const full = await apiJson<LocationOpportunities>(site, '/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&limit=1');
    const layout = new Set(space.nodes.map((n) => n.product));
    const exported = full.exported.filter((e) => e.rca > 1 && layout.has(e.product)).length;
    assert.ok(exported > 50, `${exported} exported products in the layout`);
    assert.equal(space.counts.exported, exported);

    await page.goto(`${site.url}/opportunities?lang=en`);
    await ready(page);
    const chart = page.locator('[data-testid="opp-space"][data-state="ready"]');
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('canvas').first().waitFor({ timeout: 60_000 });
    assert.equal(Number(await chart.getAttribute('data-nodes')), 866);
    assert.equal(Number(await chart.getAttribute('data-edges')), 2532);
    assert.equal(Number(await chart.getAttribute('data-exported')), exported);
    assert.match(await page.getByTestId('opp-space-counts').innerText(), new RegExp(`^${exported} of ${space.counts.matched} products`));
    await page.getByTestId('opp-space-section').getByRole('heading', { name: 'Product space' }).waitFor();
    await screenshot(page, 'opportunities-product-space-en');

    const polish = await apiJson<ProductSpace>(site, '/api/complexity/product-space?dataset=world-hs4-2017&location=pol');
    assert.notEqual(polish.counts.exported, exported, 'Poland and Belarus differ in the data');
    await page.getByTestId('opp-location').selectOption('pol');
    await page.locator(`[data-testid="opp-space"][data-state="ready"][data-exported="${polish.counts.exported}"]`).waitFor({ timeout: 60_000 });
    assert.deepEqual(consoleErrors(), []);
  });
});
