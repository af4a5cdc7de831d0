import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  competenceTokens, matchTalent, type TalentCandidate, type TalentNeed, territoryFit, tokenOverlap,
} from '../../../src/analytics/matching/talent-match.ts';
import { sectorTree } from '../../helpers/sector-tree.ts';

const TOLERANCE = 1e-6;
const close = (actual: number, expected: number, message?: string) =>
  assert.ok(Math.abs(actual - expected) < TOLERANCE, `${message ?? ''} ${actual} is not ${expected}`);

const tree = sectorTree({ C: ['26.51', '26.52'], J: ['62.01'] });
const parents = new Map<string, string | null>([
  ['BY', null], ['BY-HO', 'BY'], ['BY-HM', 'BY'], ['r-dobrusski', 'BY-HO'], ['r-gomelski', 'BY-HO'],
]);
const need = (sectors: string[], text: string, territories: string[]): TalentNeed =>
  ({ sectors, sectorVector: tree.vector(sectors), text, territories });
const person = (id: number, sectors: string[], competences: string[], territoryId: string | null): TalentCandidate =>
  ({ id, sectors, sectorVector: tree.vector(sectors), competences, territoryId });

describe('competenceTokens and tokenOverlap', () => {
  test('competenceTokens lower-cases, folds ё, keeps C++ and C#, drops stop words and one-letter tokens', () => {
    assert.deepEqual([...competenceTokens('Машинное обучение и C++, C#; Ёмкостные датчики x')], ['машинное', 'обучение', 'c++', 'c#', 'емкостные', 'датчики']);
  });
  test('tokenOverlap is |A∩B| / sqrt(|A||B|): 1 for equal sets, 0 when either is empty', () => {
    close(tokenOverlap(new Set(['a1', 'b2']), new Set(['a1', 'b2'])).value, 1);
    // 1 shared of 2 and 4 tokens: 1 / sqrt(8)
    const o = tokenOverlap(new Set(['a1', 'b2']), new Set(['a1', 'c3', 'd4', 'e5']));
    close(o.value, 1 / Math.sqrt(8));
    assert.deepEqual(o.shared, ['a1']);
    assert.equal(tokenOverlap(new Set(), new Set(['a1'])).value, 0);
  });
});

describe('territoryFit', () => {
  test('a raion inside a needed oblast fits fully, a neighbouring raion of the same oblast half, another oblast not', () => {
    assert.deepEqual(territoryFit('r-dobrusski', ['BY-HO'], parents), { value: 1, code: 'in-territory', territory: 'BY-HO' });
    assert.deepEqual(territoryFit('r-dobrusski', ['r-gomelski'], parents), { value: 0.5, code: 'same-oblast', territory: 'BY-HO' });
    assert.deepEqual(territoryFit('BY-HO', ['r-gomelski'], parents), { value: 0.5, code: 'same-oblast', territory: 'BY-HO' });
    assert.equal(territoryFit('BY-HM', ['BY-HO'], parents).value, 0);
    assert.equal(territoryFit(null, ['BY-HO'], parents).value, 0);
  });
});

describe('matchTalent', () => {
  const n = need(['26.51'], 'Metrology, sensors and calibration', ['BY-HO']);
  const people = [
    person(3, ['62.01'], ['Python'], 'BY-HO'),
    person(2, ['26.52'], ['Calibration'], 'BY-HM'),
    person(1, ['26.51'], ['Sensors', 'Metrology'], 'r-dobrusski'),
  ];

  test('the same class, shared competences and the territory rank first, with hand-computed scores', () => {
    const result = matchTalent(tree, n, people, parents);
    assert.deepEqual(result.map((m) => m.id), [1, 2, 3]);
    const [a, b, c] = result;
    // Person 1: sector 1; competences {sensors, metrology} vs {metrology, sensors, calibration}: 2 / sqrt(6); territory 1.
    close(a!.components.sector, 1);
    close(a!.components.competence, 2 / Math.sqrt(6));
    assert.equal(a!.components.territory, 1);
    close(a!.score, 0.5 + 0.35 * 2 / Math.sqrt(6) + 0.15);
    // Person 2: same group 26.5, other class: (0.8^2 + 0.5^2 + 0.3^2) / (1 + 0.8^2 + 0.5^2 + 0.3^2) = 0.98 / 1.98;
    // competences 1 / sqrt(1 * 3); Minsk is not in Gomel oblast.
    close(b!.components.sector, 0.98 / 1.98);
    close(b!.components.competence, 1 / Math.sqrt(3));
    assert.equal(b!.components.territory, 0);
    close(b!.score, 0.5 * 0.98 / 1.98 + 0.35 / Math.sqrt(3));
    // Person 3: another section, no shared word, in the oblast: only the territory weight.
    close(c!.score, 0.15);
  });

  test('reasons name the real shared node, the shared words and the place', () => {
    const [a, b, c] = matchTalent(tree, n, people, parents);
    assert.deepEqual(a!.reasons.map((r) => r.text), [
      'works in NACE class 26.51 that is needed', 'names the needed competences: metrology, sensors', 'is based in BY-HO',
    ]);
    assert.deepEqual(b!.reasons.map((r) => [r.code, r.params]), [['same-group', { code: '26.5' }], ['competences', { words: 'calibration' }]]);
    assert.deepEqual(c!.reasons.map((r) => r.code), ['in-territory']);
  });

  test('components the need does not name are left out of the weighting', () => {
    // Only sectors named: the score is the sector cosine itself. 26 against 26.51: sqrt(0.34 / 1.98).
    const [m] = matchTalent(tree, need(['26'], '', []), [person(1, ['26.51'], ['anything'], 'BY-HO')], parents);
    close(m!.score, Math.sqrt(0.34 / 1.98));
    assert.deepEqual(m!.reasons.map((r) => r.code), ['same-division']);
  });

  test('an empty need scores everyone 0 and an empty list gives an empty result', () => {
    assert.deepEqual(matchTalent(tree, need([], '', []), people, parents).map((m) => m.score), [0, 0, 0]);
    assert.deepEqual(matchTalent(tree, n, [], parents), []);
  });

  test('a negative or NaN weight is a RangeError', () => {
    assert.throws(() => matchTalent(tree, n, people, parents, { sector: -1, competence: 1, territory: 1 }), /matchTalent requires a non-negative weight for sector/);
    assert.throws(() => matchTalent(tree, n, people, parents, { sector: 1, competence: Number.NaN, territory: 1 }), RangeError);
  });

  test('frozen inputs are not mutated', () => {
    const frozen = Object.freeze(people.map((p) => Object.freeze({ ...p, sectors: Object.freeze([...p.sectors]), competences: Object.freeze([...p.competences]) })));
    assert.equal(matchTalent(tree, Object.freeze(n), frozen, parents).length, 3);
  });
});
