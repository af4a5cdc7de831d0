import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SingularMatrixError } from '../../../src/analytics/errors.ts';
import { linearPredictor, logisticRegression } from '../../../src/analytics/evaluation/logistic-regression.ts';
import { mulberry32 } from '../../../src/analytics/random.ts';
import { assertCloseTo as close } from '../../helpers/close.ts';

test('a binary covariate: the MLE is the logit of each group share (hand-checkable)', () => {
  // x = 0: 1 of 4 members -> b0 = logit(1/4) = -ln 3; x = 1: 3 of 4 -> b0 + b1 = ln 3, so b1 = 2 ln 3.
  const x = Float64Array.of(0, 0, 0, 0, 1, 1, 1, 1);
  const y = Uint8Array.of(0, 0, 0, 1, 0, 1, 1, 1);
  const fit = logisticRegression(x, y, 8, 1);
  assert.equal(fit.converged, true);
  assert.equal(fit.separation, false);
  close(fit.coefficients[0] as number, -Math.log(3), 1e-8);
  close(fit.coefficients[1] as number, 2 * Math.log(3), 1e-8);
  // log-likelihood = 8 (1/4 ln 1/4 + 3/4 ln 3/4)
  close(fit.logLikelihood, 2 * Math.log(0.25) + 6 * Math.log(0.75), 1e-9);
  assert.deepEqual([...logisticRegression(Float64Array.of(0, 0, 1, 1), Uint8Array.of(0, 1, 0, 1), 4, 1).coefficients].map((v) => Math.abs(v) < 1e-12), [true, true]);
});

test('recovers known coefficients on simulated data (n = 20,000)', () => {
  const rng = mulberry32(11);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const n = 20_000;
  const truth = [-0.5, 1, -0.7];
  const x = new Float64Array(n * 2);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const a = normal() * 2 + 3; // a shifted, scaled column: the internal standardization must undo it
    const b = normal();
    x[2 * i] = a;
    x[2 * i + 1] = b;
    y[i] = rng() < 1 / (1 + Math.exp(-(truth[0]! + truth[1]! * (a - 3) / 2 + truth[2]! * b))) ? 1 : 0;
  }
  const fit = logisticRegression(x, y, n, 2);
  assert.equal(fit.converged, true);
  assert.ok(fit.iterations < 15, `${fit.iterations} iterations`);
  // on the original scale: b_a = 1 / 2, intercept = -0.5 - 3 / 2
  close(fit.coefficients[1] as number, 0.5, 0.03);
  close(fit.coefficients[2] as number, -0.7, 0.05);
  close(fit.coefficients[0] as number, -2, 0.12);
  const eta = linearPredictor(fit.coefficients, x, n);
  close(eta[0] as number, (fit.coefficients[0] as number) + (fit.coefficients[1] as number) * (x[0] as number) + (fit.coefficients[2] as number) * (x[1] as number), 1e-12);
});

test('perfect separation is reported; a small ridge keeps the fit finite and converged', () => {
  const x = Float64Array.of(0, 1, 2, 3);
  const y = Uint8Array.of(0, 0, 1, 1);
  const plain = logisticRegression(x, y, 4, 1, { maxIterations: 100 });
  assert.equal(plain.separation, true);
  assert.ok((plain.coefficients[1] as number) > 5);
  const ridge = logisticRegression(x, y, 4, 1, { ridge: 1e-3 });
  assert.equal(ridge.converged, true);
  assert.ok(Number.isFinite(ridge.coefficients[1]) && (ridge.coefficients[1] as number) > 0);
  const eta = linearPredictor(ridge.coefficients, x, 4);
  assert.ok((eta[0] as number) < (eta[1] as number) && (eta[1] as number) < 0 && (eta[2] as number) > 0);
});

test('a constant column gets 0; collinear columns need a ridge; shape mistakes are RangeErrors', () => {
  const x = Float64Array.of(0, 5, 0, 5, 1, 5, 1, 5);
  const y = Uint8Array.of(0, 1, 0, 1);
  const fit = logisticRegression(x, y, 4, 2);
  assert.equal(fit.coefficients[2], 0);
  const collinear = Float64Array.of(0, 0, 1, 2, 2, 4, 3, 6);
  assert.throws(() => logisticRegression(collinear, Uint8Array.of(0, 1, 0, 1), 4, 2), SingularMatrixError);
  assert.equal(logisticRegression(collinear, Uint8Array.of(0, 1, 0, 1), 4, 2, { ridge: 1e-3 }).converged, true);
  assert.throws(() => logisticRegression(Float64Array.of(1, 2, 3), Uint8Array.of(0, 1), 2, 1), RangeError);
  assert.throws(() => logisticRegression(Float64Array.of(1, 2), Uint8Array.of(0, 2), 2, 1), RangeError);
  assert.throws(() => linearPredictor(Float64Array.of(1, 2), Float64Array.of(1, 2, 3), 2), RangeError);
});
