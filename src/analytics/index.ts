// Analytics: pure, documented methods on region x category statistics. One method per file.

// errors
export { ConvergenceError, SingularMatrixError } from './errors.ts';

// geometry
export { polygonCentroid, type Ring } from './centroid.ts';

// statistics
export { percentile, percentileSorted, percentilesInPlace, percentilesRadix } from './percentile.ts';

// concentration
export { locationQuotient } from './location-quotient.ts';

// cluster classification
export { classifyClusters, type ClusterClasses } from './strong-clusters.ts';
export { clusterStars, type StarOptions, type Stars } from './stars.ts';
export { clusterMapping, reserveClusterMapping, type ClusterMapping, type ClusterMappingOptions } from './cluster-mapping.ts';

// growth
export { cagr, shiftShare, type ShiftShare } from './growth.ts';

// relatedness
export { relatedness, type RelatednessMeasure } from './relatedness.ts';
export {
  hierarchicalClustering,
  type HierarchicalClustering,
  type HierarchicalClusteringOptions,
  type Linkage,
} from './hierarchical-clustering.ts';
export {
  validateClusters,
  type ClusterValidation,
  type ClusterValidationOptions,
  type SingletonPolicy,
} from './cluster-validation.ts';

// categories, potential clusters, maturity
export { aggregateToCategories, assignCategories, type CategoryAssignment, type CategoryDefinitionEntry, type NaceClass } from './category-aggregation.ts';
export { potentialClusterCells, type PotentialCellInput, type PotentialOptions } from './potential-clusters.ts';
export { MATURITY_DEFAULTS, suggestMaturity, type MaturityEvidence, type MaturityResult, type MaturityThresholds } from './cluster-maturity.ts';

// economic complexity (the engine's parts are exported from ./complexity/index.ts)
export { complexity, type ComplexityOptions, type ComplexityResult } from './complexity/index.ts';
