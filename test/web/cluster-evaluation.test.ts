// A cluster's policy evaluation (/evaluation/clusters/:id and its printable report): the pure helpers behind the
// views (URL state, KPI rows and chart series, the excellence radar and suggestions, Saaty's scale <-> judgement
// values, the goal pairs, the strategy body) and the pages in Chromium over the demo data. Expected values come
// from the API, so the test follows the data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ahpPriorities, pairwiseMatrix } from '../../src/analytics/evaluation/ahp.ts';
import type { ExcellenceView, GoalsView, KpiBoard, KpiSeries, PeerView, Strategy } from '../../web/src/api/evaluation.ts';
import { evaluationPaths } from '../../web/src/api/evaluation.ts';
import { clusterEvaluation as be } from '../../web/src/i18n/locales/be/cluster-evaluation.ts';
import { clusterEvaluation as en } from '../../web/src/i18n/locales/en/cluster-evaluation.ts';
import { clusterEvaluation as ru } from '../../web/src/i18n/locales/ru/cluster-evaluation.ts';
import { barsHeight, kpiOption, percentileOption, radarOption, rankingOption } from '../../web/src/views/cluster-evaluation/chart-options.ts';
import {
  changeText, errorLines, goalMembers, peerRows, goalPairs, indicatorName, isConsistent, judgementsRequest, kpiRow, kpiSeriesData, pairKey, parseMarkets,
  parseNumber, pick, positionSide, positionsFromWeights, positionValue, radarData, rankedGoals, SAATY_POSITIONS, scaleOptions, selectedSeries,
  strategyBody, suggestionsByArea, summaryCounts, valuePosition,
} from '../../web/src/views/cluster-evaluation/transform.ts';
import { clusterIdOf, DEFAULT_VIEW, readView, writeView } from '../../web/src/views/cluster-evaluation/view.ts';
import { browserSkip, makeAccount, openPage, screenshot, signInThroughUi, startSite, type Site } from './harness.ts';

const lang3 = (en: string) => ({ ru: `ru ${en}`, be: `be ${en}`, en });
const indicator = (code: string, extra: Partial<KpiSeries['indicator']> = {}): KpiSeries['indicator'] => ({
  code, nameRu: `Показатель ${code}`, nameBe: `Паказчык ${code}`, nameEn: `Indicator ${code}`, unit: 'units', direction: 'up', level: 'cluster', grp: 'growth', method: 'reported', ...extra,
});
const point = (year: number, extra: Partial<KpiSeries['points'][number]> = {}): KpiSeries['points'][number] => ({
  year, target: null, actual: null, expected: null, progress: null, status: 'no-data', source: null, illustrative: false, ...extra,
});

describe('cluster evaluation: URL state', () => {
  test('the tab defaults to KPIs, unknown tabs fall back, defaults are left out of the URL and ?lang is kept', () => {
    assert.deepEqual(readView(new URLSearchParams('')), DEFAULT_VIEW);
    assert.deepEqual(DEFAULT_VIEW, { tab: 'kpis', indicator: '' });
    assert.deepEqual(readView(new URLSearchParams('tab=goals&indicator=members')), { tab: 'goals', indicator: 'members' });
    assert.equal(readView(new URLSearchParams('tab=secret')).tab, 'kpis');
    assert.equal(readView(new URLSearchParams('indicator=%3Cscript%3E')).indicator, '', 'an indicator code is checked');
    const written = writeView(new URLSearchParams('lang=be'), { tab: 'excellence', indicator: '' });
    assert.equal(written.toString(), 'lang=be&tab=excellence');
    assert.equal(writeView(written, DEFAULT_VIEW).toString(), 'lang=be');
    assert.equal(writeView(new URLSearchParams(''), { tab: 'kpis', indicator: 'export_share' }).toString(), 'indicator=export_share');
  });

  test('the route id is a positive integer', () => {
    assert.equal(clusterIdOf('12'), 12);
    assert.equal(clusterIdOf('0'), null);
    assert.equal(clusterIdOf('-1'), null);
    assert.equal(clusterIdOf('1e3'), null);
    assert.equal(clusterIdOf(undefined), null);
  });

  test('API paths', () => {
    assert.equal(evaluationPaths.kpis('cluster', '7'), '/api/evaluation/kpis?scope=cluster&id=7');
    assert.equal(evaluationPaths.judgements(7), '/api/evaluation/clusters/7/goals/judgements');
    assert.equal(evaluationPaths.clusterReportXlsx(7), '/api/evaluation/reports/clusters/7.xlsx');
  });
});

describe('cluster evaluation: Saaty scale and goal pairs', () => {
  test('positions map to values a over b: "A by 3" -> 3, "B by 5" -> 1/5, equal -> 1', () => {
    assert.equal(SAATY_POSITIONS.length, 17);
    assert.equal(SAATY_POSITIONS[0], 'A9');
    assert.equal(SAATY_POSITIONS[8], '1');
    assert.equal(SAATY_POSITIONS[16], 'B9');
    assert.equal(positionValue('A3'), 3);
    assert.equal(positionValue('B5'), 1 / 5);
    assert.equal(positionValue('1'), 1);
    assert.equal(positionValue('A9'), 9);
    assert.equal(positionValue('B9'), 1 / 9);
    assert.equal(positionValue('junk'), 1);
    assert.deepEqual(positionSide('B7'), { side: 'B', by: 7 });
    assert.deepEqual(positionSide('1'), { side: null, by: 1 });
  });

  test('values map back to the nearest position, clamped to the scale; every position round-trips', () => {
    for (const position of SAATY_POSITIONS) assert.equal(valuePosition(positionValue(position)), position);
    assert.equal(valuePosition(3.2), 'A3');
    assert.equal(valuePosition(0.21), 'B5');
    assert.equal(valuePosition(40), 'A9');
    assert.equal(valuePosition(1 / 40), 'B9');
    assert.equal(valuePosition(1.2), '1');
    assert.equal(valuePosition(0), '1');
    assert.equal(valuePosition(Number.NaN), '1');
  });

  test('every pair once in the goals order; the request carries one judgement per pair; weights prefill the form', () => {
    assert.deepEqual(goalPairs(['a', 'b', 'c']), [['a', 'b'], ['a', 'c'], ['b', 'c']]);
    assert.equal(goalPairs(['a', 'b', 'c', 'd', 'e']).length, 10);
    assert.deepEqual(goalPairs(['a']), []);
    const request = judgementsRequest(5, ['a', 'b', 'c'], { [pairKey('a', 'b')]: 'A3', [pairKey('a', 'c')]: 'B5' });
    assert.deepEqual(request, { memberId: 5, judgements: [{ goalA: 'a', goalB: 'b', value: 3 }, { goalA: 'a', goalB: 'c', value: 0.2 }, { goalA: 'b', goalB: 'c', value: 1 }] });
    assert.deepEqual(positionsFromWeights(['a', 'b', 'c'], [0.6, 0.2, 0.2]), { 'a|b': 'A3', 'a|c': 'A3', 'b|c': '1' });
    assert.deepEqual(positionsFromWeights(['a', 'b'], undefined), { 'a|b': '1' });
    assert.equal(isConsistent(0.05), true);
    assert.equal(isConsistent(0.1), true);
    assert.equal(isConsistent(0.11), false);
    assert.equal(isConsistent(Number.NaN), false);
  });

  test('members to judge for and the ranking with names', () => {
    const goals = {
      goals: [{ code: 'g1', nameRu: 'Экспорт', nameBe: null, nameEn: 'Exports' }, { code: 'g2', nameRu: 'Кадры', nameBe: 'Кадры', nameEn: null }],
      members: [{ memberId: 3, name: 'Бета', weights: [0.5, 0.5], cr: 0, consistent: true }],
      incomplete: [{ memberId: 1, name: 'Альфа', missing: 1 }, { memberId: 3, name: 'Бета', missing: 0 }],
      aggregate: { weights: [0.25, 0.75], cr: 0, consistent: true, ranked: [{ code: 'g2', weight: 0.75 }, { code: 'g1', weight: 0.25 }] },
    };
    assert.deepEqual(goalMembers(goals), [{ memberId: 1, name: 'Альфа' }, { memberId: 3, name: 'Бета' }]);
    assert.deepEqual(rankedGoals(goals, 'en'), [{ code: 'g2', name: 'Кадры', percent: 75 }, { code: 'g1', name: 'Exports', percent: 25 }]);
    assert.deepEqual(rankedGoals(goals, 'be').map((r) => r.name), ['Кадры', 'Экспорт'], 'a missing Belarusian name falls back to Russian');
    assert.deepEqual(rankedGoals({ ...goals, aggregate: null }, 'ru'), []);
  });
});

describe('cluster evaluation: KPIs, excellence, charts and forms', () => {
  const series: KpiSeries = {
    indicator: indicator('members'),
    points: [
      point(2024, { target: 100, actual: 80, expected: 80, progress: 0.5, status: 'red', source: 'Annual report', illustrative: true }),
      point(2023, { actual: 70, expected: 70, source: 'Annual report' }),
      point(2026, { target: 120, expected: 120 }),
    ],
    latest: { year: 2024, status: 'red', progress: 0.5 },
  };

  test('a KPI row: the latest point against its target, progress in percent, status, source, illustrative', () => {
    const row = kpiRow(series, 'be');
    assert.equal(row.name, 'Паказчык members');
    assert.deepEqual([row.year, row.actual, row.target, row.progress, row.status, row.source, row.illustrative], [2024, 80, 100, 50, 'red', 'Annual report', true]);
    const withoutTarget = kpiRow({ ...series, points: [point(2023, { actual: 5 }), point(2025, { target: 9 })], latest: { year: 2023, status: 'amber', progress: 0.8123 } }, 'en');
    assert.equal(withoutTarget.target, 9, 'the next target after the latest year');
    assert.equal(withoutTarget.progress, 81.2);
    const empty = kpiRow({ ...series, points: [], latest: null }, 'ru');
    assert.deepEqual([empty.year, empty.actual, empty.target, empty.status, empty.illustrative], [null, null, null, 'no-data', false]);
    assert.equal(indicatorName(indicator('x', { nameEn: '' }), 'en'), 'Показатель x');
  });

  test('the chart series are by year ascending, and the option has actual, target and expected lines', () => {
    const data = kpiSeriesData(series);
    assert.deepEqual(data, { years: [2023, 2024, 2026], actual: [70, 80, null], target: [null, 100, 120], expected: [70, 80, 120] });
    const option = kpiOption(data, { actual: 'A', target: 'T', expected: 'E', unit: 'u' });
    assert.deepEqual((option.series as { name: string }[]).map((s) => s.name), ['A', 'T', 'E']);
    assert.deepEqual((option.xAxis as { data: string[] }).data, ['2023', '2024', '2026']);
    const board = { items: [series, { ...series, indicator: indicator('exports') }] } as KpiBoard;
    assert.equal(selectedSeries(board, 'exports')?.indicator.code, 'exports');
    assert.equal(selectedSeries(board, 'nope')?.indicator.code, 'members');
    assert.equal(selectedSeries(undefined, 'x'), undefined);
    assert.deepEqual(summaryCounts({ summary: { green: 2, amber: 1, red: 0 } as KpiBoard['summary'] }).map((s) => [s.status, s.count]), [['green', 2], ['amber', 1], ['red', 0], ['no-data', 0]]);
  });

  const excellence: Pick<ExcellenceView, 'questionnaire' | 'assessments' | 'weakestAreas' | 'suggestions'> = {
    questionnaire: {
      scale: { 0: lang3('not in place'), 4: lang3('fully in place'), 2: lang3('partly') },
      areas: [
        { code: 'strategy', weight: 2, name: lang3('Strategy'), questions: [{ code: 's1', text: lang3('Is there a strategy?'), advice: lang3('Write one.') }] },
        { code: 'services', weight: 1, name: lang3('Services'), questions: [{ code: 'v1', text: lang3('Services?'), advice: lang3('Offer some.') }] },
      ],
    },
    assessments: [
      { id: 1, assessedOn: '2024-01-01', assessor: null, answers: {}, illustrative: true, scores: { areas: [{ area: 'strategy', score: 50 }, { area: 'services', score: null }], overall: 50, level: 'developing', answered: 0.5 } },
      { id: 2, assessedOn: '2025-01-01', assessor: null, answers: {}, illustrative: true, scores: { areas: [{ area: 'services', score: 25 }, { area: 'strategy', score: 75 }], overall: 58, level: 'developing', answered: 1 } },
    ],
    weakestAreas: ['services'],
    suggestions: [{ area: 'services', question: 'v1', answer: 1 }, { area: 'services', question: 'gone', answer: null }],
  };

  test('the radar: one axis per area (0-100), the latest and previous assessments by area code', () => {
    const radar = radarData(excellence, 'ru');
    assert.deepEqual(radar.indicators, [{ code: 'strategy', name: 'ru Strategy', max: 100 }, { code: 'services', name: 'ru Services', max: 100 }]);
    assert.deepEqual(radar.latest, { date: '2025-01-01', values: [75, 25] });
    assert.deepEqual(radar.previous, { date: '2024-01-01', values: [50, null] });
    const option = radarOption(radar, { latest: 'L', previous: 'P' });
    const data = (option.series as { data: { name: string; value: number[] }[] }[])[0]!.data;
    assert.deepEqual(data.map((d) => d.value), [[50, 0], [75, 25]], 'the previous drawn first, a missing score at 0');
    assert.equal(radarData({ ...excellence, assessments: [] }, 'en').latest, null);
    assert.equal(radarOption(radarData({ ...excellence, assessments: excellence.assessments.slice(1) }, 'en'), { latest: 'L', previous: 'P' }).series instanceof Array, true);
  });

  test('suggestions follow the weakest areas, with question text and advice in the language', () => {
    assert.deepEqual(suggestionsByArea(excellence, 'be'), [{
      area: 'services', areaName: 'be Services',
      items: [{ question: 'v1', text: 'be Services?', advice: 'be Offer some.', answer: 1 }, { question: 'gone', text: 'gone', advice: '', answer: null }],
    }]);
    assert.deepEqual(scaleOptions(excellence.questionnaire.scale, 'en'), [{ value: 0, label: 'not in place' }, { value: 2, label: 'partly' }, { value: 4, label: 'fully in place' }]);
    assert.equal(pick({ ru: 'р', be: '', en: 'e' }, 'be'), 'р');
    const plain = (n: number) => String(n);
    assert.equal(changeText(5.24, plain), '+5.2');
    assert.equal(changeText(-3, plain), '−3');
    assert.equal(changeText(0.01, plain), '0');
    assert.equal(changeText(null, plain), '—');
  });

  test('ranking and percentile bars: the first item at the top, the median at 50', () => {
    const ranking = rankingOption([{ name: 'first', percent: 60 }, { name: 'second', percent: 40 }], { axis: '%' });
    assert.deepEqual((ranking.yAxis as { data: string[] }).data, ['second', 'first']);
    const percentile = percentileOption([{ name: 'a', percentile: 12.6 }, { name: 'b', percentile: null }], { axis: 'p', median: 'm' });
    assert.deepEqual((percentile.series as { data: (number | null)[] }[])[0]!.data, [null, 13]);
    assert.ok(barsHeight(20) > barsHeight(2));
  });

  test('the position among peers: percentile shares shown in percent, the excellence score last', () => {
    const rows = peerRows({
      indicators: [{ code: 'members', value: 8, peerMedian: 5, percentile: 0.75, n: 4 }, { code: 'exports', value: null, peerMedian: null, percentile: null, n: 0 }],
      excellence: { value: 50, peerMedian: 60, percentile: 0.125, n: 4 },
    }, new Map([['members', 'Members']]), 'Excellence');
    assert.deepEqual(rows.map((r) => [r.code, r.name, r.percentile]), [['members', 'Members', 75], ['exports', 'exports', null], ['excellence', 'Excellence', 12.5]]);
  });

  test('form input: numbers with a comma, markets split and deduplicated, empty strategy rows left out, server errors listed', () => {
    assert.equal(parseNumber('1 234,5'), 1234.5);
    assert.equal(parseNumber(''), null);
    assert.ok(Number.isNaN(parseNumber('abc')!));
    assert.deepEqual(parseMarkets('DE, pl;\nPL, Китай, '), ['DE', 'pl', 'Китай']);
    const body = strategyBody({
      targetMarkets: [' DE '],
      roadmap: [{ year: 2026.7, action: ' Fair ', status: 'planned' }, { year: 2027, action: ' ', status: 'done' }],
      partners: [{ name: ' Acme ', country: 'DE ', kind: 'cluster' }, { name: '', country: 'PL', kind: '' }],
      illustrative: false,
    });
    assert.deepEqual(body, { targetMarkets: ['DE'], roadmap: [{ year: 2026, action: 'Fair', status: 'planned' }], partners: [{ name: 'Acme', country: 'DE', kind: 'cluster' }], illustrative: false });
    assert.deepEqual(errorLines({ message: 'bad', errors: [{ row: 0, column: 'year', message: 'too early' }] }), ['year: too early']);
    assert.deepEqual(errorLines(new Error('refused')), ['refused']);
    assert.deepEqual(errorLines(null), []);
  });

  test('the catalogs have the same keys in the three languages', () => {
    const keys = (o: object, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    assert.deepEqual(keys(ru).sort(), keys(en).sort());
    assert.deepEqual(keys(be).sort(), keys(en).sort());
    assert.notEqual(ru.tabs.kpis, en.tabs.kpis);
  });
});

// ---------------------------------------------------------------- the pages in Chromium

async function getJson<T>(site: Site, path: string): Promise<T> {
  const response = await fetch(`${site.url}${path}`);
  assert.equal(response.status, 200, `GET ${path}`);
  return await response.json() as T;
}

/** Pixels of a chart's canvas that are not transparent (drawn). */
async function drawnPixels(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((box) => {
    const canvas = box.querySelector('canvas');
    if (!canvas) return 0;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let drawn = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn++;
    return drawn;
  });
}

describe('cluster evaluation in the browser', { skip: browserSkip }, () => {
  let site: Site;
  /** a demo cluster with assessments (two if any has two) and, preferably, a goal ranking */
  let id: number;

  before(async () => {
    site = await startSite();
    const clusters = await getJson<{ items: { id: number }[] }>(site, '/api/clusters?limit=100');
    let best: { id: number; score: number } | null = null;
    for (const { id: candidate } of clusters.items) {
      const excellence = await getJson<ExcellenceView>(site, evaluationPaths.excellence(candidate));
      if (excellence.assessments.length === 0) continue;
      const goals = await getJson<GoalsView>(site, evaluationPaths.goals(candidate));
      const score = Math.min(excellence.assessments.length, 2) * 2 + (goals.aggregate ? 1 : 0) + (goals.incomplete.length > 0 ? 1 : 0);
      if (!best || score > best.score) best = { id: candidate, score };
    }
    assert.ok(best, 'the demo has a cluster with an excellence assessment');
    id = best.id;
  });
  after(() => site?.close());

  test('KPIs (ru): the summary counts equal the API\'s; the chart of an indicator is drawn', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const board = await getJson<KpiBoard>(site, evaluationPaths.kpis('cluster', String(id)));
    await page.goto(`${site.url}/evaluation/clusters/${id}?lang=ru`);
    await page.getByTestId('ce-kpi-summary').waitFor();
    for (const status of ['green', 'amber', 'red', 'no-data'] as const) {
      assert.equal(await page.locator(`[data-testid="ce-kpi-summary"] li[data-status="${status}"]`).getAttribute('data-count'), String(board.summary[status] ?? 0), status);
    }
    assert.equal(await page.getByTestId('ce-tab-kpis').textContent(), ru.tabs.kpis);
    assert.equal(await page.locator('[data-testid="ce-kpi-table"] tbody tr').count(), board.items.length);
    assert.equal(await page.getByTestId('ce-cluster-name').textContent(), board.name);
    if (board.items.length > 0) {
      await page.locator('[data-testid="ce-kpi-chart"][data-state="ready"]').waitFor();
      assert.ok(await drawnPixels(page, 'ce-kpi-chart') > 0, 'the KPI chart is drawn');
      const second = board.items[1];
      if (second) {
        await page.locator(`[data-testid="ce-kpi-table"] tr[data-code="${second.indicator.code}"] button`).click();
        await page.waitForURL((url) => url.searchParams.get('indicator') === second.indicator.code);
      }
    }
    await screenshot(page, 'cluster-evaluation-kpis-ru');
    assert.deepEqual(consoleErrors(), []);
  });

  test('excellence (ru): the radar is drawn; the suggestions follow the API\'s weakest areas', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const excellence = await getJson<ExcellenceView>(site, evaluationPaths.excellence(id));
    await page.goto(`${site.url}/evaluation/clusters/${id}?tab=excellence&lang=ru`);
    await page.locator('[data-testid="ce-radar"][data-state="ready"]').waitFor();
    assert.ok(await drawnPixels(page, 'ce-radar') > 1000, 'the radar canvas is not empty');
    const latest = excellence.assessments.at(-1)!;
    assert.equal(await page.getByTestId('ce-overall').getAttribute('data-level'), latest.scores.level ?? '');
    if (latest.scores.level) assert.ok((await page.getByTestId('ce-overall').textContent())!.includes(ru.level[latest.scores.level]));
    if (excellence.weakestAreas.length > 0) {
      assert.deepEqual(await page.locator('[data-testid="ce-suggestions"] > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-area'))), excellence.weakestAreas);
      // grouped by weakest area, each area's suggestions in the API's order
      const questions = excellence.weakestAreas.flatMap((area) => excellence.suggestions.filter((s) => s.area === area).map((s) => s.question));
      assert.deepEqual(await page.locator('[data-testid="ce-suggestions"] li[data-question]').evaluateAll((items) => items.map((li) => li.getAttribute('data-question'))), questions);
      const advice = excellence.questionnaire.areas.flatMap((a) => a.questions).find((q) => q.code === questions[0]);
      if (advice) assert.ok((await page.getByTestId('ce-suggestions').textContent())!.includes(advice.advice.ru));
    }
    const practices = excellence.practices.filter((p) => excellence.weakestAreas.includes(p.area));
    assert.equal(await page.locator('[data-testid="ce-practices"] article').count(), practices.length);
    assert.equal(await page.getByTestId('ce-assessment-form').count(), 0, 'no questionnaire for a visitor');
    await page.getByTestId('ce-radar').scrollIntoViewIfNeeded();
    await screenshot(page, 'cluster-evaluation-excellence-ru');
    assert.deepEqual(consoleErrors(), []);
  });

  test('a manager submits a new self-assessment through the questionnaire; the API lists one more', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const before = await getJson<ExcellenceView>(site, evaluationPaths.excellence(id));
    const account = await makeAccount(site, { email: 'evaluation-manager@test.by', role: 'cluster_manager', clusterIds: [id] });
    await signInThroughUi(page, site, account.email);
    await page.goto(`${site.url}/evaluation/clusters/${id}?tab=excellence&lang=ru`);
    const form = page.getByTestId('ce-assessment-form');
    await form.waitFor();
    const questions = before.questionnaire.areas.flatMap((a) => a.questions.map((q) => q.code));
    // answer every question: 4 for the first half, 1 for the rest
    for (const [i, code] of questions.entries()) await form.locator(`select[data-question="${code}"]`).selectOption(i < questions.length / 2 ? '4' : '1');
    await page.getByTestId('ce-assessment-assessor').fill('Browser test');
    await page.getByTestId('ce-assessment-submit').click();
    await page.getByTestId('ce-assessment-saved').waitFor();
    const after = await getJson<ExcellenceView>(site, evaluationPaths.excellence(id));
    assert.equal(after.assessments.length, before.assessments.length + 1);
    const added = after.assessments.find((a) => !before.assessments.some((b) => b.id === a.id))!;
    assert.equal(added.assessor, 'Browser test');
    assert.equal(Object.keys(added.answers).length, questions.length);
    assert.equal(added.answers[questions[0]!], 4);
    // the page shows the new latest assessment
    await page.locator(`[data-testid="ce-excellence"][data-assessments="${after.assessments.length}"]`).waitFor();
    await screenshot(page, 'cluster-evaluation-assessment-saved');
    assert.deepEqual(consoleErrors(), []);
  });

  test('goals: the ranking order equals the API\'s; a manager enters a member\'s judgements and the API stores them', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const goals = await getJson<GoalsView>(site, evaluationPaths.goals(id));
    await page.goto(`${site.url}/evaluation/clusters/${id}?tab=goals&lang=ru`);
    await page.getByTestId('ce-goals').waitFor();
    if (goals.aggregate) {
      assert.deepEqual(await page.locator('[data-testid="ce-ranking"] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code'))), goals.aggregate.ranked.map((r) => r.code));
      await page.locator('[data-testid="ce-ranking-chart"][data-state="ready"]').waitFor();
    } else {
      await page.getByTestId('ce-no-ranking').waitFor();
    }
    const flagged = goals.members.filter((m) => !m.consistent).length;
    assert.equal(await page.locator('[data-testid="ce-member-weights"] [data-testid="ce-inconsistent"]').count(), flagged);
    await screenshot(page, 'cluster-evaluation-goals-ru');

    const account = await makeAccount(site, { email: 'goals-manager@test.by', role: 'cluster_manager', clusterIds: [id] });
    await signInThroughUi(page, site, account.email);
    await page.goto(`${site.url}/evaluation/clusters/${id}?tab=goals&lang=ru`);
    const form = page.getByTestId('ce-judgement-form');
    await form.waitFor();
    // a member who has not judged every pair if there is one, else the first
    const member = goals.incomplete[0] ?? goalMembers(goals)[0]!;
    await page.getByTestId('ce-judgement-member').selectOption(String(member.memberId));
    const codes = goals.goals.map((g) => g.code);
    const pairs = goalPairs(codes);
    // the first goal strongly before the rest, the others in a mildly inconsistent cycle
    const chosen = ['A5', 'B3', 'A2', '1', 'A4', 'B2', 'A3', 'B6', 'A7', '1'];
    const positions: Record<string, string> = {};
    for (const [i, [a, b]] of pairs.entries()) {
      positions[pairKey(a, b)] = chosen[i % chosen.length]!;
      await form.locator(`[data-pair="${pairKey(a, b)}"] input[value="${positions[pairKey(a, b)]!}"]`).check();
    }
    await page.getByTestId('ce-judgement-submit').click();
    const result = page.getByTestId('ce-judgement-result');
    await page.locator('[data-testid="ce-judgement-result"]:not([data-cr=""])').waitFor();
    const stored = await getJson<GoalsView>(site, evaluationPaths.goals(id));
    const judged = stored.members.find((m) => m.memberId === member.memberId);
    assert.ok(judged, 'the member now has weights');
    assert.ok(!stored.incomplete.some((m) => m.memberId === member.memberId), 'the member has judged every pair');
    // the stored weights are those of the judgements entered
    const expected = ahpPriorities(pairwiseMatrix(codes.length, pairs.map(([a, b]) => ({ a: codes.indexOf(a), b: codes.indexOf(b), value: positionValue(positions[pairKey(a, b)]!) }))), codes.length);
    judged.weights.forEach((w, i) => assert.ok(Math.abs(w - expected.weights[i]!) < 1e-6, `weight of ${codes[i]}`));
    assert.ok(Math.abs(judged.cr - expected.cr) < 1e-6);
    // the consistency shown is the server's
    assert.equal(Number(await result.getAttribute('data-cr')), judged.cr);
    assert.equal(await result.getAttribute('data-consistent'), String(judged.consistent));
    assert.equal(await result.locator(judged.consistent ? '.ce-consistent' : '.ce-inconsistent').count(), 1);
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, 'cluster-evaluation-judgements-saved');
    assert.deepEqual(consoleErrors(), []);
  });

  test('peers and strategy tabs show the API\'s records', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const peers = await getJson<PeerView>(site, evaluationPaths.peers(id));
    const strategy = await getJson<Strategy>(site, evaluationPaths.strategy(id));
    await page.goto(`${site.url}/evaluation/clusters/${id}?tab=peers&lang=ru`);
    await page.getByTestId('ce-peers').waitFor();
    assert.equal(await page.locator('[data-testid="ce-peer-table"] tbody tr').count(), peers.peers.length);
    assert.equal(await page.locator('[data-testid="ce-peer-indicators"] tbody tr').count(), peers.indicators.length + 1);
    for (const indicator of peers.indicators.filter((i) => i.percentile !== null)) {
      assert.equal(await page.locator(`[data-testid="ce-peer-indicators"] tr[data-code="${indicator.code}"] td`).nth(3).textContent(), String(Math.round(indicator.percentile! * 100)));
    }
    await screenshot(page, 'cluster-evaluation-peers-ru');
    await page.getByTestId('ce-tab-strategy').click();
    await page.getByTestId('ce-strategy-record').waitFor();
    assert.equal(await page.locator('[data-testid="ce-markets"] li').count(), strategy.targetMarkets.length);
    assert.equal(await page.locator('[data-testid="ce-roadmap"] tbody tr').count(), strategy.roadmap.length);
    assert.equal(await page.locator('[data-testid="ce-partners"] tbody tr').count(), strategy.partners.length);
    await screenshot(page, 'cluster-evaluation-strategy-ru');
    assert.deepEqual(consoleErrors(), []);
  });

  test('a manager sets a KPI target and edits the strategy; the API stores both', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const board = await getJson<KpiBoard>(site, evaluationPaths.kpis('cluster', String(id)));
    const before = await getJson<Strategy>(site, evaluationPaths.strategy(id));
    const account = await makeAccount(site, { email: 'kpi-manager@test.by', role: 'cluster_manager', clusterIds: [id] });
    await signInThroughUi(page, site, account.email);
    await page.goto(`${site.url}/evaluation/clusters/${id}?lang=ru`);
    const series = board.items.find((s) => s.indicator.method === 'reported') ?? board.items[0]!;
    const year = Math.max(...series.points.map((p) => p.year), 2025) + 1;
    await page.getByTestId('ce-kpi-form-indicator').selectOption(series.indicator.code);
    await page.getByTestId('ce-kpi-form-year').fill(String(year));
    await page.getByTestId('ce-kpi-form').locator('input[value="target"]').check();
    await page.getByTestId('ce-kpi-form-value').fill('123,5');
    await page.getByTestId('ce-kpi-form-source').fill('Browser test');
    await page.getByTestId('ce-kpi-form-submit').click();
    await page.getByTestId('ce-kpi-form-saved').waitFor();
    const after = await getJson<KpiBoard>(site, evaluationPaths.kpis('cluster', String(id)));
    const stored = after.items.find((s) => s.indicator.code === series.indicator.code)!.points.find((p) => p.year === year);
    assert.equal(stored?.target, 123.5);

    await page.getByTestId('ce-tab-strategy').click();
    await page.getByTestId('ce-strategy-edit').click();
    const market = ['VN', 'BR', 'ZA', 'MX'].find((m) => !before.targetMarkets.includes(m))!;
    await page.getByTestId('ce-strategy-markets').fill([...before.targetMarkets, market].join(', '));
    await page.getByTestId('ce-strategy-add-step').click();
    const actions = page.locator(`[data-testid="ce-strategy-form"] input[placeholder="${ru.strategy.action}"]`);
    await actions.last().fill('Browser test mission');
    await page.getByTestId('ce-strategy-save').click();
    await page.getByTestId('ce-strategy-record').waitFor();
    const saved = await getJson<Strategy>(site, evaluationPaths.strategy(id));
    assert.deepEqual(saved.targetMarkets, [...before.targetMarkets, market]);
    assert.equal(saved.roadmap.length, before.roadmap.length + 1);
    assert.ok(saved.roadmap.some((r) => r.action === 'Browser test mission' && r.status === 'planned'));
    assert.deepEqual(saved.partners, before.partners);
    assert.equal(await page.locator('[data-testid="ce-markets"] li').count(), saved.targetMarkets.length);
    assert.deepEqual(consoleErrors(), []);
  });

  test('the printable report renders with print CSS: navigation and tools hidden', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const goals = await getJson<GoalsView>(site, evaluationPaths.goals(id));
    await page.goto(`${site.url}/evaluation/clusters/${id}/report?lang=ru`);
    await page.locator('[data-testid="ce-report"][data-state="ready"]').waitFor();
    await page.locator('[data-testid="ce-radar"][data-state="ready"]').waitFor();
    assert.ok(await drawnPixels(page, 'ce-radar') > 1000);
    for (const section of ['kpis', 'excellence', 'peers', 'goals', 'strategy', 'sources']) await page.getByTestId(`ce-report-${section}`).waitFor();
    if (goals.aggregate) {
      assert.deepEqual(await page.locator('[data-testid="ce-report-goals"] [data-testid="ce-ranking"] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code'))), goals.aggregate.ranked.map((r) => r.code));
    }
    assert.equal(await page.getByTestId('ce-report-xlsx').getAttribute('href'), evaluationPaths.clusterReportXlsx(id));
    assert.ok(await page.locator('.app-header').isVisible());
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.app-header').isVisible(), false, 'the navigation is hidden in print');
    assert.equal(await page.locator('.app-footer').isVisible(), false);
    assert.equal(await page.getByTestId('ce-print').isVisible(), false);
    assert.ok(await page.getByTestId('ce-report-kpis').isVisible());
    await screenshot(page, 'cluster-evaluation-report-print');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'the report prints');
    const xlsx = await fetch(`${site.url}${evaluationPaths.clusterReportXlsx(id)}`);
    assert.equal(xlsx.status, 200);
    await xlsx.arrayBuffer();
    assert.deepEqual(consoleErrors(), []);
  });

  test('Belarusian and English', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    const excellence = await getJson<ExcellenceView>(site, evaluationPaths.excellence(id));
    for (const [language, catalog] of [['be', be], ['en', en]] as const) {
      await page.goto(`${site.url}/evaluation/clusters/${id}?tab=excellence&lang=${language}`);
      await page.locator('[data-testid="ce-radar"][data-state="ready"]').waitFor();
      assert.equal(await page.getByTestId('ce-tab-excellence').textContent(), catalog.tabs.excellence);
      assert.equal(await page.locator('html').getAttribute('lang'), language);
      const weakest = excellence.weakestAreas[0];
      if (weakest) {
        const area = excellence.questionnaire.areas.find((a) => a.code === weakest)!;
        assert.ok((await page.locator(`[data-testid="ce-suggestions"] > li[data-area="${weakest}"] h4`).textContent())!.includes(area.name[language]));
      }
      await screenshot(page, `cluster-evaluation-excellence-${language}`);
      await page.getByTestId('ce-tab-kpis').click();
      await page.getByTestId('ce-kpi-summary').waitFor();
      assert.ok((await page.getByTestId('ce-kpis').textContent())!.includes(catalog.kpi.title));
    }
    assert.deepEqual(consoleErrors(), []);
  });

  test('the cluster profile links to the evaluation', async (t) => {
    const { page, consoleErrors } = await openPage(t, site);
    await page.goto(`${site.url}/clusters/${id}?lang=ru`);
    await page.getByTestId('cluster-evaluation').click();
    await page.waitForURL((url) => url.pathname === `/evaluation/clusters/${id}`);
    await page.getByTestId('ce-kpi-summary').waitFor();
    assert.deepEqual(consoleErrors(), []);
  });
});
