// The Fraunhofer ISI probabilistic concordance IPC class -> NACE division (data/crosssector/, data/SOURCES.md),
// read once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Concordance, parseConcordance } from '../../analytics/crosssector/concordance.ts';

export const CONCORDANCE_FILE = fileURLToPath(new URL('../../../data/crosssector/nace2div_x_ipc3_share_fraunhofer2019.csv', import.meta.url));

let cached: Concordance | null = null;

/** The concordance of data/crosssector/ (parsed on first use). */
export function ipcConcordance(): Concordance {
  cached ??= parseConcordance(readFileSync(CONCORDANCE_FILE, 'utf8'));
  return cached;
}

/** The IPC classes the concordance maps (for readPatents' knownIpc). */
export function knownIpcClasses(): Set<string> {
  return new Set(ipcConcordance().classes);
}
