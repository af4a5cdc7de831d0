// The `complexity` command's computation and files: the engine on a validated input, then
// DIR/locations.csv (location,diversity,eci,coi), DIR/products.csv (product,ubiquity,pci) and
// DIR/cells.csv (location,product,value,rca,m,density,distance,cog), one cells row for every location x product
// pair (zero exports included). Numbers are written at full precision (shortest round-trip text), an undefined
// value (a dropped location or product, a product nobody exports with advantage) as an empty cell; codes as
// text, quoted only when they hold a comma, quote, newline or outer spaces. UTF-8 with a BOM, `,`, `\n`, as the
// `mapping` output.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { complexity, type ComplexityResult, type PresetName } from '../analytics/complexity/index.ts';
import type { ComplexityInput } from './complexity-input.ts';
import { ValidationError } from './errors.ts';

export const LOCATION_COLUMNS = ['location', 'diversity', 'eci', 'coi'] as const;
export const PRODUCT_COLUMNS = ['product', 'ubiquity', 'pci'] as const;
export const CELL_COLUMNS = ['location', 'product', 'value', 'rca', 'm', 'density', 'distance', 'cog'] as const;

export type PresenceTest = 'rca' | 'rpop' | 'both';

export interface ComplexityRun {
  input: ComplexityInput;
  result: ComplexityResult;
  /** codes of the locations / products whose total is 0 (left out of the measures, written with empty cells) */
  droppedLocations: string[];
  droppedProducts: string[];
}

/** Runs the engine on a validated input. */
export function computeComplexity(input: ComplexityInput, options: { preset?: PresetName; presence?: PresenceTest; name?: string } = {}): ComplexityRun {
  const presence = options.presence ?? 'rca';
  let population: Float64Array | undefined;
  if (presence !== 'rca') {
    const name = options.name ?? 'input';
    if (!input.population) {
      throw new ValidationError(`${name}: --presence ${presence} needs a population column`, [{ row: 1, column: 'population', message: 'no population column' }]);
    }
    const missing = input.locations.filter((_, c) => !Number.isFinite(input.population?.[c] as number));
    if (missing.length > 0) {
      throw new ValidationError(`${name}: --presence ${presence} needs the population of every location; missing for ${listCodes(missing)}`,
        [{ row: 0, column: 'population', message: `missing for ${missing.length} location${missing.length > 1 ? 's' : ''}` }]);
    }
    population = input.population;
  }
  const result = complexity(input.values, input.locations.length, input.products.length, {
    preset: options.preset ?? 'atlas',
    ...(population ? { population, presenceTest: presence } : {}),
  });
  return {
    input,
    result,
    droppedLocations: Array.from(result.dropped.locations, (c) => input.locations[c] as string),
    droppedProducts: Array.from(result.dropped.products, (p) => input.products[p] as string),
  };
}

/** DIR/locations.csv */
export function locationsCsv(run: ComplexityRun): Buffer {
  const { result: r, input } = run;
  const w = new CsvBytes(64 * input.locations.length + 64);
  w.ascii(`${LOCATION_COLUMNS.join(',')}\n`);
  for (let c = 0; c < input.locations.length; c++) {
    w.code(input.locations[c] as string);
    w.comma(); w.num(r.diversity[c] as number);
    w.comma(); w.num(r.eci[c] as number);
    w.comma(); w.num(r.coi[c] as number);
    w.newline();
  }
  return w.done();
}

/** DIR/products.csv */
export function productsCsv(run: ComplexityRun): Buffer {
  const { result: r, input } = run;
  const w = new CsvBytes(48 * input.products.length + 64);
  w.ascii(`${PRODUCT_COLUMNS.join(',')}\n`);
  for (let p = 0; p < input.products.length; p++) {
    w.code(input.products[p] as string);
    w.comma(); w.num(r.ubiquity[p] as number);
    w.comma(); w.num(r.pci[p] as number);
    w.newline();
  }
  return w.done();
}

/**
 * DIR/cells.csv: every location x product pair, location-major, in the input's (text-sorted) order. Written
 * straight into bytes: on the 224 x 1,222 HS4 matrix, building one string of 273k rows costs ~0.8 s in string
 * concatenation alone, the byte writer ~0.25 s (nearly all of it number-to-text conversion).
 */
export function cellsCsv(run: ComplexityRun): Buffer {
  const { result: r, input } = run;
  const nP = input.products.length;
  const products = input.products.map((p) => Buffer.from(`,${csvCode(p)},`));
  const w = new CsvBytes(90 * input.locations.length * nP + 64);
  w.ascii(`${CELL_COLUMNS.join(',')}\n`);
  for (let c = 0; c < input.locations.length; c++) {
    const location = Buffer.from(csvCode(input.locations[c] as string));
    for (let p = 0; p < nP; p++) {
      const k = c * nP + p;
      w.bytes(location);
      w.bytes(products[p] as Buffer);
      w.num(input.values[k] as number);
      w.comma(); w.num(r.rca[k] as number);
      w.comma(); w.num(r.m[k] as number);
      w.comma(); w.num(r.density[k] as number);
      w.comma(); w.num(r.distance[k] as number);
      w.comma(); w.num(r.cog[k] as number);
      w.newline();
    }
  }
  return w.done();
}

/** A growing UTF-8 byte buffer for CSV output, starting with a BOM. */
class CsvBytes {
  private buf: Buffer;
  private at = 0;
  constructor(estimate: number) {
    this.buf = Buffer.allocUnsafe(Math.max(estimate, 1024));
    this.bytes(BOM);
  }
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }
  /** text known to be ASCII (numbers, headers) */
  ascii(text: string): void {
    this.room(text.length);
    const { buf } = this;
    let o = this.at;
    for (let i = 0; i < text.length; i++) buf[o++] = text.charCodeAt(i);
    this.at = o;
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }
  /** a code: any text, quoted when needed, UTF-8 */
  code(text: string): void {
    this.bytes(Buffer.from(csvCode(text)));
  }
  /** a number at full precision (shortest round-trip text); NaN as an empty cell */
  num(v: number): void {
    if (v === 0) {
      this.room(1);
      this.buf[this.at++] = 48;
    } else if (v === 1) {
      this.room(1);
      this.buf[this.at++] = 49;
    } else if (!Number.isNaN(v)) this.ascii(String(v));
  }
  comma(): void {
    this.room(1);
    this.buf[this.at++] = 44;
  }
  newline(): void {
    this.room(1);
    this.buf[this.at++] = 10;
  }
  done(): Buffer {
    return this.buf.subarray(0, this.at);
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Writes the files into dir (created when missing) all or none: each is first written to a temporary file in
 * dir, and only when all are written are they renamed into place (a rename within a folder is atomic).
 * A failure before the renames removes the temporary files and leaves dir as it was.
 */
export async function writeFilesAtomically(dir: string, files: readonly { name: string; text: string | Uint8Array }[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temps = files.map((f) => join(dir, `.${f.name}.${process.pid}.tmp`));
  try {
    await Promise.all(files.map((f, i) => writeFile(temps[i] as string, f.text)));
    for (let i = 0; i < files.length; i++) await rename(temps[i] as string, join(dir, (files[i] as { name: string }).name));
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
}

/** Up to 20 codes, then "and N more". */
export function listCodes(codes: readonly string[], max = 20): string {
  const shown = codes.slice(0, max).join(', ');
  return codes.length > max ? `${shown} and ${codes.length - max} more` : shown;
}

export function csvCode(value: string): string {
  return /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
