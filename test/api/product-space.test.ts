// The product space API over the demo (pglite): the layout of data/trade/product_space_hs4_* with Belarus's RCA;
// its exported nodes are the opportunities API's `exported` products that are in the layout; world values are
// the column sums of the matrix; unknown location 404, missing location 400.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildApp } from '../../src/api/app.ts';
import { loadDemo } from '../../src/services/demo.ts';
import { parseProductSpace, PRODUCT_SPACE_EDGES_FILE, PRODUCT_SPACE_NODES_FILE, productSpaceLayout } from '../../src/services/product-space.ts';
import { freshDatabase } from '../helpers/database.ts';

const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').length - 1;

interface Node { product: string; x: number; y: number; sector: string; color: string; rca: number | null; m: number; value: number | null; worldValue: number | null }

const SHARED = new URL('../../../shared/data/trade/', import.meta.url);

describe('product space layout', () => {
  test('parses nodes in file order and edges as index pairs; an edge to no node is an error', () => {
    const nodes = 'product,x,y,sector,color,label\n0101,1,2,agriculture,#f5cf23,Horses\n8703,3,4,vehicles,#8d7bd8,"Cars, etc."\n';
    const layout = parseProductSpace(nodes, 'source,target\n8703,0101\n');
    assert.deepEqual(layout.nodes.map((n) => [n.product, n.x, n.y, n.label]), [['0101', 1, 2, 'Horses'], ['8703', 3, 4, 'Cars, etc.']]);
    assert.deepEqual(layout.edges, [[1, 0]]);
    assert.throws(() => parseProductSpace(nodes, 'source,target\n8703,9999\n'), /edge to no node/);
  });

  test('the committed layout is the shared one (when ../shared is present)', { skip: !existsSync(SHARED) && 'no ../shared/data' }, () => {
    const rows = (file: string) => readFileSync(new URL(file, SHARED), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
    const layout = productSpaceLayout();
    assert.deepEqual(layout.nodes.map((n) => [n.product, String(n.x), String(n.y)]), rows('product_space_hs4_nodes.csv'));
    assert.deepEqual(layout.edges.map(([a, b]) => [layout.nodes[a]!.product, layout.nodes[b]!.product]), rows('product_space_hs4_edges.csv'));
  });
});

describe('product space API over the demo (pglite)', () => {
  test("Belarus's product space: the layout's nodes and edges, M = 1 where the opportunities API lists an export", async (t) => {
    const db = await freshDatabase(t, 'pglite', { reference: false });
    await loadDemo(db);
    const app = await buildApp({ db });
    t.after(() => app.close());

    const response = await app.inject('/api/complexity/product-space?dataset=world-hs4-2017&location=blr');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { counts: { nodes: number; edges: number; matched: number; exported: number }; nodes: Node[]; edges: [number, number][] };
    assert.equal(lines(PRODUCT_SPACE_NODES_FILE), 866);
    assert.equal(lines(PRODUCT_SPACE_EDGES_FILE), 2532);
    assert.equal(body.nodes.length, 866);
    assert.equal(body.edges.length, 2532);
    assert.deepEqual([body.counts.nodes, body.counts.edges], [866, 2532]);
    assert.ok(body.edges.every(([a, b]) => a >= 0 && a < 866 && b >= 0 && b < 866 && a !== b));
    assert.ok(body.nodes.every((n) => /^\d{4}$/.test(n.product) && Number.isFinite(n.x) && Number.isFinite(n.y) && /^#[0-9a-f]{6}$/.test(n.color) && n.sector));
    assert.equal(new Set(body.nodes.map((n) => n.sector)).size, 9);

    const matched = body.nodes.filter((n) => n.rca !== null);
    assert.equal(body.counts.matched, matched.length);
    assert.ok(matched.length > 800, `${matched.length} layout products in the dataset`);
    assert.ok(body.nodes.filter((n) => n.rca === null).every((n) => n.m === 0 && n.worldValue === null));

    const opportunities = (await app.inject('/api/complexity/opportunities?dataset=world-hs4-2017&location=blr&limit=1')).json();
    const inLayout = new Set(body.nodes.map((n) => n.product));
    const exported = (opportunities.exported as { product: string; rca: number }[]).filter((e) => e.rca > 1 && inLayout.has(e.product)).map((e) => e.product).sort();
    const m1 = body.nodes.filter((n) => n.m === 1).map((n) => n.product).sort();
    assert.deepEqual(m1, exported);
    assert.equal(body.counts.exported, m1.length);
    assert.ok(body.nodes.filter((n) => n.m === 1).every((n) => (n.rca as number) > 1 && (n.value as number) > 0));

    // World value: the sum over every location, as in the opportunities' worldValue.
    const first = opportunities.items[0] as { product: string; worldValue: number };
    const node = body.nodes.find((n) => n.product === first.product);
    if (node) assert.ok(Math.abs((node.worldValue as number) - first.worldValue) <= 1e-6 * first.worldValue, `${node.worldValue} vs ${first.worldValue}`);

    assert.equal((await app.inject('/api/complexity/product-space?dataset=world-hs4-2017&location=zzz')).statusCode, 404);
    assert.equal((await app.inject('/api/complexity/product-space?dataset=world-hs4-2017')).statusCode, 400);
    assert.equal((await app.inject('/api/complexity/product-space?dataset=nope&location=blr')).statusCode, 404);
  });
});
