// Cluster mapping of many region x category tables (typically one per year) on worker threads. Each table
// goes whole to one worker, which runs the pure `clusterMapping` (src/analytics/cluster-mapping.ts) on it,
// so the results are exactly those of the synchronous function; the pool only spreads the tables over
// the cores. Tables in SharedArrayBuffers (see `sharedFloat64Array`) reach the workers without a copy,
// and the results are written into shared output arrays that each worker reuses (two sets per worker, so
// that it computes the next table while the caller reads the previous one).
//
//   const pool = await MappingPool.start();               // 2 workers by default
//   await pool.prepare(nRegions, nCategories);            // optional: allocate buffers up front
//   await pool.map(years, nRegions, nCategories, { traded }, (index, result) => { ... });
//   await pool.close();
//
// The callback gets each table's result as soon as it is ready and must copy what it keeps before it
// returns: the arrays are overwritten by a later table.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { clusterMapping, reserveClusterMapping, type ClusterMapping, type ClusterMappingOptions } from '../analytics/cluster-mapping.ts';

/** One table: region-major employment, establishments and (optional) wages, index r * nCategories + c. */
export interface MappingTable {
  employment: Float64Array;
  establishments: Float64Array;
  wages?: Float64Array | null;
}

/** Options of every table of a run: traded flags and star thresholds (wages come with each table). */
export type MappingRunOptions = Omit<ClusterMappingOptions, 'wages'>;

/** A Float64Array in shared memory, which worker threads read without a copy. */
export function sharedFloat64Array(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}

/** A ClusterMapping of nRegions x nCategories cells in shared memory. */
function sharedMapping(cells: number): ClusterMapping {
  const bytes = () => new Uint8Array(new SharedArrayBuffer(cells));
  return {
    lq: sharedFloat64Array(cells),
    classes: { strong: bytes(), strong10: bytes(), significant: bytes(), qualifying: bytes() },
    stars: { size: bytes(), specialisation: bytes(), focus: bytes(), productivity: bytes(), stars: bytes() },
  };
}

/** Asks a worker to allocate its scratch space for a table shape (see `MappingPool.prepare`). */
interface Prepare {
  prepare: true;
  nRegions: number;
  nCategories: number;
}

interface Task {
  id: number;
  employment: Float64Array;
  establishments: Float64Array;
  wages: Float64Array | null;
  nRegions: number;
  nCategories: number;
  options: MappingRunOptions;
  out: ClusterMapping;
}

type Reply = { id: number; seconds: number } | { id: number; error: { name: string; message: string } };

const WORKER_ROLE = 'cluster-atlas/mapping-worker';

/** A set of worker threads that run `clusterMapping`. */
export class MappingPool {
  /** Per worker, the two output sets of the last table size (cells), kept for the next run. */
  private slots: ClusterMapping[][] = [];
  private slotCells = -1;

  private constructor(private readonly workers: Worker[]) {}

  /**
   * Starts `size` workers (default: 2, or 1 on a one-core machine) and waits until each has loaded the
   * analytics and run a small table once (so that its first real table does not pay for compiling).
   */
  static async start(size = Math.min(2, availableParallelism())): Promise<MappingPool> {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('`MappingPool.start` requires size to be a positive integer');
    // A worker started on a .ts file does not get the tsx loader, so it starts from a one-line script that
    // registers tsx and imports this module, which then serves tables (see the end of this file).
    const bootstrap = 'const { workerData } = require("node:worker_threads");'
      + 'import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.module); });';
    const data = { role: WORKER_ROLE, tsx: import.meta.resolve('tsx/esm/api'), module: import.meta.url };
    const workers = Array.from({ length: size }, () => new Worker(bootstrap, { eval: true, workerData: data }));
    const pool = new MappingPool(workers);
    try {
      await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      })));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /**
   * Allocates, and writes once to, everything a run over tables of this shape needs: each worker's
   * scratch space and the pool's output arrays (two sets per worker, some 100 MiB each for 10,000 x 600),
   * so that the first tables do not pay for the page faults. Optional; `map` allocates what is missing.
   * Call it between runs, not while `map` is running.
   */
  async prepare(nRegions: number, nCategories: number): Promise<void> {
    this.ensureSlots(nRegions * nCategories);
    await Promise.all(this.workers.map((worker) => new Promise<void>((resolve, reject) => {
      worker.once('message', (reply: Reply) => ('error' in reply ? reject(new RangeError(reply.error.message)) : resolve()));
      worker.postMessage({ prepare: true, nRegions, nCategories } satisfies Prepare);
    })));
  }

  /** The two output sets per worker for tables of `cells` cells, allocated and touched once. */
  private ensureSlots(cells: number): void {
    if (this.slotCells === cells) return;
    this.slots = [];
    this.slots = this.workers.map(() => [sharedMapping(cells), sharedMapping(cells)]);
    for (const set of this.slots) {
      for (const mapping of set) {
        mapping.lq.fill(0);
        for (const array of [...Object.values(mapping.classes), ...Object.values(mapping.stars)]) array.fill(0);
      }
    }
    this.slotCells = cells;
  }

  /** Number of workers. */
  get size(): number {
    return this.workers.length;
  }

  /**
   * Maps every table, in parallel over the workers, and calls `consume(index, result, seconds)` for each
   * as it finishes (in completion order; seconds is the worker's compute time for that table). The
   * result's arrays belong to the pool and are reused once consume returns. Rejects with the first error
   * (for example the RangeError of a table of the wrong size) after the tables already sent have finished.
   */
  async map(
    tables: readonly MappingTable[],
    nRegions: number,
    nCategories: number,
    options: MappingRunOptions,
    consume: (index: number, result: ClusterMapping, seconds: number) => void,
  ): Promise<void> {
    const cells = nRegions * nCategories;
    if (!Number.isSafeInteger(cells) || cells < 0) throw new RangeError('`MappingPool.map` requires a valid table size');
    this.ensureSlots(cells);
    let next = 0;
    let failure: Error | null = null;
    await Promise.all(this.workers.map((worker, w) => new Promise<void>((resolve, reject) => {
      const slots = this.slots[w] as ClusterMapping[];
      const running = new Map<number, ClusterMapping>(); // task id -> its output slot
      const send = (out: ClusterMapping) => {
        if (failure !== null || next >= tables.length) return;
        const id = next++;
        const table = tables[id] as MappingTable;
        running.set(id, out);
        const task: Task = {
          id,
          employment: table.employment,
          establishments: table.establishments,
          wages: table.wages ?? null,
          nRegions,
          nCategories,
          options,
          out,
        };
        worker.postMessage(task);
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      const onMessage = (reply: Reply) => {
        const out = running.get(reply.id) as ClusterMapping;
        running.delete(reply.id);
        if ('error' in reply) {
          const error = new Error(reply.error.message);
          error.name = reply.error.name;
          failure ??= error;
        } else if (failure === null) {
          try {
            consume(reply.id, out, reply.seconds);
          } catch (error) {
            failure ??= error instanceof Error ? error : new Error(String(error));
          }
        }
        send(out); // the slot is free again
        if (running.size === 0) {
          worker.off('message', onMessage);
          worker.off('error', onError);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      for (const out of slots) send(out);
      if (running.size === 0) {
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve();
      }
    })));
    if (failure !== null) throw failure;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/**
 * Worker side: warms up, says it is ready, then maps each table it is sent. The warm-up runs a 1,000 x 64
 * table three times, in shared memory like the real ones, so that the compiler has optimised the hot loops
 * before the first real table (about 0.1 s, part of the pool's start-up).
 */
function serve(): void {
  const port = parentPort;
  if (port === null) return;
  const warmRegions = 1000;
  const warmCategories = 64;
  const cells = warmRegions * warmCategories;
  const employment = sharedFloat64Array(cells);
  const establishments = sharedFloat64Array(cells);
  const wages = sharedFloat64Array(cells);
  for (let i = 0; i < cells; i++) {
    employment[i] = i % 3 === 0 ? 0 : (i * 7919) % 997;
    establishments[i] = 1 + (i % 13);
    wages[i] = 500 + ((i * 104729) % 1000);
  }
  const traded = Uint8Array.from({ length: warmCategories }, (_, c) => c % 2);
  const out = sharedMapping(cells);
  for (let run = 0; run < 3; run++) clusterMapping(employment, establishments, warmRegions, warmCategories, { traded, wages }, out);
  port.on('message', (task: Task | Prepare) => {
    if ('prepare' in task) {
      try {
        reserveClusterMapping(task.nRegions, task.nCategories);
        port.postMessage({ id: -1, seconds: 0 } satisfies Reply);
      } catch (error) {
        port.postMessage({ id: -1, error: { name: 'RangeError', message: String((error as Error).message) } } satisfies Reply);
      }
      return;
    }
    try {
      const started = performance.now();
      clusterMapping(task.employment, task.establishments, task.nRegions, task.nCategories, { ...task.options, wages: task.wages }, task.out);
      port.postMessage({ id: task.id, seconds: (performance.now() - started) / 1000 } satisfies Reply);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id: task.id, error: { name: e.name, message: e.message } } satisfies Reply);
    }
  });
  port.postMessage('ready');
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) serve();
