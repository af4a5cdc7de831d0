// Runs the real `cluster-atlas` binary with its own embedded-database folder.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/cluster-atlas.js', import.meta.url));

export function cli(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
