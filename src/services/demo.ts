// The demo dataset: reference tables, then the registry files, each through the ordinary importer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.ts';
import { REGISTRY_KINDS } from '../domain/columns.ts';
import { loadReferenceData } from './reference-data.ts';
import { loadBenchmarkScheme } from './category-schemes.ts';
import { loadDemoCalls } from './calls/demo-calls.ts';
import { loadDemoEvaluation } from './evaluation/demo.ts';
import { loadDemoCrossSector } from './crosssector/demo.ts';
import { loadDemoTalent } from './demo-talent.ts';
import { importRegistryFile } from './registry-import.ts';
import { DEMO_STATISTICS, importStatisticsFile } from './regional-statistics.ts';
import { DEMO_TRADE, importProductNames, importTradeFile } from './trade-data.ts';

export const DEMO_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export async function isEmpty(db: Database): Promise<boolean> {
  const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM territories');
  return rows[0]!.n === 0;
}

export async function loadDemo(db: Database, dataDir = DEMO_DATA_DIR, log: (line: string) => void = () => {}) {
  if (!(await isEmpty(db))) throw new Error('the database already holds data; the demo loads into an empty one');
  try {
    const counts: Record<string, number> = { ...(await loadReferenceData(db, dataDir)) };
    log(`reference data: ${counts.territories} territories, ${counts.sectors} sectors, ${counts.figures} official figures`);
    for (const kind of REGISTRY_KINDS) {
      const file = join(dataDir, `${kind}.csv`);
      if (!existsSync(file)) continue;
      const result = await importRegistryFile(db, kind, { path: file }, { name: `data/${kind}.csv` });
      counts[kind] = result.inserted;
      log(`${kind}: ${result.inserted}`);
    }
    counts.calls = await loadDemoCalls(db, dataDir);
    if (counts.calls > 0) log(`calls: ${counts.calls} (illustrative)`);
    const talent = await loadDemoTalent(db, dataDir);
    Object.assign(counts, talent);
    log(`people: ${talent.people}, cluster services: ${talent.services}, service requests: ${talent.requests}`);
    if (existsSync(join(dataDir, 'categories'))) {
      const scheme = await loadBenchmarkScheme(db, dataDir);
      log(`category scheme ${scheme.scheme}: ${scheme.categories} categories`);
    }
    const statistics = join(dataDir, DEMO_STATISTICS.file);
    if (existsSync(statistics)) {
      const result = await importStatisticsFile(db, DEMO_STATISTICS.meta, statistics, `data/${DEMO_STATISTICS.file}`);
      counts.statistics = result.rows;
      log(`statistics: ${result.rows} rows`);
    }
    const trade = join(dataDir, DEMO_TRADE.file);
    if (existsSync(trade)) {
      if (existsSync(join(dataDir, DEMO_TRADE.products))) await importProductNames(db, 'hs4', join(dataDir, DEMO_TRADE.products));
      const result = await importTradeFile(db, DEMO_TRADE.meta, trade, `data/${DEMO_TRADE.file}`);
      counts.trade = result.rows;
      log(`trade: ${result.rows} rows`);
    }
    const crossSector = await loadDemoCrossSector(db, dataDir);
    if (crossSector.patents + crossSector.deals > 0) {
      Object.assign(counts, crossSector);
      log(`cross-sector: ${crossSector.patents} patents, ${crossSector.deals} deals (illustrative)`);
    }
    if (existsSync(join(dataDir, 'evaluation'))) {
      const evaluation = await loadDemoEvaluation(db, dataDir);
      Object.assign(counts, evaluation);
      log(`evaluation: ${evaluation.indicators} KPI definitions, ${evaluation.kpiValues} KPI values, ${evaluation.assessments} self-assessments, ${evaluation.judgements} judgements (illustrative), a simulated panel of ${evaluation.panelFirms} firms`);
    }
    return counts;
  } catch (error) {
    // Each file loads in its own transaction; a failure part-way empties the tables so nothing is half-loaded.
    await db.pool.query(`TRUNCATE ${DEMO_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    throw error;
  }
}

const DEMO_TABLES = ['patent_datasets', 'deal_datasets', 'service_requests', 'cluster_services', 'people', 'trade_datasets', 'trade_products', 'statistics_datasets', 'category_schemes', 'projects', 'contracts', 'memberships', 'cluster_status_history', 'clusters', 'organizations', 'official_figures', 'sectors', 'territories', 'audit_log'];
