// Cluster mapping in Chromium over the demo data (the `by-employment` dataset), and the pure helpers behind
// the page. Expected figures come from the API, so the tests follow the dataset.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ClusterMaturity, MappingDataset, MappingMatrix, MappingSummary, PotentialCell } from '../../web/src/api/mapping.ts';
import type { Paged } from '../../web/src/api/types.ts';
import {
  changeView, DEFAULT_VIEW, groupByRegion, heatmapColumns, heatmapSize, HEATMAP_LAYOUT, lqScale, mappingQuery, markerRadius, markOf, NO_DATA_COLOR,
  readView, STRENGTH_COLORS, strengthClasses, strengthColor, toHeatmap, writeView,
} from '../../web/src/views/mapping/transform.ts';
import { browserSkip, openPage, screenshot, startSite, type Site } from './harness.ts';

async function apiJson<T>(site: Site, path: string): Promise<T> {
  const response = await fetch(`${site.url}${path}`);
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Polls `read` until it equals `expected` (timeout in ms), then asserts it. */
async function eventually<T>(read: () => Promise<T>, expected: T, message?: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  assert.deepEqual(value, expected, message);
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const rows = (page: Page) => page.getByTestId('strong-row');
const attributes = (page: Page, name: string) => rows(page).evaluateAll((elements, n) => elements.map((e) => e.getAttribute(n)), name);

/** Opens the mapping page and waits until its figures and the table of the URL's view are shown. */
async function openMapping(page: Page, site: Site, query = '') {
  await page.goto(`${site.url}/mapping${query}`);
  await page.locator('[data-testid="mapping-page"][data-state="ready"]').waitFor({ timeout: 60_000 });
  await tableReady(page);
}

/** The table shows the rows of the current URL (not the previous view kept on screen while loading). */
async function tableReady(page: Page) {
  await page.waitForFunction(() => {
    const table = document.querySelector('[data-testid="strong-table"]');
    return table?.getAttribute('data-state') === 'ready' && table.getAttribute('data-search') === new URLSearchParams(window.location.search).toString();
  }, undefined, { timeout: 60_000 });
}

/** The total the table reports once it shows the view the API answers `query` with. */
async function expectTotal(page: Page, site: Site, query: string) {
  const { total } = await apiJson<Paged<unknown>>(site, `/api/mapping/cells?dataset=by-employment&limit=1${query}`);
  await eventually(async () => Number(await page.getByTestId('strong-total').getAttribute('data-total')), total, `total of ${query}`);
  await tableReady(page);
  return total;
}

describe('cluster mapping in the browser', { skip: browserSkip }, () => {
  let site: Site;
  let dataset: MappingDataset;
  let summary: MappingSummary;
  before(async () => {
    site = await startSite();
    const datasets = await apiJson<{ items: MappingDataset[] }>(site, '/api/mapping/datasets');
    dataset = datasets.items.find((d) => d.id === 'by-employment')!;
    assert.ok(dataset, 'the demo loads the by-employment dataset');
    assert.ok(dataset.illustrative, 'its split by industry is illustrative');
    summary = await apiJson<MappingSummary>(site, '/api/mapping/summary?dataset=by-employment');
  });
  after(() => site?.close());

  test('the page shows the dataset label, the strength choropleth, the LQ heatmap and the strong-cluster table; the home page loads none of it', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}/`);
    await page.getByTestId('cluster-marker').first().waitFor();
    assert.ok(!requests.some((url) => /\/api\/mapping|heatmap-chart|PotentialLayer|\/assets\/mapping-/.test(url)), 'the map page asks for no mapping data or code');
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Картирование кластеров' }).click();
    await page.waitForURL(`${site.url}/mapping`);
    await page.locator('[data-testid="mapping-page"][data-state="ready"]').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Картирование кластеров');

    // The dataset says what is illustrative, and so does every block of its figures.
    const label = page.getByTestId('dataset-label');
    assert.match(await label.innerText(), /иллюстративн/i);
    await page.getByTestId('dataset-illustrative-note').waitFor();
    assert.match(await page.getByTestId('dataset-source').innerText(), /Belstat/);
    for (const section of ['strength-section', 'potential-section', 'heatmap-section', 'table-section']) {
      await page.getByTestId(section).getByTestId('figures-illustrative').waitFor();
    }
    assert.equal(await page.getByTestId('year-select').inputValue(), String(summary.year));

    // Choropleth: a path per region of the dataset, filled by its class of strength.
    const map = page.getByTestId('strength-map');
    for (const region of summary.regions) {
      const fill = await map.locator(`path[data-region="${region.id}"]`).getAttribute('fill');
      assert.ok(fill && (region.strength === null ? fill === NO_DATA_COLOR : STRENGTH_COLORS.includes(fill)), `${region.id}: ${fill}`);
    }
    const fills = new Set(await map.locator('path[data-region]').evaluateAll((paths) => paths.map((p) => p.getAttribute('fill'))));
    assert.ok(fills.size >= 4, `several classes: ${[...fills].join(' ')}`);
    await page.getByTestId('strength-legend').waitFor();
    // The tooltip names the region with its strength, strong clusters and growth.
    const strongest = [...summary.regions].sort((a, b) => (b.strength ?? 0) - (a.strength ?? 0))[0]!;
    // Events rather than the pointer: a region's centre may lie under the legend or in another region.
    await map.locator(`path[data-region="${strongest.id}"]`).dispatchEvent('mousemove');
    const tooltip = page.getByTestId('strength-tooltip');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    assert.match(text, new RegExp(strongest.nameRu));
    assert.match(text, new RegExp(`Сильных кластеров: ${strongest.strongCount}`));
    assert.match(text, /Рост занятости \d{4}–\d{4}/);

    // Heatmap: a canvas of the regions by the top 30 industries.
    const heatmap = page.locator('[data-testid="lq-heatmap"][data-state="ready"]');
    await heatmap.locator('canvas').first().waitFor();
    assert.equal(Number(await heatmap.getAttribute('data-rows')), summary.regions.length);
    assert.equal(Number(await heatmap.getAttribute('data-columns')), Math.min(30, summary.categories.length));
    await page.getByTestId('heatmap-legend').waitFor();

    // Table: the strong cells, 25 a page, the API's total.
    const total = await expectTotal(page, site, '');
    assert.equal(total, summary.strongCells);
    assert.equal(await rows(page).count(), Math.min(25, total));
    assert.match(await page.getByTestId('strong-total').innerText(), /Найдено .* пар/);
    // A registered cluster named in a row links to its profile.
    const link = page.getByTestId('registered-link').first();
    if (await link.count()) assert.match((await link.getAttribute('href'))!, /^\/clusters\/\d+$/);
    await screenshot(page, 'mapping-desktop');
    await page.getByTestId('heatmap-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'mapping-heatmap');
    assert.deepEqual(consoleErrors(), []);
  });

  test('filters change the rows and the URL: class, region (also from the map), registration, pages', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await openMapping(page, site);
    const strong = summary.strongCells;

    await page.getByTestId('filter-class').selectOption('strong10');
    const strong10 = await expectTotal(page, site, '&class=strong10');
    assert.ok(strong10 > 0 && strong10 <= strong, `${strong10} <= ${strong}`);
    assert.equal(param(page, 'class'), 'strong10');
    assert.ok((await attributes(page, 'data-strong10')).every((v) => v === 'true'), 'only top-decile cells');

    const region = (await attributes(page, 'data-region'))[0]!;
    await page.getByTestId('filter-region').selectOption(region);
    const inRegion = await expectTotal(page, site, `&class=strong10&region=${region}`);
    assert.ok(inRegion >= 1 && inRegion <= strong10);
    assert.deepEqual(new Set(await attributes(page, 'data-region')), new Set([region]), 'only that region');
    assert.equal(param(page, 'region'), region);
    await page.locator(`[data-testid="strength-map"] .strength-selected`).waitFor();
    await screenshot(page, 'mapping-filtered');

    await page.getByTestId('filter-registered').selectOption('no');
    await expectTotal(page, site, `&class=strong10&region=${region}&registered=no`);
    assert.equal(param(page, 'registered'), 'no');

    await page.getByTestId('filter-reset').click();
    await expectTotal(page, site, '');
    for (const key of ['class', 'region', 'registered']) assert.equal(param(page, key), null, `${key} left the URL`);

    // A click on the map filters the table by that region; a second click clears it.
    const other = summary.regions.find((r) => r.strongCount > 0 && r.id !== region)!;
    await page.getByTestId('strength-map').locator(`path[data-region="${other.id}"]`).dispatchEvent('click');
    await expectTotal(page, site, `&region=${other.id}`);
    assert.deepEqual(new Set(await attributes(page, 'data-region')), new Set([other.id]));
    await page.getByTestId('strength-map').locator(`path[data-region="${other.id}"]`).dispatchEvent('click');
    await expectTotal(page, site, '');

    // Pages and sorting by a column header.
    const firstPage = await attributes(page, 'data-category');
    await page.getByTestId('page-next').click();
    await eventually(() => Promise.resolve(param(page, 'page')), '2');
    await tableReady(page);
    assert.notDeepEqual(await attributes(page, 'data-category'), firstPage);
    await page.locator('button[data-sort="employment"]').click();
    await eventually(() => Promise.resolve(param(page, 'sort')), 'employment');
    assert.equal(param(page, 'page'), null, 'a new sort starts at the first page');
    const cells = await apiJson<Paged<{ region: string; category: string }>>(site, '/api/mapping/cells?dataset=by-employment&sort=employment&limit=25');
    await eventually(() => attributes(page, 'data-category'), cells.items.map((c) => c.category));
    assert.deepEqual(await attributes(page, 'data-region'), cells.items.map((c) => c.region));
    assert.deepEqual(consoleErrors(), []);
  });

  test('a shared link restores the year, the base year and the filters', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const year = dataset.years.at(-3)!;
    const baseYear = dataset.years[0]!;
    await openMapping(page, site, `?year=${year}&baseYear=${baseYear}&class=starred&minStars=3`);
    assert.equal(await page.getByTestId('year-select').inputValue(), String(year));
    assert.equal(await page.getByTestId('base-year-select').inputValue(), String(baseYear));
    assert.equal(await page.getByTestId('filter-class').inputValue(), 'starred');
    assert.equal(await page.getByTestId('filter-min-stars').inputValue(), '3');
    await expectTotal(page, site, `&year=${year}&baseYear=${baseYear}&class=starred&minStars=3`);
    assert.equal(await page.getByTestId('mapping-page').getAttribute('data-year'), String(year));
    // Back to the latest year: the parameter leaves the URL.
    await page.getByTestId('year-select').selectOption(String(dataset.years.at(-1)));
    await eventually(() => Promise.resolve(param(page, 'year')), null);
    await page.locator(`[data-testid="mapping-page"][data-state="ready"][data-year="${dataset.years.at(-1)}"]`).waitFor({ timeout: 60_000 });
    assert.deepEqual(consoleErrors(), []);
  });

  test('the heatmap shows every industry on request, and a click on a cell shows it in the table', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await openMapping(page, site, '?rows=name');
    const heatmap = page.locator('[data-testid="lq-heatmap"][data-state="ready"]');
    await heatmap.locator('canvas').first().waitFor();
    await page.getByTestId('heatmap-columns').getByText(`Все ${summary.categories.length}`).click();
    await eventually(async () => Number(await heatmap.getAttribute('data-columns')), summary.categories.length);
    assert.equal(param(page, 'cols'), 'all');
    await screenshot(page, 'mapping-heatmap-all');

    // The cell the page draws first, computed as the page does, is clicked where the layout puts it.
    const matrix = await apiJson<MappingMatrix>(site, '/api/mapping/matrix?dataset=by-employment');
    const model = toHeatmap(summary, matrix, { rowOrder: 'name', columns: 'all', name: (r) => r.nameRu, groupName: (id) => id, locale: 'ru-RU' });
    const [x, y] = model.cells[0]!;
    const box = (await heatmap.boundingBox())!;
    const { right } = heatmapSize(model.rows.length, model.columns.length, false);
    const column = (box.width - HEATMAP_LAYOUT.left - right) / model.columns.length;
    await heatmap.click({ position: { x: HEATMAP_LAYOUT.left + (x + 0.5) * column, y: HEATMAP_LAYOUT.top + (y + 0.5) * HEATMAP_LAYOUT.row } });
    await eventually(() => Promise.resolve([param(page, 'region'), param(page, 'category'), param(page, 'class')]), [model.rows[y]!.id, model.columns[x]!.code, 'all']);
    await expectTotal(page, site, `&region=${model.rows[y]!.id}&category=${model.columns[x]!.code}&class=all`);
    assert.equal(await rows(page).count(), 1);
    assert.deepEqual(consoleErrors(), []);
  });

  test('potential clusters are ranked with their evidence and open in the table', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await openMapping(page, site);
    const potential = await apiJson<Paged<PotentialCell>>(site, '/api/mapping/potential?dataset=by-employment&limit=20');
    const items = page.getByTestId('potential-item');
    await items.first().waitFor();
    assert.equal(Number(await page.getByTestId('potential-total').getAttribute('data-total')), potential.total);
    assert.deepEqual(await items.evaluateAll((e) => e.map((x) => x.getAttribute('data-rank'))), potential.items.slice(0, 10).map((c) => String(c.rank)));
    const first = items.first();
    assert.match(await first.getByTestId('evidence').innerText(), /LQ .*занято/);
    assert.match(await first.innerText(), /Ни один зарегистрированный кластер его не охватывает/);
    await page.getByTestId('potential-more').click();
    await eventually(() => items.count(), 20);
    const top = potential.items[0]!;
    await first.getByRole('button', { name: 'Показать в таблице' }).click();
    await expectTotal(page, site, `&region=${top.region}&category=${top.category}&class=all`);
    assert.deepEqual(await attributes(page, 'data-region'), [top.region]);
    assert.deepEqual(consoleErrors(), []);
  });

  test('the language switch changes the mapping page to Belarusian and English', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await openMapping(page, site);
    const headings = async () => page.locator('.mapping-page h2').evaluateAll((e) => e.map((h) => h.childNodes[0]?.textContent?.trim()));
    assert.deepEqual(await headings(), ['Сила кластеров по регионам', 'Потенциальные кластеры', 'Специализация по регионам и отраслям', 'Сильные кластеры']);

    await page.getByTestId('lang-switch').selectOption('be');
    await page.getByRole('heading', { level: 1, name: 'Картаванне кластараў' }).waitFor();
    assert.deepEqual(await headings(), ['Сіла кластараў па рэгіёнах', 'Патэнцыйныя кластары', 'Спецыялізацыя па рэгіёнах і галінах', 'Моцныя кластары']);
    assert.match(await page.getByTestId('dataset-label').innerText(), /Ілюстрацыйныя паказчыкі/);
    assert.match(await page.getByTestId('strong-total').innerText(), /Знойдзена/);
    await screenshot(page, 'mapping-belarusian');

    await page.getByTestId('lang-switch').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Cluster mapping' }).waitFor();
    assert.deepEqual(await headings(), ['Cluster strength by region', 'Potential clusters', 'Specialisation by region and industry', 'Strong clusters']);
    assert.match(await page.getByTestId('dataset-label').innerText(), /Illustrative figures/);
    assert.match(await page.getByTestId('strong-total').innerText(), /pairs found/);
    assert.match(await page.getByTestId('filter-class').locator('option').first().innerText(), /Strong \(U\.S\. rule\)/);
    await screenshot(page, 'mapping-english');
    assert.deepEqual(consoleErrors(), []);
  });

  test('the map page toggles a layer of potential clusters with a legend entry and their evidence', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/`);
    await page.getByTestId('cluster-marker').first().waitFor();
    assert.equal(await page.getByTestId('potential-marker').count(), 0, 'off by default');
    const clusterMarkers = await page.getByTestId('cluster-marker').count();

    // A click, then the state: the URL is written in a transition, and the box follows it.
    await page.getByTestId('potential-layer-toggle').click();
    const markers = page.getByTestId('potential-marker');
    await markers.first().waitFor({ timeout: 60_000 });
    assert.equal(param(page, 'potential'), '1');
    const potential = await apiJson<Paged<PotentialCell>>(site, '/api/mapping/potential?dataset=by-employment&limit=50');
    const regions = groupByRegion(potential.items).map((g) => g.region);
    assert.deepEqual((await markers.evaluateAll((e) => e.map((m) => m.getAttribute('data-region')))).sort(), [...regions].sort());
    assert.equal(await page.getByTestId('cluster-marker').count(), clusterMarkers, 'the registered clusters stay');
    await page.getByTestId('map-legend').getByTestId('potential-legend').waitFor();
    await page.getByTestId('map-legend').getByTestId('figures-illustrative').waitFor();

    // A click shows the evidence of the region's potential clusters.
    // An event rather than the pointer: a registered cluster's marker may sit on top of it.
    await page.locator(`[data-testid="potential-marker"][data-region="${regions[0]}"]`).dispatchEvent('click');
    const panel = page.getByTestId('potential-evidence');
    await panel.waitFor();
    assert.equal(await panel.getAttribute('data-region'), regions[0]);
    assert.equal(await panel.getByTestId('potential-evidence-item').count(), potential.items.filter((c) => c.region === regions[0]).length);
    assert.match(await panel.innerText(), /LQ/);
    await panel.getByTestId('figures-illustrative').waitFor();
    await screenshot(page, 'mapping-map-layer');
    await page.getByTestId('potential-close').click();
    await eventually(() => panel.count(), 0);

    // The link keeps the layer; switching it off removes the markers and the parameter.
    await page.reload();
    await markers.first().waitFor({ timeout: 60_000 });
    assert.ok(await page.getByTestId('potential-layer-toggle').isChecked());
    await page.getByTestId('potential-layer-toggle').click();
    await eventually(() => markers.count(), 0);
    assert.equal(param(page, 'potential'), null);
    assert.deepEqual(consoleErrors(), []);
  });

  test('a cluster profile shows the maturity panel: registered and suggested status and every check', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const clusters = await apiJson<Paged<{ id: number }>>(site, '/api/clusters?limit=500');
    const maturities = await Promise.all(clusters.items.map((c) => apiJson<ClusterMaturity>(site, `/api/clusters/${c.id}/maturity`)));
    // A cluster whose evidence suggests another status than the registry records, if there is one.
    const shown = maturities.find((m) => !m.agrees) ?? maturities[0]!;
    await page.goto(`${site.url}/clusters/${shown.clusterId}`);
    const panel = page.getByTestId('maturity-panel');
    await panel.getByTestId('maturity-suggested').waitFor();
    assert.equal(await panel.getByRole('heading', { level: 2 }).innerText(), 'Зрелость');
    assert.match(await panel.innerText(), /подсказка/i);
    assert.equal(await panel.getByTestId('maturity-suggested').getAttribute('data-status'), shown.suggested);
    assert.equal(await panel.getByTestId('maturity-registered').getAttribute('data-status'), shown.registered);
    const checks = panel.getByTestId('maturity-check');
    assert.equal(await checks.count(), shown.checks.length);
    assert.deepEqual(
      await checks.evaluateAll((e) => e.map((r) => [r.getAttribute('data-criterion'), r.getAttribute('data-met')])),
      shown.checks.map((c) => [c.criterion, String(c.met)]),
    );
    assert.match(await panel.getByTestId('maturity-verdict').innerText(), shown.agrees ? /подтверждают/ : /иной статус/);
    assert.match(await panel.innerText(), /№ 27 от 16\.01\.2014/);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'mapping-maturity');
    await page.getByTestId('lang-switch').selectOption('en');
    await panel.getByRole('heading', { name: 'Maturity' }).waitFor();
    assert.match(await panel.innerText(), /suggestion computed from what the registry records/);
    assert.deepEqual(consoleErrors(), []);
  });

  test('the Methods page explains the mapping with its references in three languages', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/methods#mapping-strong`);
    const section = page.getByTestId('methods-mapping');
    await section.getByRole('heading', { name: 'Картирование кластеров' }).waitFor();
    const text = await section.innerText();
    for (const pattern of [/Коэффициент локализации/, /Сильный кластер/, /Звёзды/, /Delgado, M\., Porter, M\. E\. & Stern, S\. \(2014\)/, /\(2016\)/, /Ketels, C\. & Protsiv, S\. \(2014\)/, /№ 27/]) {
      assert.match(text, pattern);
    }
    await page.getByTestId('lang-switch').selectOption('be');
    await section.getByRole('heading', { name: 'Картаванне кластараў' }).waitFor();
    await section.getByText('Патэнцыйныя кластары', { exact: true }).waitFor();
    await page.getByTestId('lang-switch').selectOption('en');
    await section.getByRole('heading', { name: 'Cluster mapping' }).waitFor();
    await section.getByText('Location quotient (LQ)', { exact: true }).waitFor();
    assert.match(await section.innerText(), /Resolution No\. 27 of 16 January 2014/);
    assert.deepEqual(consoleErrors(), []);
  });

  test('at phone width the page has one column and only the heatmap and the table scroll sideways', async (t) => {
    const { page, consoleErrors } = await openPage(t, site, { width: 390, height: 844 });
    await openMapping(page, site);
    await page.locator('[data-testid="lq-heatmap"][data-state="ready"] canvas').first().waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scrolling of the page');
    const map = (await page.getByTestId('strength-map').boundingBox())!;
    const potential = (await page.getByTestId('potential-section').boundingBox())!;
    assert.ok(map.y + map.height <= potential.y, 'the potential clusters below the map');
    await page.getByTestId('strength-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'mapping-phone');
    assert.deepEqual(consoleErrors(), []);
  });
});

describe('cluster mapping helpers', () => {
  test('the view is read from the URL and written back without its defaults', () => {
    assert.deepEqual(readView(new URLSearchParams('')), DEFAULT_VIEW);
    assert.deepEqual(
      readView(new URLSearchParams('year=20x&class=huge&registered=maybe&sort=name&page=0&size=7&rows=random&minStars=9&region=<script>')),
      DEFAULT_VIEW,
      'nonsense falls back to the defaults',
    );
    const view = readView(new URLSearchParams('dataset=by-employment&year=2020&baseYear=2015&scheme=us-benchmark&region=r-pinski&category=16&class=starred&minStars=2&registered=no&sort=growth&page=3&size=50&rows=strength&cols=all'));
    assert.deepEqual(view, {
      dataset: 'by-employment', year: 2020, baseYear: 2015, scheme: 'us-benchmark', region: 'r-pinski', category: '16', cls: 'starred', minStars: 2,
      registered: 'no', sort: 'growth', page: 3, size: 50, rows: 'strength', cols: 'all',
    });
    const written = writeView(new URLSearchParams('lang=be&class=strong10&page=4'), { ...DEFAULT_VIEW, year: 2020, region: 'r-pinski' });
    assert.equal(written.toString(), 'lang=be&year=2020&region=r-pinski');
  });

  test('a change of filter goes back to the first page; a new dataset starts afresh; a base year stays before the year', () => {
    const view = { ...DEFAULT_VIEW, dataset: 'a', year: 2020, baseYear: 2015, region: 'r-x', page: 4 };
    assert.equal(changeView(view, { cls: 'strong10' }).page, 1);
    assert.equal(changeView(view, { page: 5 }).page, 5);
    assert.equal(changeView(view, { rows: 'name' }).page, 4, 'the heatmap does not move the table');
    assert.deepEqual(changeView(view, { dataset: 'b' }), { ...DEFAULT_VIEW, dataset: 'b' });
    assert.equal(changeView(view, { year: 2014 }).baseYear, null);
    assert.equal(changeView(view, { year: 2022 }).baseYear, 2015);
  });

  test('the API query sends only years the dataset has, and the scheme only when chosen', () => {
    const datasets = [{ id: 'x', years: [2010, 2015, 2020] }, { id: 'y', years: [2019] }] as MappingDataset[];
    assert.equal(mappingQuery(DEFAULT_VIEW, undefined), null);
    assert.equal(mappingQuery(DEFAULT_VIEW, []), null);
    assert.deepEqual(mappingQuery(DEFAULT_VIEW, datasets), { dataset: 'x', year: undefined, baseYear: undefined, scheme: undefined });
    assert.deepEqual(mappingQuery({ ...DEFAULT_VIEW, year: 2015, baseYear: 2010, scheme: 'us-benchmark' }, datasets), { dataset: 'x', year: 2015, baseYear: 2010, scheme: 'us-benchmark' });
    assert.deepEqual(mappingQuery({ ...DEFAULT_VIEW, year: 2016, baseYear: 2020 }, datasets), { dataset: 'x', year: undefined, baseYear: undefined, scheme: undefined });
    assert.deepEqual(mappingQuery({ ...DEFAULT_VIEW, dataset: 'y' }, datasets)?.dataset, 'y');
    assert.deepEqual(mappingQuery({ ...DEFAULT_VIEW, dataset: 'gone' }, datasets)?.dataset, 'x', 'an unknown dataset falls back to the first');
  });

  test('strength classes are quintiles in whole per cent; unknown strength has its own colour', () => {
    assert.deepEqual(strengthClasses([null]), []);
    const values = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, null];
    const classes = strengthClasses(values);
    assert.deepEqual(classes.map((c) => [c.from, c.to]), [[0, 20], [20, 40], [40, 60], [60, 80], [80, 100]]);
    assert.deepEqual(classes.map((c) => c.color), STRENGTH_COLORS);
    assert.equal(strengthColor(0.05, classes), STRENGTH_COLORS[0]);
    assert.equal(strengthColor(0.2, classes), STRENGTH_COLORS[1], 'a bound belongs to the class above');
    assert.equal(strengthColor(1, classes), STRENGTH_COLORS[4], 'the maximum is in the last class');
    assert.equal(strengthColor(null, classes), NO_DATA_COLOR);
    assert.equal(strengthColor(Number.NaN, classes), NO_DATA_COLOR);
    // Equal quantiles merge; one value still makes one class, in the darkest colour.
    assert.deepEqual(strengthClasses([0.25, 0.25, 0.25]).map((c) => [c.from, c.to, c.color]), [[25, 26, STRENGTH_COLORS[4]]]);
  });

  test('the heatmap keeps the cells with employment, on a log scale clamped at 1/8 and 8, with marks', () => {
    const region = (id: string, parentId: string | null, strength: number | null, nameRu: string) =>
      ({ id, parentId, strength, nameRu, nameBe: null, nameEn: null, lon: null, lat: null, employment: 0, tradedEmployment: 0, strongEmployment: 0, strongCount: 0, growth: null });
    const category = (code: string, strongRegions: number, employment: number) =>
      ({ code, nameRu: `c${code}`, nameBe: null, nameEn: null, traded: null, nace: [code], employment, regions: 2, strongRegions });
    const summary = {
      regions: [region('r-b', 'BY-BR', 0.5, 'Бэ'), region('r-a', 'BY-VI', null, 'Аа'), region('BY-HM', 'BY', 0.2, 'Минск')],
      categories: [category('10', 1, 50), category('02', 0, 10), category('26', 2, 5)],
    };
    const matrix: MappingMatrix = {
      year: 2024,
      regions: ['BY-HM', 'r-a', 'r-b'],
      categories: ['02', '10', '26'],
      employment: [1, 0, 5, 3, 4, 0, 9, 9, 9],
      lq: [1, null, 16, 0.5, 2, null, 1 / 16, 1, 4],
      stars: [0, 0, 2, 0, 1, 0, 0, 3, 2],
      strong: [0, 0, 1, 0, 1, 0, 0, 0, 0],
    };
    const groups: Record<string, string> = { 'BY-BR': 'Брестская', 'BY-VI': 'Витебская', 'BY-HM': 'Минск' };
    const options = { name: (r: { nameRu: string }) => r.nameRu, groupName: (id: string) => groups[id] ?? id, locale: 'ru-RU' };
    const byOblast = toHeatmap(summary, matrix, { ...options, rowOrder: 'oblast', columns: 'all' });
    assert.deepEqual(byOblast.rows.map((r) => [r.id, r.group]), [['r-b', 'BY-BR'], ['r-a', 'BY-VI'], ['BY-HM', 'BY-HM']], 'Minsk city is its own group');
    assert.deepEqual(byOblast.columns.map((c) => c.code), ['02', '10', '26'], 'in code order');
    // Cells without employment or LQ are left out; the value is log2(LQ) clamped to [-3, 3].
    assert.deepEqual(byOblast.cells.map(([x, y, v, i]) => [x, y, v, i]), [
      [0, 0, -3, 6], [1, 0, 0, 7], [2, 0, 2, 8],
      [0, 1, -1, 3], [1, 1, 1, 4],
      [0, 2, 0, 0], [2, 2, 3, 2],
    ]);
    assert.deepEqual(byOblast.marks, { strongStarred: [[2, 2, 2]], starred: [[1, 0, 7], [2, 0, 8]], strong: [[1, 1, 4]] });
    const byStrength = toHeatmap(summary, matrix, { ...options, rowOrder: 'strength', columns: 'top', top: 2 });
    assert.deepEqual(byStrength.rows.map((r) => r.id), ['r-b', 'BY-HM', 'r-a'], 'unknown strength last');
    assert.deepEqual(byStrength.columns.map((c) => c.code), ['10', '26'], 'the top two by strong regions, in code order');
    assert.deepEqual(toHeatmap(summary, matrix, { ...options, rowOrder: 'name', columns: 'all' }).rows.map((r) => r.label), ['Аа', 'Бэ', 'Минск']);
    assert.deepEqual(heatmapColumns(summary, 'top', 1).map((c) => c.code), ['26']);
    assert.equal(lqScale(1), 0);
    assert.equal(lqScale(1000), 3);
    assert.deepEqual([markOf(true, 2), markOf(false, 3), markOf(true, 1), markOf(false, 1)], ['strongStarred', 'starred', 'strong', null]);
    assert.deepEqual(heatmapSize(10, 5, true), { height: HEATMAP_LAYOUT.top + 140 + HEATMAP_LAYOUT.bottom, minWidth: HEATMAP_LAYOUT.left + HEATMAP_LAYOUT.right + 55, right: HEATMAP_LAYOUT.right });
  });

  test('potential clusters on the map: one group per region in rank order, circles by the square root of employment', () => {
    const cells = [
      { region: 'r-b', employment: 100, rank: 1 },
      { region: 'r-a', employment: 300, rank: 2 },
      { region: 'r-b', employment: 50, rank: 3 },
    ];
    const groups = groupByRegion(cells);
    assert.deepEqual(groups.map((g) => [g.region, g.employment, g.bestRank, g.cells.length]), [['r-b', 150, 1, 2], ['r-a', 300, 2, 1]]);
    assert.equal(markerRadius(300, 300), 14);
    assert.equal(markerRadius(75, 300), 5 + 9 * 0.5);
    assert.equal(markerRadius(0, 300), 5);
    assert.equal(markerRadius(10, 0), 5);
  });
});
