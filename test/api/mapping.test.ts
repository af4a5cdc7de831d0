// The mapping API over a small stored dataset: the summary, matrix, cells and potential lists, a user's
// category scheme (NACE statistics aggregated into categories, checked by hand), relatedness and errors.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importCategorySchemeFile } from '../../src/services/category-schemes.ts';
import { importStatisticsFile } from '../../src/services/regional-statistics.ts';
import { build, signedIn } from '../helpers/app.ts';
import { assertCloseTo } from '../helpers/close.ts';
import { BACKENDS } from '../helpers/database.ts';
import { multipart } from '../helpers/multipart.ts';

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ca-mapping-api-')), name);
  writeFileSync(path, text);
  return path;
}

// Class-level statistics; E_r = 100 (Dobrush), 100 (Homiel); E = 200.
const STATS = file('stats.csv', [
  'region,category,employment,establishments,year',
  'r-dobrusski,16.21,60,6,2024', 'r-dobrusski,26.5,20,2,2024', 'r-dobrusski,62,20,2,2024',
  'r-homielski,16.21,10,1,2024', 'r-homielski,26.5,40,4,2024', 'r-homielski,62,50,5,2024',
].join('\n'));
// wood = all of 16 (so 16.21), traded; tech = 26 and 62 at half weight each, traded.
const SCHEME = file('scheme.csv', [
  'category,nace,weight,name_en,traded',
  'wood,16,1,Wood,true',
  'tech,26,0.5,Tech,true', 'tech,62,0.5,Tech,true',
].join('\n'));

for (const { backend, skip } of BACKENDS) {
  describe(`mapping API (${backend})`, { skip }, () => {
    test('summary, matrix, cells, potential, a user scheme and relatedness', async (t) => {
      const { app, db } = await build(t, backend);
      await importStatisticsFile(db, { id: 'small', nameRu: 'Малый' }, STATS);
      await importCategorySchemeFile(db, { id: 'mine', nameRu: 'Мои категории' }, SCHEME);

      const datasets = (await app.inject('/api/mapping/datasets')).json();
      assert.deepEqual(datasets.items.map((d: { id: string; years: number[] }) => [d.id, d.years]), [['small', [2024]]]);
      const schemes = (await app.inject('/api/mapping/schemes')).json();
      assert.deepEqual(schemes.items.map((s: { id: string; categories: number }) => [s.id, s.categories]), [['mine', 2]]);

      // Own codes: LQ Dobrush x 16.21 = (60 / 100) / (70 / 200) = 1.714...
      const matrix = (await app.inject('/api/mapping/matrix?dataset=small')).json();
      assert.deepEqual(matrix.regions, ['r-dobrusski', 'r-homielski']);
      assert.deepEqual(matrix.categories, ['16.21', '26.5', '62']);
      assertCloseTo(matrix.lq[0], 0.6 / 0.35);

      // The scheme: wood = 16.21 (weight 1); tech = half of 26.5 and half of 62.
      // Dobrush: wood 60, tech 0.5 * 20 + 0.5 * 20 = 20; Homiel: wood 10, tech 45. E = 135.
      const summaryResponse = await app.inject('/api/mapping/summary?dataset=small&scheme=mine');
      assert.equal(summaryResponse.statusCode, 200, summaryResponse.body);
      const summary = summaryResponse.json();
      assert.equal(summary.scheme, 'mine');
      assert.equal(summary.tradedKnown, true);
      assert.deepEqual(summary.categories.map((c: { code: string; employment: number }) => [c.code, c.employment]), [['tech', 65], ['wood', 70]]);
      const schemeMatrix = (await app.inject('/api/mapping/matrix?dataset=small&scheme=mine')).json();
      assert.deepEqual(schemeMatrix.employment, [20, 60, 45, 10]);
      assertCloseTo(schemeMatrix.lq[1], (60 / 80) / (70 / 135)); // traded totals: E_r = 80, E = 135

      const cells = (await app.inject('/api/mapping/cells?dataset=small&class=all&sort=employment&limit=2')).json();
      assert.equal(cells.total, 6);
      assert.deepEqual(cells.items.map((c: { region: string; category: string }) => `${c.region} ${c.category}`), ['r-dobrusski 16.21', 'r-homielski 62']);
      const potential = (await app.inject('/api/mapping/potential?dataset=small')).json();
      assert.ok(potential.items.every((p: { registeredClusters: number[]; strong: boolean; stars: number }) =>
        p.registeredClusters.length === 0 && (p.strong || p.stars >= 2)));

      const related = (await app.inject('/api/mapping/relatedness?dataset=small&k=2')).json();
      assert.equal(related.groups.length, 2);
      assert.deepEqual(related.groups.flatMap((g: { members: string[] }) => g.members).sort(), ['16.21', '26.5', '62']);
      // Across two regions every correlation is +1 or -1: 26.5 and 62 rise together, 16.21 falls.
      const tech = related.categories.find((c: { code: string }) => c.code === '26.5');
      assertCloseTo(tech.related[0].relatedness, 1);
      assert.equal(tech.related[0].code, '62');
    });

    test('analysts upload statistics and category definitions; the public may not; a bad file writes nothing', async (t) => {
      const { app, db } = await build(t, backend);
      const stats = 'region,category,employment,establishments,year\nr-dobrusski,16.21,60,6,2024\nr-homielski,16.21,10,1,2024\n';
      const anonymous = await app.inject({ method: 'POST', url: '/api/mapping/datasets?id=up&name=Загрузка', ...multipart('stats.csv', stats) });
      assert.equal(anonymous.statusCode, 401);
      const { cookie } = await signedIn(app, db, { role: 'analyst' });
      const post = (url: string, name: string, text: string) => {
        const body = multipart(name, text);
        return app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, cookie } });
      };
      const created = await post('/api/mapping/datasets?id=up&name=Загрузка&partial=true', 'stats.csv', stats);
      assert.equal(created.statusCode, 201, created.body);
      assert.deepEqual(created.json(), { dataset: 'up', rows: 2, years: [2024] });
      const bad = await post('/api/mapping/datasets?id=bad&name=Плохой', 'bad.csv', 'region,category,employment,establishments,year\nr-dobrusski,16.21,x,1,2024\n');
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().error.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[2, 'employment']]);
      const datasets = (await app.inject('/api/mapping/datasets')).json();
      assert.deepEqual(datasets.items.map((d: { id: string; partial: boolean }) => [d.id, d.partial]), [['up', true]]);

      const scheme = await post('/api/mapping/schemes?id=wood&name=Лес', 'scheme.csv', 'category,nace\nwood,16\n');
      assert.equal(scheme.statusCode, 201, scheme.body);
      const summary = (await app.inject('/api/mapping/summary?dataset=up&scheme=wood')).json();
      assert.deepEqual(summary.categories.map((c: { code: string; employment: number }) => [c.code, c.employment]), [['wood', 70]]);
    });

    test('unknown datasets, years and schemes are clear errors', async (t) => {
      const { app, db } = await build(t, backend);
      await importStatisticsFile(db, { id: 'small', nameRu: 'Малый' }, STATS);
      const missing = await app.inject('/api/mapping/summary?dataset=nope');
      assert.equal(missing.statusCode, 404);
      const year = await app.inject('/api/mapping/summary?dataset=small&year=2020');
      assert.equal(year.statusCode, 422);
      assert.match(year.json().error.message, /no rows for 2020/);
      const scheme = await app.inject('/api/mapping/summary?dataset=small&scheme=nope');
      assert.equal(scheme.statusCode, 422);
      assert.match(scheme.json().error.message, /no category scheme "nope"/);
      const maturity = await app.inject('/api/clusters/999/maturity');
      assert.equal(maturity.statusCode, 404);
    });
  });
}
