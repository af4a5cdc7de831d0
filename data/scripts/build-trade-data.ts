/**
 * Builds the demo trade tables of the economic-complexity capability from the shared reference data:
 *
 * - data/trade/world_exports_hs4_2017.csv: world_exports_country_x_hs4_2017.csv with its header renamed to the
 *   complexity input contract (location,product,value); the rows are copied unchanged (codes as text).
 * - data/trade/hs4_products.csv: code,name_en of the 4-digit codes of hs_harmonized_system_codes.csv.
 * - data/trade/product_space_hs4_nodes.csv: product,x,y,sector,color,label: the product space layout
 *   (product_space_hs4_nodes.csv) with each node's colour and short label from product_space_hs4_metadata.csv
 *   and the sector its colour stands for; data/trade/product_space_hs4_edges.csv: source,target (the backbone).
 *
 *   cd /work/main && node --import tsx data/scripts/build-trade-data.ts [--shared ../shared/data]
 *
 * The shared folder is --shared (from the working folder), else SHARED_DATA, else ../shared/data (both from the
 * repository root). Deterministic: running it twice gives byte-identical files. Sources: data/SOURCES.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = process.argv.indexOf('--shared');
const SHARED = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1] as string)
  : path.resolve(REPO, process.env.SHARED_DATA ?? '../shared/data');
const OUT = path.join(REPO, 'data', 'trade');

/** A CSV cell, quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function buildExports(): number {
  const text = readFileSync(path.join(SHARED, 'trade', 'world_exports_country_x_hs4_2017.csv'), 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const lines = ['location,product,value'];
  for (const r of rows) {
    const { reporter_iso: location, product_code: product, export_value_usd: value } = r;
    if (location === undefined || product === undefined || value === undefined) throw new Error('unexpected columns in world_exports_country_x_hs4_2017.csv');
    lines.push(`${cell(location)},${cell(product)},${value}`);
  }
  writeFileSync(path.join(OUT, 'world_exports_hs4_2017.csv'), `${lines.join('\n')}\n`);
  return rows.length;
}

function buildProducts(): number {
  const text = readFileSync(path.join(SHARED, 'classifications', 'hs_harmonized_system_codes.csv'), 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const four = rows.filter((r) => r.level === '4' && /^\d{4}$/.test(r.hscode ?? ''));
  four.sort((a, b) => ((a.hscode as string) < (b.hscode as string) ? -1 : 1));
  const lines = ['code,name_en', ...four.map((r) => `${r.hscode},${cell((r.description ?? '').trim())}`)];
  writeFileSync(path.join(OUT, 'hs4_products.csv'), `${lines.join('\n')}\n`);
  return four.length;
}

/** The sector of the product space each node colour stands for (the Atlas of Economic Complexity's sectors). */
const SECTOR_COLOURS: Record<string, string> = {
  '#f5cf23': 'agriculture', '#7ddaa1': 'textiles', '#dab47d': 'stone', '#bb968a': 'minerals', '#7ba2d9': 'machinery',
  '#d97b7b': 'metals', '#c57bd9': 'chemicals', '#7ddada': 'electronics', '#8d7bd8': 'vehicles',
};

/** '#F5CF23' or 'rgb(125, 218, 161)' as lower-case '#rrggbb'. */
function hexColour(colour: string): string {
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour.trim());
  if (rgb) return `#${rgb.slice(1).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  if (/^#[0-9a-f]{6}$/i.test(colour.trim())) return colour.trim().toLowerCase();
  throw new Error(`unexpected colour ${colour} in product_space_hs4_metadata.csv`);
}

function buildProductSpace(): { nodes: number; edges: number } {
  const read = (file: string) => parse(readFileSync(path.join(SHARED, 'trade', file), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const meta = new Map(read('product_space_hs4_metadata.csv').map((r) => [r.id, r]));
  const nodes = read('product_space_hs4_nodes.csv');
  const lines = ['product,x,y,sector,color,label'];
  const codes = new Set<string>();
  for (const n of nodes) {
    const m = meta.get(n.hs4);
    if (!n.hs4 || !/^\d{4}$/.test(n.hs4) || !m?.color || !Number.isFinite(Number(n.x)) || !Number.isFinite(Number(n.y))) {
      throw new Error(`product space node without code, position or metadata: ${JSON.stringify(n)}`);
    }
    const colour = hexColour(m.color);
    const sector = SECTOR_COLOURS[colour];
    if (!sector) throw new Error(`product space colour ${m.color} of ${n.hs4} names no known sector`);
    codes.add(n.hs4);
    lines.push([n.hs4, n.x, n.y, sector, colour, cell(m.shortLabel ?? '')].join(','));
  }
  writeFileSync(path.join(OUT, 'product_space_hs4_nodes.csv'), `${lines.join('\n')}\n`);
  const edges = read('product_space_hs4_edges.csv').map((e) => {
    if (!codes.has(e.source_hs4 as string) || !codes.has(e.target_hs4 as string)) throw new Error(`product space edge to no node: ${JSON.stringify(e)}`);
    return `${e.source_hs4},${e.target_hs4}`;
  });
  writeFileSync(path.join(OUT, 'product_space_hs4_edges.csv'), `${['source,target', ...edges].join('\n')}\n`);
  return { nodes: nodes.length, edges: edges.length };
}

mkdirSync(OUT, { recursive: true });
const exports = buildExports();
const products = buildProducts();
const space = buildProductSpace();
console.log(`data/trade/world_exports_hs4_2017.csv: ${exports} rows; data/trade/hs4_products.csv: ${products} codes`);
console.log(`data/trade/product_space_hs4_nodes.csv: ${space.nodes} nodes; data/trade/product_space_hs4_edges.csv: ${space.edges} edges`);
