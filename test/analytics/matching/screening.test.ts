// Call screening on a small hand-built registry: every hard rule and its reason, the interest signal, the fit
// score and its threshold.
//
// Sector tree (test/fixtures/reference/sectors.csv): C > 26 > 26.5 > 26.51, C > 16 > 16.2 > 16.21, J > 62 > 62.0 > 62.01.
// Level weights section 0.3, division 0.5, group 0.8, class 1. Call sectors ['26']: v_call = (26: 0.5, C: 0.3),
// ||v_call||^2 = 0.34. An organisation of 26.51: v = (26.51: 1, 26.5: 0.8, 26: 0.5, C: 0.3), ||v||^2 = 1.98,
// dot = 0.25 + 0.09 = 0.34, so sector = 0.34 / sqrt(0.34 * 1.98) = sqrt(0.34 / 1.98) = 0.414388;
// fit = 0.7 * 0.414388 + 0.3 * 1 = 0.590072 (size class named by the call), 0.7 * 0.414388 + 0.3 * 0.5 = 0.440072 (unknown size).
// Primary 62.01 (weight 1) and secondary 26.51 (weight 0.5) against the call 26.51: ||v||^2 = 1.98 * 1.25,
// dot = 0.5 * 1.98, sector = 0.5 / sqrt(1.25) = 1/sqrt(5) = 0.447214.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callFit, sectorReason, sizeFit } from '../../../src/analytics/matching/call-fit.ts';
import {
  hardRuleFailures, screen, type ScreeningCall, type ScreeningCandidate, sectorWithin, territoryWithin,
} from '../../../src/analytics/matching/screening.ts';
import { sectorTree } from '../../helpers/sector-tree.ts';

const tree = sectorTree({ C: ['16.21', '26.51'], J: ['62.01'] });
const parents = new Map<string, string | null>([
  ['BY', null], ['BY-HO', 'BY'], ['BY-HM', 'BY'], ['r-dobrusski', 'BY-HO'], ['r-homielski', 'BY-HO'],
]);

const CALL: ScreeningCall = Object.freeze({
  sectors: ['26'], territories: ['BY-HO'], sizeClasses: ['small', 'medium'], roles: ['producer'], certifications: ['ISO 9001'],
  minEmployees: 20, minCompetitiveness: 0.5, minReliability: 0.4, fitThreshold: 0.3, requireInterest: true, deadline: '2026-05-01',
});

const GOOD: ScreeningCandidate = Object.freeze({
  id: 1, name: 'Good', primarySector: '26.51', secondarySectors: [], territoryId: 'r-dobrusski', sizeClass: 'small',
  roles: ['producer'], employees: 40, certifications: ['iso 9001'], status: 'active', competitiveness: 0.6, reliability: 0.5,
  interest: 'interested', respondedAt: '2026-04-20T10:00:00.000Z',
});

const org = (overrides: Partial<ScreeningCandidate>): ScreeningCandidate => ({ ...GOOD, ...overrides });
const reasons = (c: ScreeningCandidate, call: ScreeningCall = CALL) => hardRuleFailures(call, c, tree, parents);
const close = (a: number, b: number, tol = 1e-6) => assert.ok(Math.abs(a - b) < tol, `${a} vs ${b}`);

test('sectorWithin: a required code takes its own code and every code below it, a section its divisions', () => {
  assert.ok(sectorWithin(tree, '26.51', '26'));
  assert.ok(sectorWithin(tree, '26.51', '26.5'));
  assert.ok(sectorWithin(tree, '26.51', '26.51'));
  assert.ok(sectorWithin(tree, '16.21', 'C'));
  assert.ok(!sectorWithin(tree, '26', '26.51'), 'a broader code does not meet a narrower requirement');
  assert.ok(!sectorWithin(tree, '62.01', 'C'));
  assert.ok(sectorWithin(tree, '27.12', '27'), 'codes missing from the tree fall back to the dotted prefix');
  assert.ok(!sectorWithin(tree, '27.12', '2'));
});

test('territoryWithin: a required oblast takes its raions through the parent links', () => {
  assert.ok(territoryWithin(parents, 'r-dobrusski', 'BY-HO'));
  assert.ok(territoryWithin(parents, 'r-dobrusski', 'BY'));
  assert.ok(territoryWithin(parents, 'BY-HO', 'BY-HO'));
  assert.ok(!territoryWithin(parents, 'BY-HM', 'BY-HO'));
  assert.ok(!territoryWithin(parents, 'BY-HO', 'r-dobrusski'), 'an oblast is not inside its raion');
});

test('an organisation meeting every requirement passes every hard rule', () => {
  assert.deepEqual(reasons(GOOD), []);
  assert.deepEqual(reasons(org({ primarySector: '62.01', secondarySectors: ['26.51'] })), [], 'a secondary code meets the sector rule');
  assert.deepEqual(reasons(org({ territoryId: 'r-homielski' })), []);
  assert.deepEqual(reasons(org({ sizeClass: null })), [], 'an unknown size class passes the rule (and scores 0.5 in the fit)');
  assert.deepEqual(reasons(org({ respondedAt: '2026-05-01T23:00:00.000Z' })), [], 'an answer on the deadline day counts');
});

test('each hard rule reports its reason with the value that failed', () => {
  const one = (o: Partial<ScreeningCandidate>) => reasons(org(o));
  assert.deepEqual(one({ status: 'liquidating' }), [{ rule: 'status', reason: 'status liquidating' }]);
  assert.deepEqual(one({ primarySector: '62.01' }), [{ rule: 'sector', reason: 'sector 62.01 not in 26' }]);
  assert.deepEqual(one({ primarySector: null }), [{ rule: 'sector', reason: 'sector unknown not in 26' }]);
  assert.deepEqual(one({ territoryId: 'BY-HM' }), [{ rule: 'territory', reason: 'territory BY-HM not in BY-HO' }]);
  assert.deepEqual(one({ territoryId: null }), [{ rule: 'territory', reason: 'territory unknown not in BY-HO' }]);
  assert.deepEqual(one({ sizeClass: 'large' }), [{ rule: 'size', reason: 'size class large not in small, medium' }]);
  assert.deepEqual(one({ roles: ['service', 'rnd'] }), [{ rule: 'role', reason: 'roles service, rnd not in producer' }]);
  assert.deepEqual(one({ employees: 12 }), [{ rule: 'employees', reason: 'employees 12 < 20' }]);
  assert.deepEqual(one({ employees: 12, showFigures: false }), [{ rule: 'employees', reason: 'employees below 20' }], 'confidential figure hidden');
  assert.deepEqual(one({ employees: null }), [{ rule: 'employees', reason: 'employees unknown, minimum 20' }]);
  assert.deepEqual(one({ certifications: ['ISO 14001'] }), [{ rule: 'certifications', reason: 'missing certification ISO 9001' }]);
  assert.deepEqual(one({ respondedAt: '2026-05-02T00:00:01.000Z' }), [{ rule: 'deadline', reason: 'answered 2026-05-02 after the deadline 2026-05-01' }]);
  assert.deepEqual(one({ competitiveness: 0.45 }), [{ rule: 'competitiveness', reason: 'competitiveness 0.45 < 0.50' }]);
  assert.deepEqual(one({ competitiveness: NaN }), [{ rule: 'competitiveness', reason: 'competitiveness unknown, minimum 0.50' }]);
  assert.deepEqual(one({ reliability: 0.3 }), [{ rule: 'reliability', reason: 'reliability 0.30 < 0.40' }]);
  assert.deepEqual(one({ reliability: 0.398 }), [{ rule: 'reliability', reason: 'reliability 0.398 < 0.40' }], 'a third decimal when two would print equal');
});

test('empty requirements are no rules', () => {
  const open: ScreeningCall = { ...CALL, sectors: [], territories: [], sizeClasses: [], roles: [], certifications: [], minEmployees: null, minCompetitiveness: null, minReliability: null, deadline: null };
  const bare = org({ primarySector: null, territoryId: null, sizeClass: null, roles: [], employees: null, certifications: [], competitiveness: null, reliability: null });
  assert.deepEqual(reasons(bare, open), []);
  assert.deepEqual(reasons({ ...bare, status: 'liquidated' }, open), [{ rule: 'status', reason: 'status liquidated' }], 'the status rule always applies');
});

test('screen reports every organisation with its decision, stage and reason; all failed rules are listed', () => {
  const rows = screen(CALL, [
    GOOD,
    org({ id: 2, name: 'Two rules', territoryId: 'BY-HM', employees: 5 }),
    org({ id: 3, name: 'Declined', interest: 'declined' }),
    org({ id: 4, name: 'Silent', interest: null, respondedAt: null }),
    org({ id: 5, name: 'Late', respondedAt: '2026-05-03T08:00:00.000Z' }),
  ], tree, parents);
  assert.deepEqual(rows.map((r) => [r.id, r.decision, r.stage, r.rule, r.reason]), [
    [1, 'accepted', 'fit', null, 'interested; fit 0.59 >= 0.30'],
    [2, 'screened_out', 'rule', 'territory', 'territory BY-HM not in BY-HO; employees 5 < 20'],
    [3, 'screened_out', 'interest', 'declined', 'declined'],
    [4, 'screened_out', 'interest', 'no-answer', 'no answer'],
    [5, 'screened_out', 'rule', 'deadline', 'answered 2026-05-03 after the deadline 2026-05-01'],
  ]);
  assert.equal(rows[1]!.failedRules.length, 2);
  close(rows[0]!.fit, 0.590072);
  close(rows[0]!.sectorFit, 0.414388);
  assert.equal(rows[0]!.sizeFit, 1);
});

test('a hard rule screens out before interest: a declined organisation outside the territory fails at the rule stage', () => {
  const [row] = screen(CALL, [org({ territoryId: 'BY-HM', interest: 'declined' })], tree, parents);
  assert.equal(row!.stage, 'rule');
  assert.equal(row!.reason, 'territory BY-HM not in BY-HO');
});

test('without require_interest an organisation that did not answer is accepted, a declined one is still out', () => {
  const call = { ...CALL, requireInterest: false };
  const rows = screen(call, [org({ interest: null, respondedAt: null }), org({ id: 2, interest: 'declined' })], tree, parents);
  assert.equal(rows[0]!.decision, 'accepted');
  assert.equal(rows[0]!.reason, 'no answer (interest not required); fit 0.59 >= 0.30');
  assert.equal(rows[1]!.reason, 'declined');
});

test('the fit threshold: below it is low fit with the score, at it is accepted', () => {
  const candidates = [GOOD, org({ id: 2, sizeClass: null })];
  const at50 = screen({ ...CALL, fitThreshold: 0.5 }, candidates, tree, parents);
  assert.equal(at50[0]!.decision, 'accepted');
  assert.deepEqual([at50[1]!.decision, at50[1]!.stage, at50[1]!.rule, at50[1]!.reason], ['screened_out', 'fit', 'low-fit', 'low fit 0.44 < 0.50']);
  close(at50[1]!.fit, 0.440072);
  const at60 = screen({ ...CALL, fitThreshold: 0.6 }, [GOOD], tree, parents);
  assert.equal(at60[0]!.reason, 'low fit 0.59 < 0.60');
  const exactly = screen({ ...CALL, fitThreshold: at60[0]!.fit }, [GOOD], tree, parents);
  assert.equal(exactly[0]!.decision, 'accepted', 'a fit equal to the threshold is accepted');
  assert.throws(() => screen({ ...CALL, fitThreshold: 1.5 }, [GOOD], tree, parents), RangeError);
});

test('callFit: 1 when the call names no sector, the cosine in the hierarchy otherwise, 0 without a known code', () => {
  const none = callFit(tree, { sectors: [], sizeClasses: [] }, [GOOD, org({ primarySector: null })]);
  assert.deepEqual([...none.score], [1, 1]);
  const same = callFit(tree, { sectors: ['26.51'], sizeClasses: [] }, [
    GOOD, org({ primarySector: '62.01', secondarySectors: ['26.51'] }), org({ primarySector: null }), org({ primarySector: '16.21' }),
  ]);
  close(same.sector[0]!, 1);
  close(same.sector[1]!, 1 / Math.sqrt(5));
  assert.equal(same.sector[2], 0);
  close(same.sector[3]!, 0.09 / 1.98, 1e-6);
  close(same.score[1]!, 0.7 / Math.sqrt(5) + 0.3);
});

test('sizeFit: 1 inside the named classes or when none is named, 1 - d/3 by distance, 0.5 when unknown', () => {
  assert.equal(sizeFit('small', []), 1);
  assert.equal(sizeFit('small', ['small']), 1);
  close(sizeFit('medium', ['small']), 2 / 3);
  assert.equal(sizeFit('large', ['micro']), 0);
  assert.equal(sizeFit(null, ['micro']), 0.5);
});

test('sectorReason names the deepest NACE node the organisation shares with the call', () => {
  assert.deepEqual(sectorReason(tree, ['26.51'], ['26']), { level: 'division', code: '26', text: 'same NACE division 26' });
  assert.deepEqual(sectorReason(tree, ['62.01', '26.51'], ['26.51', '16']), { level: 'class', code: '26.51', text: 'same NACE class 26.51' });
  assert.deepEqual(sectorReason(tree, ['16.21'], ['26.51']), { level: 'section', code: 'C', text: 'same NACE section C' });
  assert.equal(sectorReason(tree, ['62.01'], ['26.51']), null);
});

test('screen of no candidates is empty and does not mutate its frozen inputs', () => {
  assert.deepEqual(screen(CALL, [], tree, parents), []);
  const frozen = Object.freeze([GOOD]);
  screen(CALL, frozen, tree, parents);
  assert.equal(GOOD.interest, 'interested');
});
