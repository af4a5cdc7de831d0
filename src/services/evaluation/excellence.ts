// Cluster management excellence self-assessments: answers to the questionnaire (data/evaluation/
// excellence_questionnaire.json) scored per area, a level, the latest against the previous, suggestions from the
// weakest areas and the good practices of those areas (analytics/evaluation/excellence.ts).
import { z } from 'zod';
import type { Database, Queryable } from '../../db/database.ts';
import {
  compareAssessments, excellenceScores, improvementSuggestions, weakestAreas, type ExcellenceScores as Scores,
} from '../../analytics/evaluation/excellence.ts';
import { IsoDate } from '../../domain/primitives.ts';
import { managesCluster, requireRole, type MaybeViewer } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { fieldErrors, parseInput } from '../errors.ts';
import { clusterName, divisionsOf } from './cluster-names.ts';
import { excellenceQuestionnaire, questionnaireQuestions, type ExcellenceQuestionnaire as Questionnaire } from './reference-data.ts';
import { finiteOrNull } from '../json-numbers.ts';

export interface ScoresView {
  areas: { area: string; score: number | null }[];
  overall: number | null;
  level: 'initial' | 'developing' | 'advanced' | 'excellent' | null;
  answered: number;
}

export interface AssessmentView {
  id: number; assessedOn: string; assessor: string | null; answers: Record<string, number>; scores: ScoresView; illustrative: boolean;
}

export interface GoodPracticeView {
  id: number; area: string; sectors: string[]; country: string | null;
  title: { ru: string; be: string; en: string }; summary: { ru: string; be: string; en: string }; source: string | null; illustrative: boolean;
}

export interface ExcellenceView {
  clusterId: number;
  clusterName: string;
  questionnaire: Questionnaire;
  assessments: AssessmentView[];
  comparison: { areas: { area: string; change: number | null }[]; overall: number | null } | null;
  weakestAreas: string[];
  suggestions: { area: string; question: string; answer: number | null }[];
  practices: GoodPracticeView[];
}

export const AssessmentInput = z.object({
  assessedOn: IsoDate,
  assessor: z.string().trim().max(200).optional(),
  answers: z.record(z.string(), z.number().int().min(0).max(4)),
});


function answerVector(q: Questionnaire, answers: Record<string, number>): Float64Array {
  return Float64Array.from(questionnaireQuestions(q), (question) => answers[question.code] ?? NaN);
}

function scoresView(s: Scores): ScoresView {
  return {
    areas: s.areas.map((a) => ({ area: a.area, score: finiteOrNull(a.score) })),
    overall: finiteOrNull(s.overall),
    level: s.level === 'no-data' ? null : s.level,
    answered: Number.isFinite(s.answeredShare) ? s.answeredShare : 0,
  };
}

interface AssessmentRow { id: number; assessed_on: string | Date; assessor: string | null; answers: Record<string, number>; illustrative: boolean }

const isoDate = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

async function assessmentsOf(db: Queryable, clusterId: number): Promise<AssessmentRow[]> {
  const { rows } = await db.query<AssessmentRow>(
    "SELECT id, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on, assessor, answers, illustrative FROM excellence_assessments WHERE cluster_id = $1 ORDER BY assessed_on, id",
    [clusterId]);
  return rows;
}

/** The scores of a cluster's latest assessment, or null when it has none. */
export async function latestExcellence(db: Queryable, clusterId: number): Promise<ScoresView | null> {
  const rows = await assessmentsOf(db, clusterId);
  const last = rows.at(-1);
  if (!last) return null;
  const q = excellenceQuestionnaire();
  return scoresView(excellenceScores(questionnaireQuestions(q), answerVector(q, last.answers)));
}

export async function listPractices(db: Queryable, filter: { areas?: string[]; sectors?: string[] } = {}): Promise<GoodPracticeView[]> {
  const { rows } = await db.query<{
    id: number; area: string; sectors: string[]; country: string | null; title_ru: string; title_be: string; title_en: string;
    summary_ru: string; summary_be: string; summary_en: string; source: string | null; illustrative: boolean;
  }>(
    `SELECT * FROM good_practices WHERE ($1::text[] IS NULL OR area = ANY($1))
       AND ($2::text[] IS NULL OR cardinality(sectors) = 0 OR sectors && $2) ORDER BY area, id`,
    [filter.areas ?? null, filter.sectors ?? null]);
  return rows.map((r) => ({
    id: r.id, area: r.area, sectors: r.sectors, country: r.country,
    title: { ru: r.title_ru, be: r.title_be, en: r.title_en }, summary: { ru: r.summary_ru, be: r.summary_be, en: r.summary_en },
    source: r.source, illustrative: r.illustrative,
  }));
}

export async function excellenceView(db: Queryable, clusterId: number): Promise<ExcellenceView> {
  const name = await clusterName(db, clusterId);
  const q = excellenceQuestionnaire();
  const questions = questionnaireQuestions(q);
  const rows = await assessmentsOf(db, clusterId);
  const scored = rows.map((r) => ({ row: r, answers: answerVector(q, r.answers) }))
    .map(({ row, answers }) => ({ row, answers, scores: excellenceScores(questions, answers) }));
  const assessments = scored.map(({ row, scores }) => ({
    id: row.id, assessedOn: isoDate(row.assessed_on), assessor: row.assessor, answers: row.answers, scores: scoresView(scores), illustrative: row.illustrative,
  }));
  const last = scored.at(-1);
  const previous = scored.at(-2);
  let comparison: ExcellenceView['comparison'] = null;
  if (last && previous) {
    const c = compareAssessments(previous.scores, last.scores);
    comparison = { areas: c.areas.map((a) => ({ area: a.area, change: finiteOrNull(a.change) })), overall: finiteOrNull(c.overall.change) };
  }
  const weak = last ? weakestAreas(last.scores) : [];
  const suggestions = last
    ? improvementSuggestions(questions, last.answers, weak).map((i) => ({ area: questions[i]!.area, question: questions[i]!.code, answer: finiteOrNull(last.answers[i]!) }))
    : [];
  const { rows: [cluster] } = await db.query<{ divisions: string[] }>(
    `SELECT ${divisionsOf('specialisation')} AS divisions FROM clusters WHERE id = $1`, [clusterId]);
  const practices = weak.length > 0 ? await listPractices(db, { areas: weak, sectors: cluster?.divisions ?? [] }) : [];
  return { clusterId, clusterName: name, questionnaire: q, assessments, comparison, weakestAreas: weak, suggestions, practices };
}

export async function addAssessment(db: Database, viewer: MaybeViewer, clusterId: number, body: unknown): Promise<ExcellenceView> {
  const user = requireRole(viewer, (v) => managesCluster(v, clusterId), 'assess this cluster');
  await clusterName(db.pool, clusterId);
  const input = parseInput(AssessmentInput, body);
  const known = new Set(questionnaireQuestions(excellenceQuestionnaire()).map((q) => q.code));
  const unknown = Object.keys(input.answers).filter((code) => !known.has(code));
  if (unknown.length > 0) throw fieldErrors(unknown.map((code) => ({ field: `answers.${code}`, message: 'unknown question' })));
  if (Object.keys(input.answers).length === 0) throw fieldErrors([{ field: 'answers', message: 'answer at least one question' }]);
  await db.transaction(async (client) => {
    const { rows: [row] } = await client.query<{ id: number }>(
      'INSERT INTO excellence_assessments (cluster_id, assessed_on, assessor, answers) VALUES ($1, $2, $3, $4) RETURNING id',
      [clusterId, input.assessedOn, input.assessor ?? null, JSON.stringify(input.answers)]);
    await recordAudit(client, { userId: user.userId, action: 'create', entity: 'excellence_assessment', entityId: row!.id, detail: { clusterId } });
  });
  return excellenceView(db.pool, clusterId);
}
