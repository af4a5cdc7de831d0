// Runs every bench/*.bench.ts in its own Node process (`node --import tsx --expose-gc FILE`), one after
// another, with their output passed through; exits 1 when any of them did (a failed correctness check).
//   npm run bench [-- NAME_FILTER]
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(BENCH).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();

function run(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', join(BENCH, file)], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const results: { file: string; code: number; seconds: number }[] = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = performance.now();
  const code = await run(file);
  results.push({ file, code, seconds: (performance.now() - started) / 1000 });
}
console.log('\n=== benchmarks ===');
if (results.length === 0) console.log('no bench/*.bench.ts files found');
for (const r of results) console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.file} (${r.seconds.toFixed(1)} s${r.code === 0 ? '' : `, exit code ${r.code}`})`);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
