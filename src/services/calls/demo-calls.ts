// The demo's illustrative opportunity calls (data/calls.json), checked like any posted call and written in one
// transaction.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../db/database.ts';
import { calls } from '../../db/schema.ts';
import { CallInput } from '../../domain/call.ts';
import { parseInput, ValidationError } from '../errors.ts';

export const DEMO_CALLS_FILE = 'calls.json';

/** Loads `calls.json` of the data folder when it is there; returns how many calls were written. */
export async function loadDemoCalls(db: Database, dataDir: string): Promise<number> {
  const file = join(dataDir, DEMO_CALLS_FILE);
  if (!existsSync(file)) return 0;
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(raw)) throw new ValidationError(`data/${DEMO_CALLS_FILE}: expected a list of calls`);
  const rows = raw.map((item, i) => {
    try {
      return parseInput(CallInput, item);
    } catch (error) {
      if (error instanceof ValidationError) throw new ValidationError(`data/${DEMO_CALLS_FILE}: call ${i + 1}: invalid`, error.errors);
      throw error;
    }
  });
  if (rows.length === 0) return 0;
  await db.orm.transaction(async (tx) => {
    await tx.insert(calls).values(rows);
  });
  return rows.length;
}
