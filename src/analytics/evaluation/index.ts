// Policy evaluation (docs/methods-evaluation-impact.md): pure computations, typed arrays in and out.
// impact of cluster membership: propensity score, matching, difference in differences, bootstrap
export { type LogisticFit, type LogisticOptions, linearPredictor, logisticRegression } from './logistic-regression.ts';
export { type Balance, balance, caliperWidth, type MatchedPairs, nearestNeighbourMatch } from './propensity-matching.ts';
export { type PairBootstrap, pairBootstrap, percentileInterval, replicateColumn } from './pair-bootstrap.ts';
export {
  ATT_COLUMN, differenceInDifferences, type DidOptions, type DidResult, type EventStudyPoint, pairContributions,
  type PairContributions, PRETREND_COLUMN, type PreTrend,
} from './did.ts';
export {
  evaluateImpact, INCONCLUSIVE_REASONS, type ImpactOptions, type ImpactOutcome, type ImpactPanel, type ImpactReason,
  type ImpactResult, type ImpactVerdict,
} from './impact.ts';
export { type SimulatedPanel, simulatePanel, type SimulatePanelOptions } from './simulate-panel.ts';
