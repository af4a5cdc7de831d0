// Population of each country that has official cluster figures, for "clusters per million inhabitants".
// Read once from data/country_population.csv (see data/SOURCES.md for where each number comes from).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsvRecords } from './files/csv-records.ts';

export interface CountryPopulation { country: string; year: number; population: number; source: string }

export const COUNTRY_POPULATION_FILE = fileURLToPath(new URL('../../data/country_population.csv', import.meta.url));

let cache: Map<string, CountryPopulation> | undefined;

export function parseCountryPopulation(text: string): Map<string, CountryPopulation> {
  const { rows } = parseCsvRecords(text);
  const byCountry = new Map<string, CountryPopulation>();
  for (const row of rows) {
    const year = Number(row.year);
    const population = Number(row.population);
    if (!row.country || !Number.isInteger(year) || !Number.isFinite(population) || population <= 0) {
      throw new Error(`country_population.csv: bad row ${JSON.stringify(row)}`);
    }
    byCountry.set(row.country, { country: row.country, year, population, source: row.source ?? '' });
  }
  return byCountry;
}

/** Population by ISO country code (BY, PL, RU), read from the file on first use. */
export function countryPopulation(): Map<string, CountryPopulation> {
  cache ??= parseCountryPopulation(readFileSync(COUNTRY_POPULATION_FILE, 'utf8'));
  return cache;
}
