// National policy evaluation: the pure helpers behind /evaluation (URL state, the programme's regions and
// lagging measures, the support ranking and its scan, eligibility rules and failures in words, impact labels,
// chart options), and the page in Chromium over the demo data. Expected values come from the API, so the test
// follows the data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type {
  Eligibility, ImpactOutcome, ImpactView, KpiBoard, ProgrammeDetail, ProgrammeSummary, SupportRanking,
} from '../../web/src/api/evaluation.ts';
import { evaluationPaths } from '../../web/src/api/evaluation.ts';
import {
  budgetUse, compactCodes, defaultBudget, effectUnit, eligibilityCounts, explainFailure, imbalanced, knownReason, kpiRows, laggingRows,
  localName, normalisedWeights, numberText, percentText, planSources, rankedItems, rankRequest, rateStatus, regionBars, regionChartHeight,
  relativeChange, ruleLines, scanCells, selectedIds, unmatchedShare,
} from '../../web/src/views/evaluation/transform.ts';
import { chosen, DEFAULT_VIEW, readView, writeView } from '../../web/src/views/evaluation/view.ts';
import { browserSkip, openPage, screenshot, startSite, type Site } from './harness.ts';

const programme = (over: Partial<ProgrammeDetail> = {}): ProgrammeDetail => ({
  programme: { id: 'p', nameRu: 'Программа', nameBe: 'Праграма', nameEn: 'Programme', startYear: 2021, endYear: 2025, executionRate: 0.5, budgetExecution: null, source: 'Plan A', illustrative: false },
  execution: {
    executionRate: 0.5, rawRate: 0.6, budgetExecution: null,
    byGroup: [
      { group: 'BY-MI', name: 'Минская', planned: 2, achieved: 1, rate: 0.5 },
      { group: 'BY-HM', name: 'Минск', planned: 3, achieved: 3, rate: 1 },
      { group: 'BY-BR', name: 'Брестская', planned: 2, achieved: 0, rate: 0 },
    ],
    lagging: [
      { code: 'm1', group: 'BY-MI', name: 'x', planned: 2, achieved: 1, rate: 0.5, gap: 0.5 },
      { code: 'm3', group: 'BY-BR', name: 'y', planned: 2, achieved: 0, rate: 0, gap: 1 },
    ],
  },
  measures: [
    { code: 'm1', nameRu: 'Кластеры Минской', nameBe: 'Кластары Мінскай', nameEn: 'Clusters of Minsk Region', territoryId: 'BY-MI', territoryName: 'Минская область', year: 2025, indicatorCode: null,
      planned: 2, achieved: 1, achievedFrom: 'registry', achievedClusters: [], budgetPlanned: null, budgetSpent: null, rate: 0.5, status: 'red', source: 'Plan A' },
    { code: 'm3', nameRu: 'Кластеры Брестской', nameBe: '', nameEn: '', territoryId: 'BY-BR', territoryName: null, year: 2025, indicatorCode: null,
      planned: 2, achieved: 0, achievedFrom: 'registry', achievedClusters: [], budgetPlanned: null, budgetSpent: null, rate: 0, status: 'red', source: 'Plan B ' },
  ],
  registryPartial: true,
  ...over,
});

const ranking = (): SupportRanking => ({
  year: 2026, budget: 100,
  criteria: [{ code: 'members', benefit: true, weight: 2 }, { code: 'cost', benefit: false, weight: 2 }],
  items: [
    { clusterId: 3, name: 'C', cost: 60, closeness: 0.4, rank: 2, selected: true, values: { members: 5, cost: 60 } },
    { clusterId: 1, name: 'A', cost: 40, closeness: 0.9, rank: 1, selected: true, values: { members: 9, cost: 40 } },
    { clusterId: 2, name: 'B', cost: 70, closeness: 0.2, rank: 3, selected: false, values: { members: 1, cost: 70 } },
  ],
  total: { cost: 100, value: 1.3 },
  sensitivity: [{
    criterion: 'members', stableFrom: 0.3, stableTo: 0.7,
    steps: [
      { weight: 0, top: 2, selected: [2] },
      { weight: 0.5, top: 1, selected: [3, 1] },
      { weight: 1, top: 1, selected: [1] },
    ],
  }],
  illustrative: true,
});

describe('policy evaluation: URL state and names', () => {
  test('the view defaults to the programme tab and leaves defaults out of the URL', () => {
    assert.deepEqual(readView(new URLSearchParams('')), DEFAULT_VIEW);
    assert.equal(DEFAULT_VIEW.tab, 'programme');
    assert.deepEqual(readView(new URLSearchParams('tab=impact&panel=demo-panel&replications=500')), { ...DEFAULT_VIEW, tab: 'impact', panel: 'demo-panel', replications: 500 });
    assert.equal(readView(new URLSearchParams('tab=nope')).tab, 'programme');
    assert.equal(readView(new URLSearchParams('replications=7')).replications, DEFAULT_VIEW.replications, 'only the offered counts');
    assert.equal(readView(new URLSearchParams('programme=%3Cscript%3E')).programme, '');
    assert.equal(readView(new URLSearchParams('cluster=12')).cluster, '12');
    assert.equal(readView(new URLSearchParams('cluster=-1')).cluster, '');
    assert.equal(readView(new URLSearchParams('cluster=0')).cluster, '');
    assert.equal(readView(new URLSearchParams('territory=BY-VI')).territory, 'BY-VI');
    assert.equal(readView(new URLSearchParams('territory=%3Cb%3E')).territory, '');
    const written = writeView(new URLSearchParams('lang=be'), { ...DEFAULT_VIEW, tab: 'eligibility', measure: 'export_voucher', cluster: '4' });
    assert.equal(written.toString(), 'lang=be&tab=eligibility&measure=export_voucher&cluster=4');
    assert.deepEqual(readView(written), { ...DEFAULT_VIEW, tab: 'eligibility', measure: 'export_voucher', cluster: '4' });
    assert.equal(writeView(written, DEFAULT_VIEW).toString(), 'lang=be');
  });

  test('a chosen id falls back to the first of the list', () => {
    const items = [{ id: 'a' }, { id: 'b' }];
    assert.equal(chosen('b', items, (i) => i.id), 'b');
    assert.equal(chosen('z', items, (i) => i.id), 'a');
    assert.equal(chosen('', items, (i) => i.id), 'a');
    assert.equal(chosen('a', [], (i: { id: string }) => i.id), '');
  });

  test('names in the interface language, falling back to Russian; numbers and percentages in the locale', () => {
    const record = { nameRu: 'Рус', nameBe: '', nameEn: 'Eng' };
    assert.equal(localName(record, 'en'), 'Eng');
    assert.equal(localName(record, 'be'), 'Рус');
    assert.equal(localName(record, 'ru'), 'Рус');
    assert.equal(localName(null, 'ru'), '');
    assert.equal(percentText(0.4567, 'en-GB'), '45.7%');
    assert.equal(percentText(0.4567, 'en-GB', 0), '46%');
    assert.match(percentText(0.5, 'ru-RU'), /^50,0\s%$/u);
    assert.equal(percentText(null, 'ru-RU'), '—');
    assert.equal(percentText(NaN, 'ru-RU'), '—');
    assert.equal(numberText(1.23456, 'en-GB', 3), '1.235');
    assert.equal(numberText(undefined, 'en-GB'), '—');
    assert.equal(rateStatus(0.95), 'green');
    assert.equal(rateStatus(0.7), 'amber');
    assert.equal(rateStatus(0.1), 'red');
    assert.equal(rateStatus(null), 'no-data');
  });
});

describe('policy evaluation: programme', () => {
  test('regions: the most planned first, named by the lookup', () => {
    const detail = programme();
    const bars = regionBars(detail.execution, (group, fallback) => (group === 'BY-HM' ? 'Minsk' : fallback));
    assert.deepEqual(bars.map((b) => b.label), ['Minsk', 'Брестская', 'Минская']);
    assert.deepEqual(bars[0], { group: 'BY-HM', label: 'Minsk', planned: 3, achieved: 3, rate: 1 });
    assert.ok(regionChartHeight(13) > regionChartHeight(2));
    assert.equal(regionChartHeight(0), 220);
  });

  test('lagging measures: the largest gap first, with the measure and region names', () => {
    const detail = programme();
    const rows = laggingRows(detail, 'en', (_group, fallback) => fallback);
    assert.deepEqual(rows.map((r) => r.code), ['m3', 'm1']);
    assert.equal(rows[1]!.measure, 'Clusters of Minsk Region');
    assert.equal(rows[1]!.region, 'Минская область', "the measure's territory name");
    assert.equal(rows[0]!.measure, 'Кластеры Брестской', 'Russian when the English name is empty');
    assert.equal(rows[0]!.region, 'Брестская', "the group's name when the measure has none");
    assert.deepEqual(planSources(detail), ['Plan A', 'Plan B']);
    assert.deepEqual(planSources(programme({ measures: [] })), ['Plan A']);
  });

  test('KPI rows: the latest point of each indicator', () => {
    const indicator = { code: 'clusters_operating', nameRu: 'Действующие кластеры', nameBe: 'Дзейныя кластары', nameEn: 'Operating clusters', unit: 'count', direction: 'up' as const, level: 'country' as const, grp: 'g', method: 'registry' as const };
    const board: KpiBoard = {
      scope: 'country', scopeId: 'BY', name: 'Belarus', summary: { green: 1, amber: 0, red: 0, 'no-data': 1 },
      items: [
        { indicator, latest: { year: 2024, status: 'green', progress: 0.95 }, points: [
          { year: 2023, target: 10, actual: 8, expected: null, progress: 0.8, status: 'amber', source: 'registry', illustrative: false },
          { year: 2024, target: 12, actual: 12, expected: null, progress: 0.95, status: 'green', source: 'registry', illustrative: true },
        ] },
        { indicator: { ...indicator, code: 'x', nameEn: '' }, latest: null, points: [] },
      ],
    };
    const rows = kpiRows(board, 'en');
    assert.equal(rows.length, 2);
    assert.deepEqual({ ...rows[0] }, { code: 'clusters_operating', name: 'Operating clusters', unit: 'count', year: 2024, target: 12, actual: 12, progress: 0.95, status: 'green', source: 'registry', illustrative: true });
    assert.equal(rows[1]!.status, 'no-data');
    assert.equal(rows[1]!.name, 'Действующие кластеры');
  });
});

describe('policy evaluation: support', () => {
  test('selection, ranks, budget and the request body', () => {
    const r = ranking();
    assert.deepEqual(selectedIds(r), [1, 3]);
    assert.deepEqual(rankedItems(r).map((i) => i.clusterId), [1, 3, 2]);
    assert.deepEqual(budgetUse(r), { cost: 100, budget: 100, share: 1, over: false });
    assert.equal(budgetUse({ budget: 0, total: { cost: 5, value: 0 } }).share, null);
    assert.equal(budgetUse({ budget: 10, total: { cost: 11, value: 0 } }).over, true);
    assert.deepEqual(normalisedWeights(r.criteria), { members: 0.5, cost: 0.5 });
    assert.deepEqual(rankRequest({ members: 1, cost: '', bad: -1 }, 500), { budget: 500, weights: { members: 1 } });
    assert.deepEqual(rankRequest({}, NaN), { budget: 0 });
    assert.equal(defaultBudget([180000, 240000, 130000]), 280000);
    assert.equal(defaultBudget([]), 0);
    assert.equal(defaultBudget([3, 4]), 4, 'whole units below 100');
  });

  test('the scan: each weight against the current selection and top', () => {
    const cells = scanCells(ranking(), 'members');
    assert.deepEqual(cells.map((c) => c.sameSelection), [false, true, false]);
    assert.deepEqual(cells.map((c) => c.sameTop), [false, true, true]);
    assert.deepEqual(cells.map((c) => c.inStable), [false, true, false]);
    assert.deepEqual(cells[1]!.selected, [1, 3]);
    assert.deepEqual(scanCells(ranking(), 'unknown'), []);
  });
});

describe('policy evaluation: eligibility', () => {
  test('rules in lines, empty rules left out, sector codes compacted', () => {
    assert.deepEqual(ruleLines({ sizeClasses: ['micro', 'small'], sectors: [], membership: 'member', maxEmployees: 100 }), [
      { rule: 'size', values: ['micro', 'small'] },
      { rule: 'membership', values: [], membership: 'member' },
      { rule: 'employees', values: [], max: 100 },
    ]);
    assert.deepEqual(ruleLines({ membership: 'any' }), []);
    assert.deepEqual(ruleLines({ territories: ['BY-VI'], maxEmployees: 0 }), [{ rule: 'territory', values: ['BY-VI'] }, { rule: 'employees', values: [], max: 0 }]);
    assert.equal(compactCodes(['10', '11', '12', '13', '20', '21', '62.01', 'J']), '10–13, 20, 21, 62.01, J');
    assert.equal(compactCodes([]), '');
  });

  test('failed rules: the server reasons parsed, unknown rules keep their reason', () => {
    assert.deepEqual(explainFailure({ rule: 'size', reason: 'size class medium not in micro, small' }), { key: 'size', value: 'medium', allowed: ['micro', 'small'] });
    assert.deepEqual(explainFailure({ rule: 'sector', reason: 'sector 27.11, 28 not in 26, 62' }), { key: 'sector', value: '27.11, 28', allowed: ['26', '62'] });
    assert.deepEqual(explainFailure({ rule: 'territory', reason: 'territory BY-HM not in BY-VI' }), { key: 'territory', value: 'BY-HM', allowed: ['BY-VI'] });
    assert.deepEqual(explainFailure({ rule: 'membership', reason: 'not a cluster member' }), { key: 'notMember' });
    assert.deepEqual(explainFailure({ rule: 'membership', reason: 'member of cluster 3, 4' }), { key: 'memberOf', value: '3, 4' });
    assert.deepEqual(explainFailure({ rule: 'cluster', reason: 'clusters none not in 5, 6' }), { key: 'cluster', value: 'none', allowed: ['5', '6'] });
    assert.deepEqual(explainFailure({ rule: 'employees', reason: 'employees 300 > 250' }), { key: 'employees', value: '300', max: '250' });
    assert.deepEqual(explainFailure({ rule: 'employees', reason: 'employees unknown, maximum 50' }), { key: 'employeesUnknown', max: '50' });
    assert.deepEqual(explainFailure({ rule: 'status', reason: 'liquidated' }), { key: 'rule', rule: 'status', reason: 'liquidated' });
    assert.deepEqual(explainFailure({ rule: 'size', reason: 'odd wording' }), { key: 'rule', rule: 'size', reason: 'odd wording' });
    assert.deepEqual(explainFailure({ rule: 'weather', reason: 'it rains' }), { key: 'raw', reason: 'it rains' });
    assert.deepEqual(eligibilityCounts({ eligible: 2, total: 8, items: [] }), { eligible: 2, total: 8, shown: 0, share: 0.25 });
  });
});

describe('policy evaluation: impact', () => {
  const outcome = (over: Partial<ImpactOutcome> = {}): ImpactOutcome => ({
    outcome: 'employment', scale: 'ln1p', pairs: 40, att: 0.1, se: 0.02, ciLow: 0.06, ciHigh: 0.14, eventStudy: [], preTrend: null, verdict: 'effect', reasons: [], ...over,
  });

  test('reasons, units and balance', () => {
    assert.equal(knownReason('pre-trend-violated'), 'pre-trend-violated');
    assert.equal(knownReason('no-controls'), 'no-controls');
    assert.equal(knownReason('something-new'), null);
    assert.equal(effectUnit(outcome()), 'logPoints', 'ln1p is in log points');
    assert.equal(effectUnit({ ...outcome(), scale: 'level' } as ImpactOutcome), 'level');
    assert.equal(effectUnit({ ...outcome(), scale: 'ln1p' } as ImpactOutcome), 'logPoints');
    assert.ok(Math.abs(relativeChange(0.1) - 0.10517) < 1e-4);
    assert.equal(imbalanced(0.1), false);
    assert.equal(imbalanced(-0.11), true);
    assert.equal(imbalanced(NaN), true);
    assert.equal(unmatchedShare({ nTreated: 50, nUnmatched: 5 }), 0.1);
    assert.equal(unmatchedShare({ nTreated: 0, nUnmatched: 0 }), null);
  });

  test('chart options: the event study has error bars, a point per event time, and lines at 0; the bars a pair per region', async () => {
    const { eventStudyOption, eventRange } = await import('../../web/src/views/evaluation/event-study-chart.ts');
    const { regionOption } = await import('../../web/src/views/evaluation/region-chart.ts');
    const points = [
      { eventTime: 1, estimate: 0.1, ciLow: 0, ciHigh: 0.2, pairs: 40 },
      { eventTime: -2, estimate: 0.01, ciLow: -0.05, ciHigh: 0.06, pairs: 40 },
      { eventTime: 0, estimate: 0.05, ciLow: 0, ciHigh: 0.1, pairs: 40 },
    ];
    assert.deepEqual(eventRange(points), [-3, 2]);
    assert.deepEqual(eventRange([{ eventTime: 2 }]), [-1, 3], 'event time 0 is always drawn');
    const option = eventStudyOption({ points, xName: 'x', yName: 'y', describe: () => [] });
    const series = option.series as { type: string; data: unknown[]; markLine?: { data: unknown[] } }[];
    assert.deepEqual(series.map((s) => s.type), ['custom', 'line']);
    assert.deepEqual(series[0]!.data, [[-2, -0.05, 0.06], [0, 0, 0.1], [1, 0, 0.2]]);
    assert.equal(series[1]!.data.length, 3);
    assert.deepEqual(series[1]!.markLine!.data, [{ yAxis: 0 }, { xAxis: 0 }]);
    const bars = regionBars(programme().execution, (_g, f) => f);
    const regions = regionOption({ bars, plannedName: 'P', achievedName: 'A', describe: () => [] });
    const regionSeries = regions.series as { name: string; data: number[] }[];
    assert.deepEqual(regionSeries.map((s) => s.name), ['P', 'A']);
    assert.deepEqual(regionSeries[0]!.data, [3, 2, 2]);
    assert.deepEqual(regionSeries[1]!.data, [3, 0, 1]);
  });
});

// ------------------------------------------------------------------------------------------ browser

const apiSkip: string | false = await import('../../src/api/routes/evaluation.ts').then(
  () => false,
  (error: Error) => `the evaluation API is not ready (${error.message.split('\n')[0]})`,
);

const LOCALE = 'ru-RU';
const spaces = (text: string) => text.replace(/\s+/gu, ' ').trim();

async function apiJson<T>(site: Site, path: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const response = await fetch(`${site.url}${path}`, init?.json === undefined ? init : {
    ...init, method: init.method ?? 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.json),
  });
  assert.equal(response.status, 200, `${path}: ${response.status} ${await response.clone().text()}`);
  return (await response.json()) as T;
}

/** Pixels drawn (alpha > 0) on the canvases inside an element. */
async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((element) => {
    let painted = 0;
    for (const canvas of element.querySelectorAll('canvas')) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    }
    return painted;
  });
}

async function waitReady(page: Page, testId: string, timeout = 90_000) {
  await page.locator(`[data-testid="${testId}"][data-state="ready"]`).waitFor({ timeout });
}

describe('policy evaluation in the browser', { skip: browserSkip || apiSkip }, () => {
  let site: Site;
  let first: ProgrammeSummary;
  let detail: ProgrammeDetail;
  before(async () => {
    site = await startSite();
    const { items } = await apiJson<{ items: ProgrammeSummary[] }>(site, evaluationPaths.programmes());
    assert.ok(items.length > 0, 'the demo has a programme');
    first = items[0]!;
    detail = await apiJson<ProgrammeDetail>(site, evaluationPaths.programme(first.id));
  });
  after(() => site?.close());

  test('the programme tab: the execution rate of the API, the chart by region, lagging and all measures, national KPIs', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/evaluation`);
    await waitReady(page, 'ev-programme');
    assert.equal(await page.getByTestId('ev-programme').getAttribute('data-programme'), first.id);
    assert.equal(spaces(await page.getByTestId('ev-execution-rate').innerText()), spaces(percentText(detail.execution.executionRate, LOCALE)));
    const budget = spaces(await page.getByTestId('ev-budget-execution').innerText());
    assert.equal(budget, detail.execution.budgetExecution === null ? 'нет данных о бюджете' : spaces(percentText(detail.execution.budgetExecution, LOCALE)));

    const chart = page.locator('[data-testid="ev-region-chart"][data-state="ready"]');
    await chart.waitFor({ timeout: 60_000 });
    assert.equal(Number(await chart.getAttribute('data-bars')), detail.execution.byGroup.length);
    await page.waitForFunction(() => document.querySelector('[data-testid="ev-region-chart"] canvas') !== null);
    assert.ok(await paintedPixels(page, '[data-testid="ev-region-chart"]') > 500, 'the bar chart is drawn');

    if (detail.execution.lagging.length > 0) {
      const codes = await page.getByTestId('ev-lagging').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
      const gap = new Map(detail.execution.lagging.map((l) => [l.code, l.gap]));
      assert.equal(codes.length, detail.execution.lagging.length);
      const gaps = codes.map((c) => gap.get(c ?? '')!);
      assert.deepEqual(gaps, [...gaps].sort((a, b) => b - a), 'the largest gap first');
    } else {
      await page.getByTestId('ev-lagging-none').waitFor();
    }
    assert.equal(await page.getByTestId('ev-measures').locator('tbody tr').count(), detail.measures.length);
    assert.equal(await page.getByTestId('ev-registry-partial').count(), detail.registryPartial ? 1 : 0);
    const kpis = await apiJson<KpiBoard>(site, evaluationPaths.kpis('country', 'BY'));
    if (kpis.items.length > 0) assert.equal(await page.getByTestId('ev-kpis').locator('tbody tr').count(), kpis.items.length);
    assert.equal(await page.getByTestId('ev-report-link').getAttribute('href'), `/evaluation/programmes/${first.id}/report`);
    const xlsx = await fetch(`${site.url}${await page.getByTestId('ev-xlsx-link').getAttribute('href')}`);
    assert.equal(xlsx.status, 200);
    assert.match(xlsx.headers.get('content-type') ?? '', /spreadsheetml/);
    await screenshot(page, 'evaluation-programme');
    assert.deepEqual(consoleErrors(), []);
  });

  test('the support tab: a changed weight is ranked again and the selected set is the API answer for the same body', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/evaluation`);
    await page.getByTestId('ev-tab-support').click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'support');
    await waitReady(page, 'ev-support');
    const weight = page.locator('[data-testid^="ev-weight-"]').first();
    const criterion = (await weight.getAttribute('data-criterion'))!;
    const before = Number(await weight.inputValue());
    const changed = before >= 3 ? 0.5 : before + 2;
    await weight.fill(String(changed));
    await page.waitForFunction(
      ({ code, value }) => {
        const element = document.querySelector('[data-testid="ev-support"]');
        if (element?.getAttribute('data-state') !== 'ready') return false;
        const body = JSON.parse(element.getAttribute('data-body') || '{}') as { weights?: Record<string, number> };
        return body.weights?.[code] === value;
      },
      { code: criterion, value: changed },
      { timeout: 60_000 },
    );
    const support = page.getByTestId('ev-support');
    const body = JSON.parse((await support.getAttribute('data-body'))!) as { budget: number; weights: Record<string, number> };
    assert.equal(body.budget, Number(await page.getByTestId('ev-budget').inputValue()));
    const answer = await apiJson<SupportRanking>(site, evaluationPaths.supportRank(), { json: body });
    assert.equal(await support.getAttribute('data-selected'), selectedIds(answer).join(','));
    const shown = await page.getByTestId('ev-ranking').locator('tbody tr[data-selected="true"]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-cluster'))).sort((a, b) => a - b));
    assert.deepEqual(shown, selectedIds(answer));
    assert.equal(await page.getByTestId('ev-ranking').locator('tbody tr').count(), answer.items.length);
    assert.equal(await page.getByTestId('ev-sensitivity').locator('tbody tr').count(), answer.sensitivity.length);
    assert.equal(await page.locator('[data-testid="ev-support-total"] .illustrative-badge').count(), answer.illustrative ? 1 : 0);
    await screenshot(page, 'evaluation-support');
    assert.deepEqual(consoleErrors(), []);
  });

  test('the eligibility tab: the counts and rows of the API', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/evaluation?tab=eligibility`);
    await waitReady(page, 'ev-eligibility');
    const measure = (await page.getByTestId('ev-eligibility').getAttribute('data-measure'))!;
    assert.ok(measure, 'a measure is chosen');
    const answer = await apiJson<Eligibility>(site, evaluationPaths.eligibility(measure, {}));
    const count = page.getByTestId('ev-eligible-count');
    assert.equal(Number(await count.getAttribute('data-eligible')), answer.eligible);
    assert.equal(Number(await count.getAttribute('data-total')), answer.total);
    assert.match(spaces(await count.innerText()), new RegExp(`Соответствуют: ${answer.eligible} из ${spaces(new Intl.NumberFormat(LOCALE).format(answer.total))}`));
    if (answer.items.length > 0) {
      const rows = page.getByTestId('ev-eligibility-table').locator('tbody tr');
      assert.equal(await rows.count(), Math.min(500, answer.items.length));
      if (answer.items.length <= 500) {
        assert.equal(await page.getByTestId('ev-eligibility-table').locator('tbody tr[data-eligible="true"]').count(), answer.items.filter((i) => i.eligible).length);
      }
    }
    await page.getByTestId('ev-rules').waitFor();
    await screenshot(page, 'evaluation-eligibility');

    // another measure is kept in the URL
    const options = await page.getByTestId('ev-measure-select').locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    if (options.length > 1) {
      await page.getByTestId('ev-measure-select').selectOption(options[1]!);
      await page.waitForURL((url) => url.searchParams.get('measure') === options[1]);
      await page.locator(`[data-testid="ev-eligibility"][data-measure="${options[1]}"][data-state="ready"]`).waitFor({ timeout: 60_000 });
      const other = await apiJson<Eligibility>(site, evaluationPaths.eligibility(options[1]!, {}));
      assert.equal(Number(await page.getByTestId('ev-eligible-count').getAttribute('data-eligible')), other.eligible);
    }

    // the territory filter is kept in the URL and answered as the API answers it
    const territories = await page.getByTestId('ev-territory-select').locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter((v) => v !== ''));
    assert.ok(territories.length > 0, 'the oblasts are offered');
    const territory = territories.includes('BY-VI') ? 'BY-VI' : territories[0]!;
    const current = (await page.getByTestId('ev-eligibility').getAttribute('data-measure'))!;
    await page.getByTestId('ev-territory-select').selectOption(territory);
    await page.waitForURL((url) => url.searchParams.get('territory') === territory);
    await page.locator(`[data-testid="ev-eligibility"][data-territory="${territory}"][data-state="ready"]`).waitFor({ timeout: 60_000 });
    const filtered = await apiJson<Eligibility>(site, evaluationPaths.eligibility(current, { territory }));
    assert.equal(Number(await page.getByTestId('ev-eligible-count').getAttribute('data-total')), filtered.total);
    assert.equal(Number(await page.getByTestId('ev-eligible-count').getAttribute('data-eligible')), filtered.eligible);

    // the tabs follow the arrow keys
    await page.getByTestId('ev-tab-eligibility').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('tab') === 'impact');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ev-tab-impact');
    assert.deepEqual(consoleErrors(), []);
  });

  test('the impact tab: an ATT and a verdict per outcome, the event study drawn, the matching summary', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/evaluation?tab=impact`);
    await waitReady(page, 'ev-impact', 180_000);
    const root = page.getByTestId('ev-impact');
    const panel = (await root.getAttribute('data-panel'))!;
    const replications = Number(await root.getAttribute('data-replications'));
    const view = await apiJson<ImpactView>(site, evaluationPaths.impact(panel, { replications }));
    assert.ok(view.outcomes.length > 0);
    const cards = page.getByTestId('ev-outcome');
    assert.equal(await cards.count(), view.outcomes.length);
    const verdicts: Record<string, string> = { effect: 'Участие даёт измеримый эффект', 'no-detectable-effect': 'Эффект не обнаружен', inconclusive: 'Нет вывода: данных недостаточно для заключения' };
    for (const outcome of view.outcomes) {
      const card = page.locator(`[data-testid="ev-outcome"][data-outcome="${outcome.outcome}"]`);
      assert.equal(spaces(await card.getByTestId('ev-att').innerText()), spaces(numberText(outcome.att, LOCALE, 3)));
      assert.equal(await card.getAttribute('data-verdict'), outcome.verdict);
      assert.match(await card.getByTestId('ev-verdict').innerText(), new RegExp(verdicts[outcome.verdict]!));
      assert.equal(await card.locator('[data-reason]').count(), outcome.reasons.length);
      await card.getByTestId('ev-pretrend').waitFor();
      const chart = card.locator('[data-testid="ev-event-chart"][data-state="ready"]');
      await chart.waitFor({ timeout: 60_000 });
      assert.equal(Number(await chart.getAttribute('data-points')), outcome.eventStudy.length);
    }
    await page.waitForFunction(() => document.querySelector('[data-testid="ev-event-chart"] canvas') !== null);
    assert.ok(await paintedPixels(page, '[data-testid="ev-event-chart"]') > 300, 'the event study is drawn');
    assert.equal(spaces(await page.getByTestId('ev-n-treated').innerText()), spaces(new Intl.NumberFormat(LOCALE).format(view.nTreated)));
    assert.equal(await page.getByTestId('ev-balance').locator('tbody tr').count(), view.balance.length);
    assert.equal(await page.getByTestId('ev-balance').locator('td[data-imbalanced="true"]').count(), view.balance.filter((b) => imbalanced(b.smdAfter)).length);
    if (view.panel.illustrative) assert.ok(await root.locator('.illustrative-badge').count() > 0, 'the illustrative panel is labelled');
    await screenshot(page, 'evaluation-impact');
    assert.deepEqual(consoleErrors(), []);
  });

  test('the printable report: the programme, its rate and chart, and a print stylesheet without the navigation', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/evaluation/programmes/${encodeURIComponent(first.id)}/report`);
    await waitReady(page, 'ev-report');
    assert.equal(await page.locator('h1').innerText(), 'Отчёт о национальной программе');
    assert.match(await page.getByTestId('ev-report').innerText(), new RegExp(detail.programme.nameRu.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.equal(spaces(await page.getByTestId('ev-execution-rate').innerText()), spaces(percentText(detail.execution.executionRate, LOCALE)));
    await page.locator('[data-testid="ev-region-chart"][data-state="ready"]').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('ev-measures').locator('tbody tr').count(), detail.measures.length);
    assert.ok(await page.locator('header.app-header').isVisible());
    assert.ok(await page.getByTestId('ev-print').isVisible());
    await screenshot(page, 'evaluation-report');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.app-header').isVisible(), false, 'the navigation is hidden on paper');
    assert.equal(await page.getByTestId('ev-print').isVisible(), false, 'the tools are hidden on paper');
    assert.ok(await page.getByTestId('ev-execution-rate').isVisible());
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await page.locator('header.app-header').isVisible());
    assert.deepEqual(consoleErrors(), []);
  });

  test('the language switch changes the headings to Belarusian and English', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/evaluation`);
    await waitReady(page, 'ev-programme');
    assert.equal(await page.locator('h1').innerText(), 'Оценка кластерной политики');
    await page.getByTestId('lang-switch').selectOption('be');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Ацэнка кластарнай палітыкі');
    assert.equal(await page.getByTestId('ev-tab-support').innerText(), 'Размеркаванне падтрымкі');
    assert.match(await page.getByTestId('ev-programme').innerText(), /Узровень выканання/);
    await page.getByTestId('lang-switch').selectOption('en');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Policy evaluation');
    assert.equal(await page.getByTestId('ev-tab-impact').innerText(), 'Impact');
    assert.match(await page.getByTestId('ev-programme').innerText(), /Execution rate/);
    assert.equal(spaces(await page.getByTestId('ev-execution-rate').innerText()), spaces(percentText(detail.execution.executionRate, 'en-GB')));
    await page.goto(`${site.url}/evaluation/programmes/${encodeURIComponent(first.id)}/report?lang=be`);
    await waitReady(page, 'ev-report');
    assert.equal(await page.locator('h1').innerText(), 'Справаздача аб нацыянальнай праграме');
    assert.deepEqual(consoleErrors(), []);
  });
});
