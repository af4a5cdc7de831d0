// Profile texts: transliteration, 3-gram ids, idf and sublinear tf by hand; ru/be/en spellings meet.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitText, ngramIds, normaliseText, textVector } from '../../../src/analytics/matching/text-ngrams.ts';
import { dot, norm } from '../../../src/analytics/matching/sparse-vector.ts';

const close = (a: number, b: number, tol = 1e-6) => assert.ok(Math.abs(a - b) < tol, `${a} vs ${b}`);

test('normaliseText lower-cases, transliterates ru and be, strips accents and collapses other characters', () => {
  assert.equal(normaliseText('Станки с ЧПУ!'), ' stanki s chpu ');
  assert.equal(normaliseText('Ўзвышша, Інжынірынг'), ' uzvyshsha inzhyniryng ');
  assert.equal(normaliseText('Café  №5'), ' cafe 5 ');
  assert.equal(normaliseText(''), ' ');
});

test('ngramIds is a perfect hash of the 3-grams: space 0, a..z 1..26, digits 27..36', () => {
  // " ab " -> " ab" = 0*1369 + 1*37 + 2, "ab " = 1*1369 + 2*37 + 0
  assert.deepEqual([...ngramIds(' ab ')], [39, 1443]);
  assert.deepEqual([...ngramIds('')], []);
  assert.deepEqual([...ngramIds('0')], [27 * 37]); // " 0 " normalised on the way
  assert.equal(ngramIds(' z9 ')[1], 26 * 1369 + 36 * 37);
});

test('textVector weighs (1 + ln tf) idf with the smoothed idf and normalises', () => {
  // docs " aa " (grams " aa", "aa ") and " ab " (" ab", "ab "): all df 1 of N 2, idf = ln(3/2) + 1
  const model = fitText(['aa', 'ab']);
  close(model.idf[0 * 1369 + 1 * 37 + 1] as number, Math.log(1.5) + 1);
  // " aaa " has " aa" once, "aaa" (unseen, idf 0, dropped), "aa " once: equal weights -> 1/sqrt(2) each
  const v = textVector('aaa', model);
  assert.equal(v.index.length, 2);
  close(v.value[0] as number, Math.SQRT1_2);
  close(norm(textVector('aa aa ab', model)), 1);
  // tf 2 of " aa" and "aa ", tf 1 of " ab", "ab ": weights 1 + ln 2 and 1 over a norm
  const u = textVector('aa aa ab', model);
  const a = 1 + Math.log(2);
  close(u.value[0] as number, a / Math.sqrt(2 * a * a + 2)); // " aa" (id 38)
  close(u.value[1] as number, 1 / Math.sqrt(2 * a * a + 2)); // " ab" (id 39)
  assert.equal(textVector('', model).index.length, 0);
});

test('maxDf drops n-grams found in too many profiles', () => {
  const model = fitText(['steel', 'steam', 'stone'], { maxDf: 0.5 });
  assert.equal(model.idf[ngramIds(' st')[0] as number], 0);
  assert.ok((model.idf[ngramIds('steel')[3] as number] as number) > 0);
});

test('Russian, Belarusian and English spellings of a profile are closer to each other than to another trade', () => {
  const docs = ['производство станков с ЧПУ', 'вытворчасць станкоў з ЧПУ', 'CNC stanki machine tools', 'выпечка хлеба и кондитерских изделий', 'bakery bread'];
  const model = fitText(docs);
  const ru = textVector(docs[0] as string, model);
  const be = textVector(docs[1] as string, model);
  const bread = textVector(docs[3] as string, model);
  assert.ok(dot(ru, be) > 0.2, `ru-be ${dot(ru, be)}`);
  assert.ok(dot(ru, be) > dot(ru, bread) + 0.1);
});

test('textMatrix of a corpus equals fitText and textVector of each text, to the bit', async () => {
  const { textMatrix } = await import('../../../src/analytics/matching/featurise.ts');
  const docs = ['производство станков', 'вытворчасць станкоў', 'machine tools', '', 'станки станки станки', 'bread'];
  const { model, matrix } = textMatrix(docs, { maxDf: 0.5 });
  const reference = fitText(docs, { maxDf: 0.5 });
  assert.deepEqual(model.idf, reference.idf);
  docs.forEach((d, i) => {
    const v = textVector(d, reference);
    assert.deepEqual(matrix.index.subarray(matrix.offsets[i], matrix.offsets[i + 1]), v.index);
    assert.deepEqual(matrix.value.subarray(matrix.offsets[i], matrix.offsets[i + 1]), v.value);
  });
});
