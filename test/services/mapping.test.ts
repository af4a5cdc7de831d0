// The `mapping` input reader and computeMapping on hand-computed tables (test/fixtures/mapping/).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ValidationError } from '../../src/services/errors.ts';
import { computeMapping, mappingCsv, type MappingRow } from '../../src/services/mapping.ts';
import { readMappingInput } from '../../src/services/mapping-input.ts';
import { writeTable } from '../../src/services/files/write-table.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/mapping/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);
const cell = (rows: MappingRow[], region: string, category: string) => {
  const row = rows.find((r) => r.region === region && r.category === category);
  assert.ok(row, `no row ${region} x ${category}`);
  return row;
};

async function rejection(path: string, options = {}): Promise<ValidationError> {
  try {
    await readMappingInput(path, options);
  } catch (error) {
    assert.ok(error instanceof ValidationError, String(error));
    return error;
  }
  assert.fail('expected a ValidationError');
}

describe('computeMapping', () => {
  test('3 regions x 2 categories, computed by hand', async () => {
    // employment (establishments)     A        B       E_r
    //   region 01                  10 (2)   30 (6)     40
    //   region 02                  30 (5)   30 (3)     60
    //   region 03                  60 (8)   20 (4)     80
    //   E_c                        100       80       E = 180
    // LQ_rc = (E_rc / E_r) / (E_c / E):
    //   01A = 0.25 / (100/180) = 0.45      01B = 0.75 / (80/180) = 1.6875
    //   02A = 0.5  / (100/180) = 0.9       02B = 0.5  / (80/180) = 1.125
    //   03A = 0.75 / (100/180) = 1.35      03B = 0.25 / (80/180) = 0.5625
    // Percentiles (linear interpolation, h = (n - 1) q):
    //   A: LQ [0.45, 0.9, 1.35]: P25 0.675, P50 0.9, P75 1.125, P90 1.26; emp P25 20; est [2, 5, 8] P25 3.5
    //   B: LQ [0.5625, 1.125, 1.6875]: P25 0.84375, P50 1.125, P75 1.40625, P90 1.575; emp [20, 30, 30] P25 25;
    //      est [3, 4, 6] P25 3.5
    // strong: 03A (1.35 >= 1.125, >= 1, 60 > 20, 8 > 3.5) and 01B (1.6875 >= 1.40625, 30 > 25, 6 > 3.5); both
    //   also strong10 (1.35 >= 1.26; 1.6875 >= 1.575).
    // 02A: qualifying only (0.9 > 0.675, not > P50 0.9); 02B: est 3 <= 3.5 fails everything; 01A (emp 10 <= 20)
    //   and 03B (emp 20 <= 25) fail everything.
    // Stars (no wages, no LQ >= 2): size = emp >= P90(emp_c): A P90 54 -> 03A; B P90 30 -> 01B, 02B.
    //   focus f = emp / E_r >= P90(f_c): A [0.25, 0.5, 0.75] P90 0.7 -> 03A; B [0.75, 0.5, 0.25] -> 01B.
    const result = computeMapping(await readMappingInput(fixture('small.csv')));
    assert.equal(result.rows.length, 6);
    assert.equal(result.regions, 3);
    assert.equal(result.categories, 2);
    assert.equal(result.strong, 2);
    assert.equal(result.year, null);
    const { rows } = result;
    close(cell(rows, '01', 'A').lq, 0.45);
    close(cell(rows, '01', 'B').lq, 1.6875);
    close(cell(rows, '02', 'A').lq, 0.9);
    close(cell(rows, '02', 'B').lq, 1.125);
    close(cell(rows, '03', 'A').lq, 1.35);
    close(cell(rows, '03', 'B').lq, 0.5625);
    const flags = (r: MappingRow) => [r.strong, r.strong10, r.significant, r.qualifying].map(Number).join('');
    assert.equal(flags(cell(rows, '03', 'A')), '1111');
    assert.equal(flags(cell(rows, '01', 'B')), '1111');
    assert.equal(flags(cell(rows, '02', 'A')), '0001');
    assert.equal(flags(cell(rows, '02', 'B')), '0000');
    assert.equal(flags(cell(rows, '01', 'A')), '0000');
    assert.equal(flags(cell(rows, '03', 'B')), '0000');
    assert.deepEqual(rows.map((r) => `${r.region}${r.category}:${r.stars}`), ['01A:0', '01B:2', '02A:0', '02B:1', '03A:2', '03B:0']);
    assert.equal(cell(rows, '03', 'A').star_size && cell(rows, '03', 'A').star_focus, true);
    assert.equal(cell(rows, '02', 'B').star_size, true);
    assert.equal(cell(rows, '02', 'B').star_focus, false);

    const csv = mappingCsv(rows).replace(/^\uFEFF/, '').split('\n');
    assert.equal(csv[0], 'region,category,employment,establishments,lq,strong,strong10,significant,qualifying,stars,star_size,star_specialisation,star_focus,star_productivity');
    assert.match(csv[5] ?? '', /^03,A,60,8,1\.3[45]\d*,true,true,true,true,2,true,false,true,false$/);
  });

  test('traded and local categories use their own totals', async () => {
    // A and B are traded (the table above), C is local: the traded LQs are those of the 3 x 2 table
    // (traded totals 40, 60, 80 and 180), and C, the only local category, has LQ 1 in every region.
    const input = await readMappingInput(fixture('traded.csv'));
    assert.deepEqual([...(input.traded ?? [])], [1, 1, 0]);
    const { rows } = computeMapping(input);
    close(cell(rows, '01', 'A').lq, 0.45);
    close(cell(rows, '01', 'B').lq, 1.6875);
    close(cell(rows, '03', 'A').lq, 1.35);
    for (const region of ['01', '02', '03']) close(cell(rows, region, 'C').lq, 1);
    // Without the traded column, 01A would be (10/45) / (100/242) = 0.5378.
  });

  test('an inconsistent traded flag names both rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mapping-'));
    const path = join(dir, 'flags.csv');
    writeFileSync(path, 'region,category,employment,establishments,traded\n01,A,1,1,да\n02,A,2,1,нет\n03,A,2,1,maybe\n');
    const error = await rejection(path);
    assert.match(error.message, /flags\.csv: 2 problems found/);
    assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[3, 'traded'], [4, 'traded']]);
    assert.match(error.errors[0]?.message ?? '', /local here but traded in row 2/);
  });

  test('--year keeps that year; without it the latest year is used and said so', async () => {
    const notices: string[] = [];
    const latest = await readMappingInput(fixture('years.csv'), { onNotice: (m) => notices.push(m) });
    assert.equal(latest.year, 2024);
    assert.equal(latest.regions.length, 3);
    assert.equal(notices.length, 1);
    assert.match(notices[0] ?? '', /years 2023, 2024; using the latest, 2024/);
    const result = computeMapping(latest);
    assert.equal(result.strong, 2);
    close(cell(result.rows, '01', 'B').lq, 1.6875);
    // wages 900 1100 1200 for A: P90 = 1100 + 0.8 * 100 = 1180 -> 03A earns the productivity star (3 stars).
    assert.equal(cell(result.rows, '03', 'A').star_productivity, true);
    assert.equal(cell(result.rows, '03', 'A').stars, 3);

    const older = await readMappingInput(fixture('years.csv'), { year: 2023, onNotice: (m) => notices.push(m) });
    assert.equal(older.year, 2023);
    assert.deepEqual(older.regions, ['01']);
    assert.deepEqual([...older.employment], [1, 1]);
    assert.equal(notices.length, 1, 'no notice when --year is given');

    const missing = await rejection(fixture('years.csv'), { year: 2019 });
    assert.match(missing.message, /no rows for year 2019 \(the file has 2023, 2024\)/);
    const noColumn = await rejection(fixture('small.csv'), { year: 2024 });
    assert.match(noColumn.message, /no year column/);
  });

  test('bad numbers, empty codes and duplicate rows are errors naming row and column', async () => {
    const error = await rejection(fixture('bad.csv'));
    assert.match(error.message, /^bad\.csv: 4 problems found; nothing was written$/);
    assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[3, 'employment'], [4, 'establishments'], [5, 'region'], [6, 'category']]);
    assert.match(error.errors[0]?.message ?? '', /"abc" is not a number/);
    assert.match(error.errors[1]?.message ?? '', /negative/);
    assert.match(error.errors[3]?.message ?? '', /duplicate of row 2: region 01, category A/);
  });

  test('a missing required column is an error on the header row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mapping-'));
    const path = join(dir, 'cols.csv');
    writeFileSync(path, 'region,category,employment\n01,A,1\n');
    const error = await rejection(path);
    assert.match(error.message, /cols\.csv: missing required column establishments/);
    assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[1, 'establishments']]);
  });

  test('a `;`-separated file with BOM, decimal commas and codes with leading zeros kept as text', async () => {
    const input = await readMappingInput(fixture('semicolon-bom.csv'));
    assert.deepEqual(input.regions, ['007', '010']);
    assert.deepEqual(input.categories, ['0101', '0202']);
    // 010 has no 0202 row: that cell is 0 and not written.
    assert.deepEqual([...input.employment], [1500.5, 10, 20, 0]);
    const { rows } = computeMapping(input);
    assert.deepEqual(rows.map((r) => `${r.region}/${r.category}`), ['007/0101', '007/0202', '010/0101']);
    assert.match(mappingCsv(rows), /\n007,0101,1500\.5,12,/);
  });

  test('an XLSX file is read by extension; text cells keep leading zeros', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mapping-'));
    const path = join(dir, 'table.xlsx');
    writeFileSync(path, await writeTable(['region', 'category', 'employment', 'establishments'],
      [['001', 'A', 10, 2], ['001', 'B', 30, 6], ['002', 'A', 30, 5], ['002', 'B', -1, 3]], 'xlsx'));
    const error = await rejection(path);
    assert.match(error.message, /^table\.xlsx: 1 problem found/);
    assert.deepEqual(error.errors.map((e) => [e.row, e.column]), [[5, 'employment']]);
    writeFileSync(path, await writeTable(['region', 'category', 'employment', 'establishments'],
      [['001', 'A', 10, 2], ['001', 'B', 30, 6], ['002', 'A', 30, 5]], 'xlsx'));
    const input = await readMappingInput(path);
    assert.deepEqual(input.regions, ['001', '002']);
    assert.deepEqual([...input.employment], [10, 30, 30, 0]);
  });
});
