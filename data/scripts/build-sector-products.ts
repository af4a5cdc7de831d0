/**
 * Builds data/trade/nace_hs4.csv (nace_class,hs4): the HS4 products that each NACE Rev.2 class produces, from two
 * shared reference tables:
 *
 * - classifications/nace_rev2_structure.csv: each of the 615 NACE classes names its ISIC Rev.4 class (isic4_ref);
 * - classifications/concordance_hs6_isic4.csv: HS6 products to the ISIC4 class that produces them (the
 *   concordance R package's data), reduced here to HS4.
 *
 * A NACE class gets every HS4 heading with at least one HS6 code in its ISIC class. Service classes (most of
 * sections D-U) get no products: goods only. Used to derive an organisation's or a cluster's product list from
 * its sector codes for the export advisor (src/services/sector-products.ts); an approximation that the page
 * labels as such.
 *
 *   cd /work/main && node --import tsx data/scripts/build-sector-products.ts [--shared ../shared/data]
 *
 * Deterministic: running it twice gives byte-identical files. Sources: data/SOURCES.md.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = process.argv.indexOf('--shared');
const SHARED = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1] as string)
  : path.resolve(REPO, process.env.SHARED_DATA ?? '../shared/data');

const read = (file: string) => parse(readFileSync(path.join(SHARED, 'classifications', file), 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];

const hs4OfIsic = new Map<string, Set<string>>();
let unmatched = 0;
for (const r of read('concordance_hs6_isic4.csv')) {
  const isic = r.ISIC4_4d ?? '';
  const hs4 = r.HS_4d ?? '';
  // HS6 codes the concordance links to no ISIC class
  if (isic === 'NA') {
    unmatched += 1;
    continue;
  }
  if (!/^\d{4}$/.test(isic) || !/^\d{4}$/.test(hs4)) throw new Error(`concordance_hs6_isic4.csv: unexpected row ${JSON.stringify(r)}`);
  let set = hs4OfIsic.get(isic);
  if (!set) hs4OfIsic.set(isic, (set = new Set()));
  set.add(hs4);
}

const lines = ['nace_class,hs4'];
let classes = 0;
let withProducts = 0;
for (const r of read('nace_rev2_structure.csv')) {
  if (r.level !== '4') continue;
  classes += 1;
  const products = [...(hs4OfIsic.get(r.isic4_ref ?? '') ?? [])].sort();
  if (products.length > 0) withProducts += 1;
  for (const hs4 of products) lines.push(`${r.code},${hs4}`);
}
if (classes !== 615) throw new Error(`nace_rev2_structure.csv: expected 615 classes, found ${classes}`);
writeFileSync(path.join(REPO, 'data', 'trade', 'nace_hs4.csv'), `${lines.join('\n')}\n`);
console.log(`data/trade/nace_hs4.csv: ${lines.length - 1} links; ${withProducts} of ${classes} NACE classes produce HS goods; ${unmatched} HS6 rows without an ISIC class left out`);
