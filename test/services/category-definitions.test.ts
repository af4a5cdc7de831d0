import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import {
  BENCHMARK_CATEGORIES_FILE,
  BENCHMARK_NACE_FILE,
  DATA_DIR,
  categoryCoverage,
  loadBenchmarkCategories,
  naceClassesOf,
  readCategoryDefinitions,
  readCategoryDefinitionsSource,
  readSectorsFile,
  type CategoryDefinitions,
} from '../../src/services/category-definitions.ts';
import { ValidationError } from '../../src/services/errors.ts';
import { writeTable } from '../../src/services/files/write-table.ts';
import { assertCloseTo } from '../helpers/close.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/categories/${name}`, import.meta.url));
const SECTORS = readSectorsFile();
const known = SECTORS.codes;

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the definitions to be rejected');
}

describe('readCategoryDefinitions', () => {
  test('reads a good file: categories sorted as text, names and traded flags from any row, weights 1 by default', async () => {
    const defs = await readCategoryDefinitions(fixture('good.csv'), { knownCodes: known });
    assert.deepEqual(defs.categories, [
      { code: 'food', nameEn: 'Dairy', nameRu: 'Молочные продукты', nameBe: 'Малочныя прадукты', traded: true },
      { code: 'instruments', nameEn: 'Instruments', nameRu: 'Приборы', nameBe: 'Прыборы', traded: true },
      { code: 'it', nameEn: 'Information technology', nameRu: 'Информационные технологии', nameBe: 'Інфармацыйныя тэхналогіі', traded: true },
      { code: 'retail', nameEn: 'Retail', nameRu: 'Розничная торговля', nameBe: 'Рознічны гандаль', traded: false },
    ]);
    assert.deepEqual(defs.entries, [
      { category: 0, nace: '10.51', weight: 1 },
      { category: 1, nace: '26.51', weight: 0.4 },
      { category: 2, nace: '26.2', weight: 1 },
      { category: 2, nace: '26.51', weight: 0.6 },
      { category: 2, nace: '62', weight: 1 },
      { category: 3, nace: '47.1', weight: 0.5 },
      { category: 3, nace: '47.11', weight: 0.5 },
    ]);
  });

  test('reads a `;`-separated file with only the required columns (in any order)', async () => {
    const defs = await readCategoryDefinitions(fixture('good-minimal.csv'), { knownCodes: known });
    assert.deepEqual(defs.categories.map((c) => [c.code, c.nameEn, c.traded]), [['a', null, null], ['b', null, null]]);
    assert.deepEqual(defs.entries, [{ category: 0, nace: '10.5', weight: 1 }, { category: 1, nace: '26.51', weight: 1 }]);
  });

  test('reports every problem of a bad file with its row and column, and the file name', async () => {
    const error = await rejection(readCategoryDefinitions(fixture('bad.csv'), { knownCodes: known }));
    assert.match(error.message, /^bad\.csv: 13 problems found/);
    assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [
      [3, 'nace'], // unknown code 26.59
      [4, 'weight'], // abc
      [5, 'weight'], // 1.5
      [6, 'category'], // empty category
      [7, 'nace'], // duplicate (a, 26.51)
      [8, 'weight'], // 26.51: 0.5 + 0.7 > 1
      [9, 'nace'], // 2651
      [10, 'nace'], // section letter
      [11, 'traded'], // b is traded in row 8
      [12, 'name_ru'], // b is named differently in row 8
      [13, 'nace'], // empty NACE code
      [14, 'traded'], // maybe
      [15, 'weight'], // 0
    ]);
    const message = (row: number) => error.errors.find((e) => e.row === row)?.message ?? '';
    assert.match(message(3), /unknown NACE code 26\.59/);
    assert.match(message(4), /"abc" is not a number/);
    assert.match(message(5), /1\.5 is outside \(0, 1\]/);
    assert.match(message(6), /empty category/);
    assert.match(message(7), /duplicate of row 2: category a, NACE 26\.51/);
    assert.match(message(8), /the weights of NACE 26\.51 sum to 1\.2 over rows 2, 8: at most 1/);
    assert.match(message(9), /"2651" is not a NACE code/);
    assert.match(message(10), /C is a section: list its divisions/);
    assert.match(message(11), /category b is local here but traded in row 8/);
    assert.match(message(12), /category b is named "Б" in row 8/);
    assert.match(message(15), /0 is outside \(0, 1\]/);
  });

  test('a class under a listed division counts the division\'s weight towards its sum', async () => {
    const csv = 'category,nace,weight\nx,26,0.6\ny,26.5,0.3\nz,26.51,0.2\n';
    const error = await rejection(readCategoryDefinitionsSource({ buffer: Buffer.from(csv) }, 'csv', 'nested.csv', { knownCodes: known }));
    assert.match(error.message, /^nested\.csv: 1 problem found/);
    assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[4, 'weight']]);
    assert.match(error.errors[0]!.message, /NACE 26\.51 sum to 1\.1 over rows 2, 3, 4/);
    // 0.6 + 0.3 + 0.1 = 1 is allowed (up to rounding).
    const ok = await readCategoryDefinitionsSource({ buffer: Buffer.from(csv.replace('0.2', '0.1')) }, 'csv', 'nested.csv', { knownCodes: known });
    assert.equal(ok.entries.length, 3);
  });

  test('rejects a file without a required column, an empty file, and an unsupported extension', async () => {
    const missing = await rejection(readCategoryDefinitions(fixture('missing-column.csv'), { knownCodes: known }));
    assert.match(missing.message, /^missing-column\.csv: missing required column nace/);
    assert.deepEqual(missing.errors.map((e) => [e.row, e.column]), [[1, 'nace']]);
    const empty = await rejection(readCategoryDefinitionsSource({ buffer: Buffer.from('category,nace\n') }, 'csv', 'empty.csv', { knownCodes: known }));
    assert.match(empty.message, /^empty\.csv: no data rows/);
    const blank = await rejection(readCategoryDefinitionsSource({ buffer: Buffer.from('\n') }, 'csv', 'blank.csv', { knownCodes: known }));
    assert.match(blank.message, /^blank\.csv: the file is empty/);
    const type = await rejection(readCategoryDefinitions('/nowhere/defs.json', { knownCodes: known }));
    assert.match(type.message, /^defs\.json: unsupported file type/);
  });

  test('reads an XLSX file (first sheet) with the same checks', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'categories-')), 'defs.xlsx');
    writeFileSync(path, await writeTable(['category', 'nace', 'weight', 'traded'],
      [['it', '62', 1, 'true'], ['it', '26.51', 0.5, ''], ['x', '99.99', 1, 'false']], 'xlsx'));
    const error = await rejection(readCategoryDefinitions(path, { knownCodes: known }));
    assert.match(error.message, /^defs\.xlsx: 1 problem found/);
    assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[4, 'nace']]);
    writeFileSync(path, await writeTable(['category', 'nace', 'weight', 'traded'], [['it', '62', 1, 'true'], ['it', '26.51', 0.5, '']], 'xlsx'));
    const defs = await readCategoryDefinitions(path, { knownCodes: known });
    assert.deepEqual(defs.entries, [{ category: 0, nace: '26.51', weight: 0.5 }, { category: 0, nace: '62', weight: 1 }]);
    assert.equal(defs.categories[0]!.traded, true);
  });
});

describe('sectors and coverage', () => {
  test('readSectorsFile gives the 615 NACE classes of data/sectors.csv with their sections', () => {
    assert.equal(SECTORS.classes.length, 615);
    assert.equal(SECTORS.codes.size, 996);
    assert.deepEqual(SECTORS.classes.find((c) => c.code === '26.51'), { code: '26.51', section: 'C' });
    assert.deepEqual(SECTORS.classes.find((c) => c.code === '01.11'), { code: '01.11', section: 'A' });
    const { classes } = naceClassesOf([
      { code: 'C', level: 'section', parentCode: null },
      { code: '26', level: 'division', parentCode: 'C' },
      { code: '26.5', level: 'group', parentCode: '26' },
      { code: '26.52', level: 'class', parentCode: '26.5' },
      { code: '26.51', level: 'class', parentCode: '26.5' },
    ]);
    assert.deepEqual(classes, [{ code: '26.51', section: 'C' }, { code: '26.52', section: 'C' }]);
  });

  test('categoryCoverage of the good fixture, by hand', async () => {
    const defs = await readCategoryDefinitions(fixture('good.csv'), { knownCodes: known });
    const coverage = categoryCoverage(defs, SECTORS.classes);
    // C: 26.20 (it), 26.51 (0.4 + 0.6), 10.51 (food): 3 classes, all full, all traded.
    const c = coverage.sections.find((s) => s.section === 'C')!;
    assert.deepEqual([c.assigned, c.full], [3, 3]);
    assertCloseTo(c.traded, 3);
    // G: 47.11 gets 0.5 (47.1) + 0.5 (47.11) = 1; 47.19 gets 0.5 from the group: 2 assigned, 1 full, 1.5 local.
    const g = coverage.sections.find((s) => s.section === 'G')!;
    assert.deepEqual([g.assigned, g.full], [2, 1]);
    assertCloseTo(g.local, 1.5);
    // J: division 62 = 62.01, 62.02, 62.03, 62.09.
    const j = coverage.sections.find((s) => s.section === 'J')!;
    assert.deepEqual([j.assigned, j.full], [4, 4]);
    assert.deepEqual([coverage.total.classes, coverage.total.assigned, coverage.total.full], [615, 9, 8]);
    assertCloseTo(coverage.total.traded + coverage.total.local + coverage.total.unassigned, 615, 1e-9);
    assert.deepEqual(coverage.classesPerCategory, [1, 1, 6, 2]);
  });
});

describe('the built-in benchmark (data/categories/)', () => {
  const defs: CategoryDefinitions = loadBenchmarkCategories({ knownCodes: known });
  const readCsv = (rel: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(DATA_DIR, rel), 'utf8'), { header: true, skipEmptyLines: true }).data;

  test('parses: 67 U.S. clusters, 51 traded and 16 local, with names in three languages', () => {
    assert.equal(defs.categories.length, 67);
    assert.equal(defs.categories.filter((c) => c.traded === true).length, 51);
    assert.equal(defs.categories.filter((c) => c.traded === false).length, 16);
    assert.equal(defs.categories[0]!.code, 'us001');
    assert.equal(defs.categories[51]!.code, 'us101');
    assert.ok(defs.categories.every((c) => c.nameEn && c.nameRu && c.nameBe));
    assert.ok(defs.categories.every((c) => /[а-яё]/i.test(c.nameRu!) && /[а-яёіў]/i.test(c.nameBe!)));
  });

  test('every NACE code is a class of data/sectors.csv, weights are in (0, 1] and sum to at most 1 per class', () => {
    const classCodes = new Set(SECTORS.classes.map((c) => c.code));
    const sums = new Map<string, number>();
    for (const e of defs.entries) {
      assert.ok(classCodes.has(e.nace), `${e.nace} is not a NACE class`);
      assert.ok(e.weight > 0 && e.weight <= 1, `${e.nace}: weight ${e.weight}`);
      sums.set(e.nace, (sums.get(e.nace) ?? 0) + e.weight);
    }
    for (const [nace, sum] of sums) assert.ok(sum <= 1 + 1e-9, `${nace}: weights sum to ${sum}`);
  });

  test('n_nace_classes of the categories file counts the rows of the NACE file', () => {
    const rows = readCsv(BENCHMARK_CATEGORIES_FILE);
    const nace = readCsv(BENCHMARK_NACE_FILE);
    for (const r of rows) assert.equal(Number(r.n_nace_classes), nace.filter((n) => n.category === r.code).length, r.code);
  });

  test('a reference weight by hand: NACE 26.51 = ISIC 2651, linked to 10 NAICS codes (6 IT, 2 communications, 1 aerospace, 1 production technology)', () => {
    const of = (nace: string) => defs.entries.filter((e) => e.nace === nace).map((e) => [defs.categories[e.category]!.code, e.weight]);
    assert.deepEqual(of('26.51'), [['us001', 0.1], ['us008', 0.2], ['us023', 0.6], ['us040', 0.1]]);
    // 98.10 and 98.20 (households producing for own use) have no NAICS link; 01.11 only links to farming (NAICS 111).
    assert.deepEqual(of('98.10'), []);
    assert.deepEqual(of('01.11'), []);
  });

  test('the coverage figures in docs/cluster-categories.md match the files', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/cluster-categories.md', import.meta.url)), 'utf8');
    const coverage = categoryCoverage(defs, SECTORS.classes);
    const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
    const { total } = coverage;
    assert.ok(doc.includes(`- Categories: 67 (51 traded, 16 local); category x NACE class rows: ${defs.entries.length}.`));
    assert.ok(doc.includes(`- NACE classes assigned (any weight > 0): ${total.assigned} of ${total.classes} (${pct(total.assigned, total.classes)}); `
      + `fully assigned (weights sum to 1): ${total.full} (${pct(total.full, total.classes)}); not assigned at all: ${total.classes - total.assigned}.`));
    assert.ok(doc.includes(`traded ${pct(total.traded, 615)}, local ${pct(total.local, 615)}, unassigned ${pct(total.unassigned, 615)}.`));
    const tableRows = new Map<string, string[]>();
    for (const line of doc.split('\n')) {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      if (cells.length === 9 && /^([A-U]|total)$/.test(cells[0]!)) tableRows.set(cells[0]!, cells);
    }
    assert.equal(tableRows.size, 22, 'the section table has 21 sections and a total');
    for (const r of [...coverage.sections, total]) {
      const cells = tableRows.get(r.section);
      assert.ok(cells, `no row for section ${r.section}`);
      assert.deepEqual(cells.slice(2), [String(r.classes), String(r.assigned), pct(r.assigned, r.classes), String(r.full),
        pct(r.traded, r.classes), pct(r.local, r.classes), pct(r.unassigned, r.classes)], `section ${r.section}`);
    }
    for (const [i, c] of defs.categories.entries()) {
      assert.ok(doc.includes(`| ${c.code} | ${c.nameEn} | ${c.traded ? 'traded' : 'local'} | ${coverage.classesPerCategory[i]} |`), c.code);
    }
  });
});
