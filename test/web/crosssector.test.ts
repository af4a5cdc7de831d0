// Cross-sector cooperation: the pure helpers behind /crosssector (URL state, community colours, the network and
// heatmap data and chart options), and the page in Chromium over the demo data. Expected counts come from the
// API, so the test follows the data.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { CrossSectorDataset, CrossSectorLinks, EmergingIndustries, SectorLink, SectorMeasures } from '../../web/src/api/crosssector.ts';
import { crosssectorPaths } from '../../web/src/api/crosssector.ts';
import { MATRIX_LAYOUT } from '../../web/src/views/crosssector/matrix-chart.ts';
import { sectorName } from '../../web/src/views/crosssector/names.ts';
import {
  COMMUNITY_COLORS, communityColor, edgeWidth, matrixSize, NO_COMMUNITY, NO_COMMUNITY_COLOR, NODE_MAX, NODE_MIN, RATIO_LOG_LIMIT, ratioScale, toMatrix, toNetwork,
} from '../../web/src/views/crosssector/transform.ts';
import {
  DEFAULT_VIEW, growthText, growthTrend, isIllustrative, readView, topRegions, validYear, writeView,
} from '../../web/src/views/crosssector/view.ts';
import { browserSkip, openPage, screenshot, startSite, type Site } from './harness.ts';

const sector = (code: string, activity: number, community: number, extra: Partial<SectorMeasures> = {}): SectorMeasures => ({
  sector: code, nameRu: `Отрасль ${code}`, nameEn: `Sector ${code}`, activity, crossShare: 0.5, degree: 1, strength: 1,
  betweenness: 0, eigenvector: 0, community, ...extra,
});
const link = (from: string, to: string, ratio: number, significant = true): SectorLink => ({ from, to, weight: 10, expected: 10 / ratio, ratio, significant });

describe('cross-sector cooperation: URL state', () => {
  test('the view defaults to patents, all years, a ratio of 1 and no sector, and leaves defaults out of the URL', () => {
    assert.deepEqual(readView(new URLSearchParams('')), DEFAULT_VIEW);
    assert.deepEqual(DEFAULT_VIEW, { source: 'patents', year: null, threshold: 1, sector: '' });
    assert.deepEqual(readView(new URLSearchParams('source=deals&year=2021&threshold=2.5&sector=62')), { source: 'deals', year: 2021, threshold: 2.5, sector: '62' });
    assert.equal(readView(new URLSearchParams('source=tweets')).source, 'patents');
    assert.equal(readView(new URLSearchParams('year=abc')).year, null);
    assert.equal(readView(new URLSearchParams('year=20.5')).year, null);
    assert.equal(readView(new URLSearchParams('threshold=-1')).threshold, 1);
    assert.equal(readView(new URLSearchParams('threshold=0')).threshold, 0);
    assert.equal(readView(new URLSearchParams('sector=%3Cscript%3E')).sector, '', 'a sector code is checked');
    const written = writeView(new URLSearchParams('lang=en'), { source: 'contracts', year: 2022, threshold: 1, sector: 'C26' });
    assert.equal(written.toString(), 'lang=en&source=contracts&year=2022&sector=C26');
    assert.deepEqual(readView(written), { source: 'contracts', year: 2022, threshold: 1, sector: 'C26' });
    assert.equal(writeView(written, DEFAULT_VIEW).toString(), 'lang=en');
  });

  test('a year the source lacks means all years; growth is a signed percentage; regions strongest first', () => {
    assert.equal(validYear(2020, [2020, 2021]), 2020);
    assert.equal(validYear(2019, [2020, 2021]), null);
    assert.equal(validYear(null, [2020]), null);
    const plain = (n: number) => String(n);
    assert.equal(growthText(0.123, plain), '+12%');
    assert.equal(growthText(-0.05, plain), '−5%');
    assert.equal(growthText(0.001, plain), '0%');
    assert.equal(growthText(null, plain), '—');
    assert.equal(growthTrend(0.2), 'up');
    assert.equal(growthTrend(-0.2), 'down');
    assert.equal(growthTrend(0), 'flat');
    assert.equal(growthTrend(undefined), 'none');
    assert.deepEqual(topRegions([{ territory: 'a', lq: 1 }, { territory: 'b', lq: 3 }, { territory: 'c', lq: 2 }], 2).map((r) => r.territory), ['b', 'c']);
  });

  test('a source is illustrative when its latest dataset is marked so', () => {
    const datasets = [
      { kind: 'patents', illustrative: true, importedAt: '2026-01-01T00:00:00.000Z' },
      { kind: 'deals', illustrative: true, importedAt: '2026-01-01T00:00:00.000Z' },
      { kind: 'deals', illustrative: false, importedAt: '2026-02-01T00:00:00.000Z' },
    ];
    assert.equal(isIllustrative(datasets, 'patents'), true);
    assert.equal(isIllustrative(datasets, 'deals'), false, 'real deals imported later are shown');
    assert.equal(isIllustrative(datasets, 'contracts'), false);
    assert.equal(isIllustrative(undefined, 'patents'), false);
  });

  test('API paths carry the filters', () => {
    assert.equal(crosssectorPaths.links({ source: 'deals', year: 2021, minRatio: 1.5 }), '/api/crosssector/links?source=deals&year=2021&minRatio=1.5&significant=true');
    assert.equal(crosssectorPaths.links({ source: 'patents', year: null, minRatio: 0 }), '/api/crosssector/links?source=patents&minRatio=0&significant=true');
    assert.equal(crosssectorPaths.matrix('contracts', null), '/api/crosssector/links?source=contracts');
    assert.equal(crosssectorPaths.sector('62', 'patents'), '/api/crosssector/sectors/62?source=patents');
    assert.equal(crosssectorPaths.emerging('deals'), '/api/crosssector/emerging?source=deals');
  });

  test('sector names: English when asked and known, else Russian', () => {
    assert.equal(sectorName({ sector: '61', nameRu: 'Связь', nameEn: 'Telecommunications' }, 'en'), 'Telecommunications');
    assert.equal(sectorName({ sector: '61', nameRu: 'Связь', nameEn: null }, 'en'), 'Связь');
    assert.equal(sectorName({ sector: '61', nameRu: 'Связь', nameEn: 'Telecommunications' }, 'be'), 'Связь');
    assert.equal(sectorName({ sector: '61', nameRu: null, nameEn: 'Telecommunications' }, 'ru'), 'Telecommunications');
    assert.equal(sectorName({ sector: '99', nameRu: null, nameEn: null }, 'ru'), '99');
  });
});

describe('cross-sector cooperation: charts', () => {
  test('communities get distinct palette colours, repeating past the palette; others are grey', () => {
    assert.equal(communityColor(0), COMMUNITY_COLORS[0]);
    assert.notEqual(communityColor(0), communityColor(1));
    assert.equal(new Set(COMMUNITY_COLORS).size, COMMUNITY_COLORS.length);
    assert.equal(communityColor(COMMUNITY_COLORS.length), COMMUNITY_COLORS[0]);
    assert.equal(communityColor(-1), NO_COMMUNITY_COLOR);
    assert.equal(communityColor(null), NO_COMMUNITY_COLOR);
    assert.equal(communityColor(1.5), NO_COMMUNITY_COLOR);
  });

  test('the network: a node per sector sized by activity, edges the significant links at or above the threshold, each pair once', () => {
    const sectors = [sector('A', 100, 0), sector('B', 25, 0), sector('C', 0, 1)];
    const links = [
      link('A', 'B', 3), link('B', 'A', 4), // one pair, both directions: the larger ratio is kept
      link('A', 'C', 1.2), link('B', 'C', 5, false), link('A', 'A', 9), link('A', 'Z', 9),
    ];
    const network = toNetwork(sectors, links, { threshold: 1.5, selected: 'B', name: (s) => s.nameEn ?? '' });
    assert.equal(network.nodes.length, 3);
    assert.deepEqual(network.nodes.map((n) => n.size), [NODE_MAX, NODE_MIN + (NODE_MAX - NODE_MIN) * 0.5, NODE_MIN]);
    assert.deepEqual(network.nodes.map((n) => n.selected), [false, true, false]);
    assert.deepEqual(network.nodes.map((n) => n.color), [communityColor(0), communityColor(0), communityColor(1)]);
    assert.deepEqual(network.edges.map((e) => [e.source, e.target, e.ratio]), [['B', 'A', 4]]);
    assert.deepEqual(network.communities, [0, 1]);
    const all = toNetwork(sectors, links, { threshold: 0, selected: '', name: (s) => s.sector });
    assert.deepEqual(all.edges.map((e) => `${e.source}-${e.target}`), ['B-A', 'A-C']);
    assert.equal(toNetwork([sector('A', 0, 0)], [], { threshold: 1, selected: '', name: () => '' }).nodes[0]!.size, NODE_MIN);
    // a sector without community is grey and listed last; a link whose ratio is unknown is not drawn
    const isolated = toNetwork([sector('A', 1, 1), sector('B', 1, null as unknown as number), sector('C', 1, 0)], [{ ...link('A', 'C', 2), ratio: null }], { threshold: 0, selected: '', name: () => '' });
    assert.deepEqual(isolated.communities, [0, 1, NO_COMMUNITY]);
    assert.equal(isolated.nodes[1]!.color, NO_COMMUNITY_COLOR);
    assert.equal(isolated.edges.length, 0);
  });

  test('edge widths and heatmap colours grow with the log of the ratio, within limits', () => {
    assert.equal(edgeWidth(1), 0.6);
    assert.equal(edgeWidth(0.5), 0.6);
    assert.ok(edgeWidth(4) > edgeWidth(2));
    assert.equal(edgeWidth(1e9), 6);
    assert.equal(ratioScale(1), 0);
    assert.equal(ratioScale(4), 2);
    assert.equal(ratioScale(0.25), -2);
    assert.equal(ratioScale(0), -RATIO_LOG_LIMIT);
    assert.equal(ratioScale(1000), RATIO_LOG_LIMIT);
  });

  test('the matrix: linked sectors only, by community then activity, cells at [to, from]', () => {
    const sectors = [sector('A', 10, 1), sector('B', 50, 0), sector('C', 30, 1), sector('D', 99, 0)];
    const links = [link('A', 'B', 2), link('C', 'A', 0.5), link('B', 'B', 1), link('A', 'X', 3)];
    const matrix = toMatrix(sectors, links, (s) => s.nameEn ?? '');
    assert.deepEqual(matrix.rows.map((r) => r.code), ['B', 'C', 'A'], 'D has no link; community 0 first, then by activity');
    assert.equal(matrix.rows[0]!.label, 'B Sector B');
    assert.deepEqual(matrix.cells, [[0, 2, 1, 0], [2, 1, -1, 1], [0, 0, 0, 2]]);
    assert.equal(matrix.links.length, 3, 'a link to an unknown sector is left out');
    // patents list each pair once: both cells are filled, the diagonal once
    const symmetric = toMatrix(sectors, links, (s) => s.sector, true);
    assert.deepEqual(symmetric.cells, [[0, 2, 1, 0], [2, 0, 1, 0], [2, 1, -1, 1], [1, 2, -1, 1], [0, 0, 0, 2]]);
    assert.equal(ratioScale(null), 0);
    assert.ok(matrixSize(80).height > matrixSize(10).height);
  });

  test('chart options: the graph has a node per sector and a category per community; the heatmap a cell per link', async () => {
    const { networkOption } = await import('../../web/src/views/crosssector/network-chart.ts');
    const { matrixOption } = await import('../../web/src/views/crosssector/matrix-chart.ts');
    const sectors = [sector('A', 100, 0), sector('B', 25, 2), sector('C', 5, 2)];
    const links = [link('A', 'B', 3), link('B', 'C', 2)];
    const network = toNetwork(sectors, links, { threshold: 1, selected: 'A', name: (s) => s.sector });
    const option = networkOption(network, { community: (n) => `Community ${n + 1}`, node: (id) => id, edge: (a, b) => `${a}-${b}` });
    const series = (Array.isArray(option.series) ? option.series[0] : option.series) as { data: { id: string; category: number; itemStyle?: unknown }[]; links: unknown[]; categories: { name: string }[] };
    assert.deepEqual(series.data.map((d) => d.id), ['A', 'B', 'C']);
    assert.deepEqual(series.data.map((d) => d.category), [0, 1, 1]);
    assert.deepEqual(series.categories.map((c) => c.name), ['Community 1', 'Community 3']);
    assert.equal(series.links.length, 2);
    assert.ok(series.data[0]!.itemStyle, 'the selected sector is outlined');
    const matrix = toMatrix(sectors, links, (s) => s.sector);
    const heat = matrixOption(matrix, { describe: () => '', onSector: () => undefined });
    const heatSeries = (Array.isArray(heat.series) ? heat.series[0] : heat.series) as { data: unknown[] };
    assert.equal(heatSeries.data.length, 2);
  });
});

const apiSkip = existsSync(new URL('../../src/api/routes/crosssector.ts', import.meta.url)) ? false : 'the cross-sector API (src/api/routes/crosssector.ts) is not there yet';

async function apiJson<T>(site: Site, path: string): Promise<T> {
  const response = await fetch(`${site.url}${path}`);
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return (await response.json()) as T;
}

async function ready(page: Page) {
  await page.locator('[data-testid="cs-page"][data-state="ready"]').waitFor({ timeout: 90_000 });
  await page.locator('[data-testid="cs-network"][data-state="ready"]').waitFor({ timeout: 60_000 });
}

describe('cross-sector cooperation in the browser', { skip: browserSkip || apiSkip }, () => {
  let site: Site;
  let links: CrossSectorLinks;
  let emerging: EmergingIndustries;
  before(async () => {
    site = await startSite();
    links = await apiJson<CrossSectorLinks>(site, crosssectorPaths.links({ source: 'patents', year: null, minRatio: 1 }));
    emerging = await apiJson<EmergingIndustries>(site, crosssectorPaths.emerging('patents'));
  });
  after(() => site?.close());

  test('the network has a node per sector of the API, the heatmap draws, and a sector opens its profile', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/crosssector`);
    await ready(page);
    const network = page.getByTestId('cs-network');
    assert.ok(links.sectors.length > 0, 'the demo has sectors');
    assert.equal(Number(await network.getAttribute('data-nodes')), links.sectors.length);
    const communities = new Set(links.sectors.map((s) => s.community)).size;
    assert.equal(Number(await network.getAttribute('data-communities')), communities);

    const matrix = page.locator('[data-testid="cs-matrix"][data-state="ready"]');
    await matrix.waitFor({ timeout: 60_000 });
    assert.ok(Number(await matrix.getAttribute('data-rows')) > 0);
    assert.ok(Number(await matrix.getAttribute('data-cells')) > 0);

    // the profile: a sector chosen (as a click on a node or a row would) is kept in the URL and answered
    const code = [...links.sectors].sort((a, b) => b.strength - a.strength)[0]!.sector;
    await page.getByTestId('cs-centrality').getByRole('button', { name: new RegExp(`^${code} `) }).first().click();
    await page.waitForURL((url) => url.searchParams.get('sector') === code);
    const profile = page.locator(`[data-testid="cs-profile"][data-sector="${code}"][data-state="ready"]`);
    await profile.waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('cs-profile-question').innerText(), /С кем сотрудничает/);
    assert.equal(await page.getByTestId('cs-sector').inputValue(), code);
    await screenshot(page, 'crosssector');

    // a click on a heatmap cell opens the sector of its row
    const all = await apiJson<CrossSectorLinks>(site, crosssectorPaths.matrix('patents', null));
    const expected = toMatrix(all.sectors, all.items, (s) => s.sector, true);
    assert.equal(Number(await matrix.getAttribute('data-rows')), expected.rows.length);
    const [column, row] = expected.cells.find(([x, y]) => expected.rows[y]!.code !== code && x !== y)!;
    await matrix.scrollIntoViewIfNeeded();
    const box = (await matrix.boundingBox())!;
    const width = (box.width - MATRIX_LAYOUT.left - MATRIX_LAYOUT.right) / expected.columns.length;
    const height = (box.height - MATRIX_LAYOUT.top - MATRIX_LAYOUT.bottom) / expected.rows.length;
    await page.mouse.click(box.x + MATRIX_LAYOUT.left + (column + 0.5) * width, box.y + MATRIX_LAYOUT.top + (row + 0.5) * height);
    const clicked = expected.rows[row]!.code;
    await page.waitForURL((url) => url.searchParams.get('sector') === clicked);
    await page.locator(`[data-testid="cs-profile"][data-sector="${clicked}"][data-state="ready"]`).waitFor({ timeout: 60_000 });
    assert.deepEqual(consoleErrors(), []);
  });

  test('the emerging industries dashboard lists the ten industries; illustrative data is labelled', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/crosssector`);
    await ready(page);
    assert.equal(emerging.items.length, 10);
    const table = page.locator('[data-testid="cs-emerging"][data-state="ready"]');
    await table.waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('cs-industry').count(), 10);
    const { items: datasets } = await apiJson<{ items: CrossSectorDataset[] }>(site, crosssectorPaths.datasets());
    assert.equal(links.illustrative, isIllustrative(datasets, 'patents'));
    assert.equal(links.illustrative, true, 'the demo patents are a generated illustrative set');
    assert.equal(await page.getByTestId('cs-illustrative').count(), 1);
    // the registry's contracts are not a generated set
    await page.getByTestId('cs-source').getByText('Договоры').click();
    await page.waitForURL((url) => url.searchParams.get('source') === 'contracts');
    await ready(page);
    const contracts = await apiJson<CrossSectorLinks>(site, crosssectorPaths.links({ source: 'contracts', year: null, minRatio: 1 }));
    assert.equal(await page.getByTestId('cs-illustrative').count(), contracts.illustrative ? 1 : 0);
    assert.deepEqual(consoleErrors(), []);
  });

  test('the source, year and threshold filters are kept in the URL, and the language switches', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/crosssector?source=deals&threshold=2`);
    await ready(page);
    assert.equal(await page.getByTestId('cs-threshold').inputValue(), '2');
    const deals = await apiJson<CrossSectorLinks>(site, crosssectorPaths.links({ source: 'deals', year: null, minRatio: 2 }));
    assert.equal(Number(await page.getByTestId('cs-network').getAttribute('data-nodes')), deals.sectors.length);
    if (deals.years.length > 0) {
      const year = deals.years[deals.years.length - 1]!;
      await page.getByTestId('cs-year').selectOption(String(year));
      await page.waitForURL((url) => url.searchParams.get('year') === String(year));
      await ready(page);
    }
    assert.equal(await page.locator('h1').innerText(), 'Межотраслевое сотрудничество');
    await page.goto(`${site.url}/crosssector?lang=en`);
    await ready(page);
    assert.equal(await page.locator('h1').innerText(), 'Cross-sector cooperation');
    await page.goto(`${site.url}/crosssector?lang=be`);
    await ready(page);
    assert.equal(await page.locator('h1').innerText(), 'Міжгаліновае супрацоўніцтва');
    assert.deepEqual(consoleErrors(), []);
  });
});
