// Analytics: pure, documented methods on region x category statistics. One method per file.

// errors
export { ConvergenceError, SingularMatrixError } from './errors.ts';

// geometry
export { polygonCentroid, type Ring } from './centroid.ts';

// statistics
export { percentile, percentileSorted, percentilesInPlace } from './percentile.ts';

// concentration
export { locationQuotient } from './location-quotient.ts';

// cluster classification
export { classifyClusters, type ClusterClasses } from './strong-clusters.ts';
export { clusterStars, type StarOptions, type Stars } from './stars.ts';

// growth
export { cagr, shiftShare, type ShiftShare } from './growth.ts';
