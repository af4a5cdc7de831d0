// The benchmarks' seeded PRNG is the analytics' one (src/analytics/random.ts).
export { mulberry32 } from '../src/analytics/random.ts';
