// The HS4 products of NACE / ОКЭД sector codes (data/trade/nace_hs4.csv, built by
// data/scripts/build-sector-products.ts from the NACE -> ISIC4 references and the HS6 -> ISIC4 concordance), and
// the product list of a registered organisation or cluster derived from its sector codes: the organisation's
// primary and secondary sectors; a cluster's specialisation and its current members' sectors. Goods only:
// service sectors have no HS products. An approximation of what a firm makes, labelled as such where shown.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { parseCsvRecords } from './files/csv-records.ts';

export const SECTOR_PRODUCTS_FILE = fileURLToPath(new URL('../../data/trade/nace_hs4.csv', import.meta.url));

/** NACE class (`29.10`) -> its HS4 headings, sorted. */
export type SectorProducts = ReadonlyMap<string, readonly string[]>;

let table: SectorProducts | null = null;

export function sectorProducts(): SectorProducts {
  if (!table) {
    const byClass = new Map<string, string[]>();
    for (const r of parseCsvRecords(readFileSync(SECTOR_PRODUCTS_FILE, 'utf8')).rows) {
      const code = r.nace_class as string;
      const list = byClass.get(code) ?? [];
      list.push(r.hs4 as string);
      byClass.set(code, list);
    }
    table = byClass;
  }
  return table;
}

/**
 * The HS4 products of sector codes at any level below the section: a division (`29`), group (`29.1`) or class
 * (`29.10`) covers every class it contains. Codes that are not of that form give nothing. Sorted, no repeats.
 */
export function productsOfSectors(products: SectorProducts, codes: readonly string[]): string[] {
  const prefixes = codes.map((c) => c.trim()).filter((c) => /^\d{2}(\.\d{1,2})?$/.test(c));
  const out = new Set<string>();
  for (const [nace, hs4] of products) {
    if (prefixes.some((p) => nace === p || nace.startsWith(p.length === 2 ? `${p}.` : p))) for (const h of hs4) out.add(h);
  }
  return [...out].sort();
}

export interface SubjectProducts {
  kind: 'organization' | 'cluster';
  id: number;
  nameRu: string;
  nameEn: string | null;
  /** the sector codes the list was derived from */
  sectors: string[];
  products: string[];
}

/** An organisation's products from its primary and secondary sectors. @throws {NotFoundError} */
export async function organizationProducts(db: Database, id: number): Promise<SubjectProducts> {
  const { rows } = await db.pool.query<{ name_ru: string; name_en: string | null; sectors: string[] }>(
    `SELECT name_ru, name_en, array_remove(array_prepend(primary_sector, secondary_sectors), NULL) AS sectors
       FROM organizations WHERE id = $1`, [id]);
  const row = rows[0];
  if (!row) throw new NotFoundError('organization', String(id));
  return { kind: 'organization', id, nameRu: row.name_ru, nameEn: row.name_en, sectors: row.sectors, products: productsOfSectors(sectorProducts(), row.sectors) };
}

/** A cluster's products from its specialisation and its current members' sectors. @throws {NotFoundError} */
export async function clusterProducts(db: Database, id: number): Promise<SubjectProducts> {
  const cluster = await db.pool.query<{ name_ru: string; name_en: string | null; specialisation: string[] }>(
    'SELECT name_ru, name_en, specialisation FROM clusters WHERE id = $1', [id]);
  const row = cluster.rows[0];
  if (!row) throw new NotFoundError('cluster', String(id));
  const members = await db.pool.query<{ sector: string }>(
    `SELECT DISTINCT unnest(array_remove(array_prepend(o.primary_sector, o.secondary_sectors), NULL)) AS sector
       FROM memberships m JOIN organizations o ON o.id = m.organization_id
      WHERE m.cluster_id = $1 AND (m."left" IS NULL OR m."left" > current_date)`, [id]);
  const sectors = [...new Set([...row.specialisation, ...members.rows.map((r) => r.sector)])].sort();
  return { kind: 'cluster', id, nameRu: row.name_ru, nameEn: row.name_en, sectors, products: productsOfSectors(sectorProducts(), sectors) };
}

/**
 * Whose products the advisor ranks for: typed codes (`8703, 8708 8471`), a registered organisation or a cluster
 * (derived from sectors; `subject` says which), or none (the location's own exports). At most one may be given.
 *
 * @throws {ValidationError} for more than one, or a subject whose sectors make no goods
 * @throws {NotFoundError} for an unknown organisation or cluster
 */
export async function adviseeProducts(db: Database, q: { products?: string; organization?: number; cluster?: number }): Promise<{ subject: SubjectProducts | null; products: string[] | undefined }> {
  if ([q.products, q.organization, q.cluster].filter((v) => v !== undefined).length > 1) {
    throw new ValidationError('give one of products, organization or cluster', [{ row: 0, column: 'products', message: 'conflicts with organization or cluster' }]);
  }
  if (q.organization === undefined && q.cluster === undefined) {
    const codes = [...new Set((q.products ?? '').split(/[\s,;]+/).filter((c) => c !== ''))];
    return { subject: null, products: codes.length > 0 ? codes : undefined };
  }
  const subject = q.cluster !== undefined ? await clusterProducts(db, q.cluster) : await organizationProducts(db, q.organization as number);
  if (subject.products.length === 0) {
    throw new ValidationError(`${subject.kind} ${subject.id}: its sectors (${subject.sectors.join(', ') || 'none'}) make no HS goods`,
      [{ row: 0, column: subject.kind, message: 'no goods-producing sector' }]);
  }
  return { subject, products: subject.products };
}
