// Small deterministic export matrices for the complexity tests.

/** An nL x nP matrix of log-normal-ish values with about a third of the cells 0, from a seed. */
export function randomExports(nL: number, nP: number, seed: number): Float64Array {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const x = new Float64Array(nL * nP);
  for (let k = 0; k < x.length; k++) x[k] = random() < 0.35 ? 0 : Math.round(Math.exp(8 * random()));
  return x;
}
