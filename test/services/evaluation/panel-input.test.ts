import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ValidationError } from '../../../src/services/errors.ts';
import { panelFromRecords, readPanel, readPanelFile, type PanelRecord } from '../../../src/services/evaluation/panel-input.ts';

const HEADER = 'firm,year,member_since,employment,revenue,exports';
const read = (text: string) => readPanel({ buffer: Buffer.from(text) }, 'csv', 'panel.csv');

async function problems(text: string): Promise<ValidationError> {
  try {
    await read(text);
  } catch (error) {
    assert.ok(error instanceof ValidationError, String(error));
    return error;
  }
  assert.fail('expected a ValidationError');
}

const lines = (e: ValidationError) => e.errors.map((x) => `row ${x.row}, column ${x.column}: ${x.message}`);

describe('readPanel', () => {
  test('lays out a panel firm-major, with productivity computed when absent', async () => {
    const data = await read(`${HEADER},productivity,sector,region\n`
      + 'A,2020,2021,10,5,1,,C25,BY-MI\nA,2021,2021,12,6,2,0.7,,\nB,2021,,0,1,0,,,\nB,2020,,4,2,0,,C26,\n');
    assert.deepEqual(data.firms, ['A', 'B']);
    assert.deepEqual(data.sector, ['C25', 'C26']);
    assert.deepEqual(data.region, ['BY-MI', '']);
    const p = data.panel;
    assert.deepEqual([p.nFirms, p.nYears, p.firstYear], [2, 2, 2020]);
    assert.deepEqual([...p.memberSince], [2021, 0]);
    assert.deepEqual(p.outcomes.map((o) => o.name), ['employment', 'revenue', 'exports', 'productivity']);
    assert.deepEqual([...(p.outcomes[0]?.values ?? [])], [10, 12, 4, 0]);
    assert.deepEqual([...(p.outcomes[3]?.values ?? [])], [0.5, 0.7, 0.5, NaN]);
  });

  test('a firm without a row for some years: the error names the firm and the years', async () => {
    const rows = [];
    for (let y = 2014; y <= 2023; y++) rows.push(`F-1,${y},,5,5,1`);
    for (let y = 2014; y <= 2023; y++) if (y !== 2016 && y !== 2017) rows.push(`F-17,${y},2019,5,5,1`);
    const e = await problems(`${HEADER}\n${rows.join('\n')}\n`);
    assert.match(e.message, /panel\.csv: 1 problem found; nothing was written/);
    assert.deepEqual(lines(e), ['row 12, column year: firm F-17: no row for 2016, 2017 (the panel covers 2014-2023)']);
  });

  test('a repeated firm-year and a member_since that changes within a firm', async () => {
    const e = await problems(`${HEADER}\nA,2020,2021,1,1,1\nA,2021,2021,1,1,1\nA,2021,2021,1,1,1\nB,2020,,1,1,1\nB,2021,2019,1,1,1\n`);
    assert.deepEqual(lines(e), [
      'row 4, column year: firm A, year 2021 repeats row 3',
      'row 6, column member_since: firm B: member_since 2019 differs from empty on row 5',
    ]);
  });

  test('bad numbers and years name their row and column', async () => {
    const e = await problems(`${HEADER}\nA,2020,,abc,-5,\nA,20x1,21,1,1,1\n,2021,,1,1,1\n`);
    assert.deepEqual(lines(e), [
      'row 2, column employment: "abc" is not a number',
      'row 2, column revenue: -5 is negative: a number >= 0 is expected',
      'row 2, column exports: empty: a number >= 0 is expected',
      'row 3, column year: "20x1" is not a four-digit year',
      'row 3, column member_since: "21" is not a four-digit year (leave it empty for a firm that never joined)',
      'row 4, column firm: empty: a firm id is expected',
    ]);
  });

  test('missing columns, an empty file and an unsupported extension', async () => {
    const e = await problems('firm,year,employment\nA,2020,1\n');
    assert.match(e.message, /missing required columns member_since, revenue, exports/);
    await problems('');
    await assert.rejects(readPanelFile('/nowhere/panel.json'), (error) => error instanceof ValidationError && /unsupported file type/.test(error.message));
  });
});

describe('panelFromRecords', () => {
  const record = (firm: string, year: number, memberSince: number | null = null): PanelRecord => ({ firm, year, memberSince, employment: 2, revenue: 4, exports: 1 });

  test('builds the same panel as a file', () => {
    const data = panelFromRecords([record('A', 2020, 2021), record('A', 2021, 2021), record('B', 2021), record('B', 2020)]);
    assert.deepEqual(data.firms, ['A', 'B']);
    assert.deepEqual([...data.panel.memberSince], [2021, 0]);
    assert.deepEqual([...(data.panel.outcomes[3]?.values ?? [])], [2, 2, 2, 2]);
  });

  test('checks records like rows (row = position from 1)', () => {
    assert.throws(() => panelFromRecords([record('A', 2020), record('A', 2022), { ...record('B', 2020), revenue: -1 }, record('B', 2021), record('B', 2022), record('A', 2020, 2021)]),
      (error) => {
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(lines(error), [
          'row 3, column revenue: -1 is negative: a number >= 0 is expected',
          'row 6, column member_since: firm A: member_since 2021 differs from empty on row 1',
          'row 6, column year: firm A, year 2020 repeats row 1',
          'row 1, column year: firm A: no row for 2021 (the panel covers 2020-2022)',
        ]);
        return true;
      });
  });
});
