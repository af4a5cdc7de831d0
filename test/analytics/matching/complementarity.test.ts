// Value-chain complementarity: normalised PMI of contracts and input-output shares by hand; query profiles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chainProfile, complementarity, valueChain } from '../../../src/analytics/matching/complementarity.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-6, `${a} vs ${b}`);

test('valueChain is the positive normalised PMI of supplier -> customer sector counts', () => {
  // 4 contracts: 0->1 twice, 0->2 once, 2->1 once (n = 4)
  const chain = valueChain(3, { supplier: Int32Array.of(0, 0, 0, 2), customer: Int32Array.of(1, 1, 2, 1) });
  // p(0->1) = 1/2, p(0.) = 3/4, p(.1) = 3/4: ln((1/2)/(9/16)) / -ln(1/2) = ln(8/9)/ln 2 < 0 -> 0
  close(chain.m[0 * 3 + 1] as number, 0);
  // p(0->2) = 1/4, p(0.) = 3/4, p(.2) = 1/4: ln((1/4)/(3/16)) / ln 4 = ln(4/3)/ln 4
  close(chain.m[0 * 3 + 2] as number, Math.log(4 / 3) / Math.log(4));
  // p(2->1) = 1/4, p(2.) = 1/4, p(.1) = 3/4: ln(4/3)/ln 4
  close(chain.m[2 * 3 + 1] as number, Math.log(4 / 3) / Math.log(4));
  close(chain.m[1 * 3 + 0] as number, 0);
  // one contract alone: p = 1, taken as 1
  close(valueChain(2, { supplier: Int32Array.of(0), customer: Int32Array.of(1) }).m[1] as number, 1);
});

test('an input-output table adds the share of the customer sector inputs', () => {
  const chain = valueChain(2, { supplier: new Int32Array(0), customer: new Int32Array(0) }, { from: Int32Array.of(0, 1), to: Int32Array.of(1, 1), value: Float64Array.of(30, 10) });
  close(chain.m[0 * 2 + 1] as number, 0.75);
  close(chain.m[1 * 2 + 1] as number, 0.25);
  assert.throws(() => valueChain(2, { supplier: Int32Array.of(5), customer: Int32Array.of(0) }), RangeError);
});

test('a candidate scores as supplier of what the query buys or customer of what it sells', () => {
  // sector 0 supplies sector 1 (strength 1 from a single link); the query is in sector 1
  const chain = valueChain(3, { supplier: Int32Array.of(0), customer: Int32Array.of(1) });
  const p = chainProfile(chain, [1]);
  close(complementarity(p, [0]), 1);
  assert.equal(p.suppliesVia[0], 1);
  close(complementarity(p, [2]), 0);
  // the query in sector 0 sees sector 1 as its customer
  const q = chainProfile(chain, [0]);
  close(complementarity(q, [1]), 1);
  assert.equal(q.buysVia[1], 0);
});
