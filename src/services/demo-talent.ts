// The illustrative people profiles, cluster services and service requests of the demo dataset
// (data/people.csv, data/cluster_services.csv, data/service_requests.csv), checked with the same schemas as the
// API and written in one transaction.
import type { Database } from '../db/database.ts';
import { ClusterServiceInput, RequestStatus } from '../domain/cluster-service.ts';
import { PersonInput } from '../domain/person.ts';
import { ValidationError } from './errors.ts';
import { optionalCsvRecords } from './files/csv-records.ts';

export const DEMO_TALENT_FILES = { people: 'people.csv', services: 'cluster_services.csv', requests: 'service_requests.csv' } as const;

const list = (cell: string | undefined): string[] => (cell ? cell.split('|').map((s) => s.trim()).filter(Boolean) : []);
const nullable = (cell: string | undefined): string | null => (cell && cell.trim() !== '' ? cell.trim() : null);
const bool = (cell: string | undefined): boolean => cell?.trim() === 'true';


function checked<T>(file: string, row: number, result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  if (result.success) return result.data;
  throw new ValidationError(`data/${file}: row ${row} is invalid`, result.error.issues.map((i) => ({ row, column: String(i.path[0] ?? '(row)'), message: i.message })));
}

/** Loads the three files when present; returns the rows written of each. */
export async function loadDemoTalent(db: Database, dataDir: string): Promise<{ people: number; services: number; requests: number }> {
  const people = optionalCsvRecords(dataDir, DEMO_TALENT_FILES.people).map((r, i) => ({
    id: Number(r.id),
    ...checked(DEMO_TALENT_FILES.people, i + 2, PersonInput.safeParse({
      name: r.name, kind: r.kind, email: nullable(r.email), organizationId: r.organization_id ? Number(r.organization_id) : null,
      territoryId: nullable(r.territory_id), competences: list(r.competences), sectors: list(r.sectors), profile: nullable(r.profile),
      consent: bool(r.consent), consentDate: nullable(r.consent_date), illustrative: bool(r.illustrative),
    })),
  }));
  const services = optionalCsvRecords(dataDir, DEMO_TALENT_FILES.services).map((r, i) => ({
    id: Number(r.id),
    clusterId: Number(r.cluster_id),
    ...checked(DEMO_TALENT_FILES.services, i + 2, ClusterServiceInput.safeParse({
      kind: r.kind, titleRu: r.title_ru, titleEn: nullable(r.title_en), description: nullable(r.description), active: bool(r.active), illustrative: bool(r.illustrative),
    })),
  }));
  const requests = optionalCsvRecords(dataDir, DEMO_TALENT_FILES.requests).map((r, i) => ({
    id: Number(r.id), serviceId: Number(r.service_id), organizationId: Number(r.organization_id),
    status: checked(DEMO_TALENT_FILES.requests, i + 2, RequestStatus.safeParse(r.status)),
    note: nullable(r.note), requestedAt: r.requested_at!, closedAt: nullable(r.closed_at), illustrative: bool(r.illustrative),
  }));

  await db.transaction(async (client) => {
    for (const p of people) {
      await client.query(
        `INSERT INTO people (id, name, kind, email, organization_id, territory_id, competences, sectors, profile, consent, consent_date, illustrative)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [p.id, p.name, p.kind, p.email ?? null, p.organizationId ?? null, p.territoryId ?? null, p.competences, p.sectors, p.profile ?? null, p.consent, p.consentDate ?? null, p.illustrative],
      );
    }
    for (const s of services) {
      await client.query(
        'INSERT INTO cluster_services (id, cluster_id, kind, title_ru, title_en, description, active, illustrative) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [s.id, s.clusterId, s.kind, s.titleRu, s.titleEn ?? null, s.description ?? null, s.active, s.illustrative],
      );
    }
    for (const r of requests) {
      await client.query(
        'INSERT INTO service_requests (id, service_id, organization_id, status, note, requested_at, closed_at, illustrative) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [r.id, r.serviceId, r.organizationId, r.status, r.note, r.requestedAt, r.closedAt, r.illustrative],
      );
    }
    for (const table of ['people', 'cluster_services', 'service_requests']) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT max(id) FROM ${table}), 1))`);
    }
  });
  return { people: people.length, services: services.length, requests: requests.length };
}
