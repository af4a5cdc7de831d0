#!/usr/bin/env node
// Entry point of the `cluster-atlas` command. Runs the compiled CLI in dist/ (built by `npm run build:cli`,
// which `npm install` runs) when it is newer than every file in src/; otherwise the TypeScript sources through
// tsx, so a stale build is never used. The compiled start saves about a second per command.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = `${root}dist/.built`;

function compiledIsFresh() {
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return readdirSync(`${root}src`, { recursive: true }).every((file) => statSync(`${root}src/${file}`).mtimeMs <= built);
}

if (compiledIsFresh()) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
