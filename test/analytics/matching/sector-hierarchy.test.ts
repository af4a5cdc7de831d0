// The sector hierarchy as features: cosines of single codes by hand, weighted codes, common ancestors; sparse algebra.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SectorTree } from '../../../src/analytics/matching/sector-hierarchy.ts';
import { dot, norm, sparseFrom, weightedSum } from '../../../src/analytics/matching/sparse-vector.ts';
import { sectorTree } from '../../helpers/sector-tree.ts';

const tree = sectorTree({ C: ['26.51', '26.52', '26.11', '27.11'], J: ['62.01'] });
const cos = (a: string[], b: string[]) => dot(tree.vector(a), tree.vector(b));
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-6, `${a} vs ${b}`);

test('single codes: same class 1, same group 0.98/1.98, same division 0.34/1.98, same section 0.09/1.98, other section 0', () => {
  close(cos(['26.51'], ['26.51']), 1);
  close(cos(['26.51'], ['26.52']), 0.98 / 1.98);
  close(cos(['26.51'], ['26.11']), 0.34 / 1.98);
  close(cos(['26.51'], ['27.11']), 0.09 / 1.98);
  close(cos(['26.51'], ['62.01']), 0);
  assert.ok(cos(['26.51'], ['26.5']) > cos(['26.51'], ['26']), 'a code at group level is nearer than one at division level');
});

test('vectors are unit length, skip unknown codes, and weigh codes', () => {
  close(norm(tree.vector(['26.51', '62.01'], [1, 0.5])), 1);
  assert.equal(tree.vector(['99.99']).index.length, 0);
  // mostly electronics with some software: nearer to electronics than to software
  const mixed = ['26.51', '62.01'];
  assert.ok(dot(tree.vector(mixed, [1, 0.3]), tree.vector(['26.52'])) > dot(tree.vector(mixed, [1, 0.3]), tree.vector(['62.01'])));
});

test('commonAncestor names the deepest shared node', () => {
  assert.equal(tree.codes[tree.commonAncestor(tree.id('26.51'), tree.id('26.52'))], '26.5');
  assert.equal(tree.codes[tree.commonAncestor(tree.id('26.51'), tree.id('27.11'))], 'C');
  assert.equal(tree.commonAncestor(tree.id('26.51'), tree.id('62.01')), -1);
  assert.throws(() => new SectorTree([{ code: '01', level: 'division', parent: 'A' }]), RangeError);
});

test('sparse vectors: repeated ids summed, dot by merge, weighted sums', () => {
  const a = sparseFrom([3, 1, 3], [1, 2, 4]);
  assert.deepEqual([...a.index], [1, 3]);
  assert.deepEqual([...a.value], [2, 5]);
  assert.equal(dot(a, sparseFrom([3, 7], [2, 9])), 10);
  const s = weightedSum([a, sparseFrom([1], [1])], [2, -4]);
  assert.deepEqual([...s.index], [3], 'id 1 cancels: 2 * 2 - 4 * 1 = 0');
  assert.deepEqual([...s.value], [10]);
});
