// The cluster report and the national programme report as XLSX workbooks, one sheet per part. The printable
// pages with charts are in the web app (/evaluation/clusters/:id/report, /evaluation/programmes/:id/report);
// the workbooks carry the same figures as data (exceljs writes no native charts).
import ExcelJS from 'exceljs';
import type { Database } from '../../db/database.ts';
import { excellenceView } from './excellence.ts';
import { goalsView } from './goals.ts';
import { kpiBoard, type KpiBoard } from './kpis.ts';
import { peerView } from './peers.ts';
import { programmeDetail } from './programmes.ts';

type Cell = string | number | boolean | null;

function sheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][]): void {
  const ws = workbook.addWorksheet(name);
  ws.addRow(header).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((column) => { column.width = 18; });
}

function kpiRows(board: KpiBoard): Cell[][] {
  return board.items.flatMap(({ indicator, points }) => points.map((p) => [
    indicator.code, indicator.nameRu, indicator.nameEn, indicator.unit, p.year, p.target, p.actual, p.expected, p.progress, p.status, p.source, p.illustrative,
  ]));
}

const KPI_HEADER = ['indicator', 'name_ru', 'name_en', 'unit', 'year', 'target', 'actual', 'expected', 'progress', 'status', 'source', 'illustrative'];

const created = () => new Date().toISOString().slice(0, 10);

export async function clusterReport(db: Database, clusterId: number): Promise<Buffer> {
  const excellence = await excellenceView(db.pool, clusterId);
  const [board, peers, goals] = [await kpiBoard(db.pool, 'cluster', String(clusterId)), await peerView(db.pool, clusterId), await goalsView(db.pool, clusterId)];
  const workbook = new ExcelJS.Workbook();
  const latest = excellence.assessments.at(-1);
  sheet(workbook, 'summary', ['field', 'value'], [
    ['cluster', excellence.clusterName], ['report date', created()],
    ['KPIs green', board.summary.green], ['KPIs amber', board.summary.amber], ['KPIs red', board.summary.red], ['KPIs without data', board.summary['no-data']],
    ['excellence overall (0-100)', latest?.scores.overall ?? null], ['excellence level', latest?.scores.level ?? null],
    ['excellence assessed on', latest?.assessedOn ?? null], ['peers', peers.peers.length],
    ['top goal', goals.aggregate?.ranked[0]?.code ?? null],
    ['note', 'Illustrative demo records are flagged in the illustrative columns; registry counts cover the registry only (partial).'],
  ]);
  sheet(workbook, 'kpis', KPI_HEADER, kpiRows(board));
  sheet(workbook, 'excellence', ['assessed_on', 'area', 'score', 'illustrative'],
    excellence.assessments.flatMap((a) => a.scores.areas.map((s) => [a.assessedOn, s.area, s.score, a.illustrative])));
  sheet(workbook, 'suggestions', ['area', 'question', 'answer', 'advice_ru', 'advice_en'], excellence.suggestions.map((s) => {
    const question = excellence.questionnaire.areas.flatMap((a) => a.questions).find((q) => q.code === s.question);
    return [s.area, s.question, s.answer, question?.advice.ru ?? null, question?.advice.en ?? null];
  }));
  sheet(workbook, 'peers', ['indicator', 'value', 'peer_median', 'percentile', 'peers'],
    [...peers.indicators.map((i) => [i.code, i.value, i.peerMedian, i.percentile, i.n]),
      ['excellence', peers.excellence.value, peers.excellence.peerMedian, peers.excellence.percentile, peers.excellence.n]]);
  sheet(workbook, 'goals', ['member', 'goal', 'weight', 'cr'], [
    ...goals.members.flatMap((m) => goals.goals.map((g, i) => [m.name, g.code, m.weights[i] ?? null, m.cr])),
    ...(goals.aggregate ? goals.goals.map((g, i) => ['ALL', g.code, goals.aggregate!.weights[i] ?? null, goals.aggregate!.cr]) : []),
  ]);
  const strategy = goals.strategy;
  sheet(workbook, 'strategy', ['part', 'year', 'text', 'status_or_country', 'kind'], [
    ...strategy.targetMarkets.map((m) => ['target market', null, m, null, null]),
    ...strategy.roadmap.map((r) => ['roadmap', r.year, r.action, r.status, null]),
    ...strategy.partners.map((p) => ['partner', null, p.name, p.country, p.kind]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function programmeReport(db: Database, programmeId: string): Promise<Buffer> {
  const detail = await programmeDetail(db.pool, programmeId);
  const national = await kpiBoard(db.pool, 'country', 'BY');
  const workbook = new ExcelJS.Workbook();
  const p = detail.programme;
  sheet(workbook, 'summary', ['field', 'value'], [
    ['programme', p.nameRu], ['programme (en)', p.nameEn], ['years', `${p.startYear}-${p.endYear}`], ['report date', created()],
    ['execution rate', detail.execution.executionRate], ['raw rate (over-delivery counted)', detail.execution.rawRate],
    ['budget execution', detail.execution.budgetExecution], ['source', p.source],
    ['note', detail.registryPartial ? 'Achieved counts come from the ClusterAtlas registry, which is partial: they are lower bounds.' : null],
  ]);
  sheet(workbook, 'by region', ['region', 'name', 'planned', 'achieved', 'rate'],
    detail.execution.byGroup.map((g) => [g.group, g.name, g.planned, g.achieved, g.rate]));
  sheet(workbook, 'measures', ['code', 'name_ru', 'name_en', 'territory', 'year', 'planned', 'achieved', 'achieved_from', 'clusters', 'budget_planned', 'budget_spent', 'rate', 'status', 'source'],
    detail.measures.map((m) => [m.code, m.nameRu, m.nameEn, m.territoryName ?? m.territoryId, m.year, m.planned, m.achieved, m.achievedFrom,
      m.achievedClusters.map((c) => c.name).join('; '), m.budgetPlanned, m.budgetSpent, m.rate, m.status, m.source]));
  sheet(workbook, 'lagging', ['code', 'region', 'planned', 'achieved', 'rate', 'gap'],
    detail.execution.lagging.map((l) => [l.code, l.group, l.planned, l.achieved, l.rate, l.gap]));
  sheet(workbook, 'national kpis', KPI_HEADER, kpiRows(national));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
