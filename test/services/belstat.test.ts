// parseBelstatResponse on the real Belstat response (test/fixtures/belstat/) and on hand-made tables for each trap:
// old roubles, no-break-space separators, clashing territory names, malformed input with its JSON path.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { activityCodeFor, buildActivityIndex } from '../../src/services/belstat/activities.ts';
import { belstatCsv } from '../../src/services/belstat/csv.ts';
import { isMoneyUnit, parseBelstatNumber, parseBelstatResponse, type BelstatRecord } from '../../src/services/belstat/parse-response.ts';
import { readSectorsFile, readTerritoriesFile } from '../../src/services/belstat/reference.ts';
import { territoryResolver } from '../../src/services/belstat/territories.ts';
import { ValidationError } from '../../src/services/errors.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/belstat/', import.meta.url));
const fixture = (name: string): unknown => JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8'));
const territories = readTerritoriesFile();
const sectors = readSectorsFile();

const cell = (value: unknown, level = 0) => ({ value, level });
const table = (rows: unknown[][], years = ['2021'], dims = ['Территория Республики Беларусь']) =>
  ({ tableName: 'hand-made', tableHeader: [years], tableHeaderDimColumns: dims, tableRows: rows });

function rejection(json: unknown, options = {}): ValidationError {
  try {
    parseBelstatResponse(json, { name: 'input.json', ...options });
  } catch (error) {
    assert.ok(error instanceof ValidationError, String(error));
    return error;
  }
  assert.fail('expected a ValidationError');
}

describe('parseBelstatResponse on the real response (indicator 10206000003)', () => {
  const parsed = parseBelstatResponse(fixture('belstat_ipi_region_x_oked_2021_2025.json'), { territories, sectors });

  test('reads the table name, the dimensions and the years', () => {
    assert.equal(parsed.tableName, 'Индекс промышленного производства в %  к предыдущему году по территории Республики Беларусь');
    assert.deepEqual(parsed.dimensions, ['Территория Республики Беларусь', 'Виды экономической деятельности (ОКЭД-2011)']);
    assert.deepEqual(parsed.years, [2021, 2022, 2023, 2024, 2025]);
    assert.equal(parsed.money, false);
  });

  test('8 rows x 5 years give exactly these 40 records, decimal commas read and nulls kept as missing', () => {
    const rec = (territory: string, level: number, territoryId: string | null, values: (number | null)[]): BelstatRecord[] =>
      values.map((value, i) => ({
        territory, level, territoryId, activity: 'Промышленность', activityCode: 'B-E', otherDimensions: {}, year: 2021 + i, value,
      }));
    const raion = (v: number) => [v, null, null, null, null];
    assert.deepEqual(parsed.records, [
      ...rec('Республика Беларусь', 0, 'BY', [106.5, 94.6, 107.7, 105.4, 98.2]),
      ...rec('Гродненская область', 1, 'BY-HR', [115.3, 94.1, 113.7, 108.2, 101.1]),
      ...rec('Островецкий', 2, 'r-astraviecki', raion(355.3)),
      ...rec('г. Минск', 1, 'BY-HM', [104.2, 102.0, 103.6, 110.1, 96.0]),
      ...rec('Минская область', 1, 'BY-MI', [108.6, 84.6, 118.3, 106.0, 100.4]),
      ...rec('Минский', 2, 'r-minski', raion(102.0)),
      ...rec('Смолевичский', 2, 'r-smalavicki', raion(122.4)),
      ...rec('г. Жодино', 2, null, raion(165.1)),
    ]);
  });

  test('Минский (raion) vs г. Минск vs Минская область resolve to three different territories', () => {
    const idOf = (name: string) => parsed.records.find((r) => r.territory === name)?.territoryId;
    assert.equal(idOf('Минский'), 'r-minski');
    assert.equal(idOf('г. Минск'), 'BY-HM');
    assert.equal(idOf('Минская область'), 'BY-MI');
  });

  test('г. Жодино, a city of oblast subordination, is not taken for Смолевичский район: null and one warning', () => {
    assert.equal(parsed.warnings.length, 1);
    assert.match(parsed.warnings[0] ?? '', /^tableRows\[7\]\[0\]: territory "г\. Жодино" \(level 2 under "Минская область"\) not resolved/);
    assert.match(parsed.warnings[0] ?? '', /under BY-MI/);
  });

  test('г. Жодино resolves when the territory list has it', () => {
    const withCity = [...territories, { id: 'c-zhodzina', level: 'city', parent_id: 'BY-MI', name_ru: 'Жодино' }];
    const again = parseBelstatResponse(fixture('belstat_ipi_region_x_oked_2021_2025.json'), { territories: withCity });
    assert.equal(again.records.find((r) => r.territory === 'г. Жодино')?.territoryId, 'c-zhodzina');
    assert.deepEqual(again.warnings, []);
  });

  test('without a territory list every id is null and nothing is warned about', () => {
    const bare = parseBelstatResponse(fixture('belstat_ipi_region_x_oked_2021_2025.json'));
    assert.equal(bare.records.length, 40);
    assert.ok(bare.records.every((r) => r.territoryId === null));
    assert.deepEqual(bare.warnings, []);
  });

  test('the CSV has the header and one row per record, missing values and ids empty', async () => {
    const lines = (await belstatCsv(parsed, '10206000003')).toString('utf8').replace(/^\uFEFF/, '').trim().split('\n');
    assert.equal(lines[0], 'indicator,territory_id,territory,level,activity_code,activity,year,value');
    assert.equal(lines.length, 41);
    assert.equal(lines[1], '10206000003,BY,Республика Беларусь,0,B-E,Промышленность,2021,106.5');
    assert.equal(lines[12], '10206000003,r-astraviecki,Островецкий,2,B-E,Промышленность,2022,');
    assert.equal(lines[36], '10206000003,,г. Жодино,2,B-E,Промышленность,2021,165.1');
  });
});

describe('old roubles', () => {
  const json = fixture('money_old_roubles.json');

  test('with money, values of 2015 and before are divided by 10,000 and later ones kept', () => {
    const { records, money } = parseBelstatResponse(json, { money: true, territories });
    assert.equal(money, true);
    assert.deepEqual(records.map((r) => [r.territoryId, r.year, r.value]), [
      ['BY', 2014, 123.4567], ['BY', 2015, 715.27], ['BY', 2016, 722.9],
      ['BY-BR', 2014, 598.76543], ['BY-BR', 2015, null], ['BY-BR', 2016, 650.1],
    ]);
  });

  test('without money (an index, a percentage, persons) nothing is divided', () => {
    const { records, money } = parseBelstatResponse(json);
    assert.equal(money, false);
    assert.deepEqual(records.map((r) => r.value), [1234567, 7152700, 722.9, 5987654.3, null, 650.1]);
  });

  test('money follows the unit name when not given: roubles yes, per cent and persons no', () => {
    assert.equal(parseBelstatResponse(json, { unit: 'рублей' }).records[0]?.value, 123.4567);
    assert.equal(parseBelstatResponse(json, { unit: 'тыс. руб.' }).money, true);
    assert.equal(parseBelstatResponse(json, { unit: 'процентов' }).records[0]?.value, 1234567);
    assert.equal(parseBelstatResponse(json, { unit: 'человек' }).money, false);
    assert.equal(parseBelstatResponse(json, { unit: 'рублей', money: false }).money, false, 'an explicit option wins');
    assert.equal(isMoneyUnit('млн рублей'), true);
    assert.equal(isMoneyUnit('в % к предыдущему году'), false);
  });

  test('money on a table named as an index is converted but warned about', () => {
    const { warnings } = parseBelstatResponse(fixture('belstat_ipi_region_x_oked_2021_2025.json'), { money: true });
    assert.match(warnings[0] ?? '', /looks like an index or a percentage/);
  });
});

describe('numbers and other dimensions', () => {
  test('no-break and narrow no-break spaces, decimal commas and points, a Unicode minus and every missing mark', () => {
    const { records, dimensions, warnings } = parseBelstatResponse(fixture('nbsp_separators.json'), { territories });
    assert.deepEqual(dimensions, ['Пол', 'Территория Республики Беларусь']);
    assert.deepEqual(warnings, []);
    assert.deepEqual(records.map((r) => [r.otherDimensions['Пол'], r.territoryId, r.year, r.value]), [
      ['мужчины', 'BY', 2023, 4265912], ['мужчины', 'BY', 2024, 4240123.5],
      ['мужчины', 'BY-MI', 2023, 689001.25], ['мужчины', 'BY-MI', 2024, null],
      ['мужчины', 'r-minski', 2023, null], ['мужчины', 'r-minski', 2024, null],
      ['мужчины', 'BY-HM', 2023, 1000.5], ['мужчины', 'BY-HM', 2024, null],
      ['женщины', 'BY-BR', 2023, -12.5], ['женщины', 'BY-BR', 2024, null],
      ['женщины', 'r-brescki', 2023, 1.5], ['женщины', 'r-brescki', 2024, null],
    ]);
    assert.ok(records.every((r) => r.activity === null && r.activityCode === null));
  });

  test('parseBelstatNumber reads the written forms and returns null for the missing marks', () => {
    assert.equal(parseBelstatNumber('1\u00a0234,5'), 1234.5);
    assert.equal(parseBelstatNumber('1\u202f234\u202f567,0'), 1234567);
    assert.equal(parseBelstatNumber(' 98,2 '), 98.2);
    assert.equal(parseBelstatNumber(42), 42);
    for (const mark of [null, '', ' ', '-', '–', '—', '…', '...', 'x', 'х', 'X']) assert.equal(parseBelstatNumber(mark), null, String(mark));
    assert.throws(() => parseBelstatNumber('1.234,5', 'tableRows[0][2]'), /tableRows\[0\]\[2\]: "1\.234,5" is not a number/);
  });

  test('the other dimensions appear as extra CSV columns', async () => {
    const text = (await belstatCsv(parseBelstatResponse(fixture('nbsp_separators.json'), { territories }), '10101100004')).toString('utf8');
    assert.match(text, /^\uFEFFindicator,territory_id,territory,level,activity_code,activity,year,value,Пол\n/);
    assert.match(text, /\n10101100004,BY,Республика Беларусь,0,,,2024,4240123\.5,мужчины\n/);
  });
});

describe('territory resolution', () => {
  test('a raion is looked for under the preceding oblast row; without one, anywhere if its name is unique', () => {
    const { records } = parseBelstatResponse(table([[cell('Островецкий', 2), cell('1')]]), { territories });
    assert.equal(records[0]?.territoryId, 'r-astraviecki');
  });

  test('a raion under the wrong oblast is not resolved, and the warning names where it is', () => {
    const json = table([[cell('Брестская область', 1), cell('1')], [cell('Минский', 2), cell('2')]]);
    const { records, warnings } = parseBelstatResponse(json, { territories });
    assert.equal(records[1]?.territoryId, null);
    assert.match(warnings[0] ?? '', /tableRows\[1\]\[0\]: territory "Минский" \(level 2 under "Брестская область"\).*under another oblast: r-minski/);
  });

  test('the same raion name in two oblasts resolves by the parent, and is ambiguous without one', () => {
    const list = [
      { id: 'BY', level: 'country', parent_id: null, name_ru: 'Беларусь' },
      { id: 'O1', level: 'oblast', parent_id: 'BY', name_ru: 'Первая область' },
      { id: 'O2', level: 'oblast', parent_id: 'BY', name_ru: 'Вторая область' },
      { id: 'r1', level: 'raion', parent_id: 'O1', name_ru: 'Октябрьский район' },
      { id: 'r2', level: 'raion', parent_id: 'O2', name_ru: 'Октябрьский район' },
    ];
    const json = table([
      [cell('Октябрьский', 2), cell('0')],
      [cell('Первая область', 1), cell('1')], [cell('Октябрьский', 2), cell('2')],
      [cell('Вторая область', 1), cell('3')], [cell('Октябрьский', 2), cell('4')],
    ]);
    const { records, warnings } = parseBelstatResponse(json, { territories: list });
    assert.deepEqual(records.map((r) => r.territoryId), [null, 'O1', 'r1', 'O2', 'r2']);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /ambiguous: r1, r2/);
  });

  test('г. Минск matches an oblast-level "Минск" without the г. (test/fixtures/reference/territories.csv)', () => {
    const list = readTerritoriesFile(fileURLToPath(new URL('../fixtures/reference/territories.csv', import.meta.url)));
    const resolver = territoryResolver(list);
    assert.deepEqual(resolver.resolve('г. Минск', 1, null), { id: 'BY-HM' });
    assert.equal(resolver.resolve('Минская область', 1, null).id, null);
    assert.deepEqual(resolver.resolve('Республика Беларусь', 0, null), { id: 'BY' });
  });

  test('an unresolved name is warned about once, however many rows repeat it', () => {
    const json = table([[cell('Нигдевский', 2), cell('1')], [cell('Нигдевский', 2), cell('2')]]);
    const { warnings } = parseBelstatResponse(json, { territories });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /^tableRows\[0\]\[0\]: territory "Нигдевский"/);
  });
});

describe('activity codes', () => {
  const index = buildActivityIndex(sectors);

  test('Belstat section names, aggregates, names of data/sectors.csv and labels led by their code', () => {
    const cases: [string, string | null][] = [
      ['Промышленность', 'B-E'],
      ['Всего', 'A-U'],
      ['Обрабатывающая промышленность', 'C'],
      ['Снабжение электроэнергией, газом, паром, горячей водой и кондиционированным воздухом', 'D'],
      ['Информация и связь', 'J'],
      ['Образование', 'P'],
      ['Производство напитков', '11'],
      ['Строительство зданий', '41'],
      ['C Обрабатывающая промышленность', 'C'],
      ['Секция C', 'C'],
      ['10 Производство пищевых продуктов', '10'],
      ['Прочее', null],
      ['С кириллической буквы', null],
    ];
    for (const [label, code] of cases) assert.equal(activityCodeFor(label, index), code, label);
  });

  test('an unknown activity is kept with a null code and warned about once', () => {
    const dims = ['Территория Республики Беларусь', 'Виды экономической деятельности (ОКЭД-2011)'];
    const json = table([[cell('Республика Беларусь', 0), cell('Прочее', 1), cell('1')], [cell('Брестская область', 1), cell('Прочее', 1), cell('2')]], ['2021'], dims);
    const { records, warnings } = parseBelstatResponse(json, { territories, sectors });
    assert.deepEqual(records.map((r) => [r.activity, r.activityCode]), [['Прочее', null], ['Прочее', null]]);
    assert.deepEqual(warnings, ['tableRows[0][1]: activity "Прочее" has no known NACE / ОКЭД code; kept with activity_code empty']);
  });
});

describe('malformed input names the JSON path', () => {
  test('a row with the wrong number of cells (fixture)', () => {
    const error = rejection(fixture('malformed_cell_count.json'));
    assert.equal(error.message, 'input.json: tableRows[1]: expected 4 cells (2 dimensions + 2 years), found 3');
    assert.deepEqual(error.errors, [{ row: 0, column: 'tableRows[1]', message: 'expected 4 cells (2 dimensions + 2 years), found 3' }]);
  });

  test('an unparseable number (fixture)', () => {
    assert.equal(rejection(fixture('malformed_number.json')).message, 'input.json: tableRows[1][3]: "n/a" is not a number');
  });

  test('not an object, no tableRows, no territory dimension, bad header, bad cells', () => {
    const ok = table([[cell('Республика Беларусь', 0), cell('1')]]);
    const cases: [unknown, RegExp][] = [
      [[1, 2], /^input\.json: \(root\): expected an object .*, found an array$/],
      ['text', /^input\.json: \(root\): expected an object/],
      [{ ...ok, tableRows: undefined }, /^input\.json: tableRows: expected an array of rows, found nothing$/],
      [{ ...ok, tableHeaderDimColumns: ['Пол'] }, /^input\.json: tableHeaderDimColumns: no territory dimension .*"Пол"/],
      [{ ...ok, tableHeaderDimColumns: 'Территория' }, /^input\.json: tableHeaderDimColumns: expected an array/],
      [{ ...ok, tableHeader: [['2021', 'январь']] }, /^input\.json: tableHeader\[0\]\[1\]: "январь" is not a year/],
      [{ ...ok, tableHeader: [['2021'], ['I']] }, /^input\.json: tableHeader: expected one header row of years, found 2 rows/],
      [{ ...ok, tableHeader: [['2021', '2021']] }, /^input\.json: tableHeader\[0\]\[1\]: year 2021 appears twice/],
      [{ ...ok, tableRows: [{}] }, /^input\.json: tableRows\[0\]: expected an array of cells, found an object$/],
      [{ ...ok, tableRows: [[{ value: 'Республика Беларусь' }, cell('1')]] }, /^input\.json: tableRows\[0\]\[0\]\.level: expected the territory level/],
      [{ ...ok, tableRows: [[cell('', 0), cell('1')]] }, /^input\.json: tableRows\[0\]\[0\]\.value: expected a name/],
      [{ ...ok, tableRows: [[cell('Республика Беларусь', 0), [1]]] }, /^input\.json: tableRows\[0\]\[1\]: expected a cell \{value, level\}, found an array$/],
      [{ ...ok, tableRows: [[cell('Республика Беларусь', 0), cell(true)]] }, /^input\.json: tableRows\[0\]\[1\]: expected a number or text, found boolean true$/],
    ];
    for (const [json, message] of cases) assert.match(rejection(json).message, message);
  });

  test('the input is not changed', () => {
    const json = Object.freeze(fixture('money_old_roubles.json') as object);
    const before = JSON.stringify(json);
    parseBelstatResponse(json, { money: true, territories });
    assert.equal(JSON.stringify(json), before);
  });
});
