// Columns of the partner index from per-organisation records (tests, small registries, the service).
import type { Csr, PartnerColumns, PartnerRecord } from './partner-index.ts';
import type { SparseVector } from './sparse-vector.ts';

/** Sparse vectors as one CSR matrix (rows in order). */
export function csrFrom(rows: readonly SparseVector[]): Csr {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (offsets[i + 1] = (offsets[i] as number) + r.index.length));
  const nnz = offsets[rows.length] as number;
  const index = new Int32Array(nnz);
  const value = new Float32Array(nnz);
  rows.forEach((r, i) => {
    index.set(r.index, offsets[i]);
    value.set(r.value, offsets[i]);
  });
  return { offsets, index, value };
}

/** The columns of `PartnerIndex` from records. */
export function partnerColumns(records: readonly PartnerRecord[]): PartnerColumns {
  return {
    ids: Int32Array.from(records, (r) => r.id),
    sector: csrFrom(records.map((r) => r.sector)),
    text: csrFrom(records.map((r) => r.text)),
    location: Int32Array.from(records, (r) => r.location),
    sizeClass: Int8Array.from(records, (r) => r.sizeClass),
    country: Int32Array.from(records, (r) => r.country),
    roles: Int32Array.from(records, (r) => r.roles),
    competitiveness: Float32Array.from(records, (r) => r.competitiveness),
    reliability: Float32Array.from(records, (r) => r.reliability),
  };
}
