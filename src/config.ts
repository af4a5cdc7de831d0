// Environment configuration, validated at start-up.
import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().default('./.cluster-atlas'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  /** Folder of the embedded database (unused with a DATABASE_URL). */
  dataDir: string;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = Env.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  const e = result.data;
  return { port: e.PORT, host: e.HOST, databaseUrl: e.DATABASE_URL, dataDir: resolve(e.DATA_DIR, 'db'), logLevel: e.LOG_LEVEL };
}
