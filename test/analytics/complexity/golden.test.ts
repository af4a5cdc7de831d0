// The Atlas's Stata `ecomplexity` golden values (10 countries x 30 HS92 products, 1995), reproduced with the
// atlas preset to 1e-9. The fixture is ../shared/data/complexity_golden/stata_fixture_1995_subset.json (from
// py-ecomplexity's test fixtures, MIT), copied unchanged to test/fixtures/complexity/ so that CI runs it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { complexity } from '../../../src/analytics/complexity/index.ts';

const FIXTURE = new URL('../../fixtures/complexity/stata_fixture_1995_subset.json', import.meta.url);
const TOLERANCE = 1e-9;

interface Fixture {
  countries: string[];
  products: string[];
  export_val: Record<string, number[]>;
  stata_eci: Record<string, number>;
  stata_coi: Record<string, number>;
  stata_pci: number[];
  stata_density: Record<string, number[]>;
  stata_cog: Record<string, number[]>;
}

function maxAbsError(actual: ArrayLike<number>, expected: readonly number[]): number {
  assert.equal(actual.length, expected.length);
  let e = 0;
  expected.forEach((v, i) => {
    e = Math.max(e, Math.abs((actual[i] as number) - v));
  });
  return e;
}

test('complexity with the atlas preset reproduces Stata ecomplexity (ECI, PCI, COI, density, COG) to 1e-9', () => {
  const f = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture;
  const nL = f.countries.length;
  const nP = f.products.length;
  const x = new Float64Array(nL * nP);
  f.countries.forEach((c, i) => (f.export_val[c] as number[]).forEach((v, j) => (x[i * nP + j] = v)));
  const r = complexity(x, nL, nP, { preset: 'atlas' });
  const errors: Record<string, number> = {
    eci: maxAbsError(r.eci, f.countries.map((c) => f.stata_eci[c] as number)),
    pci: maxAbsError(r.pci, f.stata_pci),
    coi: maxAbsError(r.coi, f.countries.map((c) => f.stata_coi[c] as number)),
    density: 0,
    cog: 0,
  };
  for (const country of Object.keys(f.stata_density)) {
    const i = f.countries.indexOf(country);
    errors.density = Math.max(errors.density as number, maxAbsError(r.density.subarray(i * nP, (i + 1) * nP), f.stata_density[country] as number[]));
    errors.cog = Math.max(errors.cog as number, maxAbsError(r.cog.subarray(i * nP, (i + 1) * nP), f.stata_cog[country] as number[]));
  }
  for (const [measure, error] of Object.entries(errors)) {
    assert.ok(error <= TOLERANCE, `${measure}: max abs error ${error} exceeds ${TOLERANCE}`);
  }
  // the same through the method of reflections, to its own convergence tolerance
  const reflected = complexity(x, nL, nP, { preset: 'atlas', method: 'reflections', tolerance: 1e-13 });
  assert.ok(maxAbsError(reflected.eci, f.countries.map((c) => f.stata_eci[c] as number)) <= 1e-9);
  assert.ok(maxAbsError(reflected.pci, f.stata_pci) <= 1e-9);
  assert.ok(maxAbsError(reflected.coi, f.countries.map((c) => f.stata_coi[c] as number)) <= 1e-9);
  const aut = f.countries.indexOf('aut');
  assert.ok(maxAbsError(reflected.cog.subarray(aut * nP, (aut + 1) * nP), f.stata_cog.aut as number[]) <= 1e-9);
});
