// Programme execution: the 2021-2025 plan of 13 clusters by region with a hand-made achieved vector.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ProgrammeMeasure, programmeExecution } from '../../../src/analytics/evaluation/programme-execution.ts';
import { assertCloseTo as close } from '../../helpers/close.ts';

// data/program_2021_2025.csv: planned clusters by oblast. Achieved values and budgets are made up for the test.
const PLAN: ProgrammeMeasure[] = [
  { group: 'BY-HM', planned: 3, achieved: 4, budgetPlanned: 300, budgetSpent: 320 }, // over-delivers
  { group: 'BY-VI', planned: 3, achieved: 2, budgetPlanned: 300, budgetSpent: 150 },
  { group: 'BY-BR', planned: 2, achieved: 1, budgetPlanned: 200, budgetSpent: NaN }, // spending not reported
  { group: 'BY-MA', planned: 2, achieved: 2, budgetPlanned: 0, budgetSpent: 50 }, // no budget: left out
  { group: 'BY-HO', planned: 1, achieved: 0, budgetPlanned: NaN, budgetSpent: NaN },
  { group: 'BY-HR', planned: 1, achieved: NaN, budgetPlanned: 100, budgetSpent: 100 }, // not reported
  { group: 'BY-MI', planned: 1, achieved: 1, budgetPlanned: 100, budgetSpent: 80 },
];

describe('programmeExecution', () => {
  test('execution rate caps each measure at its plan; raw rate does not', () => {
    const r = programmeExecution(PLAN);
    // capped: 3 + 2 + 1 + 2 + 0 + 0 + 1 = 9 of 13; raw: 4 + 2 + 1 + 2 + 0 + 0 + 1 = 10 of 13
    close(r.executionRate, 9 / 13);
    close(r.rawRate, 10 / 13);
    assert.equal(r.unknown, 1);
  });

  test('budget execution over measures with a planned budget, NaN spent as 0', () => {
    const r = programmeExecution(PLAN);
    // budgeted: HM, VI, BR, HR, MI: planned 300 + 300 + 200 + 100 + 100 = 1000; spent 320 + 150 + 0 + 100 + 80 = 650
    assert.equal(r.budgeted, 5);
    close(r.budgetExecution, 0.65);
    assert.equal(r.unknownBudget, 1);
    const none = programmeExecution(PLAN.map((m) => ({ ...m, budgetPlanned: 0 })));
    assert.ok(Number.isNaN(none.budgetExecution));
    // overspending is not capped
    close(programmeExecution([{ group: 'x', planned: 1, achieved: 1, budgetPlanned: 100, budgetSpent: 130 }]).budgetExecution, 1.3);
  });

  test('lagging measures by gap descending, then shortfall, then input order', () => {
    const r = programmeExecution(PLAN);
    // HO 0/1 gap 1, HR unknown gap 1 (same shortfall 1: input order), BR 1/2 gap 0.5, VI 2/3 gap 1/3
    assert.deepEqual(r.lagging.map((l) => l.group), ['BY-HO', 'BY-HR', 'BY-BR', 'BY-VI']);
    assert.deepEqual(r.lagging.map((l) => l.index), [4, 5, 2, 1]);
    assert.equal(r.lagging[1]!.unknown, true);
    assert.equal(r.lagging[1]!.achieved, 0);
    close(r.lagging[3]!.rate, 2 / 3);
    close(r.lagging[3]!.gap, 1 / 3);
    assert.equal(r.lagging[3]!.shortfall, 1);
    // a lower threshold keeps only the measures below it
    assert.deepEqual(programmeExecution(PLAN, 0.5).lagging.map((l) => l.group), ['BY-HO', 'BY-HR']);
  });

  test('shortfall breaks ties of gap; exactly at the threshold is not lagging', () => {
    const r = programmeExecution([
      { group: 'a', planned: 2, achieved: 1, budgetPlanned: 0, budgetSpent: 0 },
      { group: 'b', planned: 10, achieved: 5, budgetPlanned: 0, budgetSpent: 0 },
      { group: 'c', planned: 10, achieved: 9, budgetPlanned: 0, budgetSpent: 0 }, // rate 0.9
      { group: 'd', planned: 0, achieved: 0, budgetPlanned: 0, budgetSpent: 0 }, // nothing planned
    ]);
    assert.deepEqual(r.lagging.map((l) => l.group), ['b', 'a']);
    close(r.executionRate, 15 / 22);
  });

  test('byGroup in first-appearance order, capped per measure within a group', () => {
    const r = programmeExecution([
      { group: 'BY-VI', planned: 2, achieved: 3, budgetPlanned: 0, budgetSpent: 0 },
      { group: 'BY-HM', planned: 1, achieved: 1, budgetPlanned: 0, budgetSpent: 0 },
      { group: 'BY-VI', planned: 2, achieved: 1, budgetPlanned: 0, budgetSpent: 0 },
      { group: 'BY-HO', planned: 0, achieved: 0, budgetPlanned: 0, budgetSpent: 0 },
    ]);
    assert.deepEqual(r.byGroup.map((g) => g.group), ['BY-VI', 'BY-HM', 'BY-HO']);
    assert.deepEqual(r.byGroup[0], { group: 'BY-VI', planned: 4, achieved: 4, counted: 3, rate: 0.75 });
    assert.equal(r.byGroup[1]!.rate, 1);
    assert.ok(Number.isNaN(r.byGroup[2]!.rate));
    const full = programmeExecution(PLAN).byGroup;
    assert.equal(full.length, 7);
    assert.deepEqual(full.map((g) => g.planned), [3, 3, 2, 2, 1, 1, 1]);
    assert.equal(full[0]!.rate, 1);
    assert.equal(full[0]!.achieved, 4);
  });

  test('empty plan gives NaN rates; bad values rejected', () => {
    const r = programmeExecution([]);
    assert.ok(Number.isNaN(r.executionRate) && Number.isNaN(r.rawRate) && Number.isNaN(r.budgetExecution));
    assert.deepEqual(r.byGroup, []);
    const one = (m: Partial<ProgrammeMeasure>) => programmeExecution([{ group: 'g', planned: 1, achieved: 1, budgetPlanned: 0, budgetSpent: 0, ...m }]);
    assert.throws(() => one({ planned: -1 }), /measure 0 has planned -1/);
    assert.throws(() => one({ planned: NaN }), RangeError);
    assert.throws(() => one({ achieved: -2 }), RangeError);
    assert.throws(() => one({ budgetSpent: -2 }), RangeError);
  });
});
