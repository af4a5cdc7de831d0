// Reading the `complexity` input: codes as text, duplicates summed, years, population, and bad input.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseComplexityCsv, readComplexityInput } from '../../src/services/complexity-input.ts';
import { ValidationError } from '../../src/services/errors.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/complexity/', import.meta.url));

async function rejects(text: string, pattern: RegExp, cell?: { row: number; column: string }) {
  await assert.rejects(parseComplexityCsv(text, 'in.csv'), (error: unknown) => {
    assert.ok(error instanceof ValidationError, String(error));
    assert.match(error.message, pattern);
    if (cell) assert.ok(error.errors.some((e) => e.row === cell.row && e.column === cell.column), JSON.stringify(error.errors));
    return true;
  });
}

describe('complexity input', () => {
  test('codes stay text (leading zeros), are sorted, and a missing pair is 0', async () => {
    const input = await parseComplexityCsv('location,product,value\nb,0102,5\na,102,1\na,0102,2\n', 'in.csv');
    assert.deepEqual(input.locations, ['a', 'b']);
    assert.deepEqual(input.products, ['0102', '102']);
    assert.deepEqual(Array.from(input.values), [2, 1, 5, 0]);
    assert.equal(input.year, null);
    assert.equal(input.population, null);
  });

  test('duplicated location x product rows are summed and counted, with a notice', async () => {
    const notices: string[] = [];
    const input = await parseComplexityCsv('location,product,value\na,x,1\na,x,2.5\nb,x,1\na,x,1\n', 'in.csv', { onNotice: (m) => notices.push(m) });
    assert.deepEqual(Array.from(input.values), [4.5, 1]);
    assert.equal(input.duplicates, 2);
    assert.match(notices.join(), /2 rows repeated a location x product pair/);
  });

  test('`;` separator, BOM, CRLF, quoted cells with commas and "" and spaces in numbers are read', async () => {
    const text = '\uFEFFLocation;Product;Value\r\n"a;1";"0102";"1 234,5"\r\n\r\nb;"x""y";7\r\n';
    const input = await parseComplexityCsv(text, 'in.csv');
    assert.deepEqual(input.locations, ['a;1', 'b']);
    assert.deepEqual(input.products, ['0102', 'x"y']);
    assert.deepEqual(Array.from(input.values), [1234.5, 0, 0, 7]);
  });

  test('the world-trade layout needs only its header renamed (quoted codes keep their zeros)', async () => {
    const input = await parseComplexityCsv('location,product,value\n"afg","0102",387017\n"alb","0102",1\n', 'in.csv');
    assert.deepEqual(input.products, ['0102']);
  });

  test('with a year column the latest year is used (with a notice) unless a year is given', async () => {
    const text = 'location,product,value,year,population\na,x,1,2016,10\nb,x,2,2016,20\na,x,3,2017,11\nb,y,4,2017,21\n';
    const notices: string[] = [];
    const latest = await parseComplexityCsv(text, 'in.csv', { onNotice: (m) => notices.push(m) });
    assert.equal(latest.year, 2017);
    assert.deepEqual(Array.from(latest.values), [3, 0, 0, 4]);
    assert.deepEqual(Array.from(latest.population ?? []), [11, 21]);
    assert.match(notices.join(), /using the latest, 2017/);
    const y2016 = await parseComplexityCsv(text, 'in.csv', { year: 2016 });
    assert.deepEqual(y2016.products, ['x']);
    assert.deepEqual(Array.from(y2016.values), [1, 2]);
    await assert.rejects(parseComplexityCsv(text, 'in.csv', { year: 2015 }), /no rows for year 2015/);
  });

  test('a negative value, a non-number and an empty code name file, row and column; all are listed', async () => {
    await assert.rejects(parseComplexityCsv('location,product,value\na,x,-1\nb,x,abc\n,x,1\nc,x,NaN\n', 'in.csv'), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.match(error.message, /^in\.csv: 4 problems found; nothing was written/);
      assert.deepEqual(error.errors.map((e) => `${e.row}:${e.column}`), ['2:value', '3:value', '4:location', '5:value']);
      assert.match(error.errors[0]?.message ?? '', /-1 is negative/);
      return true;
    });
  });

  test('an empty file, a header without rows and a missing column are errors', async () => {
    await rejects('', /in\.csv: the file is empty/, { row: 1, column: 'location' });
    await rejects('location,product,value\n', /in\.csv: no data rows/, { row: 2, column: 'location' });
    await rejects('location,hs4,value\na,x,1\n', /missing required column product/, { row: 1, column: 'product' });
  });

  test('a single location, or a single location with exports, is an error', async () => {
    await rejects('location,product,value\nBY,x,1\nBY,y,2\n', /only one location \(BY\): economic complexity compares at least two/);
    await rejects('location,product,value\nBY,x,1\nPL,y,0\n', /only one location \(BY\) has exports/);
    await rejects('location,product,value\nBY,x,0\nPL,y,0\n', /every export value is 0/);
  });

  test('population must be positive and the same on every row of a location', async () => {
    await rejects('location,product,value,population\na,x,1,10\na,y,1,12\nb,x,1,5\n', /1 problem found/, { row: 3, column: 'population' });
    await rejects('location,product,value,population\na,x,1,-3\nb,x,1,5\n', /1 problem found/, { row: 2, column: 'population' });
  });

  test('readComplexityInput reads a CSV file; an unsupported extension is an error', async () => {
    const input = await readComplexityInput(`${FIXTURES}small.csv`);
    assert.deepEqual(input.locations, ['A', 'B', 'C']);
    assert.deepEqual(input.products, ['0102', '0201', '0301', '0401']);
    assert.equal(input.duplicates, 1);
    await assert.rejects(readComplexityInput(`${FIXTURES}firm-products.json`), /unsupported file type/);
  });
});
