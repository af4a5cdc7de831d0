// Cluster management excellence self-assessment: hand-computed area scores, the double weight of strategy,
// level boundaries, comparison of two assessments, weakest areas and the questions to work on first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  compareAssessments,
  EXCELLENCE_AREAS,
  excellenceLevel,
  excellenceScores,
  type ExcellenceQuestion,
  improvementSuggestions,
  weakestAreas,
} from '../../../src/analytics/evaluation/excellence.ts';
import { assertCloseTo as close } from '../../helpers/close.ts';

/** One question per area in EXCELLENCE_AREAS order. */
const ONE_EACH: ExcellenceQuestion[] = EXCELLENCE_AREAS.map((a) => ({ area: a.code }));
const score = (s: ReturnType<typeof excellenceScores>, area: string) => s.areas.find((a) => a.area === area)!.score;

describe('excellenceScores', () => {
  test('eight areas, strategy weighted 2, the others 1', () => {
    assert.deepEqual(EXCELLENCE_AREAS.map((a) => a.code), ['structure', 'management', 'governance', 'financing', 'strategy', 'services', 'interaction', 'achievements']);
    assert.deepEqual(EXCELLENCE_AREAS.map((a) => a.weight), [1, 1, 1, 1, 2, 1, 1, 1]);
  });

  test('strategy counts double in the overall score; unanswered areas are left out', () => {
    const s = excellenceScores([{ area: 'strategy' }, { area: 'services' }], Float64Array.of(4, 1));
    assert.equal(score(s, 'strategy'), 100);
    assert.equal(score(s, 'services'), 25);
    close(s.overall, 75); // (2 * 100 + 1 * 25) / 3
    assert.equal(s.level, 'advanced');
    assert.equal(s.areas.length, 8);
    assert.ok(Number.isNaN(score(s, 'financing')));
    assert.equal(s.areas.find((a) => a.area === 'financing')!.questions, 0);
    assert.equal(s.answeredShare, 1);
  });

  test('all areas answered: weighted mean over 9 weight units', () => {
    // every area 2 (50) except strategy 4 (100): (7 * 50 + 2 * 100) / 9 = 550 / 9
    const answers = Float64Array.from(EXCELLENCE_AREAS.map((a) => (a.code === 'strategy' ? 4 : 2)));
    const s = excellenceScores(ONE_EACH, answers);
    close(s.overall, 550 / 9); // 61.11
    assert.equal(s.level, 'advanced');
  });

  test('area score is the (weighted) mean of answered questions; unanswered do not count as 0', () => {
    const qs: ExcellenceQuestion[] = [{ area: 'strategy' }, { area: 'strategy' }, { area: 'strategy' }, { area: 'governance' }];
    const s = excellenceScores(qs, [4, 2, NaN, NaN]);
    assert.equal(score(s, 'strategy'), 75); // (4 + 2) / 2 / 4 * 100
    assert.ok(Number.isNaN(score(s, 'governance')));
    assert.equal(s.areas.find((a) => a.area === 'strategy')!.answered, 2);
    assert.equal(s.areas.find((a) => a.area === 'strategy')!.questions, 3);
    assert.equal(s.answeredShare, 0.5);
    close(s.overall, 75);
    const weighted = excellenceScores([{ area: 'strategy', weight: 3 }, { area: 'strategy' }], [4, 2]);
    assert.equal(score(weighted, 'strategy'), 87.5); // (3 * 4 + 2) / (4 * 4) * 100
  });

  test('nothing answered: NaN overall and no-data; no questions: NaN share', () => {
    const s = excellenceScores(ONE_EACH, new Float64Array(8).fill(NaN));
    assert.ok(Number.isNaN(s.overall));
    assert.equal(s.level, 'no-data');
    assert.equal(s.answeredShare, 0);
    assert.ok(Number.isNaN(excellenceScores([], []).answeredShare));
  });

  test('bad input rejected', () => {
    assert.throws(() => excellenceScores([{ area: 'marketing' }], [1]), /question 0 has area "marketing"/);
    assert.throws(() => excellenceScores([{ area: 'strategy' }], [5]), /answer 0 is 5/);
    assert.throws(() => excellenceScores([{ area: 'strategy' }], [-0.5]), RangeError);
    assert.throws(() => excellenceScores([{ area: 'strategy', weight: 0 }], [1]), /weight 0/);
    assert.throws(() => excellenceScores([{ area: 'strategy' }], [1, 2]), RangeError);
  });
});

describe('excellenceLevel', () => {
  test('boundaries 40, 60, 80 belong to the upper level', () => {
    assert.equal(excellenceLevel(0), 'initial');
    assert.equal(excellenceLevel(39.99), 'initial');
    assert.equal(excellenceLevel(40), 'developing');
    assert.equal(excellenceLevel(59.99), 'developing');
    assert.equal(excellenceLevel(60), 'advanced');
    assert.equal(excellenceLevel(59.99999999999999), 'advanced'); // rounding noise
    assert.equal(excellenceLevel(79.99), 'advanced');
    assert.equal(excellenceLevel(80), 'excellent');
    assert.equal(excellenceLevel(100), 'excellent');
    assert.equal(excellenceLevel(NaN), 'no-data');
  });

  test('scores computed from answers at the boundaries', () => {
    // one area, five answers: sum 8 -> 40, sum 12 -> 60, sum 16 -> 80
    const qs: ExcellenceQuestion[] = Array.from({ length: 5 }, () => ({ area: 'services' }));
    assert.equal(excellenceScores(qs, [2, 2, 2, 1, 1]).level, 'developing');
    assert.equal(excellenceScores(qs, [2, 2, 2, 1, 0.9]).level, 'initial'); // 39.5
    assert.equal(excellenceScores(qs, [3, 3, 2, 2, 2]).level, 'advanced');
    assert.equal(excellenceScores(qs, [4, 3, 3, 3, 3]).level, 'excellent');
    assert.equal(excellenceScores(qs, [3, 3, 3, 3, 3]).level, 'advanced'); // 75
  });
});

describe('compareAssessments', () => {
  test('change per area and overall; NaN where one side has no score', () => {
    const before = Float64Array.from(EXCELLENCE_AREAS.map((a) => (a.code === 'strategy' ? 1 : 2)));
    const after = Float64Array.from(EXCELLENCE_AREAS.map((a) => (a.code === 'strategy' ? 4 : a.code === 'financing' ? NaN : 2)));
    const previous = excellenceScores(ONE_EACH, before); // (7 * 50 + 2 * 25) / 9 = 400 / 9
    const current = excellenceScores(ONE_EACH, after); // (6 * 50 + 2 * 100) / 8 = 62.5
    const c = compareAssessments(previous, current);
    close(c.overall.previous, 400 / 9);
    close(c.overall.current, 62.5);
    close(c.overall.change, 62.5 - 400 / 9);
    assert.deepEqual(c.level, { previous: 'developing', current: 'advanced' });
    const strategy = c.areas.find((a) => a.area === 'strategy')!;
    assert.deepEqual(strategy, { area: 'strategy', previous: 25, current: 100, change: 75 });
    assert.ok(Number.isNaN(c.areas.find((a) => a.area === 'financing')!.change));
    assert.equal(c.areas.find((a) => a.area === 'services')!.change, 0);
    assert.equal(c.areas.length, 8);
  });
});

describe('weakestAreas and improvementSuggestions', () => {
  // structure 100, management 75, governance 50, financing 25, strategy 25, services 25, interaction 75, achievements -
  const s = excellenceScores(ONE_EACH, [4, 3, 2, 1, 1, 1, 3, NaN]);

  test('lowest scores first; ties: larger weight (strategy), then area order; no-score areas skipped', () => {
    assert.deepEqual(weakestAreas(s), ['strategy', 'financing']);
    assert.deepEqual(weakestAreas(s, 3), ['strategy', 'financing', 'services']);
    assert.equal(weakestAreas(s, 10).length, 7);
    assert.deepEqual(weakestAreas(s, 0), []);
  });

  test('lowest answers in the weak areas; unanswered and top answers left out', () => {
    const qs: ExcellenceQuestion[] = [
      { area: 'strategy' }, // 0: 3
      { area: 'strategy' }, // 1: 1
      { area: 'strategy' }, // 2: unanswered
      { area: 'strategy' }, // 3: 4, nothing to improve
      { area: 'financing' }, // 4: 1
      { area: 'financing', weight: 2 }, // 5: 1, weighs more
      { area: 'financing' }, // 6: 2
      { area: 'services' }, // 7: 0, not a weak area
    ];
    const answers = Float64Array.of(3, 1, NaN, 4, 1, 1, 2, 0);
    const weak = ['strategy', 'financing'];
    assert.deepEqual(improvementSuggestions(qs, answers, weak), [1, 5, 4, 6, 0]);
    assert.deepEqual(improvementSuggestions(qs, answers, weak, 3), [1, 5, 4]);
    assert.deepEqual(improvementSuggestions(qs, answers, ['financing', 'strategy'], 3), [5, 4, 1]);
    assert.deepEqual(improvementSuggestions(qs.slice(0, 4), answers.subarray(0, 4), ['strategy']), [1, 0]);
    assert.deepEqual(improvementSuggestions(qs, answers, []), []);
    assert.throws(() => improvementSuggestions(qs, [1], weak), RangeError);
  });
});
