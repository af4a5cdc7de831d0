// Decision methods of policy evaluation (issue 8, docs/methods-evaluation-decisions.md): AHP priorities of goals,
// TOPSIS ranking of clusters, the exact budget selection (0/1 knapsack), weight sensitivity and SME eligibility
// for support. Pure computations, typed arrays in and out. Re-exported by src/analytics/evaluation/index.ts.
export {
  type AhpPriorities, type Judgement, type PairwiseProblem, aggregateJudgements, ahpPriorities, CR_LIMIT,
  PairwiseJudgementError, pairwiseMatrix, SAATY_RANDOM_INDEX,
} from './ahp.ts';
export { rankDescending, type TopsisResult, topsis } from './topsis.ts';
export { type KnapsackResult, knapsack01 } from './knapsack.ts';
export {
  type CriterionSensitivity, reweight, type WeightInterval, type WeightSensitivity, type WeightSensitivityOptions, weightSensitivity,
} from './weight-sensitivity.ts';
export {
  type Eligibility, type EligibilityCandidate, type EligibilityFailure, type EligibilityRule, ELIGIBILITY_RULES,
  sectorMatches, supportEligibility, type SupportRules,
} from './support-eligibility.ts';
