// KPI progress, trajectory and RAG status: hand-computed answers for up and down indicators.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectedTarget, kpiProgress, kpiSeries, kpiStatus } from '../../../src/analytics/evaluation/kpi-progress.ts';
import { assertCloseTo as close } from '../../helpers/close.ts';

describe('kpiProgress', () => {
  test('up indicator: share of the planned rise, not clipped', () => {
    close(kpiProgress(20, 30, 27, 'up'), 0.7); // 7 / 10
    close(kpiProgress(20, 30, 30, 'up'), 1);
    close(kpiProgress(20, 30, 35, 'up'), 1.5); // over-achievement kept
    close(kpiProgress(20, 30, 18, 'up'), -0.2); // moved away from the target
    close(kpiProgress(20, 30, 20, 'up'), 0);
  });

  test('down indicator: the same formula, a fall towards the target is positive', () => {
    close(kpiProgress(50, 40, 44, 'down'), 0.6); // -6 / -10
    close(kpiProgress(50, 40, 38, 'down'), 1.2);
    close(kpiProgress(50, 40, 55, 'down'), -0.5);
  });

  test('target equal to the baseline: 1 when at least as good as the target, else 0', () => {
    assert.equal(kpiProgress(10, 10, 10, 'up'), 1);
    assert.equal(kpiProgress(10, 10, 12, 'up'), 1);
    assert.equal(kpiProgress(10, 10, 9.9, 'up'), 0);
    assert.equal(kpiProgress(10, 10, 10, 'down'), 1);
    assert.equal(kpiProgress(10, 10, 8, 'down'), 1);
    assert.equal(kpiProgress(10, 10, 11, 'down'), 0);
  });

  test('NaN actual, target or baseline gives NaN', () => {
    assert.ok(Number.isNaN(kpiProgress(10, 20, NaN, 'up')));
    assert.ok(Number.isNaN(kpiProgress(10, NaN, 15, 'up')));
    assert.ok(Number.isNaN(kpiProgress(NaN, 20, 15, 'down')));
    assert.ok(Number.isNaN(kpiProgress(10, 10, NaN, 'up')));
  });
});

describe('expectedTarget', () => {
  test('linear between baseline and target year, held outside', () => {
    assert.equal(expectedTarget(100, 2021, 200, 2025, 2023), 150);
    assert.equal(expectedTarget(100, 2021, 200, 2025, 2022), 125);
    assert.equal(expectedTarget(100, 2021, 200, 2025, 2021), 100);
    assert.equal(expectedTarget(100, 2021, 200, 2025, 2020), 100);
    assert.equal(expectedTarget(100, 2021, 200, 2025, 2025), 200);
    assert.equal(expectedTarget(100, 2021, 200, 2025, 2027), 200);
    assert.equal(expectedTarget(40, 2020, 30, 2025, 2022), 36); // down: 40 - 10 * 2/5
    assert.equal(expectedTarget(5, 2022, 9, 2022, 2022), 9); // same year: the target
    assert.ok(Number.isNaN(expectedTarget(NaN, 2021, 200, 2025, 2023)));
  });
});

describe('kpiStatus', () => {
  test('default thresholds green >= 0.9, amber >= 0.7, at and around the boundaries', () => {
    assert.equal(kpiStatus(1.5), 'green');
    assert.equal(kpiStatus(0.9), 'green');
    assert.equal(kpiStatus(0.8999), 'amber');
    assert.equal(kpiStatus((5.6 - 2) / (6 - 2)), 'green', '0.8999999999999999 is 0.9 on paper');
    assert.equal(kpiStatus(0.899999998), 'amber');
    assert.equal(kpiStatus(0.7), 'amber');
    assert.equal(kpiStatus(0.6999), 'red');
    assert.equal(kpiStatus(-1), 'red');
    assert.equal(kpiStatus(NaN), 'no-data');
  });

  test('progress computed from data lands on the boundaries exactly', () => {
    assert.equal(kpiStatus(kpiProgress(20, 30, 29, 'up')), 'green'); // 0.9
    assert.equal(kpiStatus(kpiProgress(20, 30, 27, 'up')), 'amber'); // 0.7
    assert.equal(kpiStatus(kpiProgress(50, 40, 41, 'down')), 'green'); // 0.9
    assert.equal(kpiStatus(kpiProgress(50, 40, 43, 'down')), 'amber'); // 0.7
    assert.equal(kpiStatus(kpiProgress(50, 40, 43.1, 'down')), 'red'); // 0.69
  });

  test('configurable thresholds, amber above green rejected', () => {
    assert.equal(kpiStatus(0.85, { green: 0.8, amber: 0.5 }), 'green');
    assert.equal(kpiStatus(0.5, { green: 0.8, amber: 0.5 }), 'amber');
    assert.equal(kpiStatus(0.5, { green: 1, amber: 1 }), 'red');
    assert.throws(() => kpiStatus(0.5, { green: 0.5, amber: 0.8 }), RangeError);
  });
});

describe('kpiSeries', () => {
  test('baseline is the first actual; years with targets use them, years without use the trajectory', () => {
    // members of a cluster: no data 2020, baseline 20 in 2021, yearly targets 2022 and 2025 only
    const years = Int16Array.of(2020, 2021, 2022, 2023, 2024, 2025);
    const targets = Float64Array.of(NaN, NaN, 24, NaN, NaN, 32);
    const actuals = Float64Array.of(NaN, 20, 23, 24, NaN, NaN);
    const s = kpiSeries(years, targets, actuals, 'up');
    assert.equal(s.baseline, 20);
    assert.equal(s.baselineYear, 2021);
    assert.equal(s.finalTarget, 32);
    assert.equal(s.finalTargetYear, 2025);
    assert.deepEqual(s.years.map((y) => y.status), ['no-data', 'no-data', 'amber', 'red', 'no-data', 'no-data']);
    assert.equal(s.years[0]!.expected, undefined);
    assert.equal(s.years[1]!.expected, undefined); // baseline year: the reference, no progress
    assert.ok(Number.isNaN(s.years[1]!.progress));
    close(s.years[2]!.expected!, 23); // 20 + 12 * 1/4
    close(s.years[2]!.progress, 0.75); // own target 24: 3 / 4
    close(s.years[3]!.expected!, 26); // 20 + 12 * 2/4
    close(s.years[3]!.progress, 4 / 6); // no target: trajectory 26, (24 - 20) / 6
    close(s.years[4]!.expected!, 29);
    close(s.years[5]!.expected!, 32);
    assert.deepEqual(s.latest, { year: 2023, progress: s.years[3]!.progress, status: 'red' });
    assert.equal(s.latestStatus, 'red'); // the missing 2024/2025 figures do not erase the last known status
  });

  test('down indicator over plain arrays, green at exactly 0.9', () => {
    // share of members with overdue reports (%), baseline 40 -> target 30 in 2024
    const s = kpiSeries([2022, 2023, 2024], [NaN, 35, 30], [40, 36, 31], 'down');
    close(s.years[1]!.progress, 0.8); // (36 - 40) / (35 - 40)
    assert.equal(s.years[1]!.status, 'amber');
    close(s.years[2]!.progress, 0.9); // (31 - 40) / (30 - 40)
    assert.equal(s.latestStatus, 'green');
  });

  test('no actuals at all, or no target after the baseline: no-data', () => {
    const none = kpiSeries([2021, 2022], [10, 20], [NaN, NaN], 'up');
    assert.ok(Number.isNaN(none.baseline));
    assert.equal(none.latest, null);
    assert.equal(none.latestStatus, 'no-data');
    const noTarget = kpiSeries([2021, 2022], [NaN, NaN], [5, 6], 'up');
    assert.equal(noTarget.years[1]!.expected, undefined);
    assert.equal(noTarget.latestStatus, 'no-data');
  });

  test('custom thresholds pass through; bad input rejected', () => {
    const s = kpiSeries([2021, 2022], [NaN, 20], [10, 18], 'up', { green: 0.8, amber: 0.5 });
    assert.equal(s.latestStatus, 'green');
    assert.throws(() => kpiSeries([2021, 2022], [1], [1, 2], 'up'), RangeError);
    assert.throws(() => kpiSeries([2022, 2021], [1, 2], [1, 2], 'up'), /strictly increasing/);
  });
});
