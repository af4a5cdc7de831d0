// Cluster mapping of many region x category tables (typically one per year) on worker threads. Each table
// goes whole to one worker, which runs the pure `clusterMapping` (src/analytics/cluster-mapping.ts) on it,
// except the last tables.length % size, which are split by categories over the workers (the `categories`
// option: the same numbers for each category); so the results are exactly those of the synchronous
// function; the pool only spreads the tables over the cores. Tables in SharedArrayBuffers (see `sharedFloat64Array`) reach the workers without a copy,
// and the results are written into shared output arrays that each worker reuses (two sets per worker, so
// that it computes the next table while the caller reads the previous one).
//
//   const pool = await MappingPool.start();               // 2 workers by default
//   await pool.prepare(nRegions, nCategories, 'packed');  // optional: allocate buffers up front
//   await pool.map(years, nRegions, nCategories, { traded }, (index, result) => { ... });
//   await pool.mapPacked(years, nRegions, nCategories, { traded }, (index, { lq, flags }) => { ... });
//   await pool.close();
//
// The callback gets each table's result as soon as it is ready and must copy what it keeps before it
// returns: the arrays are overwritten by a later table.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  clusterMapping,
  reserveClusterMapping,
  type ClusterMapping,
  type ClusterMappingOptions,
  type PackedClusterMapping,
} from '../analytics/cluster-mapping.ts';

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

/** A PackedClusterMapping of nRegions x nCategories cells in shared memory. */
function sharedPackedMapping(cells: number): PackedClusterMapping {
  return { lq: sharedFloat64Array(cells), flags: new Uint8Array(new SharedArrayBuffer(cells)) };
}

/** Writes once to every page of an output set (so that its first table does not pay the page faults). */
function touch(mapping: ClusterMapping | PackedClusterMapping): void {
  mapping.lq.fill(0);
  if ('flags' in mapping) mapping.flags.fill(0);
  else for (const array of [...Object.values(mapping.classes), ...Object.values(mapping.stars)]) array.fill(0);
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
  out: ClusterMapping | PackedClusterMapping;
}

type Reply = { id: number; seconds: number } | { id: number; error: { name: string; message: string } };

const WORKER_ROLE = 'cluster-atlas/mapping-worker';

/** A set of worker threads that run `clusterMapping`. */
export class MappingPool {
  /** Per worker, the two output sets of the last table size (cells), kept for the next run. */
  private slots: ClusterMapping[][] = [];
  private slotCells = -1;
  /** The same for the packed format (`mapPacked`). */
  private packedSlots: PackedClusterMapping[][] = [];
  private packedCells = -1;

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
   * scratch space and the pool's output arrays (two sets per worker, some 100 MiB each for 10,000 x 600
   * in the default format and 55 MiB packed, plus size - 1 sets for tables split by categories), so that
   * the first tables do not pay for the page faults. `format`: the output format of the runs to come,
   * 'default' (`map`) or 'packed' (`mapPacked`). Optional; `map` and `mapPacked` allocate what is
   * missing. Call it between runs, not while one is running.
   */
  async prepare(nRegions: number, nCategories: number, format: 'default' | 'packed' = 'default'): Promise<void> {
    const cells = nRegions * nCategories;
    if (format === 'packed') this.ensurePackedSlots(cells);
    else this.ensureSlots(cells);
    for (let k = 0; k + 1 < this.workers.length; k++) this.extra(format === 'packed', cells, k);
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
    for (const set of this.slots) for (const mapping of set) touch(mapping);
    this.slotCells = cells;
  }

  /** The same in the packed format. */
  private ensurePackedSlots(cells: number): void {
    if (this.packedCells === cells) return;
    this.packedSlots = [];
    this.packedSlots = this.workers.map(() => [sharedPackedMapping(cells), sharedPackedMapping(cells)]);
    for (const set of this.packedSlots) for (const mapping of set) touch(mapping);
    this.packedCells = cells;
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
    await this.run(tables, nRegions, nCategories, { ...options, packed: false }, this.slots, consume);
  }

  /**
   * As `map`, in the packed output format of `clusterMapping` (`{ packed: true }`: the LQ and one byte of
   * flag bits per cell, see `PackedClusterMapping`): a ninth of the flag bytes to write and to read.
   */
  async mapPacked(
    tables: readonly MappingTable[],
    nRegions: number,
    nCategories: number,
    options: MappingRunOptions,
    consume: (index: number, result: PackedClusterMapping, seconds: number) => void,
  ): Promise<void> {
    const cells = nRegions * nCategories;
    if (!Number.isSafeInteger(cells) || cells < 0) throw new RangeError('`MappingPool.mapPacked` requires a valid table size');
    this.ensurePackedSlots(cells);
    await this.run(tables, nRegions, nCategories, { ...options, packed: true }, this.packedSlots, consume);
  }

  /**
   * Runs the tables over the workers with the output slots given (see `map`). Each worker has up to two
   * tasks at a time (one computing, one queued, so that it never waits for the caller). A whole table goes
   * into one of the worker's two output slots. When the tables do not divide evenly over the workers, the
   * last ones (tables.length % size of them) are split by categories into one part per worker, written
   * into an extra output set each (see the `categories` option of `clusterMapping`), so that the workers
   * finish together rather than one of them mapping a last table alone; such a table is consumed once
   * all its parts are done, with the sum of the parts' compute times.
   */
  private async run<T extends ClusterMapping | PackedClusterMapping>(
    tables: readonly MappingTable[],
    nRegions: number,
    nCategories: number,
    options: MappingRunOptions & { packed: boolean },
    allSlots: T[][],
    consume: (index: number, result: T, seconds: number) => void,
  ): Promise<void> {
    const size = this.workers.length;
    const nSplit = size > 1 && nCategories >= 4 * size ? tables.length % size : 0;
    const nWhole = tables.length - nSplit;
    // Category boundaries of the parts, multiples of 4 (the flags are written four categories per word).
    const bounds = Array.from({ length: size + 1 }, (_, p) => (p === size ? nCategories : 4 * Math.round((nCategories * p) / size / 4)));
    const cells = nRegions * nCategories;
    const splitOut = Array.from({ length: nSplit }, (_, k) => this.extra(options.packed, cells, k) as T);
    const partsLeft = new Array<number>(nSplit).fill(size);
    const partSeconds = new Array<number>(nSplit).fill(0);
    // Tasks in order: whole tables, then the parts of the split ones (part p of split table s is task
    // nWhole + s * size + p).
    const nTasks = nWhole + nSplit * size;
    let next = 0;
    let failure: Error | null = null;
    await Promise.all(this.workers.map((worker, w) => new Promise<void>((resolve, reject) => {
      const free = [...(allSlots[w] as T[])]; // this worker's output slots not in use
      const running = new Map<number, T>(); // task id -> its output
      const send = () => {
        while (failure === null && next < nTasks && running.size < 2) {
          const id = next++;
          const split = id >= nWhole ? Math.floor((id - nWhole) / size) : -1;
          const part = split >= 0 ? (id - nWhole) % size : 0;
          const out = split >= 0 ? (splitOut[split] as T) : (free.pop() as T);
          const table = tables[split >= 0 ? nWhole + split : id] as MappingTable;
          running.set(id, out);
          const task: Task = {
            id,
            employment: table.employment,
            establishments: table.establishments,
            wages: table.wages ?? null,
            nRegions,
            nCategories,
            options: split >= 0 ? { ...options, categories: { from: bounds[part] as number, to: bounds[part + 1] as number } } : options,
            out,
          };
          worker.postMessage(task);
        }
      };
      const finish = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      const onMessage = (reply: Reply) => {
        const out = running.get(reply.id) as T;
        running.delete(reply.id);
        const split = reply.id >= nWhole ? Math.floor((reply.id - nWhole) / size) : -1;
        if (split < 0) free.push(out);
        if ('error' in reply) {
          const error = new Error(reply.error.message);
          error.name = reply.error.name;
          failure ??= error;
        } else if (failure === null) {
          let index = reply.id;
          let seconds = reply.seconds;
          if (split >= 0) {
            partSeconds[split] = (partSeconds[split] as number) + seconds;
            partsLeft[split] = (partsLeft[split] as number) - 1;
            index = partsLeft[split] === 0 ? nWhole + split : -1;
            seconds = partSeconds[split] as number;
          }
          if (index >= 0) {
            try {
              consume(index, out, seconds);
            } catch (error) {
              failure ??= error instanceof Error ? error : new Error(String(error));
            }
          }
        }
        send();
        if (running.size === 0) finish();
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      send();
      if (running.size === 0) finish();
    })));
    if (failure !== null) throw failure;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** The extra output sets of the tables split by categories (at most size - 1 in a run), per format. */
  private extras: ClusterMapping[] = [];
  private extrasPacked: PackedClusterMapping[] = [];
  private extraCells = -1;

  /** Extra output set s of the format for tables of `cells` cells, allocated and touched once. */
  private extra(packed: boolean, cells: number, s: number): ClusterMapping | PackedClusterMapping {
    if (this.extraCells !== cells) {
      this.extras = [];
      this.extrasPacked = [];
      this.extraCells = cells;
    }
    const sets: (ClusterMapping | PackedClusterMapping)[] = packed ? this.extrasPacked : this.extras;
    let mapping = sets[s];
    if (mapping === undefined) {
      mapping = packed ? sharedPackedMapping(cells) : sharedMapping(cells);
      touch(mapping);
      sets[s] = mapping;
    }
    return mapping;
  }
}

/**
 * Worker side: warms up, says it is ready, then maps each table it is sent. The warm-up maps a 1,000 x 64
 * table and its first 900 rows, in both output formats, whole and in two category ranges, in shared memory
 * like the real ones, with outliers, NaN and empty categories, so that the compiler has optimised the hot
 * loops with the type feedback of every path (and of more than one table shape) before the first real
 * table: code optimised without it would bail out and be compiled again on the first real table
 * (0.1-0.2 s, part of the pool's start-up).
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
    const c = i % warmCategories;
    employment[i] = i % 3 === 0 || c === 5 ? 0 : i % 101 === 0 ? 1e9 : i % 103 === 0 ? 1e-6 : (i * 7919) % 997;
    establishments[i] = c === 7 && i % 211 === 0 ? NaN : 1 + (i % 13);
    wages[i] = i % 17 === 0 ? NaN : i % 107 === 0 ? 1e12 : 500 + ((i * 104729) % 1000);
  }
  const traded = Uint8Array.from({ length: warmCategories }, (_, c) => c % 2);
  for (const nRegions of [warmRegions, warmRegions - 100, warmRegions]) {
    const n = nRegions * warmCategories;
    const table = [employment.subarray(0, n), establishments.subarray(0, n)] as const;
    const out = sharedMapping(n);
    const packedOut = sharedPackedMapping(n);
    for (const categories of [undefined, { from: 0, to: 32 }, { from: 32, to: warmCategories }]) {
      const options = { traded, wages: wages.subarray(0, n), ...(categories ? { categories } : {}) };
      clusterMapping(...table, nRegions, warmCategories, options, out);
      clusterMapping(...table, nRegions, warmCategories, { ...options, packed: true }, packedOut);
    }
  }
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
      // The output format is that of out (task.options.packed says the same).
      const options = { ...task.options, wages: task.wages };
      if ('flags' in task.out) clusterMapping(task.employment, task.establishments, task.nRegions, task.nCategories, { ...options, packed: true }, task.out);
      else clusterMapping(task.employment, task.establishments, task.nRegions, task.nCategories, options, task.out);
      port.postMessage({ id: task.id, seconds: (performance.now() - started) / 1000 } satisfies Reply);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ id: task.id, error: { name: e.name, message: e.message } } satisfies Reply);
    }
  });
  port.postMessage('ready');
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) serve();
