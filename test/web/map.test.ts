// The map page in Chromium over the demo data, and the pure helpers behind it. Expected counts come from
// the API, so the tests follow the demo dataset.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { Cluster, Paged, TerritoryCollection } from '../../web/src/api/types.ts';
import {
  choroplethClasses, clustersPath, colorFor, countByTerritory, DEFAULT_FILTERS, matchesSector, indexSectors, perMillion, placeMarkers,
  readFilters, rewindForD3, writeFilters, ZERO_COLOR, type SectorItem,
} from '../../web/src/views/map/transform.ts';
import { browserSkip, openPage, screenshot, startSite, type Site } from './harness.ts';

async function apiJson<T>(site: Site, path: string): Promise<T> {
  const response = await fetch(`${site.url}${path}`);
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return (await response.json()) as T;
}

const clustersOf = async (site: Site, query = '') => (await apiJson<Paged<Cluster>>(site, `/api/clusters?limit=500${query}`)).items;
const ids = (clusters: Cluster[]) => clusters.map((c) => c.id).sort((a, b) => a - b);

/** Polls `read` until it equals `expected` (5 s), then asserts it. */
async function eventually<T>(read: () => Promise<T>, expected: T, message?: string): Promise<void> {
  const deadline = Date.now() + 5000;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  assert.deepEqual(value, expected, message);
}

const markers = (page: Page) => page.getByTestId('cluster-map').getByTestId('cluster-marker');
const listItems = (page: Page) => page.getByTestId('map-cluster-item');
const idsOf = async (locator: Locator) =>
  (await locator.evaluateAll((elements) => elements.map((e) => Number(e.getAttribute('data-cluster-id'))))).sort((a, b) => a - b);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function openMap(page: Page, site: Site, query = '') {
  await page.goto(`${site.url}/${query}`);
  await markers(page).first().waitFor();
}

describe('map page', { skip: browserSkip }, () => {
  let site: Site;
  let all: Cluster[];
  before(async () => {
    site = await startSite();
    all = await clustersOf(site);
  });
  after(() => site?.close());

  test('shows every oblast shaded by its clusters, one marker per cluster, the list and the country comparison', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const oblasts = await apiJson<TerritoryCollection>(site, '/api/territories?level=oblast');
    await openMap(page, site);
    assert.equal(oblasts.features.length, 7);
    const areas = page.getByTestId('cluster-map').locator('path[data-territory][data-level="oblast"]');
    assert.equal(await areas.count(), oblasts.features.length);
    // The shading counts what the API counts for each oblast.
    for (const feature of oblasts.features) {
      const area = page.locator(`path[data-territory="${feature.id}"]`);
      assert.equal(Number(await area.getAttribute('data-count')), feature.properties.clusters.total, feature.id);
    }
    assert.equal(all.length, 14, 'the demo has 14 clusters');
    assert.deepEqual(await idsOf(markers(page)), ids(all));
    assert.deepEqual(await idsOf(listItems(page)), ids(all));
    for (const status of ['operating', 'forming', 'potential']) {
      assert.equal(await markers(page).and(page.locator(`[data-status="${status}"]`)).count(), all.filter((c) => c.status === status).length, status);
    }
    await page.getByTestId('partial-data').waitFor();
    await page.getByTestId('map-legend').waitFor();
    // Each list item links to the cluster's profile.
    const first = listItems(page).first();
    assert.equal(await first.getByRole('link').getAttribute('href'), `/clusters/${await first.getAttribute('data-cluster-id')}`);

    const comparison = page.getByTestId('country-comparison');
    for (const country of ['BY', 'PL', 'RU']) await comparison.locator(`tr[data-country="${country}"]`).waitFor();
    assert.match(await comparison.locator('tr[data-country="BY"]').innerText(), /9\s413\s446 \(2019\)/);
    await comparison.getByText('На миллион жителей', { exact: true }).click();
    assert.match(await comparison.locator('tr[data-country="BY"]').innerText(), /3,4/, '32 clusters / 9.41 million');
    assert.match(await page.getByTestId('comparison-sources').innerText(), /World Bank.*2017/);
    await screenshot(page, 'map-desktop');
    assert.deepEqual(consoleErrors(), []);
  });

  test('filtering by status changes the markers, the list and the URL', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await openMap(page, site);
    for (const status of ['operating', 'forming', 'potential']) {
      const expected = ids(await clustersOf(site, `&status=${status}`));
      await page.getByTestId('status-filter').selectOption(status);
      await eventually(() => idsOf(markers(page)), expected, status);
      assert.deepEqual(await idsOf(listItems(page)), expected);
      assert.equal(param(page, 'status'), status);
    }
    await screenshot(page, 'map-status-filter');
    await page.getByTestId('status-filter').selectOption('');
    await eventually(() => markers(page).count(), all.length);
    assert.equal(param(page, 'status'), null, 'a filter at its default leaves the URL');
    assert.deepEqual(consoleErrors(), []);
  });

  test('filtering by region and by sector (a section, then a division within it)', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await openMap(page, site);
    const vitebsk = ids(await clustersOf(site, '&region=BY-VI'));
    assert.ok(vitebsk.length > 0 && vitebsk.length < all.length);
    await page.getByTestId('region-filter').selectOption('BY-VI');
    await eventually(() => idsOf(markers(page)), vitebsk);
    assert.deepEqual(await idsOf(listItems(page)), vitebsk);
    assert.equal(param(page, 'region'), 'BY-VI');
    await page.locator('.map-selected').waitFor();
    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await eventually(() => markers(page).count(), all.length);
    assert.equal(param(page, 'region'), null);

    // A section: the clusters with a specialisation code in one of its divisions.
    const sectors = indexSectors((await apiJson<{ items: SectorItem[] }>(site, '/api/sectors')).items);
    const manufacturing = ids(all.filter((c) => matchesSector(c, 'C', sectors)));
    assert.ok(manufacturing.length > 0 && manufacturing.length < all.length);
    await page.getByTestId('section-filter').selectOption('C');
    await eventually(() => idsOf(markers(page)), manufacturing);
    assert.equal(param(page, 'sector'), 'C');
    const chemicals = ids(await clustersOf(site, '&sector=20'));
    assert.ok(chemicals.length > 0);
    await page.getByTestId('division-filter').selectOption('20');
    await eventually(() => idsOf(markers(page)), chemicals);
    assert.deepEqual(await idsOf(listItems(page)), chemicals);
    assert.equal(param(page, 'sector'), '20');
    await screenshot(page, 'map-sector-filter');
    assert.deepEqual(consoleErrors(), []);
  });

  test('a shared link restores the filters, and the raion view shades every raion', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const raions = await apiJson<TerritoryCollection>(site, '/api/territories?level=raion');
    const potential = ids(await clustersOf(site, '&status=potential'));
    await openMap(page, site, '?level=raion&status=potential');
    assert.equal(await page.getByTestId('status-filter').inputValue(), 'potential');
    assert.ok(await page.getByTestId('level-toggle').getByRole('radio', { name: 'Районы' }).isChecked());
    await eventually(() => page.locator('path[data-level="raion"]').count(), raions.features.length);
    assert.deepEqual(await idsOf(markers(page)), potential);
    await screenshot(page, 'map-raions');
    await page.getByTestId('level-toggle').getByText('Области').click();
    await eventually(() => page.locator('path[data-level="raion"]').count(), 0);
    assert.equal(param(page, 'level'), null);
    assert.equal(param(page, 'status'), 'potential');
    assert.deepEqual(consoleErrors(), []);
  });

  test('a marker shows a tooltip, is reached with Tab, and opens the profile on click or Enter', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await openMap(page, site);
    const [one, two] = all;
    await markers(page).and(page.locator(`[data-cluster-id="${one!.id}"]`)).hover();
    const tooltip = page.getByTestId('map-tooltip');
    await tooltip.waitFor();
    assert.match(await tooltip.innerText(), new RegExp(one!.nameRu.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await screenshot(page, 'map-tooltip');
    await markers(page).and(page.locator(`[data-cluster-id="${one!.id}"]`)).click();
    await page.waitForURL(`${site.url}/clusters/${one!.id}`);

    await openMap(page, site);
    // Tab from the last filter reaches the first marker, and its focus ring shows.
    await page.getByTestId('level-toggle').getByRole('radio', { name: 'Области' }).focus();
    let focused = '';
    for (let i = 0; i < 5 && focused !== 'cluster-marker'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    }
    assert.equal(focused, 'cluster-marker');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.marker-ring')!).stroke);
    assert.notEqual(ring, 'none', 'visible focus');
    await page.locator(`[data-testid="cluster-marker"][data-cluster-id="${two!.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/clusters/${two!.id}`);
    assert.deepEqual(consoleErrors(), []);
  });

  test('the language switch changes the map page between Russian, Belarusian and English', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await openMap(page, site);
    const heading = page.getByRole('heading', { level: 1 });
    assert.equal(await heading.innerText(), 'Карта кластеров Беларуси');
    assert.equal(await page.getByTestId('map-summary').innerText(), 'Показано 14 кластеров');

    await page.getByTestId('lang-switch').selectOption('be');
    await page.getByRole('heading', { name: 'Карта кластараў Беларусі' }).waitFor();
    assert.equal(await page.getByTestId('map-summary').innerText(), 'Паказана 14 кластараў');
    assert.equal(await page.getByTestId('status-filter').locator('option').first().innerText(), 'Усе статусы');
    await page.getByText('Як чытаць карту').waitFor();
    await page.getByRole('heading', { name: 'Беларусь, Польшча і Расія ў параўнанні' }).waitFor();
    await screenshot(page, 'map-belarusian');

    await page.getByTestId('lang-switch').selectOption('en');
    await page.getByRole('heading', { name: 'Cluster map of Belarus' }).waitFor();
    assert.equal(await page.getByTestId('map-summary').innerText(), '14 clusters shown');
    assert.match(await page.getByTestId('map-legend').innerText(), /Clusters in the area/);
    const named = all.find((c) => c.nameEn)!;
    const label = await page.locator(`[data-testid="cluster-marker"][data-cluster-id="${named.id}"]`).getAttribute('aria-label');
    assert.ok(label?.startsWith(named.nameEn!), `marker label in English: ${label}`);
    await page.getByTestId('status-filter').selectOption('forming');
    await eventually(() => page.getByTestId('map-summary').innerText(), '1 cluster shown');
    await screenshot(page, 'map-english');
    assert.deepEqual(consoleErrors(), []);
  });

  test('at phone width the map sits above the list, the filters wrap and nothing scrolls sideways', async (t) => {
    const { page, consoleErrors } = await openPage(t, site, { width: 390, height: 844 });
    await openMap(page, site);
    const map = (await page.getByTestId('cluster-map').boundingBox())!;
    const list = (await page.locator('.map-list').boundingBox())!;
    assert.ok(map.y + map.height <= list.y, 'map above the list');
    assert.ok(map.width <= 390 && map.width > 300, `map width ${map.width}`);
    const status = (await page.getByTestId('status-filter').boundingBox())!;
    const region = (await page.getByTestId('region-filter').boundingBox())!;
    assert.ok(region.y > status.y, 'the filters wrap onto several rows');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scrolling');
    assert.equal(await listItems(page).count(), all.length);
    await screenshot(page, 'map-phone');
    assert.deepEqual(consoleErrors(), []);
  });
});

describe('map page helpers', () => {
  test('filters are read from the URL and written back without their defaults', () => {
    assert.deepEqual(readFilters(new URLSearchParams('')), DEFAULT_FILTERS);
    assert.deepEqual(readFilters(new URLSearchParams('status=dormant&sector=xyz&level=city')), DEFAULT_FILTERS, 'unknown values fall back');
    const filters = readFilters(new URLSearchParams('status=forming&sector=c&region=BY-HO&level=raion'));
    assert.deepEqual(filters, { status: 'forming', sector: 'C', region: 'BY-HO', level: 'raion' });
    const written = writeFilters(new URLSearchParams('lang=be&status=potential&level=raion'), { ...filters, status: '', level: 'oblast' });
    assert.equal(written.toString(), 'lang=be&sector=C&region=BY-HO');
  });

  test('the clusters query leaves whole sections to the page', () => {
    assert.equal(clustersPath(DEFAULT_FILTERS), '/api/clusters?limit=500');
    assert.equal(clustersPath({ status: 'operating', sector: '26', region: 'BY-HM', level: 'oblast' }), '/api/clusters?limit=500&status=operating&region=BY-HM&sector=26');
    assert.equal(clustersPath({ ...DEFAULT_FILTERS, sector: 'C' }), '/api/clusters?limit=500');
    const index = indexSectors([
      { code: 'C', level: 'section', parentCode: null, nameRu: null, nameEn: 'Manufacturing' },
      { code: 'J', level: 'section', parentCode: null, nameRu: null, nameEn: 'ICT' },
      { code: '26', level: 'division', parentCode: 'C', nameRu: null, nameEn: 'Electronics' },
      { code: '62', level: 'division', parentCode: 'J', nameRu: null, nameEn: 'Programming' },
    ]);
    assert.deepEqual(index.divisionsOf.get('C')!.map((d) => d.code), ['26']);
    assert.ok(matchesSector({ specialisation: ['26.5'] }, 'C', index));
    assert.ok(!matchesSector({ specialisation: ['62'] }, 'C', index));
    assert.ok(matchesSector({ specialisation: ['62'] }, '62', index));
  });

  test('markers sit at their most specific territory, spread evenly and in the same places whatever the order', () => {
    const levelOf = new Map([['BY-BR', 'oblast'], ['r-pinski', 'raion'], ['BY-HM', 'oblast']] as const);
    const spots: Record<string, [number, number]> = { 'BY-BR': [100, 100], 'r-pinski': [150, 120], 'BY-HM': [300, 200] };
    const clusters = [
      { id: 3, territories: ['BY-HM'] },
      { id: 1, territories: ['BY-BR', 'r-pinski'] },
      { id: 2, territories: ['BY-HM'] },
      { id: 4, territories: ['nowhere'] },
    ];
    const placed = placeMarkers(clusters, new Map(levelOf), (id) => spots[id] ?? null, 10);
    assert.deepEqual(placed.map((p) => [p.cluster.id, p.territoryId]), [[1, 'r-pinski'], [2, 'BY-HM'], [3, 'BY-HM']]);
    assert.deepEqual([placed[0]!.x, placed[0]!.y], [150, 120], 'alone: at the centre');
    const [a, b] = [placed[1]!, placed[2]!];
    assert.ok(Math.abs(Math.hypot(a.x - 300, a.y - 200) - 10) < 1e-9 && Math.abs(Math.hypot(b.x - 300, b.y - 200) - 10) < 1e-9);
    assert.ok(Math.hypot(a.x - b.x, a.y - b.y) > 19, 'opposite each other');
    const reversed = placeMarkers([...clusters].reverse(), new Map(levelOf), (id) => spots[id] ?? null, 10);
    assert.deepEqual(reversed, placed);
    // Markers closer than the minimum distance (nearby spots, or a tight circle) are pushed apart, again
    // whatever the order; a marker far from the others stays on its spot.
    const near: Record<string, [number, number]> = { 'BY-BR': [100, 100], 'r-pinski': [104, 100], 'BY-HM': [300, 200] };
    const crowd = [...clusters, { id: 5, territories: ['BY-BR'] }, { id: 6, territories: ['BY-HM'] }];
    const apart = placeMarkers(crowd, new Map(levelOf), (id) => near[id] ?? null, 5, 16);
    assert.equal(apart.length, 5);
    for (const p of apart) for (const q of apart) if (p !== q) assert.ok(Math.hypot(p.x - q.x, p.y - q.y) >= 16 - 1e-6, `${p.cluster.id}-${q.cluster.id}`);
    const pinsk = apart.find((p) => p.cluster.id === 1)!;
    assert.ok(Math.hypot(pinsk.x - 104, pinsk.y - 100) < 16, 'moved a little only');
    assert.deepEqual(placeMarkers([...crowd].reverse(), new Map(levelOf), (id) => near[id] ?? null, 5, 16), apart);
    const alone = placeMarkers([{ id: 1, territories: ['BY-HM'] }, { id: 2, territories: ['BY-BR'] }], new Map(levelOf), (id) => near[id] ?? null, 5, 16);
    assert.deepEqual(alone.map((p) => [p.x, p.y]), [[300, 200], [100, 100]]);
  });

  test('areas count a cluster where it is named and in the oblast of its raion, once', () => {
    const parentOf = new Map([['r-pinski', 'BY-BR'], ['r-brestski', 'BY-BR'], ['BY-BR', 'BY'], ['BY-HM', 'BY']]);
    const counts = countByTerritory([{ territories: ['BY-BR', 'r-pinski'] }, { territories: ['r-pinski', 'r-brestski'] }, { territories: ['BY-HM'] }], parentOf);
    assert.deepEqual(Object.fromEntries(counts), { 'BY-BR': 2, 'r-pinski': 2, 'r-brestski': 1, 'BY-HM': 1 });
  });

  test('shading classes, per-million figures and the winding d3 needs', () => {
    assert.deepEqual(choroplethClasses(0), []);
    assert.deepEqual(choroplethClasses(3).map((c) => [c.from, c.to]), [[1, 1], [2, 2], [3, 3]]);
    const classes = choroplethClasses(12);
    assert.deepEqual(classes.map((c) => [c.from, c.to]), [[1, 2], [3, 5], [6, 7], [8, 10], [11, 12]]);
    assert.equal(colorFor(0, classes), ZERO_COLOR);
    assert.equal(colorFor(12, classes), classes[4]!.color);
    assert.equal(perMillion(32, 9_413_446)!.toFixed(2), '3.40');
    assert.equal(perMillion(null, 1), null);
    assert.equal(perMillion(3, null), null);
    // An anticlockwise (RFC 7946) square comes back clockwise, and a clockwise one unchanged.
    const square = [[27, 53], [28, 53], [28, 54], [27, 54], [27, 53]];
    const fixed = rewindForD3({ type: 'Polygon', coordinates: [square] }) as GeoJSON.Polygon;
    assert.deepEqual(fixed.coordinates[0], [...square].reverse());
    assert.deepEqual(rewindForD3(fixed), fixed);
  });
});
