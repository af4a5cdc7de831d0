import { ConvergenceError } from '../errors.ts';

/** A real symmetric matrix reduced to tridiagonal form T = Q^T A Q, Q kept as its Householder reflectors. */
interface Tridiagonal {
  n: number;
  diag: Float64Array;
  /** off[i] couples i and i + 1 (length n, last entry 0) */
  off: Float64Array;
  /** reflector k (unit vector acting on indices k + 1 .. n - 1), or null when the column was already reduced */
  reflectors: (Float64Array | null)[];
}

/**
 * Eigenvalues of a real symmetric matrix, sorted in decreasing order, and the eigenvectors of the ones asked for.
 *
 *   A = Q T Q^T (Householder tridiagonalisation),  T = Z Lambda Z^T (implicit QL with Wilkinson shifts),
 *   eigenvector i = Q z_i, z_i by inverse iteration on T - lambda_i I (tridiagonal LU with partial pivoting)
 *
 * where A is n x n row-major and symmetric (only its values are read; symmetry is assumed). The
 * eigenvalues are sorted explicitly (never trusted to come out in order). Each returned eigenvector has unit
 * Euclidean norm; its sign is arbitrary. Accurate for well-separated eigenvalues; for a (near-)multiple
 * eigenvalue any unit vector of its eigenspace may be returned.
 *
 * Complexity O(n^3) for the reduction (about 4/3 n^3 flops), O(n^2) for the eigenvalues and O(n^2) per
 * eigenvector: far cheaper than accumulating every eigenvector when only one or two are needed.
 *
 * @throws {RangeError} when a.length !== n * n
 * @throws {ConvergenceError} when the QL iteration needs more than 60 sweeps for one eigenvalue
 * @example
 *   symmetricEigen(new Float64Array([2, 1, 1, 2]), 2, [0])
 *   // { values: Float64Array [3, 1], vectors: [Float64Array [0.7071..., 0.7071...]] }
 *
 * Reference: Golub, G. H. & Van Loan, C. F. (2013) Matrix Computations, 4th ed., Johns Hopkins University
 * Press, sections 8.3 (tridiagonalisation, symmetric QR/QL) and 8.2.2 (inverse iteration), ISBN 978-1-4214-0794-4.
 */
export function symmetricEigen(
  a: Float64Array,
  n: number,
  wanted: readonly number[] = [],
): { values: Float64Array; vectors: Float64Array[] } {
  if (!Number.isInteger(n) || n < 0 || a.length !== n * n) throw new RangeError('`symmetricEigen` requires a.length = n * n');
  const tri = tridiagonalise(a, n);
  const values = tridiagonalEigenvalues(tri.diag, tri.off);
  values.sort((x, y) => y - x);
  const vectors = wanted.map((i) => {
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError('`symmetricEigen` requires wanted indices in [0, n)');
    return backTransform(tri, inverseIteration(tri, values[i] as number, values));
  });
  return { values, vectors };
}

function tridiagonalise(a: Float64Array, n: number): Tridiagonal {
  const w = Float64Array.from(a);
  const diag = new Float64Array(n);
  const off = new Float64Array(n);
  const reflectors: (Float64Array | null)[] = [];
  const p = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    // x = A[k+1.., k]; v = x - alpha e1 with alpha = -sign(x0) |x|, so H x = alpha e1
    const len = n - k - 1;
    let norm2 = 0;
    for (let i = k + 1; i < n; i++) norm2 += (w[i * n + k] as number) ** 2;
    diag[k] = w[k * n + k] as number;
    if (norm2 === 0) {
      off[k] = 0;
      reflectors.push(null);
      continue;
    }
    const x0 = w[(k + 1) * n + k] as number;
    const alpha = x0 >= 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
    const v = new Float64Array(len);
    for (let i = 0; i < len; i++) v[i] = w[(k + 1 + i) * n + k] as number;
    v[0] = x0 - alpha;
    let vn = 0;
    for (let i = 0; i < len; i++) vn += (v[i] as number) ** 2;
    vn = Math.sqrt(vn);
    for (let i = 0; i < len; i++) v[i] = (v[i] as number) / vn;
    off[k] = alpha;
    reflectors.push(v);
    // Trailing block B = A[k+1.., k+1..] (lower triangle only): B <- B - 2 (v q^T + q v^T), q = B v - (v^T B v) v
    const o = k + 1;
    p.fill(0, 0, len);
    for (let i = 0; i < len; i++) {
      const row = (o + i) * n + o;
      const vi = v[i] as number;
      let s = (w[row + i] as number) * vi;
      for (let j = 0; j < i; j++) {
        const b = w[row + j] as number;
        s += b * (v[j] as number);
        p[j] = (p[j] as number) + b * vi;
      }
      p[i] = (p[i] as number) + s;
    }
    let vbv = 0;
    for (let i = 0; i < len; i++) vbv += (p[i] as number) * (v[i] as number);
    for (let i = 0; i < len; i++) p[i] = (p[i] as number) - vbv * (v[i] as number);
    for (let i = 0; i < len; i++) {
      const row = (o + i) * n + o;
      const vi = 2 * (v[i] as number);
      const pi = 2 * (p[i] as number);
      for (let j = 0; j <= i; j++) w[row + j] = (w[row + j] as number) - vi * (p[j] as number) - pi * (v[j] as number);
    }
  }
  if (n >= 2) {
    diag[n - 2] = w[(n - 2) * n + n - 2] as number;
    off[n - 2] = w[(n - 1) * n + n - 2] as number;
  }
  if (n >= 1) diag[n - 1] = w[(n - 1) * n + n - 1] as number;
  return { n, diag, off, reflectors };
}

/** Eigenvalues of the symmetric tridiagonal (diag, off) by the implicit QL algorithm (unsorted). */
function tridiagonalEigenvalues(diagIn: Float64Array, offIn: Float64Array): Float64Array {
  const n = diagIn.length;
  const d = Float64Array.from(diagIn);
  const e = Float64Array.from(offIn);
  if (n > 0) e[n - 1] = 0;
  for (let l = 0; l < n; l++) {
    let iter = 0;
    for (;;) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(d[m] as number) + Math.abs(d[m + 1] as number);
        if (Math.abs(e[m] as number) <= Number.EPSILON * dd) break;
      }
      if (m === l) break;
      if (++iter > 60) throw new ConvergenceError('`symmetricEigen` did not converge in 60 QL sweeps');
      // Wilkinson-type shift from the leading 2 x 2 block
      let g = ((d[l + 1] as number) - (d[l] as number)) / (2 * (e[l] as number));
      let r = Math.hypot(g, 1);
      g = (d[m] as number) - (d[l] as number) + (e[l] as number) / (g + (g >= 0 ? r : -r));
      let s = 1;
      let c = 1;
      let p = 0;
      let i = m - 1;
      let deflated = false;
      for (; i >= l; i--) {
        const f = s * (e[i] as number);
        const b = c * (e[i] as number);
        r = Math.hypot(f, g);
        e[i + 1] = r;
        if (r === 0) {
          d[i + 1] = (d[i + 1] as number) - p;
          e[m] = 0;
          deflated = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = (d[i + 1] as number) - p;
        r = ((d[i] as number) - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
      }
      if (deflated) continue;
      d[l] = (d[l] as number) - p;
      e[l] = g;
      e[m] = 0;
    }
  }
  return d;
}

/** Eigenvector of the tridiagonal for the eigenvalue lambda: three steps of inverse iteration. */
function inverseIteration(tri: Tridiagonal, lambda: number, values: Float64Array): Float64Array {
  const { n, diag, off } = tri;
  let scale = 0;
  for (let i = 0; i < values.length; i++) scale = Math.max(scale, Math.abs(values[i] as number));
  const tiny = Number.EPSILON * Math.max(scale, Number.MIN_VALUE);
  // LU of T - lambda I with partial pivoting: U has diagonals u0, u1, u2; L multipliers in mult, row swaps in swap
  const u0 = new Float64Array(n);
  const u1 = new Float64Array(n);
  const u2 = new Float64Array(n);
  const mult = new Float64Array(n);
  const swap = new Uint8Array(n);
  for (let i = 0; i < n; i++) u0[i] = (diag[i] as number) - lambda;
  for (let i = 0; i < n - 1; i++) u1[i] = off[i] as number;
  for (let i = 0; i < n - 1; i++) {
    const sub = off[i] as number;
    if (Math.abs(u0[i] as number) >= Math.abs(sub)) {
      const piv = (u0[i] as number) === 0 ? tiny : (u0[i] as number);
      u0[i] = piv;
      const f = sub / piv;
      mult[i] = f;
      u0[i + 1] = (u0[i + 1] as number) - f * (u1[i] as number);
    } else {
      // swap rows i and i + 1: row i becomes [sub, d_{i+1} - lambda, off_{i+1}]
      const f = (u0[i] as number) / sub;
      mult[i] = f;
      swap[i] = 1;
      const oldU1 = u1[i] as number;
      u0[i] = sub;
      u1[i] = u0[i + 1] as number;
      u0[i + 1] = oldU1 - f * (u1[i] as number);
      if (i < n - 2) {
        u2[i] = off[i + 1] as number;
        u1[i + 1] = -f * (off[i + 1] as number);
      }
    }
  }
  if (n > 0 && (u0[n - 1] as number) === 0) u0[n - 1] = tiny;
  // start from a fixed vector with no special structure
  let y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = 1 + ((i * 7919) % 97) / 97;
  for (let it = 0; it < 3; it++) {
    const b = y;
    for (let i = 0; i < n - 1; i++) {
      if (swap[i]) {
        const t = b[i] as number;
        b[i] = b[i + 1] as number;
        b[i + 1] = t - (mult[i] as number) * (b[i] as number);
      } else {
        b[i + 1] = (b[i + 1] as number) - (mult[i] as number) * (b[i] as number);
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = b[i] as number;
      if (i + 1 < n) s -= (u1[i] as number) * (b[i + 1] as number);
      if (i + 2 < n) s -= (u2[i] as number) * (b[i + 2] as number);
      b[i] = s / (u0[i] as number);
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += (b[i] as number) ** 2;
    norm = Math.sqrt(norm);
    for (let i = 0; i < n; i++) b[i] = (b[i] as number) / norm;
    y = b;
  }
  return y;
}

/** Q y: the reflectors applied in reverse order (Q = H_0 H_1 ... H_{n-3}). */
function backTransform(tri: Tridiagonal, y: Float64Array): Float64Array {
  const x = Float64Array.from(y);
  for (let k = tri.reflectors.length - 1; k >= 0; k--) {
    const v = tri.reflectors[k];
    if (!v) continue;
    let s = 0;
    for (let i = 0; i < v.length; i++) s += (v[i] as number) * (x[k + 1 + i] as number);
    s *= 2;
    for (let i = 0; i < v.length; i++) x[k + 1 + i] = (x[k + 1 + i] as number) - s * (v[i] as number);
  }
  return x;
}
