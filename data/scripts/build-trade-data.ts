/**
 * Builds the demo trade tables of the economic-complexity capability from the shared reference data:
 *
 * - data/trade/world_exports_hs4_2017.csv: world_exports_country_x_hs4_2017.csv with its header renamed to the
 *   complexity input contract (location,product,value); the rows are copied unchanged (codes as text).
 * - data/trade/hs4_products.csv: code,name_en of the 4-digit codes of hs_harmonized_system_codes.csv.
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

mkdirSync(OUT, { recursive: true });
const exports = buildExports();
const products = buildProducts();
console.log(`data/trade/world_exports_hs4_2017.csv: ${exports} rows; data/trade/hs4_products.csv: ${products} codes`);
