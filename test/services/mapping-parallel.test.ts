import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterMapping, type PackedClusterMapping } from '../../src/analytics/cluster-mapping.ts';
import { MappingPool, sharedFloat64Array, type MappingTable } from '../../src/services/mapping-parallel.ts';

/** A table of nR x nC cells from a seed, in shared memory or not. */
function table(nR: number, nC: number, seed: number, shared: boolean): MappingTable {
  const make = (n: number) => (shared ? sharedFloat64Array(n) : new Float64Array(n));
  const employment = make(nR * nC);
  const establishments = make(nR * nC);
  const wages = make(nR * nC);
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < nR * nC; i++) {
    if (random() < 0.3) continue;
    employment[i] = Math.round(Math.exp(7 * random()));
    establishments[i] = 1 + Math.floor((employment[i] as number) / (5 + 20 * random()));
    wages[i] = random() < 0.05 ? NaN : 400 + 800 * random();
  }
  return { employment, establishments, wages };
}

test('MappingPool maps every table exactly as clusterMapping does, shared or copied, in any completion order', async (t) => {
  const pool = await MappingPool.start(2);
  t.after(() => pool.close());
  assert.equal(pool.size, 2);
  const nR = 240;
  const nC = 10;
  const traded = Uint8Array.from({ length: nC }, (_, c) => (c % 3 === 0 ? 1 : 0));
  const tables = Array.from({ length: 7 }, (_, y) => table(nR, nC, 100 + y, y % 2 === 0));
  const seen = new Set<number>();
  await pool.map(tables, nR, nC, { traded, sizeTop: 0.2 }, (index, result, seconds) => {
    assert.ok(seconds >= 0);
    seen.add(index);
    const input = tables[index] as MappingTable;
    const expected = clusterMapping(input.employment, input.establishments, nR, nC, { traded, sizeTop: 0.2, wages: input.wages });
    assert.deepEqual([...result.lq].map(String), [...expected.lq].map(String), `table ${index}: lq`);
    assert.deepEqual(result.classes, expected.classes, `table ${index}: classes`);
    assert.deepEqual(result.stars, expected.stars, `table ${index}: stars`);
  });
  assert.deepEqual([...seen].sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6]);
  // A second run with another shape reuses the workers, prepared for it or not.
  await pool.prepare(30, 4);
  let count = 0;
  await pool.map([table(30, 4, 9, true)], 30, 4, {}, () => count++);
  assert.equal(count, 1);
  await pool.map([], 30, 4, {}, () => count++);
  assert.equal(count, 1);
});

test('MappingPool rejects with the error of a bad table after the others finish', async (t) => {
  const pool = await MappingPool.start(1);
  t.after(() => pool.close());
  const good = table(20, 3, 1, true);
  const bad: MappingTable = { employment: new Float64Array(5), establishments: new Float64Array(5) };
  const done: number[] = [];
  await assert.rejects(pool.map([good, bad, good], 20, 3, {}, (index) => done.push(index)), {
    name: 'RangeError',
    message: '`clusterMapping` requires employment.length = nRegions * nCategories',
  });
  assert.deepEqual(done, [0]);
  await assert.rejects(MappingPool.start(0), RangeError);
});

test('MappingPool.mapPacked gives the packed format of clusterMapping, with the last tables split over the workers', async (t) => {
  const pool = await MappingPool.start(2);
  t.after(() => pool.close());
  const nR = 300;
  const nC = 12;
  const traded = Uint8Array.from({ length: nC }, (_, c) => (c % 2 === 0 ? 1 : 0));
  await pool.prepare(nR, nC, 'packed');
  // 5 tables on 2 workers: 4 whole, and the last one in two parts (categories 0-4 and 4-12, say).
  for (const count of [5, 4, 1]) {
    const tables = Array.from({ length: count }, (_, y) => table(nR, nC, 300 + y, y % 2 === 1));
    const seen: number[] = [];
    const copies: PackedClusterMapping[] = [];
    await pool.mapPacked(tables, nR, nC, { traded }, (index, result, seconds) => {
      assert.ok(seconds >= 0);
      seen.push(index);
      copies[index] = { lq: result.lq.slice(), flags: result.flags.slice() };
    });
    assert.deepEqual(seen.sort((a, b) => a - b), Array.from({ length: count }, (_, i) => i));
    tables.forEach((input, index) => {
      const expected = clusterMapping(input.employment, input.establishments, nR, nC, { traded, wages: input.wages, packed: true });
      const actual = copies[index] as PackedClusterMapping;
      assert.deepEqual([...actual.lq].map(String), [...expected.lq].map(String), `${count} tables, table ${index}: lq`);
      assert.deepEqual(actual.flags, expected.flags, `${count} tables, table ${index}: flags`);
    });
  }
});
