// Cross-sector cooperation (docs/methods-crosssector.md): pure computations, typed arrays in and out.
// concordance and fractional counting
export { type Concordance, parseConcordance } from './concordance.ts';
export { ipcClass } from './ipc.ts';
export { isCrossSector, type PatentBatch, type PatentLinks, patentDistribution, patentLinkMatrices } from './fractional-counting.ts';
// link matrices
export { pairLinkMatrices, sumYears } from './pair-links.ts';
export { type ObservedExpected, observedExpected } from './observed-expected.ts';
export { poissonUpperTail, significantLinks } from './poisson-test.ts';
// sectors and the network
export { type SectorMeasures, sectorMeasures } from './sector-measures.ts';
export { type NetworkMeasures, networkMeasures } from './network.ts';
// growth
export { fastestEmerging, linkGrowth } from './link-growth.ts';
