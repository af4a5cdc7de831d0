// Eligibility of SMEs for a support measure: each rule alone and together, with the hand-expected failures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type EligibilityCandidate, sectorMatches, supportEligibility } from '../../../src/analytics/evaluation/support-eligibility.ts';
import { sectorTree } from '../../helpers/sector-tree.ts';

// BY -> BY-MI (Minsk oblast) -> r-bor (Barysaw raion); BY-HM (Minsk city)
const parents = new Map<string, string | null>([['BY', null], ['BY-MI', 'BY'], ['r-bor', 'BY-MI'], ['BY-HM', 'BY']]);

const org = (over: Partial<EligibilityCandidate>): EligibilityCandidate => ({
  id: 1, sizeClass: 'small', sectors: ['62.01'], territoryId: 'r-bor', clusterIds: [3], employees: 40, ...over,
});

test('sector codes match themselves and their descendants, dotted or not, with or without the tree', () => {
  assert.ok(sectorMatches('62.01', '62'));
  assert.ok(sectorMatches('6201', '62'));
  assert.ok(sectorMatches('62010', '62.01'));
  assert.ok(sectorMatches('62.0', '62'));
  assert.ok(!sectorMatches('63.11', '62'));
  assert.ok(!sectorMatches('62', '62.01'));
  assert.ok(!sectorMatches('J', '62'));
  const tree = sectorTree({ J: ['62.01'], C: ['26.51'] });
  assert.ok(sectorMatches('62.01', 'J', tree));
  assert.ok(!sectorMatches('26.51', 'J', tree));
  assert.ok(sectorMatches('6201', '62', tree)); // not in the tree: digit prefix
});

test('an organisation passing every rule is eligible with no failures', () => {
  const [r] = supportEligibility({
    sizeClasses: ['micro', 'small'], sectors: ['62'], territories: ['BY-MI'], membership: 'member', clusterIds: [3, 4], maxEmployees: 249,
  }, [org({})], parents);
  assert.deepEqual(r, { id: 1, eligible: true, failed: [] });
});

test('each failed rule is reported with its values, in rule order', () => {
  const rules = { sizeClasses: ['micro', 'small'], sectors: ['26', '62.02'], territories: ['BY-HM'], clusterIds: [5, 6], maxEmployees: 249 };
  const [r] = supportEligibility(rules, [org({ id: 7, sizeClass: 'large', employees: 300 })], parents);
  assert.equal(r!.eligible, false);
  assert.deepEqual(r!.failed, [
    { rule: 'size', reason: 'size class large not in micro, small' },
    { rule: 'sector', reason: 'sector 62.01 not in 26, 62.02' },
    { rule: 'territory', reason: 'territory r-bor not in BY-HM' },
    { rule: 'cluster', reason: 'clusters 3 not in 5, 6' },
    { rule: 'employees', reason: 'employees 300 > 249' },
  ]);
});

test('unknown size, sector, territory and employees fail a rule that asks for them; no rule, no failure', () => {
  const unknown = org({ sizeClass: null, sectors: [], territoryId: null, employees: null, clusterIds: [] });
  const [r] = supportEligibility({ sizeClasses: ['small'], sectors: ['62'], territories: ['BY'], maxEmployees: 10 }, [unknown], parents);
  assert.deepEqual(r!.failed.map((f) => f.reason), [
    'size class unknown not in small', 'sector unknown not in 62', 'territory unknown not in BY', 'employees unknown, maximum 10',
  ]);
  assert.deepEqual(supportEligibility({}, [unknown], parents)[0], { id: 1, eligible: true, failed: [] });
});

test('membership: member, non-member (of any cluster or of the listed ones), any', () => {
  const member = org({ id: 1, clusterIds: [3] });
  const outsider = org({ id: 2, clusterIds: [] });
  const m = supportEligibility({ membership: 'member' }, [member, outsider], parents);
  assert.deepEqual(m.map((x) => x.eligible), [true, false]);
  assert.deepEqual(m[1]!.failed, [{ rule: 'membership', reason: 'not a cluster member' }]);
  const n = supportEligibility({ membership: 'non-member' }, [member, outsider], parents);
  assert.deepEqual(n.map((x) => x.eligible), [false, true]);
  assert.deepEqual(n[0]!.failed, [{ rule: 'membership', reason: 'member of cluster 3' }]);
  // non-members of clusters 5 and 6 only: a member of cluster 3 qualifies
  assert.deepEqual(supportEligibility({ membership: 'non-member', clusterIds: [5, 6] }, [member], parents)[0]!.eligible, true);
  assert.deepEqual(supportEligibility({ membership: 'any' }, [member, outsider], parents).map((x) => x.eligible), [true, true]);
  // members of the listed clusters: the cluster rule
  assert.deepEqual(supportEligibility({ membership: 'member', clusterIds: [4] }, [member], parents)[0]!.failed,
    [{ rule: 'cluster', reason: 'clusters 3 not in 4' }]);
  assert.throws(() => supportEligibility({ maxEmployees: -1 }, [member], parents), RangeError);
});

test('the boundary of maxEmployees is inclusive and a secondary sector code can qualify', () => {
  const [r] = supportEligibility({ sectors: ['26'], maxEmployees: 40 }, [org({ sectors: ['62.01', '26.51'] })], parents);
  assert.equal(r!.eligible, true);
});
