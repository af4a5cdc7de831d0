// Response types and paths of the policy evaluation API (/api/evaluation/...). Shapes follow
// src/api/routes/evaluation.ts and src/services/evaluation/.
import { queryString } from './client.ts';

export type Lang3<T = string> = { ru: T; be: T; en: T };
export type RagStatus = 'green' | 'amber' | 'red' | 'no-data';
export type KpiScope = 'cluster' | 'programme' | 'country';

export interface Indicator {
  code: string;
  nameRu: string;
  nameBe: string;
  nameEn: string;
  unit: string;
  direction: 'up' | 'down';
  level: KpiScope;
  grp: string;
  method: 'registry' | 'reported';
}

export interface KpiPoint {
  year: number;
  target: number | null;
  actual: number | null;
  /** the linear trajectory from the baseline to the next target (null when it cannot be drawn) */
  expected: number | null;
  progress: number | null;
  status: RagStatus;
  /** 'registry' when derived from the registry, else the reported source */
  source: string | null;
  illustrative: boolean;
}

export interface KpiSeries {
  indicator: Indicator;
  points: KpiPoint[];
  latest: { year: number; status: RagStatus; progress: number | null } | null;
}

export interface KpiBoard {
  scope: KpiScope;
  scopeId: string;
  name: string;
  items: KpiSeries[];
  /** status counts over the latest points */
  summary: Record<RagStatus, number>;
}

export interface ProgrammeSummary {
  id: string;
  nameRu: string;
  nameBe: string;
  nameEn: string;
  startYear: number;
  endYear: number;
  executionRate: number | null;
  budgetExecution: number | null;
  source: string | null;
  illustrative: boolean;
}

export interface ProgrammeMeasure {
  code: string;
  nameRu: string;
  nameBe: string;
  nameEn: string;
  territoryId: string | null;
  territoryName: string | null;
  year: number;
  indicatorCode: string | null;
  planned: number | null;
  achieved: number | null;
  /** 'registry': counted from the registry (clusters founded in the programme years in that region); 'reported' */
  achievedFrom: 'registry' | 'reported' | 'none';
  /** clusters counted from the registry, when achievedFrom = 'registry' */
  achievedClusters: { id: number; name: string; foundedYear: number | null }[];
  budgetPlanned: number | null;
  budgetSpent: number | null;
  rate: number | null;
  status: RagStatus;
  source: string | null;
}

export interface ProgrammeDetail {
  programme: ProgrammeSummary;
  execution: {
    executionRate: number | null;
    rawRate: number | null;
    budgetExecution: number | null;
    byGroup: { group: string; name: string; planned: number; achieved: number; rate: number | null }[];
    lagging: { code: string; group: string; name: string; planned: number; achieved: number; rate: number | null; gap: number }[];
  };
  measures: ProgrammeMeasure[];
  /** the registry is partial: counts derived from it are lower bounds */
  registryPartial: boolean;
}

export interface ExcellenceQuestion { code: string; text: Lang3; advice: Lang3 }
export interface ExcellenceArea { code: string; weight: number; name: Lang3; questions: ExcellenceQuestion[] }
export interface ExcellenceQuestionnaire { scale: Record<string, Lang3>; areas: ExcellenceArea[] }

export type ExcellenceLevel = 'initial' | 'developing' | 'advanced' | 'excellent';

export interface ExcellenceScores {
  areas: { area: string; score: number | null }[];
  overall: number | null;
  level: ExcellenceLevel | null;
  /** share of questions answered, 0..1 */
  answered: number;
}

export interface Assessment {
  id: number;
  assessedOn: string;
  assessor: string | null;
  answers: Record<string, number>;
  scores: ExcellenceScores;
  illustrative: boolean;
}

export interface GoodPractice {
  id: number;
  area: string;
  sectors: string[];
  country: string | null;
  title: Lang3;
  summary: Lang3;
  source: string | null;
  illustrative: boolean;
}

export interface ExcellenceView {
  clusterId: number;
  clusterName: string;
  questionnaire: ExcellenceQuestionnaire;
  /** oldest first */
  assessments: Assessment[];
  /** the latest against the one before (null with fewer than two) */
  comparison: { areas: { area: string; change: number | null }[]; overall: number | null } | null;
  weakestAreas: string[];
  suggestions: { area: string; question: string; answer: number | null }[];
  practices: GoodPractice[];
}

export interface PeerView {
  clusterId: number;
  clusterName: string;
  peers: { clusterId: number; name: string; country: string; territories: string[]; similarity: number; excellence: number | null }[];
  /** percentile: the share of peers doing worse (ties half), 0..1 */
  indicators: { code: string; value: number | null; peerMedian: number | null; percentile: number | null; n: number }[];
  excellence: { value: number | null; peerMedian: number | null; percentile: number | null; n: number };
}

export interface SupportCriterion { code: string; benefit: boolean; weight: number }

export interface SupportRanking {
  year: number;
  budget: number;
  criteria: SupportCriterion[];
  items: {
    clusterId: number;
    name: string;
    cost: number;
    closeness: number;
    rank: number;
    selected: boolean;
    values: Record<string, number | null>;
  }[];
  total: { cost: number; value: number };
  /** per criterion: the weights over which the selected set stays the same, and the scan */
  sensitivity: {
    criterion: string;
    stableFrom: number;
    stableTo: number;
    steps: { weight: number; top: number | null; selected: number[] }[];
  }[];
  illustrative: boolean;
}

export interface SupportMeasure {
  code: string;
  nameRu: string;
  nameBe: string;
  nameEn: string;
  rules: {
    sizeClasses?: string[];
    sectors?: string[];
    territories?: string[];
    membership?: 'any' | 'member' | 'non-member';
    maxEmployees?: number;
  };
  illustrative: boolean;
}

export interface Eligibility {
  measure: SupportMeasure;
  eligible: number;
  total: number;
  items: { id: number; name: string; eligible: boolean; failed: { rule: string; reason: string }[] }[];
}

export interface GoalsView {
  clusterId: number;
  clusterName: string;
  goals: { code: string; nameRu: string; nameBe: string | null; nameEn: string | null }[];
  /** `judgements`: what the member entered (goalA over goalB, 1/9..9) */
  members: { memberId: number; name: string; weights: number[]; cr: number; consistent: boolean; judgements?: { goalA: string; goalB: string; value: number }[] }[];
  /** members of the cluster who have not judged every pair */
  incomplete: { memberId: number; name: string; missing: number }[];
  /** null until at least one member judged every pair */
  aggregate: { weights: number[]; cr: number; consistent: boolean; ranked: { code: string; weight: number }[] } | null;
  strategy: Strategy;
}

export interface Strategy {
  targetMarkets: string[];
  roadmap: { year: number; action: string; status: 'planned' | 'doing' | 'done' }[];
  partners: { name: string; country: string; kind: string }[];
  illustrative: boolean;
  updatedAt: string | null;
}

export interface PanelSummary { id: string; name: string; source: string | null; illustrative: boolean; firms: number; years: [number, number] }

export type ImpactVerdict = 'effect' | 'no-detectable-effect' | 'inconclusive';

export interface ImpactOutcome {
  outcome: string;
  /** 'ln1p': estimates are on ln(1 + y), i.e. log points (about a relative change); 'level': in the outcome's units */
  scale: 'ln1p' | 'level';
  pairs: number;
  att: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  eventStudy: { eventTime: number; estimate: number; ciLow: number; ciHigh: number; pairs: number }[];
  preTrend: { estimate: number; ciLow: number; ciHigh: number; pass: boolean } | null;
  verdict: ImpactVerdict;
  /** machine codes such as 'too-few-pairs', 'pre-trend-violated', 'poor-balance', 'many-unmatched', 'ci-covers-zero' */
  reasons: string[];
}

export interface ImpactView {
  panel: PanelSummary;
  replications: number;
  caliper: number;
  nFirms: number;
  nTreated: number;
  nControls: number;
  nMatched: number;
  nUnmatched: number;
  /** firms left out before matching: members who joined in the first panel year or after it, missing covariates */
  excluded: { noPrePeriod: number; joinedAfterPanel: number; missingCovariates: number };
  balance: { covariate: string; smdBefore: number; smdAfter: number }[];
  outcomes: ImpactOutcome[];
}

export const evaluationPaths = {
  indicators: () => '/api/evaluation/indicators',
  kpis: (scope: KpiScope, id: string) => `/api/evaluation/kpis${queryString({ scope, id })}`,
  kpiValue: () => '/api/evaluation/kpis',
  programmes: () => '/api/evaluation/programmes',
  programme: (id: string) => `/api/evaluation/programmes/${encodeURIComponent(id)}`,
  excellence: (clusterId: number) => `/api/evaluation/clusters/${clusterId}/excellence`,
  peers: (clusterId: number) => `/api/evaluation/clusters/${clusterId}/peers`,
  practices: (area?: string) => `/api/evaluation/practices${queryString({ area })}`,
  supportRank: () => '/api/evaluation/support/rank',
  supportMeasures: () => '/api/evaluation/support/measures',
  eligibility: (code: string, params: { cluster?: number; territory?: string }) =>
    `/api/evaluation/support/measures/${encodeURIComponent(code)}/eligibility${queryString(params)}`,
  goals: (clusterId: number) => `/api/evaluation/clusters/${clusterId}/goals`,
  judgements: (clusterId: number) => `/api/evaluation/clusters/${clusterId}/goals/judgements`,
  strategy: (clusterId: number) => `/api/evaluation/clusters/${clusterId}/strategy`,
  panels: () => '/api/evaluation/impact/panels',
  impact: (panel: string, params: { replications?: number; caliper?: number } = {}) =>
    `/api/evaluation/impact${queryString({ panel, ...params })}`,
  clusterReportXlsx: (clusterId: number) => `/api/evaluation/reports/clusters/${clusterId}.xlsx`,
  programmeReportXlsx: (id: string) => `/api/evaluation/reports/programmes/${encodeURIComponent(id)}.xlsx`,
};

/** POST body of /api/evaluation/support/rank: weights by criterion code, budget; year defaults to the latest. */
export interface SupportRankRequest { weights?: Record<string, number>; budget: number; year?: number }
/** POST body of /api/evaluation/clusters/:id/excellence */
export interface AssessmentRequest { assessedOn: string; assessor?: string; answers: Record<string, number> }
/** PUT body of /api/evaluation/clusters/:id/goals/judgements: replaces this member's judgements */
export interface JudgementsRequest { memberId: number; judgements: { goalA: string; goalB: string; value: number }[] }
/** PUT body of /api/evaluation/kpis */
export interface KpiValueRequest { indicator: string; scope: KpiScope; scopeId: string; year: number; target?: number | null; actual?: number | null; source?: string }
