// The economic-complexity engine: one entry point, `complexity`, from an export matrix to every measure.
// The pieces (one method per file) are exported too for callers that need only one of them.
import { presence, type Presence } from './binary-m.ts';
import { eciPciEigenvector } from './eci-pci.ts';
import { fitnessComplexity } from './fitness.ts';
import { dropEmpty } from './matrix-input.ts';
import { complexityOutlook } from './outlook.ts';
import { PRESETS, presetMoments, type PresetName } from './presets.ts';
import { proximity } from './proximity.ts';
import { rca, rpop } from './rca.ts';
import { methodOfReflections } from './reflections.ts';

export { presence, type Presence, type SparseRows } from './binary-m.ts';
export { bootstrapEciRanks } from './bootstrap.ts';
export { density, type DiagonalConvention } from './density.ts';
export { eciPciEigenvector, type RawComplexity } from './eci-pci.ts';
export { fitnessComplexity } from './fitness.ts';
export { knnDensity } from './knn-density.ts';
export { dropEmpty, matrixFromCodes, type DroppedEmpty } from './matrix-input.ts';
export { complexityOutlook, type Outlook } from './outlook.ts';
export { PRESETS, presetMoments, type Preset, type PresetName } from './presets.ts';
export { proximity } from './proximity.ts';
export { rca, rpop } from './rca.ts';
export { methodOfReflections, reflections } from './reflections.ts';
export { symmetricEigen } from './symmetric-eigen.ts';

export type ComplexityMethod = 'eigenvector' | 'reflections' | 'fitness';

export interface ComplexityOptions {
  /** conventions to reproduce (default 'atlas') */
  preset?: PresetName;
  /** RCA (or RPOP) threshold of M (default 1; strict for atlas, >= for py) */
  threshold?: number;
  /** one population per location: enables RPOP */
  population?: Float64Array;
  /** which advantage makes M (default 'rca'; 'rpop' and 'both' need population) */
  presenceTest?: 'rca' | 'rpop' | 'both';
  /** M = RCA instead of a 0/1 matrix */
  continuous?: boolean;
  /** how ECI and PCI are computed (default 'eigenvector') */
  method?: ComplexityMethod;
  /** for 'reflections' and 'fitness' */
  maxIterations?: number;
  tolerance?: number;
}

/** Every measure, in the input's dimensions (rows of dropped locations and columns of dropped products are NaN). */
export interface ComplexityResult {
  preset: PresetName;
  method: ComplexityMethod;
  nLocations: number;
  nProducts: number;
  /** indices of the locations / products whose total export value is 0 (left out of everything) */
  dropped: { locations: Int32Array; products: Int32Array };
  /** indices of kept locations with k_c = 0 and kept products with k_p = 0 (no ECI / PCI) */
  absent: { locations: Int32Array; products: Int32Array };
  rca: Float64Array;
  rpop: Float64Array | null;
  m: Float64Array;
  diversity: Float64Array;
  ubiquity: Float64Array;
  /** ECI per location (fitness with method 'fitness') */
  eci: Float64Array;
  /** PCI per product (product complexity Q with method 'fitness') */
  pci: Float64Array;
  /** kc, kp before standardisation, and the moments used */
  kc: Float64Array;
  kp: Float64Array;
  mean: number;
  sd: number;
  /** eigenvalues of Mcc in decreasing order (method 'eigenvector'), else empty */
  eigenvalues: Float64Array;
  /** iterations used (reflections, fitness), 0 for eigenvector */
  iterations: number;
  /** nProducts x nProducts, diagonal 1 as computed (the preset decides whether it counts) */
  proximity: Float64Array;
  density: Float64Array;
  distance: Float64Array;
  coi: Float64Array;
  cog: Float64Array;
  /** exact change of the (unstandardised, COG-scaled) COI when M_cp flips 0 -> 1; see `complexityOutlook` */
  outlookGain: Float64Array;
}

/**
 * Economic complexity of locations and products from an export matrix, with the conventions of the
 * Atlas's Stata `ecomplexity` (preset 'atlas') or py-ecomplexity (preset 'py').
 *
 *   x -> dropEmpty -> RCA (or RPOP) -> M, k_c, k_p -> kc, kp (eigenvector | reflections | fitness)
 *     -> ECI, PCI (preset moments) -> phi -> density, distance -> COI, COG, outlook gain
 *
 * where x is nLocations x nProducts, location-major. Per step, see rca, presence, eciPciEigenvector,
 * methodOfReflections, fitnessComplexity, proximity, density, complexityOutlook and PRESETS. With method
 * 'fitness', `eci` is the fitness F_c and `pci` the complexity Q_p (mean 1 each, not z-scored) and COI/COG
 * use Q_p (sd = 1). Locations with k_c = 0 or products with k_p = 0 get NaN ECI/PCI and are reported in
 * `absent`; their cells take no part in COI and COG.
 *
 * Complexity O(nL nP + sum_p k_p^2 + nL^3 + sum_c k_c^2 + nnz(M) nP); memory O(nL nP + nP^2).
 *
 * @throws {RangeError} on a shape mismatch, a negative or non-finite value, an empty matrix, fewer than two
 *   locations with exports, an unknown preset or method, or a missing population for RPOP
 * @throws {ConvergenceError} when reflections, fitness or the eigenvalue iteration do not converge
 * @example
 *   const r = complexity(exports, 10, 30, { preset: 'atlas' });   // r.eci, r.pci, r.coi, r.cog, ...
 *
 * References: Hidalgo & Hausmann (2009) PNAS 106(26), doi:10.1073/pnas.0900943106; Hausmann et al. (2014)
 * The Atlas of Economic Complexity, MIT Press; Tacchella et al. (2012) Sci. Rep. 2, 723, doi:10.1038/srep00723.
 */
export function complexity(values: Float64Array, nLocations: number, nProducts: number, options: ComplexityOptions = {}): ComplexityResult {
  const presetName = options.preset ?? 'atlas';
  const preset = PRESETS[presetName];
  if (!preset) throw new RangeError("`complexity` requires preset to be 'atlas' or 'py'");
  const method = options.method ?? 'eigenvector';
  if (method !== 'eigenvector' && method !== 'reflections' && method !== 'fitness') {
    throw new RangeError("`complexity` requires method to be 'eigenvector', 'reflections' or 'fitness'");
  }
  const test = options.presenceTest ?? 'rca';
  if (test !== 'rca' && test !== 'rpop' && test !== 'both') throw new RangeError("`complexity` requires presenceTest to be 'rca', 'rpop' or 'both'");
  if (test !== 'rca' && !options.population) throw new RangeError('`complexity` requires population for presenceTest rpop or both');
  if (options.population && options.population.length !== nLocations) throw new RangeError('`complexity` requires population.length = nLocations');

  const kept = dropEmpty(values, nLocations, nProducts, 'complexity');
  const nL = kept.nLocations;
  const nP = kept.nProducts;
  const r = rca(kept.values, nL, nP);
  const pop = options.population ? Float64Array.from(kept.locations, (c) => options.population?.[c] as number) : null;
  const rp = pop ? rpop(kept.values, pop, nL, nP) : null;
  let advantage = r;
  if (test === 'rpop' && rp) advantage = rp;
  const threshold = options.threshold ?? 1;
  if (test === 'both' && rp) {
    // present when both RCA and RPOP pass the threshold
    advantage = new Float64Array(r.length);
    for (let k = 0; k < r.length; k++) {
      const a = r[k] as number;
      const b = rp[k] as number;
      const pass = (v: number) => (preset.strict ? v > threshold : v >= threshold);
      advantage[k] = pass(a) && pass(b) ? Math.min(a, b) : 0;
    }
  }
  const pr: Presence = presence(advantage, nL, nP, { threshold, strict: preset.strict, continuous: options.continuous ?? false });

  let kc: Float64Array;
  let kp: Float64Array;
  let eigenvalues: Float64Array = new Float64Array(0);
  let iterations = 0;
  let eci: Float64Array;
  let pci: Float64Array;
  let mean = 0;
  let sd = 1;
  if (method === 'fitness') {
    const fc = fitnessComplexity(pr, nL, nP, { maxIterations: options.maxIterations, tolerance: options.tolerance });
    kc = fc.fitness;
    kp = fc.complexity;
    iterations = fc.iterations;
    eci = kc;
    pci = kp;
  } else {
    if (method === 'eigenvector') {
      const raw = eciPciEigenvector(pr, nL, nP);
      kc = raw.kc;
      kp = raw.kp;
      eigenvalues = raw.eigenvalues;
    } else {
      const raw = methodOfReflections(pr, nL, nP, { maxIterations: options.maxIterations, tolerance: options.tolerance });
      kc = raw.kc;
      kp = raw.kp;
      iterations = raw.iterations;
    }
    ({ mean, sd } = presetMoments(kc, preset.moments, nP));
    eci = kc.map((v) => (v - mean) / sd);
    pci = kp.map((v) => (v - mean) / sd);
  }
  const phi = proximity(pr, nL, nP);
  const scaled = kp.map((v) => v / sd);
  const out = complexityOutlook(pr, phi, scaled, nL, nP, { diagonal: preset.diagonal });
  const coiMoments = presetMoments(out.coi, preset.moments, nP);
  const coi = out.coi.map((v) => (v - coiMoments.mean) / coiMoments.sd);

  const absentL: number[] = [];
  const absentP: number[] = [];
  pr.diversity.forEach((d, c) => d > 0 || absentL.push(kept.locations[c] as number));
  pr.ubiquity.forEach((u, p) => u > 0 || absentP.push(kept.products[p] as number));

  const same = kept.droppedLocations.length === 0 && kept.droppedProducts.length === 0;
  const cells = (a: Float64Array) => (same ? a : expandCells(a, kept.locations, kept.products, nLocations, nProducts));
  const perL = (a: Float64Array) => (same ? a : expand(a, kept.locations, nLocations));
  const perP = (a: Float64Array) => (same ? a : expand(a, kept.products, nProducts));
  return {
    preset: presetName,
    method,
    nLocations,
    nProducts,
    dropped: { locations: kept.droppedLocations, products: kept.droppedProducts },
    absent: { locations: Int32Array.from(absentL), products: Int32Array.from(absentP) },
    rca: cells(r),
    rpop: rp ? cells(rp) : null,
    m: cells(pr.m),
    diversity: perL(pr.diversity),
    ubiquity: perP(pr.ubiquity),
    eci: perL(eci),
    pci: perP(pci),
    kc: perL(kc),
    kp: perP(kp),
    mean,
    sd,
    eigenvalues,
    iterations,
    proximity: same ? phi : expandCells(phi, kept.products, kept.products, nProducts, nProducts),
    density: cells(out.density),
    distance: cells(out.distance),
    coi: perL(coi),
    cog: cells(out.cog),
    outlookGain: cells(out.gain),
  };
}

function expand(a: Float64Array, index: Int32Array, n: number): Float64Array {
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < index.length; i++) out[index[i] as number] = a[i] as number;
  return out;
}

function expandCells(a: Float64Array, rowsIdx: Int32Array, colsIdx: Int32Array, nRows: number, nCols: number): Float64Array {
  const out = new Float64Array(nRows * nCols).fill(NaN);
  const w = colsIdx.length;
  for (let i = 0; i < rowsIdx.length; i++) {
    const base = (rowsIdx[i] as number) * nCols;
    for (let j = 0; j < w; j++) out[base + (colsIdx[j] as number)] = a[i * w + j] as number;
  }
  return out;
}
