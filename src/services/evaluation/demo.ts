// The evaluation part of the demo: KPI definitions and the good-practice library (reference data), the 2021-2025
// programme (official planned clusters by region, data/program_2021_2025.csv; achieved counted from the registry),
// and ILLUSTRATIVE records: KPI targets and reported actuals, support measures and applications, two
// self-assessments per operating cluster (answers generated with a fixed seed), goals with members' judgements,
// a strategy record, and a simulated firm panel with a known effect of membership.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, Queryable } from '../../db/database.ts';
import { simulatePanel } from '../../analytics/evaluation/simulate-panel.ts';
import { mulberry32 } from '../../analytics/random.ts';
import { optionalCsvRecords } from '../files/csv-records.ts';
import { storePanel } from './impact.ts';
import { readJudgementsFile } from './judgements-input.ts';
import { excellenceQuestionnaire, goodPractices, kpiIndicators, questionnaireQuestions, supportMeasures } from './reference-data.ts';

export const DEMO_PANEL = {
  id: 'demo-panel',
  name: 'Simulated firm panel, 2015-2024 (illustrative, not real firms)',
  source: 'simulated by analytics/evaluation/simulate-panel.ts (seed 8): selection on size, true effect +0.05 log points',
  firms: 3000,
};

const DEMO_ASSESSED = ['2025-03-01', '2026-03-01'];


const number = (cell: string | undefined): number | null => (cell === undefined || cell.trim() === '' ? null : Number(cell));

/** Illustrative answers (0-4) of a cluster's assessment: seeded by cluster, the later one a little better. */
function demoAnswers(clusterId: number, round: number, codes: readonly string[]): Record<string, number> {
  const random = mulberry32(clusterId * 97 + 13);
  return Object.fromEntries(codes.map((code) => {
    const base = Math.floor(random() * 4);
    const step = random() < 0.4 * round ? 1 : 0;
    return [code, Math.min(4, base + step)];
  }));
}

/** The KPI definitions, the good-practice library and the (illustrative) support measures of data/evaluation/. */
export async function loadEvaluationReference(client: Queryable): Promise<{ indicators: number; practices: number; measures: number }> {
  const counts = { indicators: 0, practices: 0, measures: 0 };
  const indicators = kpiIndicators();
  for (const i of indicators) {
    await client.query(
      'INSERT INTO kpi_indicators (code, name_ru, name_be, name_en, unit, direction, level, grp, method) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [i.code, i.name.ru, i.name.be, i.name.en, i.unit, i.direction, i.level, i.group, i.method]);
  }
  counts.indicators = indicators.length;
  const practices = goodPractices();
  for (const p of practices) {
    await client.query(
      `INSERT INTO good_practices (area, sectors, country, title_ru, title_be, title_en, summary_ru, summary_be, summary_en, source, illustrative)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [p.area, p.sectors, p.country || null, p.title.ru, p.title.be, p.title.en, p.summary.ru, p.summary.be, p.summary.en, p.source, p.illustrative]);
  }
  counts.practices = practices.length;
  for (const m of supportMeasures()) {
    const rules = {
      ...(m.sizeClasses.length > 0 ? { sizeClasses: m.sizeClasses } : {}),
      ...(m.sectors.length > 0 ? { sectors: m.sectors } : {}),
      ...(m.territories.length > 0 ? { territories: m.territories } : {}),
      membership: m.membership,
      ...(m.maxEmployees !== null ? { maxEmployees: m.maxEmployees } : {}),
    };
    await client.query('INSERT INTO support_measures (code, name_ru, name_be, name_en, rules, illustrative) VALUES ($1, $2, $3, $4, $5, $6)',
      [m.code, m.name.ru, m.name.be, m.name.en, JSON.stringify(rules), m.illustrative]);
  }
  counts.measures = supportMeasures().length;
  return counts;
}

export async function loadDemoEvaluation(db: Database, dataDir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const codes = questionnaireQuestions(excellenceQuestionnaire()).map((q) => q.code);
  await db.transaction(async (client) => {
    Object.assign(counts, await loadEvaluationReference(client));
    for (const p of optionalCsvRecords(dataDir, 'evaluation/programmes.csv')) {
      await client.query('INSERT INTO programmes (id, name_ru, name_be, name_en, start_year, end_year, source, illustrative) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [p.id, p.name_ru, p.name_be, p.name_en, Number(p.start_year), Number(p.end_year), p.source, p.illustrative === 'true']);
      for (const plan of optionalCsvRecords(dataDir, 'program_2021_2025.csv')) {
        const { rows: [territory] } = await client.query<{ name_ru: string; name_be: string | null; name_en: string | null }>(
          'SELECT name_ru, name_be, name_en FROM territories WHERE id = $1', [plan.oblast]);
        await client.query(
          `INSERT INTO programme_measures (programme_id, code, name_ru, name_be, name_en, territory_id, year, indicator_code, planned, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'clusters_created', $8, $9)`,
          [p.id, `clusters-${plan.oblast}`, `Создание кластеров: ${territory?.name_ru ?? plan.oblast}`,
            `Стварэнне кластараў: ${territory?.name_be ?? plan.oblast}`, `Creating clusters: ${territory?.name_en ?? plan.oblast}`,
            plan.oblast, Number(p.end_year), Number(plan.planned_clusters), plan.source_note]);
      }
    }
    const values = optionalCsvRecords(dataDir, 'evaluation/kpi_values.csv');
    for (const v of values) {
      await client.query(
        'INSERT INTO kpi_values (indicator_code, scope, scope_id, year, target, actual, source, illustrative) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [v.indicator, v.scope, v.scope_id, Number(v.year), number(v.target), number(v.actual), v.source || null, v.illustrative === 'true']);
    }
    counts.kpiValues = values.length;
    const { rows: operating } = await client.query<{ id: number }>("SELECT id FROM clusters WHERE status IN ('operating', 'forming') ORDER BY id");
    for (const { id } of operating) {
      for (const [round, date] of DEMO_ASSESSED.entries()) {
        await client.query(
          "INSERT INTO excellence_assessments (cluster_id, assessed_on, assessor, answers, illustrative) VALUES ($1, $2, 'demo (illustrative)', $3, true)",
          [id, date, JSON.stringify(demoAnswers(id, round, codes))]);
      }
    }
    counts.assessments = operating.length * DEMO_ASSESSED.length;
    for (const g of optionalCsvRecords(dataDir, 'evaluation/cluster_goals.csv')) {
      await client.query('INSERT INTO cluster_goals (cluster_id, code, name_ru, name_be, name_en) VALUES ($1, $2, $3, $4, $5)',
        [Number(g.cluster_id), g.code, g.name_ru, g.name_be, g.name_en]);
    }
    for (const a of optionalCsvRecords(dataDir, 'evaluation/support_applications.csv')) {
      await client.query('INSERT INTO support_applications (cluster_id, year, amount, purpose, illustrative) VALUES ($1, $2, $3, $4, $5)',
        [Number(a.cluster_id), Number(a.year), Number(a.amount), a.purpose, a.illustrative === 'true']);
    }
    const strategies = join(dataDir, 'evaluation/strategies.json');
    if (existsSync(strategies)) {
      for (const s of JSON.parse(readFileSync(strategies, 'utf8')) as { clusterId: number; illustrative: boolean; targetMarkets: string[]; roadmap: unknown; partners: unknown }[]) {
        await client.query('INSERT INTO internationalisation_strategies (cluster_id, target_markets, roadmap, partners, illustrative) VALUES ($1, $2, $3, $4, $5)',
          [s.clusterId, s.targetMarkets, JSON.stringify(s.roadmap), JSON.stringify(s.partners), s.illustrative]);
      }
    }
  });
  counts.judgements = await loadDemoJudgements(db, dataDir);
  const simulated = simulatePanel({ nFirms: DEMO_PANEL.firms, nYears: 10, firstYear: 2015, seed: 8 });
  const firms = Array.from({ length: DEMO_PANEL.firms }, (_, i) => `F${String(i + 1).padStart(4, '0')}`);
  await storePanel(db, { id: DEMO_PANEL.id, name: DEMO_PANEL.name, source: DEMO_PANEL.source, illustrative: true },
    { panel: simulated.panel, firms, sector: firms.map(() => ''), region: firms.map(() => '') });
  counts.panelFirms = DEMO_PANEL.firms;
  return counts;
}

/** data/evaluation/goal_judgements_cluster_N.csv in the `cluster-atlas ahp` format (member = organisation id). */
async function loadDemoJudgements(db: Database, dataDir: string): Promise<number> {
  let total = 0;
  const { rows: clusters } = await db.pool.query<{ cluster_id: number }>('SELECT DISTINCT cluster_id FROM cluster_goals ORDER BY cluster_id');
  for (const { cluster_id: clusterId } of clusters) {
    const file = join(dataDir, `evaluation/goal_judgements_cluster_${clusterId}.csv`);
    if (!existsSync(file)) continue;
    const rows = await readJudgementsFile(file, `data/evaluation/goal_judgements_cluster_${clusterId}.csv`);
    await db.transaction(async (client) => {
      for (const r of rows) {
        await client.query('INSERT INTO goal_judgements (cluster_id, member_id, goal_a, goal_b, value, illustrative) VALUES ($1, $2, $3, $4, $5, true)',
          [clusterId, Number(r.member), r.goalA, r.goalB, r.value]);
      }
    });
    total += rows.length;
  }
  return total;
}
