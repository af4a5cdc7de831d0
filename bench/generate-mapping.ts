// Synthetic region x category x year statistics for the cluster mapping benchmark (bench/mapping.bench.ts):
// employment, establishments and wages as region-major Float64Arrays (index r * nCategories + c), one set
// per year, from a seeded PRNG (mulberry32) so that every run sees the same numbers. No CSV is involved.
//
// Shape of the data, loosely like regional statistics: region sizes are log-normal (a few large cities, many
// small districts); categories have log-normal national weights; each region x category has a log-normal
// specialisation factor, and about 35 % of cells are empty (no employment, no establishments). Each cell
// grows at its own rate (-3 % .. +5 % a year) with +-2.5 % noise per year. Establishments are employment
// divided by a firm size of 3 .. 60; wages are average wages: a category wage level with +-20 % noise.
// With { shared: true } the yearly arrays are allocated in SharedArrayBuffers (for the worker pool).

import { mulberry32 } from './random.ts';

export interface MappingYear {
  year: number;
  employment: Float64Array;
  establishments: Float64Array;
  wages: Float64Array;
}

export interface MappingDataset {
  nRegions: number;
  nCategories: number;
  years: MappingYear[];
  /** One flag per category: 1 traded, 0 local (about 40 % traded, as in the U.S. benchmark definitions). */
  traded: Uint8Array;
}


/** A standard normal deviate (Box-Muller) from a uniform PRNG. */
function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * The dataset for nRegions x nCategories x nYears. With `shared`, the yearly arrays live in
 * SharedArrayBuffers, which worker threads read without a copy (src/services/mapping-parallel.ts); the
 * numbers are the same either way.
 */
export function generateMappingDataset(
  nRegions: number,
  nCategories: number,
  nYears: number,
  seed = 42,
  firstYear = 2010,
  options: { shared?: boolean } = {},
): MappingDataset {
  const random = mulberry32(seed);
  const array = (length: number) =>
    options.shared ? new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT)) : new Float64Array(length);
  const size = nRegions * nCategories;
  const regionSize = Float64Array.from({ length: nRegions }, () => 2_000 * Math.exp(1.3 * normal(random)));
  const weight = Float64Array.from({ length: nCategories }, () => Math.exp(normal(random)));
  const weightSum = weight.reduce((a, b) => a + b, 0);
  const wageLevel = Float64Array.from({ length: nCategories }, () => 800 * Math.exp(0.3 * normal(random)));
  const traded = Uint8Array.from({ length: nCategories }, () => (random() < 0.4 ? 1 : 0));

  const base = new Float64Array(size);
  const growth = new Float32Array(size);
  const firmSize = new Float32Array(size);
  for (let r = 0; r < nRegions; r++) {
    for (let c = 0; c < nCategories; c++) {
      const i = r * nCategories + c;
      if (random() < 0.35) continue; // an empty cell
      base[i] = (regionSize[r] as number) * ((weight[c] as number) / weightSum) * nCategories * 0.05 * Math.exp(0.8 * normal(random));
      growth[i] = 1 + (-0.03 + 0.08 * random());
      firmSize[i] = 3 + 57 * random();
    }
  }

  const years: MappingYear[] = [];
  for (let y = 0; y < nYears; y++) {
    const employment = array(size);
    const establishments = array(size);
    const wages = array(size);
    for (let i = 0; i < size; i++) {
      const b = base[i] as number;
      if (b === 0) continue;
      const e = Math.round(b * (growth[i] as number) ** y * (0.975 + 0.05 * random()));
      if (e <= 0) continue;
      employment[i] = e;
      establishments[i] = Math.max(1, Math.round(e / (firmSize[i] as number)));
      wages[i] = (wageLevel[i % nCategories] as number) * (0.8 + 0.4 * random()); // average wage
    }
    years.push({ year: firstYear + y, employment, establishments, wages });
  }
  return { nRegions, nCategories, years, traded };
}
