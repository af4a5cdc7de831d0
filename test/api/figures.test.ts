import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import Papa from 'papaparse';
import { countryPopulation, parseCountryPopulation } from '../../src/services/country-population.ts';
import { build } from '../helpers/app.ts';
import { BACKENDS } from '../helpers/database.ts';

// The shared reference data the population file was taken from (present on the development machine).
const SHARED = new URL(`${process.env.SHARED_DATA ?? '../../../shared/data'}/`, import.meta.url);
const CENSUS = new URL('belarus/by_oblast_population_census.csv', SHARED);
const WORLD_BANK = new URL('trade/gdp_population_2017.csv', SHARED);

const csv = (url: URL) => Papa.parse<Record<string, string>>(readFileSync(url, 'utf8'), { header: true, skipEmptyLines: true }).data;

for (const { backend, skip } of BACKENDS) {
  describe(`country figures API (${backend})`, { skip }, () => {
    test('GET /api/countries/figures adds each country\'s population, its year and its source', async (t) => {
      const { app } = await build(t, backend);
      const response = await app.inject({ url: '/api/countries/figures' });
      assert.equal(response.statusCode, 200);
      const items = response.json().items as Record<string, unknown>[];
      // The test fixture has BY and PL; the population comes from data/country_population.csv regardless.
      assert.deepEqual(items.map((i) => i.country), ['PL', 'BY']);
      const by = items.find((i) => i.country === 'BY')!;
      assert.equal(by.total, 32);
      assert.equal(by.population, 9_413_446);
      assert.equal(by.populationYear, 2019);
      assert.match(String(by.populationSource), /census.*BY_maps.*CC BY 4\.0/);
      const pl = items.find((i) => i.country === 'PL')!;
      assert.equal(pl.population, 37_974_826);
      assert.equal(pl.populationYear, 2017);
      assert.match(String(pl.populationSource), /World Bank.*2017.*CC BY 4\.0/);
    });
  });
}

describe('country population file', () => {
  test('has BY, PL and RU with a year, a positive population and a source', () => {
    const population = countryPopulation();
    assert.deepEqual([...population.keys()].sort(), ['BY', 'PL', 'RU']);
    for (const row of population.values()) {
      assert.ok(row.population > 1_000_000, row.country);
      assert.ok(row.year >= 2017 && row.year <= 2019, row.country);
      assert.ok(row.source.length > 10, row.country);
    }
  });

  test('rejects a row without a number', () => {
    assert.throws(() => parseCountryPopulation('country,year,population,source\nBY,2019,many,x\n'), /bad row/);
  });

  test('matches the shared sources: the 2019 census sum for BY, the World Bank 2017 figures for PL and RU', { skip: existsSync(CENSUS) && existsSync(WORLD_BANK) ? false : 'the shared data folder is not here (SHARED_DATA)' }, () => {
    const population = countryPopulation();
    const census2019 = csv(CENSUS).filter((r) => r.year === '2019' && r.territory_id !== 'BY');
    assert.equal(census2019.length, 7, 'six oblasts and Minsk city');
    assert.equal(population.get('BY')!.population, census2019.reduce((sum, r) => sum + Number(r.pop), 0));
    const worldBank = new Map(csv(WORLD_BANK).map((r) => [r.reporter_iso, Number(r.population_total)]));
    assert.equal(population.get('PL')!.population, worldBank.get('pol'));
    assert.equal(population.get('RU')!.population, worldBank.get('rus'));
  });
});
