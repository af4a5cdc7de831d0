// Cluster management excellence self-assessment (issue 8, docs/methods-evaluation-kpi.md): scores per area and
// overall from a questionnaire answered on a 0-4 scale, ClusterAtlas's own levels, change between two
// assessments, and the questions to work on first. The areas follow the kinds of indicators looked at by the
// cluster management benchmarking of the European Secretariat for Cluster Analysis (ESCA,
// https://www.cluster-analysis.org); this is NOT the ESCA method and issues no ESCA label.

export const EXCELLENCE_AREA_CODES = ['structure', 'management', 'governance', 'financing', 'strategy', 'services', 'interaction', 'achievements'] as const;
export type ExcellenceArea = (typeof EXCELLENCE_AREA_CODES)[number];

/** The eight areas in report order with their weight in the overall score (strategy counts double). */
export const EXCELLENCE_AREAS: readonly { readonly code: ExcellenceArea; readonly weight: number }[] = Object.freeze([
  { code: 'structure', weight: 1 },
  { code: 'management', weight: 1 },
  { code: 'governance', weight: 1 },
  { code: 'financing', weight: 1 },
  { code: 'strategy', weight: 2 },
  { code: 'services', weight: 1 },
  { code: 'interaction', weight: 1 },
  { code: 'achievements', weight: 1 },
].map((a) => Object.freeze(a as { code: ExcellenceArea; weight: number })));

/** The top of the answer scale: 0 (not in place) .. 4 (fully in place, reviewed). */
export const EXCELLENCE_SCALE_MAX = 4;

export type ExcellenceLevel = 'initial' | 'developing' | 'advanced' | 'excellent' | 'no-data';

export interface ExcellenceQuestion {
  area: string;
  /** weight of the question within its area; default 1 */
  weight?: number;
}

export interface AreaScore {
  area: ExcellenceArea;
  /** the area's weight in the overall score */
  weight: number;
  /** 0-100; NaN when no question of the area was answered */
  score: number;
  questions: number;
  answered: number;
}

export interface ExcellenceScores {
  /** all eight areas in EXCELLENCE_AREAS order */
  areas: AreaScore[];
  /** 0-100, weighted mean of the areas with a score; NaN when none */
  overall: number;
  /** answered questions / questions; NaN when there are no questions */
  answeredShare: number;
  level: ExcellenceLevel;
}

const AREA_INDEX = new Map<string, number>(EXCELLENCE_AREAS.map((a, i) => [a.code, i]));

export function isExcellenceArea(code: string): code is ExcellenceArea {
  return AREA_INDEX.has(code);
}

/**
 * ClusterAtlas's level of an overall score (0-100):
 *
 *   initial < 40 <= developing < 60 <= advanced < 80 <= excellent;   NaN -> 'no-data'
 *
 * The score is rounded to 6 decimals first, so a 60 computed as 59.99999999999999 is 'advanced'. The levels are
 * ClusterAtlas's own reading of the score for feedback to a cluster manager, not a label of any scheme.
 *
 * @example excellenceLevel(59.9) // 'developing'; excellenceLevel(60) // 'advanced'
 */
export function excellenceLevel(score: number): ExcellenceLevel {
  if (Number.isNaN(score)) return 'no-data';
  const s = Math.round(score * 1e6) / 1e6;
  if (s >= 80) return 'excellent';
  if (s >= 60) return 'advanced';
  if (s >= 40) return 'developing';
  return 'initial';
}

/**
 * Scores of a cluster management excellence self-assessment.
 *
 *   score_area = 100 * sum_{q in area, answered} w_q x_q / (4 * sum_{q in area, answered} w_q)
 *   overall    = sum_{areas with a score} W_a score_a / sum_{areas with a score} W_a
 *   level      = excellenceLevel(overall)
 *
 * where x_q in [0, 4] is the answer to question q (NaN = unanswered), w_q its weight (default 1) and W_a the
 * area weight of EXCELLENCE_AREAS (strategy 2, the others 1).
 *
 * Conventions: an unanswered question is left out (it does not count as 0), and an area with no answer is left
 * out of the overall score, so check `answeredShare` before comparing clusters. Answers may be fractional (an
 * average of several respondents).
 *
 * @throws {RangeError} when answers and questions differ in length, a question's area is not one of
 *   EXCELLENCE_AREAS, a weight is not positive, or an answer is outside [0, 4]
 * @example one strategy question answered 4 and one services question answered 1: strategy 100, services 25,
 *   overall (2 * 100 + 25) / 3 = 75 -> 'advanced'
 *
 * Reference: the areas follow the indicator areas of cluster management benchmarking by the European
 * Secretariat for Cluster Analysis (https://www.cluster-analysis.org) as inspiration only; the questions,
 * weights, scale and levels are ClusterAtlas's own (data/evaluation/excellence_questionnaire.json).
 */
export function excellenceScores(questions: readonly ExcellenceQuestion[], answers: ArrayLike<number>): ExcellenceScores {
  if (answers.length !== questions.length) throw new RangeError('`excellenceScores` requires one answer per question');
  const k = EXCELLENCE_AREAS.length;
  const sum = new Float64Array(k);
  const weights = new Float64Array(k);
  const count = new Int32Array(k);
  const answered = new Int32Array(k);
  let answeredTotal = 0;
  questions.forEach((q, i) => {
    const a = AREA_INDEX.get(q.area);
    if (a === undefined) throw new RangeError(`\`excellenceScores\`: question ${i} has area "${q.area}", not one of ${EXCELLENCE_AREA_CODES.join(', ')}`);
    const w = q.weight ?? 1;
    if (!(w > 0)) throw new RangeError(`\`excellenceScores\`: question ${i} has weight ${w}; expected > 0`);
    count[a]!++;
    const x = answers[i] as number;
    if (Number.isNaN(x)) return;
    if (!(x >= 0 && x <= EXCELLENCE_SCALE_MAX)) throw new RangeError(`\`excellenceScores\`: answer ${i} is ${x}; expected 0..${EXCELLENCE_SCALE_MAX} or NaN`);
    sum[a]! += w * x;
    weights[a]! += w;
    answered[a]!++;
    answeredTotal++;
  });
  let overallSum = 0;
  let overallWeight = 0;
  const areas = EXCELLENCE_AREAS.map((area, a): AreaScore => {
    const score = answered[a]! > 0 ? (100 * sum[a]!) / (EXCELLENCE_SCALE_MAX * weights[a]!) : NaN;
    if (!Number.isNaN(score)) {
      overallSum += area.weight * score;
      overallWeight += area.weight;
    }
    return { area: area.code, weight: area.weight, score, questions: count[a]!, answered: answered[a]! };
  });
  const overall = overallWeight > 0 ? overallSum / overallWeight : NaN;
  return { areas, overall, answeredShare: questions.length > 0 ? answeredTotal / questions.length : NaN, level: excellenceLevel(overall) };
}

export interface AssessmentComparison {
  areas: { area: ExcellenceArea; previous: number; current: number; change: number }[];
  overall: { previous: number; current: number; change: number };
  level: { previous: ExcellenceLevel; current: ExcellenceLevel };
}

/**
 * Change between two assessments of one cluster: change = current - previous, in score points (0-100), per area
 * and overall. NaN where either assessment has no score. Compare assessments made with the same questionnaire:
 * the scores do not adjust for added or removed questions.
 *
 * @example overall 55 -> 62: change 7, level 'developing' -> 'advanced'
 */
export function compareAssessments(previous: ExcellenceScores, current: ExcellenceScores): AssessmentComparison {
  const before = new Map(previous.areas.map((a) => [a.area, a.score]));
  const after = new Map(current.areas.map((a) => [a.area, a.score]));
  const areas = EXCELLENCE_AREAS.map(({ code }) => {
    const p = before.get(code) ?? NaN;
    const c = after.get(code) ?? NaN;
    return { area: code, previous: p, current: c, change: c - p };
  });
  return {
    areas,
    overall: { previous: previous.overall, current: current.overall, change: current.overall - previous.overall },
    level: { previous: previous.level, current: current.level },
  };
}

/**
 * The `count` areas with the lowest score (areas without a score are skipped). Ties: the area with the larger
 * weight first (strategy before the others, as it counts more), then EXCELLENCE_AREAS order.
 *
 * @example scores strategy 50, services 50, financing 20, the rest 90 -> ['financing', 'strategy']
 */
export function weakestAreas(scores: ExcellenceScores, count = 2): ExcellenceArea[] {
  return scores.areas
    .filter((a) => !Number.isNaN(a.score))
    .sort((x, y) => x.score - y.score || y.weight - x.weight || AREA_INDEX.get(x.area)! - AREA_INDEX.get(y.area)!)
    .slice(0, Math.max(0, count))
    .map((a) => a.area);
}

/**
 * Indices of the questions to work on first: the lowest-answered questions of the weak areas (weakestAreas),
 * at most `max`.
 *
 * Order: answer ascending; ties by the area's position in `weakAreas` (weakest first), then question weight
 * descending, then question order. Unanswered questions and questions answered at the top of the scale (4) are
 * left out: there is no known gap to close. The advice text of each question is in
 * data/evaluation/excellence_questionnaire.json.
 *
 * @throws {RangeError} when answers and questions differ in length
 * @example weak area strategy with answers [3, 1, NaN, 4] -> [1, 0]
 */
export function improvementSuggestions(
  questions: readonly ExcellenceQuestion[],
  answers: ArrayLike<number>,
  weakAreas: readonly string[],
  max = 5,
): number[] {
  if (answers.length !== questions.length) throw new RangeError('`improvementSuggestions` requires one answer per question');
  const rank = new Map(weakAreas.map((a, i) => [a, i]));
  const picked: number[] = [];
  questions.forEach((q, i) => {
    const x = answers[i] as number;
    if (rank.has(q.area) && !Number.isNaN(x) && x < EXCELLENCE_SCALE_MAX) picked.push(i);
  });
  picked.sort(
    (i, j) =>
      (answers[i] as number) - (answers[j] as number) ||
      rank.get(questions[i]!.area)! - rank.get(questions[j]!.area)! ||
      (questions[j]!.weight ?? 1) - (questions[i]!.weight ?? 1) ||
      i - j,
  );
  return picked.slice(0, Math.max(0, max));
}
