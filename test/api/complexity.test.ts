// The complexity API over a small hand-made stored matrix: locations, products and one location's opportunities
// checked against direct calls of the engine on the same matrix; parameters, unknown names, the upload with its
// row/column errors; and Belarus's opportunities in the demo (pglite only: loading the demo takes seconds).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildApp } from '../../src/api/app.ts';
import { complexity } from '../../src/analytics/complexity/index.ts';
import { nearestExported, rankOpportunities, STRATEGIES } from '../../src/analytics/complexity/opportunities.ts';
import { loadDemo } from '../../src/services/demo.ts';
import { importTradeSource } from '../../src/services/trade-data.ts';
import { build, signedIn } from '../helpers/app.ts';
import { assertCloseTo } from '../helpers/close.ts';
import { CSV, LOCATIONS, PRODUCTS, VALUES } from '../helpers/small-trade.ts';
import { BACKENDS, freshDatabase } from '../helpers/database.ts';
import { multipart, postFile } from '../helpers/multipart.ts';


for (const { backend, skip } of BACKENDS) {
  describe(`complexity API (${backend})`, { skip }, () => {
    test('locations, products and opportunities agree with the engine on the same matrix', async (t) => {
      const { app, db } = await build(t, backend);
      await importTradeSource(db, { id: 'small', nameRu: 'Малая', year: 2020 }, { buffer: Buffer.from(CSV) }, 'csv', 'small.csv');
      const datasets = (await app.inject('/api/complexity/datasets')).json();
      assert.deepEqual(datasets.items.map((d: { id: string; locations: number; products: number; rows: number }) => [d.id, d.locations, d.products, d.rows]),
        [['small', 4, 5, 13]], 'zero cells are not stored');

      for (const preset of ['atlas', 'py'] as const) {
        const engine = complexity(Float64Array.from(VALUES), 4, 5, { preset });
        const locations = await app.inject(`/api/complexity/locations?dataset=small&preset=${preset}`);
        assert.equal(locations.statusCode, 200, locations.body);
        const body = locations.json();
        assert.equal(body.preset, preset);
        assert.deepEqual(body.items.map((l: { location: string }) => l.location), LOCATIONS);
        body.items.forEach((l: { diversity: number; eci: number; coi: number }, c: number) => {
          assert.equal(l.diversity, engine.diversity[c]);
          assertCloseTo(l.eci, engine.eci[c] as number);
          assertCloseTo(l.coi, engine.coi[c] as number);
        });
        const ranks = body.items.map((l: { rank: number }) => l.rank);
        const byEci = [0, 1, 2, 3].sort((a, b) => (engine.eci[b] as number) - (engine.eci[a] as number));
        byEci.forEach((c, i) => assert.equal(ranks[c], i + 1));

        const products = (await app.inject(`/api/complexity/products?dataset=small&preset=${preset}`)).json();
        products.items.forEach((p: { product: string; ubiquity: number; pci: number }, k: number) => {
          assert.equal(p.product, PRODUCTS[k]);
          assert.equal(p.ubiquity, engine.ubiquity[k]);
          assertCloseTo(p.pci, engine.pci[k] as number);
        });

        // Opportunities of ccc (it exports 0505 with advantage) under long jumps, against rankOpportunities.
        const c = 2;
        const row = (a: Float64Array) => a.slice(c * 5, c * 5 + 5);
        const size = Float64Array.from(PRODUCTS, (_, k) => VALUES.reduce((s, v, i) => s + (i % 5 === k ? v : 0), 0));
        const m = row(engine.m);
        const candidates = Uint8Array.from(m, (v) => (v < 1 ? 1 : 0));
        const expected = rankOpportunities({ density: row(engine.density), pci: engine.pci, cog: row(engine.cog), size }, candidates, STRATEGIES['long-jumps']);
        const response = await app.inject(`/api/complexity/opportunities?dataset=small&preset=${preset}&location=ccc&strategy=long-jumps`);
        assert.equal(response.statusCode, 200, response.body);
        const opportunities = response.json();
        assert.equal(opportunities.total, expected.order.length);
        assert.equal(opportunities.strategy, 'long-jumps');
        assert.deepEqual(opportunities.items.map((o: { product: string }) => o.product), [...expected.order].map((p) => PRODUCTS[p]));
        opportunities.items.forEach((o: { product: string; score: number; density: number; cog: number; pci: number; near: { product: string; phi: number }[] }) => {
          const p = PRODUCTS.indexOf(o.product);
          assertCloseTo(o.score, expected.score[p] as number);
          assertCloseTo(o.density, engine.density[c * 5 + p] as number);
          assertCloseTo(o.cog, engine.cog[c * 5 + p] as number);
          assertCloseTo(o.pci, engine.pci[p] as number);
          const near = nearestExported(engine.proximity, 5, m, p, 3);
          assert.deepEqual(o.near.map((n) => [n.product, n.phi]), [...near.products].map((q, i) => [PRODUCTS[q], near.phi[i]]));
        });
        assert.deepEqual(opportunities.exported.map((e: { product: string; rca: number }) => [e.product, e.rca]),
          [...m].flatMap((v, p) => (v >= 1 ? [[PRODUCTS[p], engine.rca[c * 5 + p]]] : [])));
        const page = (await app.inject(`/api/complexity/opportunities?dataset=small&preset=${preset}&location=ccc&strategy=long-jumps&limit=1&offset=1`)).json();
        assert.deepEqual(page.items.map((o: { rank: number }) => o.rank), [2]);
      }
      const custom = (await app.inject('/api/complexity/opportunities?dataset=small&location=aaa&weights=density=1')).json();
      assert.equal(custom.strategy, 'custom');
      assert.deepEqual(custom.weights, { density: 1, pci: 0, cog: 0, size: 0, growth: 0 });
    });

    test('a dataset loaded with two years keeps the first year\'s world totals: opportunities carry world market growth', async (t) => {
      const { app, db } = await build(t, backend);
      // 2018 is the SMALL matrix; 2016 has the same cells with 0101 at half (its world total 20 -> 10 in 2016)
      const earlier = LOCATIONS.flatMap((l, c) => PRODUCTS.map((p, k) => `${l},${p},${(VALUES[c * 5 + k] as number) / (k === 0 ? 2 : 1)},2016`));
      const later = CSV.split('\n').slice(1).map((line) => `${line},2018`);
      const twoYears = ['location,product,value,year', ...later, ...earlier].join('\n');
      const saved = await importTradeSource(db, { id: 'two', nameRu: 'Два года' }, { buffer: Buffer.from(twoYears) }, 'csv', 'two.csv');
      assert.equal(saved.year, 2018);
      const body = (await app.inject('/api/complexity/opportunities?dataset=two&location=ddd')).json();
      assert.equal(body.growthFrom, 2016);
      assert.equal(body.weights.growth, 0.1);
      const growth = Object.fromEntries(body.items.map((i: { product: string; worldGrowth: number }) => [i.product, i.worldGrowth]));
      // ddd exports 0202..0505; its candidate 0101: world 10 (2016) -> 20 (2018), CAGR sqrt(2) - 1
      assertCloseTo(growth['0101'], Math.SQRT2 - 1);
      await importTradeSource(db, { id: 'small', nameRu: 'Малая' }, { buffer: Buffer.from(CSV) }, 'csv', 'small.csv');
      const single = (await app.inject('/api/complexity/opportunities?dataset=small&location=ddd')).json();
      assert.equal(single.growthFrom, null);
      assert.ok(single.items.every((i: { worldGrowth: number | null }) => i.worldGrowth === null));
    });

    test("a firm's own product list gives its personal density; its location's own basket reproduces the location's ranking", async (t) => {
      const { app, db } = await build(t, backend);
      await importTradeSource(db, { id: 'small', nameRu: 'Малая' }, { buffer: Buffer.from(CSV) }, 'csv', 'small.csv');
      const base = '/api/complexity/opportunities?dataset=small&location=ccc&strategy=balanced';
      const own = (await app.inject(base)).json();
      const basket = own.exported.map((e: { product: string }) => e.product).join(',');
      const same = (await app.inject(`${base}&products=${basket}`)).json();
      assert.deepEqual(same.items.map((o: { product: string; density: number; score: number }) => [o.product, o.density, o.score]),
        own.items.map((o: { product: string; density: number; score: number }) => [o.product, o.density, o.score]));

      // Hand-checked on the atlas preset (proximity diagonal 0): a firm exporting 0101 and 0202 only.
      const engine = complexity(Float64Array.from(VALUES), 4, 5, { preset: 'atlas' });
      const phi = (p: number, q: number) => (p === q ? 0 : engine.proximity[p * 5 + q] as number);
      const firm = (await app.inject(`${base}&products=0101, 0202 9999`)).json();
      assert.deepEqual(firm.products, ['0101', '0202', '9999']);
      assert.deepEqual(firm.unknownProducts, ['9999']);
      assert.deepEqual(firm.exported.map((e: { product: string; rca: number }) => [e.product, e.rca]),
        [0, 1].map((p) => [PRODUCTS[p], engine.rca[2 * 5 + p]]).sort((a, b) => (b[1] as number) - (a[1] as number)), "the listed products with the location's RCA");
      // 0505 is near no other product (its proximities off the diagonal are 0): no density, so not ranked
      assert.deepEqual(firm.items.map((o: { product: string }) => o.product).sort(), ['0303', '0404']);
      for (const o of firm.items as { product: string; density: number; rca: number }[]) {
        const p = PRODUCTS.indexOf(o.product);
        const row = [0, 1, 2, 3, 4].reduce((sum, q) => sum + phi(p, q), 0);
        assertCloseTo(o.density, (phi(p, 0) + phi(p, 1)) / row);
        assertCloseTo(o.rca, engine.rca[2 * 5 + p] as number);
      }
      const none = await app.inject(`${base}&products=9999`);
      assert.equal(none.statusCode, 422, none.body);
      assert.equal(none.json().error.errors[0].column, 'products');
    });

    test('unknown dataset or location is 404, malformed parameters 400, bad weights 422, and uploads need a signed-in analyst and give row/column errors', async (t) => {
      const { app, db } = await build(t, backend);
      await importTradeSource(db, { id: 'small', nameRu: 'Малая' }, { buffer: Buffer.from(CSV) }, 'csv', 'small.csv');
      assert.equal((await app.inject('/api/complexity/locations?dataset=nope')).statusCode, 404);
      assert.equal((await app.inject('/api/complexity/opportunities?dataset=nope&location=aaa')).statusCode, 404);
      const unknown = await app.inject('/api/complexity/opportunities?dataset=small&location=zzz');
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.json().error.id, 'location_not_found');
      for (const query of ['preset=stata', 'strategy=fast&location=aaa', 'location=aaa&limit=0', '']) {
        const response = await app.inject(`/api/complexity/opportunities?dataset=small&${query}`);
        assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
        assert.ok(response.json().error.errors.length > 0, query);
      }
      for (const query of ['location=aaa&strategy=balanced&weights=density=1', 'location=aaa&weights=density=-1']) {
        const response = await app.inject(`/api/complexity/opportunities?dataset=small&${query}`);
        assert.equal(response.statusCode, 422, `${query}: ${response.body}`);
        assert.ok(response.json().error.errors.length > 0, query);
      }
      assert.equal((await app.inject('/api/complexity/locations')).statusCode, 400);

      const anonymous = await app.inject({ method: 'POST', url: '/api/complexity/datasets?id=up&name=Загрузка', ...multipart('up.csv', CSV) });
      assert.equal(anonymous.statusCode, 401);
      const { cookie } = await signedIn(app, db, { role: 'analyst' });
      const post = (name: string, text: string) => postFile(app, '/api/complexity/datasets?id=up&name=Загрузка&year=2021', name, text, cookie);
      const bad = await post('bad.csv', 'location,product,value\naaa,01,5\nbbb,,3\nccc,02,x\n');
      assert.equal(bad.statusCode, 422, bad.body);
      assert.deepEqual(bad.json().error.errors.map((e: { row: number; column: string }) => [e.row, e.column]), [[3, 'product'], [4, 'value']]);
      assert.deepEqual((await app.inject('/api/complexity/datasets')).json().items.map((d: { id: string }) => d.id), ['small'], 'nothing was written');
      const created = await post('up.csv', CSV);
      assert.equal(created.statusCode, 201, created.body);
      assert.deepEqual(created.json(), { dataset: 'up', rows: 13, locations: 4, products: 5, year: 2021 });
      const eci = (await app.inject('/api/complexity/locations?dataset=up')).json().items.map((l: { eci: number }) => l.eci);
      assert.equal(eci.length, 4);
    });
  });
}

describe('complexity API over the demo (pglite)', () => {
  test("Belarus (blr) gets ranked opportunities with HS names and explanations", async (t) => {
    const db = await freshDatabase(t, 'pglite', { reference: false });
    await loadDemo(db);
    const app = await buildApp({ db });
    t.after(() => app.close());
    const datasets = (await app.inject('/api/complexity/datasets')).json();
    assert.deepEqual(datasets.items.map((d: { id: string; locations: number; products: number }) => [d.id, d.locations, d.products]), [['world-hs4-2017', 224, 1222]]);
    const response = await app.inject('/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&limit=10');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.ok(Number.isFinite(body.eci) && body.rank >= 1 && body.rank <= 224, JSON.stringify({ eci: body.eci, rank: body.rank }));
    assert.ok(body.total > 500, `${body.total} candidates`);
    assert.equal(body.items.length, 10);
    for (const item of body.items) {
      assert.ok(item.nameEn, `${item.product} has a name`);
      assert.ok(item.near.length > 0 && item.near.every((n: { phi: number; nameEn: string }) => n.phi > 0 && n.nameEn), `${item.product} is explained`);
      assert.ok(item.score > 0 && item.score <= 1);
    }
    assert.ok(body.exported.length > 100, `${body.exported.length} products exported with advantage`);
    assert.ok(body.exported.every((e: { rca: number }) => e.rca > 1));

    // Cluster 3 (Vitebsk oblast woodworking, specialisation 16 and 31): products derived from its sectors.
    const cluster = await app.inject('/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&cluster=3&limit=5');
    assert.equal(cluster.statusCode, 200, cluster.body);
    const advised = cluster.json();
    assert.equal(advised.subject.kind, 'cluster');
    assert.ok(advised.subject.sectors.includes('16') && advised.subject.sectors.includes('31'), advised.subject.sectors.join());
    assert.ok(advised.subject.products.includes('4407') && advised.subject.products.includes('9403'), 'sawn wood and furniture');
    assert.deepEqual(advised.products, advised.subject.products);
    assert.ok(advised.items.every((i: { product: string }) => !advised.subject.products.includes(i.product)), 'its own products are not suggested');
    assert.equal((await app.inject('/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&cluster=9999')).statusCode, 404);
    const both = await app.inject('/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&cluster=3&products=8703');
    assert.equal(both.statusCode, 422, both.body);
    // Organisation 1023 (an illustrative R&D firm, sector 72.19) makes no HS goods.
    const services = await app.inject('/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&organization=1023');
    assert.equal(services.statusCode, 422, services.body);
    assert.equal(services.json().error.errors[0].column, 'organization');
  });
});
