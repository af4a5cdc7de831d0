// The demo statistics table data/statistics/employment_raion_nace.csv (built by
// data/scripts/build-demo-statistics.ts): its shape, its references, and that each region-year adds up to the
// real Belstat total of the shared reference data (skipped, with the reason, when that folder is not here).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import Papa from 'papaparse';
import { readMappingInput } from '../../src/services/mapping-input.ts';

const DATA = new URL('../../data/', import.meta.url);
const FILE = new URL('statistics/employment_raion_nace.csv', DATA);
const SHARED = new URL(`${process.env.SHARED_DATA ?? '../../../shared/data'}/`, import.meta.url);
const BELSTAT = new URL('belarus/by_employment_territory_year_belstat.csv', SHARED);
const GAZETTEER = new URL('belarus/by_territories_gazetteer.csv', SHARED);
const CITY_RAION = new URL('belarus/by_city_raion.csv', SHARED);
const YEARS = Array.from({ length: 15 }, (_, i) => 2010 + i);

type Row = Record<string, string>;
const csv = (url: URL) => Papa.parse<Row>(readFileSync(url, 'utf8'), { header: true, skipEmptyLines: true });

describe('demo statistics (data/statistics/employment_raion_nace.csv)', () => {
  let rows: Row[] = [];
  let fields: string[] = [];
  before(() => {
    const parsed = csv(FILE);
    assert.deepEqual(parsed.errors, []);
    rows = parsed.data;
    fields = parsed.meta.fields ?? [];
  });

  test('has the mapping input columns, in order', () => {
    assert.deepEqual(fields, ['region', 'category', 'employment', 'establishments', 'wages', 'year']);
    assert.ok(rows.length > 50_000, `${rows.length} rows`);
  });

  test('every region is a territory, every category a NACE division of sectors.csv', () => {
    const territories = new Set(csv(new URL('territories.csv', DATA)).data.map((t) => t.id));
    const divisions = new Set(csv(new URL('sectors.csv', DATA)).data.filter((s) => s.level === 'division').map((s) => s.code));
    const regions = new Set(rows.map((r) => r.region!));
    for (const region of regions) assert.ok(territories.has(region), `region ${region} is in data/territories.csv`);
    for (const category of new Set(rows.map((r) => r.category!))) {
      assert.match(category, /^\d\d$/);
      assert.ok(divisions.has(category), `category ${category} is a division of data/sectors.csv`);
    }
  });

  test('employment is a positive integer, establishments at least 1, wages positive, one row per cell', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      const employment = Number(r.employment);
      assert.ok(Number.isInteger(employment) && employment > 0, `employment ${r.employment} (${r.region} ${r.category} ${r.year})`);
      const establishments = Number(r.establishments);
      assert.ok(Number.isInteger(establishments) && establishments >= 1, `establishments ${r.establishments} (${r.region} ${r.category} ${r.year})`);
      assert.ok(Number(r.wages) > 0, `wages ${r.wages} (${r.region} ${r.category} ${r.year})`);
      const key = `${r.region} ${r.category} ${r.year}`;
      assert.ok(!seen.has(key), `one row for ${key}`);
      seen.add(key);
    }
  });

  test('every region has every year 2010-2024, and no other year', () => {
    const years = new Map<string, Set<number>>();
    for (const r of rows) years.set(r.region!, (years.get(r.region!) ?? new Set()).add(Number(r.year)));
    for (const [region, set] of years) assert.deepEqual([...set].sort((a, b) => a - b), YEARS, region);
  });

  const shared = existsSync(BELSTAT) && existsSync(GAZETTEER) && existsSync(CITY_RAION);
  test('per region and year the employment adds up to the real Belstat total', { skip: shared ? false : 'the shared data folder is not here (SHARED_DATA)' }, () => {
    // Belstat names -> territory ids, independently of the build script: raions by their Russian name, cities of
    // oblast subordination ("г. Брест") through the gazetteer and the city-to-raion lookup.
    const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е');
    const raions = new Map(csv(new URL('territories.csv', DATA)).data.filter((t) => t.level === 'raion').map((t) => [norm(t.name_ru!).replace(/ район$/, ''), t.id!]));
    const cityRaion = new Map(csv(CITY_RAION).data.map((r) => [r.city_id!, r.raion_id!]));
    const cities = new Map(csv(GAZETTEER).data.filter((g) => g.level === 'city' && (g.flags ?? '').split('|').includes('oblCity'))
      .map((g) => [norm(g.name_ru!), cityRaion.get(g.id!)]));
    const tenths = new Map<string, number>();
    const unmatched = new Set<string>();
    for (const r of csv(BELSTAT).data) {
      const name = r.territory_ru!;
      const region = name.startsWith('г.') ? cities.get(norm(name.slice(2))) : raions.get(norm(name));
      if (!region) {
        unmatched.add(name);
        continue;
      }
      const key = `${region} ${r.year}`;
      tenths.set(key, (tenths.get(key) ?? 0) + Math.round(Number(r.employed_persons) * 10));
    }
    assert.deepEqual([...unmatched], [], 'every Belstat name is matched to a territory');
    const sums = new Map<string, number>();
    for (const r of rows) sums.set(`${r.region} ${r.year}`, (sums.get(`${r.region} ${r.year}`) ?? 0) + Number(r.employment));
    assert.deepEqual([...sums.keys()].sort(), [...tenths.keys()].sort(), 'the same region-years as Belstat');
    for (const [key, t] of tenths) assert.equal(sums.get(key), Math.round(t / 10), `employment of ${key}`);
  });

  test('passes the mapping reader for 2024', async () => {
    const input = await readMappingInput(fileURLToPath(FILE), { year: 2024 });
    assert.equal(input.year, 2024);
    const rows2024 = rows.filter((r) => r.year === '2024');
    assert.equal(input.regions.length, new Set(rows2024.map((r) => r.region)).size);
    assert.equal(input.categories.length, new Set(rows2024.map((r) => r.category)).size);
    const total = input.employment.reduce((s, x) => s + x, 0);
    assert.equal(total, rows2024.reduce((s, r) => s + Number(r.employment), 0));
    assert.equal(input.present.reduce((s, x) => s + x, 0), rows2024.length);
    assert.ok(input.wages, 'the wages column is read');
  });
});
