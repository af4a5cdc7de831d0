// Belstat tables into a statistics dataset: raion x section cells only (oblasts and aggregates left out, and
// said so), missing values skipped, establishments joined, stored and mapped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { belstatStatistics } from '../../src/services/belstat/to-statistics.ts';
import { ValidationError } from '../../src/services/errors.ts';
import { computeRegionalMapping } from '../../src/services/regional-mapping.ts';
import { saveStatistics } from '../../src/services/regional-statistics.ts';
import { BACKENDS, freshDatabase } from '../helpers/database.ts';

const json = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/belstat/${name}`, import.meta.url)), 'utf8'));

for (const { backend, skip } of BACKENDS) {
  describe(`Belstat to statistics (${backend})`, { skip }, () => {
    test('raion x section cells with establishments, stored as a dataset and mapped', async (t) => {
      const db = await freshDatabase(t, backend);
      const result = await belstatStatistics(db, {
        employment: json('employment_raion_section.json'), establishments: json('establishments_raion_section.json'),
      });
      const rows = result.records.map((r) => `${r.region} ${r.category} ${r.year} ${r.employment} ${r.establishments}`).sort();
      assert.deepEqual(rows, [
        'r-dobrusski C 2023 6000 12', 'r-dobrusski C 2024 6100 13', 'r-dobrusski J 2023 100 4', 'r-dobrusski J 2024 120 5',
        'r-homielski C 2023 3000 30', 'r-homielski C 2024 2900 29', 'r-homielski J 2023 1500 20', 'r-homielski J 2024 1600 22',
      ]);
      assert.ok(result.notes.some((n) => /employment: 4 values of other territory levels left out/.test(n)), result.notes.join('\n'));
      assert.ok(result.notes.some((n) => /employment: 4 values of aggregates/.test(n)), result.notes.join('\n'));
      assert.ok(result.notes.some((n) => /employment: 2 values missing/.test(n)), result.notes.join('\n'));

      await saveStatistics(db, { id: 'belstat-test', nameRu: 'Белстат' }, result.records);
      const m = await computeRegionalMapping(db, { dataset: 'belstat-test' });
      assert.deepEqual(m.categories.map((c) => c.code), ['C', 'J']);
      // LQ Dobrush x C = (6100 / 6220) / (9000 / 10720)
      const i = m.regions.findIndex((r) => r.id === 'r-dobrusski') * 2;
      assert.ok(Math.abs((m.lq[i] as number) - (6100 / 6220) / (9000 / 10720)) < 1e-12);
      assert.equal(m.establishmentsKnown, true);

      // Without an establishments table the cells store none and the mapping skips that test.
      const employmentOnly = await belstatStatistics(db, { employment: json('employment_raion_section.json') });
      assert.ok(employmentOnly.records.every((r) => Number.isNaN(r.establishments)));
      await saveStatistics(db, { id: 'belstat-employment', nameRu: 'Белстат' }, employmentOnly.records);
      const withoutEstablishments = await computeRegionalMapping(db, { dataset: 'belstat-employment' });
      assert.equal(withoutEstablishments.establishmentsKnown, false);
      assert.deepEqual(Array.from(withoutEstablishments.lq), Array.from(m.lq));
    });

    test('a table with nothing at the raion level is a clear error', async (t) => {
      const db = await freshDatabase(t, backend);
      const ipi = json('belstat_ipi_region_x_oked_2021_2025.json');
      await assert.rejects(belstatStatistics(db, { employment: ipi }, { names: { employment: 'ipi.json' } }), (error: unknown) =>
        error instanceof ValidationError && /^ipi\.json: no territory x activity cells at the raion level/.test(error.message));
    });
  });
}
