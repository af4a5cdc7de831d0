import { presence } from './binary-m.ts';
import { eciPciEigenvector } from './eci-pci.ts';
import { PRESETS, type PresetName } from './presets.ts';
import { rca } from './rca.ts';
import { mulberry32 } from '../random.ts';

/**
 * Bootstrap intervals for the ECI rank of each location: resample the products with replacement, recompute
 * ECI, rank the locations, and take percentiles of each location's rank.
 *
 *   for b = 1..B:  products p_1..p_nP drawn uniformly with replacement;  x^b = x[:, p_1..p_nP]
 *                  ECI^b from x^b (RCA, M and the eigenvector method with the preset's threshold rule)
 *                  rank^b_c = 1 + #{c' : ECI^b_c' > ECI^b_c}
 *   interval_c = [q_{(1 - level) / 2}, q_{(1 + level) / 2}] of rank^b_c (nearest-rank percentiles), median q_0.5
 *
 * ECI ranks do not depend on the preset's standardisation (it is affine with a positive scale), only on
 * its threshold rule. A replicate where a location has no advantage in any drawn product gives it the last
 * rank; a replicate with fewer than two such locations is skipped (counted in `skipped`).
 *
 * Complexity O(B * (nL nP + nL^3 + sum_p k_p^2)).
 *
 * @throws {RangeError} when samples is not a positive integer or level is not in (0, 1)
 * @example
 *   bootstrapEciRanks(x, 10, 30, { samples: 200, seed: 1 })   // { lower, median, upper } per location
 *
 * Reference: Efron, B. & Tibshirani, R. J. (1993) An Introduction to the Bootstrap, Chapman & Hall,
 * doi:10.1201/9780429246593; Hausmann, R. et al. (2014) The Atlas of Economic Complexity, MIT Press.
 */
export function bootstrapEciRanks(
  values: Float64Array,
  nLocations: number,
  nProducts: number,
  options: { preset?: PresetName; threshold?: number; samples?: number; level?: number; seed?: number } = {},
): { lower: Float64Array; median: Float64Array; upper: Float64Array; samples: number; skipped: number } {
  const preset = PRESETS[options.preset ?? 'atlas'];
  const samples = options.samples ?? bootstrapEciRanks.defaults.samples;
  const level = options.level ?? bootstrapEciRanks.defaults.level;
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError('`bootstrapEciRanks` requires samples to be a positive integer');
  if (!(level > 0 && level < 1)) throw new RangeError('`bootstrapEciRanks` requires level in (0, 1)');
  const random = mulberry32(options.seed ?? 1);
  const ranks: Float64Array[] = Array.from({ length: nLocations }, () => new Float64Array(samples));
  let used = 0;
  let skipped = 0;
  const x = new Float64Array(nLocations * nProducts);
  const colTotal = new Float64Array(nProducts);
  for (let k = 0; k < values.length; k++) colTotal[k % nProducts] = (colTotal[k % nProducts] as number) + (values[k] as number);
  for (let b = 0; b < samples; b++) {
    // draw products with exports (a product with no exports has no RCA)
    const pick = new Int32Array(nProducts);
    for (let j = 0; j < nProducts; j++) {
      let p = Math.floor(random() * nProducts);
      while (!((colTotal[p] as number) > 0)) p = Math.floor(random() * nProducts);
      pick[j] = p;
    }
    for (let c = 0; c < nLocations; c++) for (let j = 0; j < nProducts; j++) x[c * nProducts + j] = values[c * nProducts + (pick[j] as number)] as number;
    const r = rca(x, nLocations, nProducts);
    const pr = presence(r, nLocations, nProducts, { threshold: options.threshold ?? 1, strict: preset.strict });
    let active = 0;
    for (let c = 0; c < nLocations; c++) if ((pr.diversity[c] as number) > 0) active++;
    if (active < 2) {
      skipped++;
      continue;
    }
    const { kc } = eciPciEigenvector(pr, nLocations, nProducts);
    for (let c = 0; c < nLocations; c++) {
      const v = kc[c] as number;
      let rank = 1;
      for (let d = 0; d < nLocations; d++) {
        const w = kc[d] as number;
        if (!Number.isFinite(v) ? d !== c : w > v) rank++;
      }
      (ranks[c] as Float64Array)[used] = Number.isFinite(v) ? rank : nLocations;
    }
    used++;
  }
  const lower = new Float64Array(nLocations).fill(NaN);
  const median = new Float64Array(nLocations).fill(NaN);
  const upper = new Float64Array(nLocations).fill(NaN);
  if (used > 0) {
    const q = (sorted: Float64Array, prob: number) => sorted[Math.min(used - 1, Math.max(0, Math.ceil(prob * used) - 1))] as number;
    for (let c = 0; c < nLocations; c++) {
      const s = (ranks[c] as Float64Array).slice(0, used).sort();
      lower[c] = q(s, (1 - level) / 2);
      median[c] = q(s, 0.5);
      upper[c] = q(s, (1 + level) / 2);
    }
  }
  return { lower, median, upper, samples: used, skipped };
}
bootstrapEciRanks.defaults = { samples: 200, level: 0.9 };
