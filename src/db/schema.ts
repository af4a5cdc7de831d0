// The registry schema (drizzle-orm). SQL migrations in src/db/migrations are generated from this file
// with `npm run db:generate` and applied at start-up by src/db/migrate.ts.
import { sql } from 'drizzle-orm';
import {
  boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const country = () => text('country').notNull().default('BY');
const illustrative = () => boolean('illustrative').notNull().default(false);

export const territories = pgTable('territories', {
  id: text('id').primaryKey(),
  country: country(),
  level: text('level').notNull(),
  parentId: text('parent_id'),
  isoCode: text('iso_code'),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be'),
  nameEn: text('name_en'),
  areaKm2: doublePrecision('area_km2'),
  geometry: jsonb('geometry'),
  centroidLon: doublePrecision('centroid_lon'),
  centroidLat: doublePrecision('centroid_lat'),
}, (t) => [index('territories_level_idx').on(t.level), index('territories_parent_idx').on(t.parentId)]);

export const sectors = pgTable('sectors', {
  code: text('code').primaryKey(),
  level: text('level').notNull(),
  parentCode: text('parent_code'),
  nameRu: text('name_ru'),
  nameEn: text('name_en').notNull(),
});

export const organizations = pgTable('organizations', {
  id: serial('id').primaryKey(),
  country: country(),
  kind: text('kind').notNull(),
  unp: text('unp'),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be'),
  nameEn: text('name_en'),
  roles: text('roles').array().notNull().default(sql`'{}'`),
  primarySector: text('primary_sector'),
  secondarySectors: text('secondary_sectors').array().notNull().default(sql`'{}'`),
  territoryId: text('territory_id'),
  address: text('address'),
  lat: doublePrecision('lat'),
  lon: doublePrecision('lon'),
  sizeClass: text('size_class'),
  employees: integer('employees'),
  revenue: doublePrecision('revenue'),
  exports: doublePrecision('exports'),
  website: text('website'),
  profile: text('profile'),
  /** year of registration or foundation (reliability: years active) */
  foundedYear: smallint('founded_year'),
  /** registry status: active, liquidating or liquidated */
  status: text('status').notNull().default('active'),
  /** annual growth of revenue as a fraction (0.05 = 5 %), when known (competitiveness) */
  revenueGrowth: doublePrecision('revenue_growth'),
  /** certifications held, e.g. ISO 9001 (calls may require them) */
  certifications: text('certifications').array().notNull().default(sql`'{}'`),
  /** excellence labels and awards (reliability) */
  labels: text('labels').array().notNull().default(sql`'{}'`),
  source: text('source'),
  illustrative: illustrative(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('organizations_unp_idx').on(t.unp),
  index('organizations_territory_idx').on(t.territoryId),
  index('organizations_sector_idx').on(t.primarySector),
  index('organizations_name_idx').on(t.nameRu),
]);

export const clusters = pgTable('clusters', {
  id: serial('id').primaryKey(),
  country: country(),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be'),
  nameEn: text('name_en'),
  status: text('status').notNull(),
  specialisation: text('specialisation').array().notNull().default(sql`'{}'`),
  territories: text('territories').array().notNull().default(sql`'{}'`),
  coordinatorId: integer('coordinator_id').references(() => organizations.id, { onDelete: 'set null' }),
  foundedYear: smallint('founded_year'),
  agreementDate: date('agreement_date'),
  agreementRef: text('agreement_ref'),
  managementStaff: smallint('management_staff'),
  description: text('description'),
  website: text('website'),
  /** cluster management excellence labels (e.g. ECEI bronze/silver/gold) */
  labels: text('labels').array().notNull().default(sql`'{}'`),
  source: text('source'),
  illustrative: illustrative(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('clusters_status_idx').on(t.status)]);

export const clusterStatusHistory = pgTable('cluster_status_history', {
  id: serial('id').primaryKey(),
  clusterId: integer('cluster_id').notNull().references(() => clusters.id, { onDelete: 'cascade' }),
  status: text('status').notNull(),
  validFrom: date('valid_from'),
  note: text('note'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('cluster_status_history_cluster_idx').on(t.clusterId)]);

export const memberships = pgTable('memberships', {
  id: serial('id').primaryKey(),
  organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  clusterId: integer('cluster_id').notNull().references(() => clusters.id, { onDelete: 'cascade' }),
  role: text('role').notNull().default('member'),
  joined: date('joined'),
  left: date('left'),
  illustrative: illustrative(),
}, (t) => [
  index('memberships_cluster_idx').on(t.clusterId),
  index('memberships_org_idx').on(t.organizationId),
]);

export const contracts = pgTable('contracts', {
  id: serial('id').primaryKey(),
  supplierId: integer('supplier_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  customerId: integer('customer_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  clusterId: integer('cluster_id').references(() => clusters.id, { onDelete: 'set null' }),
  title: text('title'),
  signed: date('signed'),
  startDate: date('start_date'),
  endDate: date('end_date'),
  value: doublePrecision('value'),
  status: text('status').notNull().default('active'),
  illustrative: illustrative(),
}, (t) => [
  index('contracts_supplier_idx').on(t.supplierId),
  index('contracts_customer_idx').on(t.customerId),
  index('contracts_cluster_idx').on(t.clusterId),
]);

export const projects = pgTable('projects', {
  id: serial('id').primaryKey(),
  clusterId: integer('cluster_id').references(() => clusters.id, { onDelete: 'cascade' }),
  titleRu: text('title_ru').notNull(),
  titleEn: text('title_en'),
  description: text('description'),
  startDate: date('start_date'),
  endDate: date('end_date'),
  budget: doublePrecision('budget'),
  status: text('status').notNull().default('active'),
  participants: integer('participants').array().notNull().default(sql`'{}'`),
  illustrative: illustrative(),
}, (t) => [index('projects_cluster_idx').on(t.clusterId)]);

export const officialFigures = pgTable('official_figures', {
  country: text('country').notNull(),
  asOf: date('as_of').notNull(),
  total: integer('total').notNull(),
  operating: integer('operating'),
  forming: integer('forming'),
  potential: integer('potential'),
  sourceUrl: text('source_url'),
  sourceNote: text('source_note'),
}, (t) => [primaryKey({ columns: [t.country, t.asOf] })]);

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: text('email').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull(),
  organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
  clusterIds: integer('cluster_ids').array().notNull().default(sql`'{}'`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('users_email_idx').on(t.email)]);

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const auditLog = pgTable('audit_log', {
  id: serial('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  userId: integer('user_id'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  detail: jsonb('detail'),
});

/** A set of region x category statistics (one source, one classification), labelled partial or illustrative. */
export const statisticsDatasets = pgTable('statistics_datasets', {
  id: text('id').primaryKey(),
  country: country(),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be'),
  nameEn: text('name_en'),
  /** 'nace' when categories are NACE / ОКЭД codes, else the id of a category scheme. */
  classification: text('classification').notNull().default('nace'),
  source: text('source'),
  note: text('note'),
  illustrative: illustrative(),
  partial: boolean('partial').notNull().default(false),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

export const regionalStatistics = pgTable('regional_statistics', {
  datasetId: text('dataset_id').notNull().references(() => statisticsDatasets.id, { onDelete: 'cascade' }),
  territoryId: text('territory_id').notNull(),
  category: text('category').notNull(),
  year: smallint('year').notNull(),
  employment: doublePrecision('employment').notNull(),
  establishments: doublePrecision('establishments'),
  wages: doublePrecision('wages'),
  traded: boolean('traded'),
}, (t) => [primaryKey({ columns: [t.datasetId, t.year, t.territoryId, t.category] })]);

/** Cluster category definitions: the built-in NACE benchmark from the U.S. definitions, or a user's own. */
export const categorySchemes = pgTable('category_schemes', {
  id: text('id').primaryKey(),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be'),
  nameEn: text('name_en'),
  source: text('source'),
  builtIn: boolean('built_in').notNull().default(false),
});

export const clusterCategories = pgTable('cluster_categories', {
  schemeId: text('scheme_id').notNull().references(() => categorySchemes.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  nameRu: text('name_ru'),
  nameBe: text('name_be'),
  nameEn: text('name_en'),
  traded: boolean('traded'),
}, (t) => [primaryKey({ columns: [t.schemeId, t.code] })]);

export const clusterCategorySectors = pgTable('cluster_category_sectors', {
  schemeId: text('scheme_id').notNull().references(() => categorySchemes.id, { onDelete: 'cascade' }),
  category: text('category').notNull(),
  nace: text('nace').notNull(),
  weight: doublePrecision('weight').notNull().default(1),
}, (t) => [primaryKey({ columns: [t.schemeId, t.category, t.nace] })]);

/** A location x product table of export values (countries or regions; HS, SITC or NACE products) for economic complexity. */
export const tradeDatasets = pgTable('trade_datasets', {
  id: text('id').primaryKey(),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be'),
  nameEn: text('name_en'),
  /** the product classification, e.g. 'hs4'; product names are looked up in trade_products by it */
  classification: text('classification').notNull().default('hs4'),
  year: smallint('year'),
  source: text('source'),
  note: text('note'),
  illustrative: illustrative(),
  partial: boolean('partial').notNull().default(false),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

export const tradeValues = pgTable('trade_values', {
  datasetId: text('dataset_id').notNull().references(() => tradeDatasets.id, { onDelete: 'cascade' }),
  location: text('location').notNull(),
  product: text('product').notNull(),
  value: doublePrecision('value').notNull(),
}, (t) => [primaryKey({ columns: [t.datasetId, t.location, t.product] })]);

/** World export totals of a dataset's products in an earlier year than the dataset's: the base of market growth. */
export const tradeWorldTotals = pgTable('trade_world_totals', {
  datasetId: text('dataset_id').notNull().references(() => tradeDatasets.id, { onDelete: 'cascade' }),
  year: smallint('year').notNull(),
  product: text('product').notNull(),
  value: doublePrecision('value').notNull(),
}, (t) => [primaryKey({ columns: [t.datasetId, t.year, t.product] })]);

/** Product names of a classification (HS4 codes with their English names, Russian where known). */
export const tradeProducts = pgTable('trade_products', {
  classification: text('classification').notNull(),
  code: text('code').notNull(),
  nameEn: text('name_en').notNull(),
  nameRu: text('name_ru'),
}, (t) => [primaryKey({ columns: [t.classification, t.code] })]);

/** A bilateral trade table (exporter x importer x product [x year]) for the export advisor's target markets. */
export const bilateralDatasets = pgTable('bilateral_datasets', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  source: text('source'),
  illustrative: illustrative(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One flow: `value` exported by `exporter` to `importer` of `product` in `year` (null when the file has no year). */
export const tradeBilateralValues = pgTable('trade_bilateral_values', {
  datasetId: text('dataset_id').notNull().references(() => bilateralDatasets.id, { onDelete: 'cascade' }),
  year: smallint('year'),
  exporter: text('exporter').notNull(),
  importer: text('importer').notNull(),
  product: text('product').notNull(),
  value: doublePrecision('value').notNull(),
}, (t) => [index('trade_bilateral_values_product_idx').on(t.datasetId, t.product)]);

// --- Partner search, opportunity calls, talent and cooperation services (issue 6) ---

/** An input-output table (sector x sector flows) that adds to the value-chain links learned from contracts. */
export const ioTables = pgTable('io_tables', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  source: text('source'),
  year: smallint('year'),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One flow of an input-output table: what sector `fromSector` supplies to sector `toSector` (any unit). */
export const ioFlows = pgTable('io_flows', {
  tableId: text('table_id').notNull().references(() => ioTables.id, { onDelete: 'cascade' }),
  fromSector: text('from_sector').notNull(),
  toSector: text('to_sector').notNull(),
  value: doublePrecision('value').notNull(),
}, (t) => [primaryKey({ columns: [t.tableId, t.fromSector, t.toSector] })]);

/** An opportunity call posted by a cluster manager: joint project, tender, export mission, event or staff call. */
export const calls = pgTable('calls', {
  id: serial('id').primaryKey(),
  clusterId: integer('cluster_id').references(() => clusters.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  titleRu: text('title_ru').notNull(),
  titleEn: text('title_en'),
  description: text('description'),
  /** requirements (empty = any) */
  sectors: text('sectors').array().notNull().default(sql`'{}'`),
  territories: text('territories').array().notNull().default(sql`'{}'`),
  sizeClasses: text('size_classes').array().notNull().default(sql`'{}'`),
  roles: text('roles').array().notNull().default(sql`'{}'`),
  certifications: text('certifications').array().notNull().default(sql`'{}'`),
  minEmployees: integer('min_employees'),
  /** minimum competitiveness / reliability scores in [0, 1] */
  minCompetitiveness: doublePrecision('min_competitiveness'),
  minReliability: doublePrecision('min_reliability'),
  /** organisations with a fit score below this are screened out */
  fitThreshold: doublePrecision('fit_threshold').notNull().default(0.3),
  /** organisations that did not answer count as not interested unless this is false */
  requireInterest: boolean('require_interest').notNull().default(true),
  deadline: date('deadline'),
  status: text('status').notNull().default('open'),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  illustrative: illustrative(),
}, (t) => [index('calls_cluster_idx').on(t.clusterId)]);

/** An organisation's answer to a call: interested or declined. */
export const callResponses = pgTable('call_responses', {
  callId: integer('call_id').notNull().references(() => calls.id, { onDelete: 'cascade' }),
  organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  interest: text('interest').notNull(),
  note: text('note'),
  respondedAt: timestamp('responded_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.callId, t.organizationId] })]);

/** The last screening report of a call, as shown and downloaded (re-running replaces it). */
export const callScreenings = pgTable('call_screenings', {
  callId: integer('call_id').primaryKey().references(() => calls.id, { onDelete: 'cascade' }),
  ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
  report: jsonb('report').notNull(),
});

/** A B2B matchmaking time slot of a call. */
export const meetingSlots = pgTable('meeting_slots', {
  id: serial('id').primaryKey(),
  callId: integer('call_id').notNull().references(() => calls.id, { onDelete: 'cascade' }),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
}, (t) => [index('meeting_slots_call_idx').on(t.callId)]);

/** A B2B meeting between two organisations in a slot. */
export const meetings = pgTable('meetings', {
  id: serial('id').primaryKey(),
  slotId: integer('slot_id').notNull().references(() => meetingSlots.id, { onDelete: 'cascade' }),
  requestedBy: integer('requested_by').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  withOrganization: integer('with_organization').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who is in which slot: the primary key makes double booking impossible. */
export const meetingParticipants = pgTable('meeting_participants', {
  slotId: integer('slot_id').notNull().references(() => meetingSlots.id, { onDelete: 'cascade' }),
  organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.slotId, t.organizationId] })]);

/** A person's profile (researcher, engineer, expert, manager), kept only with the person's consent. */
export const people = pgTable('people', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  email: text('email'),
  organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
  territoryId: text('territory_id'),
  competences: text('competences').array().notNull().default(sql`'{}'`),
  sectors: text('sectors').array().notNull().default(sql`'{}'`),
  profile: text('profile'),
  consent: boolean('consent').notNull().default(false),
  consentDate: date('consent_date'),
  illustrative: illustrative(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A cluster organisation's cooperation service (matchmaking, training, internationalisation, R&D projects, finance). */
export const clusterServices = pgTable('cluster_services', {
  id: serial('id').primaryKey(),
  clusterId: integer('cluster_id').notNull().references(() => clusters.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  titleRu: text('title_ru').notNull(),
  titleEn: text('title_en'),
  description: text('description'),
  active: boolean('active').notNull().default(true),
  illustrative: illustrative(),
}, (t) => [index('cluster_services_cluster_idx').on(t.clusterId)]);

/** A member's request of a cluster service, tracked to its end (it feeds the cluster's KPIs). */
export const serviceRequests = pgTable('service_requests', {
  id: serial('id').primaryKey(),
  serviceId: integer('service_id').notNull().references(() => clusterServices.id, { onDelete: 'cascade' }),
  organizationId: integer('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  status: text('status').notNull().default('requested'),
  note: text('note'),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  illustrative: illustrative(),
}, (t) => [index('service_requests_service_idx').on(t.serviceId)]);

/** Patent datasets for the cross-sector links (issue 7): one row per patent with its IPC codes. */
export const patentDatasets = pgTable('patent_datasets', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  source: text('source'),
  illustrative: illustrative(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

export const patents = pgTable('patents', {
  datasetId: text('dataset_id').notNull().references(() => patentDatasets.id, { onDelete: 'cascade' }),
  patentId: text('patent_id').notNull(),
  year: smallint('year').notNull(),
  territory: text('territory'),
  ipc: text('ipc').array().notNull(),
}, (t) => [primaryKey({ columns: [t.datasetId, t.patentId] })]);

/** Deal datasets (mergers, acquisitions, joint ventures) for the cross-sector links: acquirer and target sectors. */
export const dealDatasets = pgTable('deal_datasets', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  source: text('source'),
  illustrative: illustrative(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

export const deals = pgTable('deals', {
  datasetId: text('dataset_id').notNull().references(() => dealDatasets.id, { onDelete: 'cascade' }),
  dealId: text('deal_id').notNull(),
  year: smallint('year').notNull(),
  /** NACE divisions, two digits */
  acquirerSector: text('acquirer_sector').notNull(),
  targetSector: text('target_sector').notNull(),
  value: doublePrecision('value'),
  country: text('country'),
}, (t) => [primaryKey({ columns: [t.datasetId, t.dealId] })]);

// ---- Policy evaluation (issue 8) ----

/** KPI definitions: what is measured, in which unit, which way is better, at which level. */
export const kpiIndicators = pgTable('kpi_indicators', {
  code: text('code').primaryKey(),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be').notNull(),
  nameEn: text('name_en').notNull(),
  unit: text('unit').notNull(),
  /** 'up' (higher is better) or 'down' */
  direction: text('direction').notNull(),
  /** 'cluster', 'programme' or 'country' */
  level: text('level').notNull(),
  /** e.g. 'size', 'economy', 'cooperation', 'internationalisation', 'programme' */
  grp: text('grp').notNull(),
  /** how actual values are obtained: 'registry' (derived from the registry) or 'reported' */
  method: text('method').notNull().default('reported'),
});

/** Targets and actual values of an indicator for one scope (a cluster, a programme, the country) and year. */
export const kpiValues = pgTable('kpi_values', {
  id: serial('id').primaryKey(),
  indicatorCode: text('indicator_code').notNull().references(() => kpiIndicators.code, { onDelete: 'cascade' }),
  scope: text('scope').notNull(),
  scopeId: text('scope_id').notNull(),
  year: smallint('year').notNull(),
  target: doublePrecision('target'),
  actual: doublePrecision('actual'),
  source: text('source'),
  illustrative: illustrative(),
}, (t) => [uniqueIndex('kpi_values_key_idx').on(t.indicatorCode, t.scope, t.scopeId, t.year)]);

/** A state programme for clusters (e.g. the 2021-2025 programme of socio-economic development). */
export const programmes = pgTable('programmes', {
  id: text('id').primaryKey(),
  country: country(),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be').notNull(),
  nameEn: text('name_en').notNull(),
  startYear: smallint('start_year').notNull(),
  endYear: smallint('end_year').notNull(),
  source: text('source'),
  illustrative: illustrative(),
});

/** One measure of a programme: what is planned, where, by when, with what budget, and what was achieved. */
export const programmeMeasures = pgTable('programme_measures', {
  id: serial('id').primaryKey(),
  programmeId: text('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be').notNull(),
  nameEn: text('name_en').notNull(),
  territoryId: text('territory_id'),
  year: smallint('year').notNull(),
  /** the indicator the plan is counted in, e.g. clusters_created */
  indicatorCode: text('indicator_code'),
  planned: doublePrecision('planned'),
  /** null: derived from the registry where the indicator allows it */
  achieved: doublePrecision('achieved'),
  budgetPlanned: doublePrecision('budget_planned'),
  budgetSpent: doublePrecision('budget_spent'),
  source: text('source'),
  illustrative: illustrative(),
}, (t) => [uniqueIndex('programme_measures_code_idx').on(t.programmeId, t.code)]);

/** A cluster management excellence self-assessment: answers per question (0-4), kept to compare over time. */
export const excellenceAssessments = pgTable('excellence_assessments', {
  id: serial('id').primaryKey(),
  clusterId: integer('cluster_id').notNull().references(() => clusters.id, { onDelete: 'cascade' }),
  assessedOn: date('assessed_on').notNull(),
  assessor: text('assessor'),
  answers: jsonb('answers').notNull(),
  illustrative: illustrative(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('excellence_assessments_cluster_idx').on(t.clusterId)]);

/** The library of good practices of cluster management, tagged by excellence area and sector. */
export const goodPractices = pgTable('good_practices', {
  id: serial('id').primaryKey(),
  area: text('area').notNull(),
  sectors: text('sectors').array().notNull().default(sql`'{}'`),
  country: text('country'),
  titleRu: text('title_ru').notNull(),
  titleBe: text('title_be').notNull(),
  titleEn: text('title_en').notNull(),
  summaryRu: text('summary_ru').notNull(),
  summaryBe: text('summary_be').notNull(),
  summaryEn: text('summary_en').notNull(),
  source: text('source'),
  illustrative: illustrative(),
}, (t) => [index('good_practices_area_idx').on(t.area)]);

/** Candidate common goals of a cluster, compared pairwise by its members (AHP). */
export const clusterGoals = pgTable('cluster_goals', {
  id: serial('id').primaryKey(),
  clusterId: integer('cluster_id').notNull().references(() => clusters.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be'),
  nameEn: text('name_en'),
}, (t) => [uniqueIndex('cluster_goals_code_idx').on(t.clusterId, t.code)]);

/** One member's judgement: how strongly goal_a is preferred to goal_b on Saaty's 1-9 scale (1/9..9). */
export const goalJudgements = pgTable('goal_judgements', {
  clusterId: integer('cluster_id').notNull().references(() => clusters.id, { onDelete: 'cascade' }),
  memberId: integer('member_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  goalA: text('goal_a').notNull(),
  goalB: text('goal_b').notNull(),
  value: doublePrecision('value').notNull(),
  illustrative: illustrative(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.clusterId, t.memberId, t.goalA, t.goalB] })]);

/** A cluster's internationalisation strategy: target markets, roadmap steps, partners. */
export const internationalisationStrategies = pgTable('internationalisation_strategies', {
  clusterId: integer('cluster_id').primaryKey().references(() => clusters.id, { onDelete: 'cascade' }),
  targetMarkets: text('target_markets').array().notNull().default(sql`'{}'`),
  /** [{year, action, status}] */
  roadmap: jsonb('roadmap').notNull().default(sql`'[]'::jsonb`),
  /** [{name, country, kind}] */
  partners: jsonb('partners').notNull().default(sql`'[]'::jsonb`),
  illustrative: illustrative(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Support measures for SMEs with their eligibility rules (size class, sector, territory, membership). */
export const supportMeasures = pgTable('support_measures', {
  id: serial('id').primaryKey(),
  code: text('code').notNull(),
  nameRu: text('name_ru').notNull(),
  nameBe: text('name_be').notNull(),
  nameEn: text('name_en').notNull(),
  rules: jsonb('rules').notNull(),
  source: text('source'),
  illustrative: illustrative(),
}, (t) => [uniqueIndex('support_measures_code_idx').on(t.code)]);

/** Requests of clusters for support funding: the costs of the budget-constrained selection. */
export const supportApplications = pgTable('support_applications', {
  id: serial('id').primaryKey(),
  clusterId: integer('cluster_id').notNull().references(() => clusters.id, { onDelete: 'cascade' }),
  year: smallint('year').notNull(),
  amount: doublePrecision('amount').notNull(),
  purpose: text('purpose'),
  illustrative: illustrative(),
}, (t) => [uniqueIndex('support_applications_key_idx').on(t.clusterId, t.year)]);

/** Firm x year panels for the impact evaluation of membership. */
export const firmPanels = pgTable('firm_panels', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  source: text('source'),
  illustrative: illustrative(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

export const firmPanelRows = pgTable('firm_panel_rows', {
  panelId: text('panel_id').notNull().references(() => firmPanels.id, { onDelete: 'cascade' }),
  firm: text('firm').notNull(),
  year: smallint('year').notNull(),
  /** the year the firm joined a cluster; null: never a member */
  memberSince: smallint('member_since'),
  employment: doublePrecision('employment').notNull(),
  revenue: doublePrecision('revenue').notNull(),
  exports: doublePrecision('exports').notNull(),
  productivity: doublePrecision('productivity'),
}, (t) => [primaryKey({ columns: [t.panelId, t.firm, t.year] })]);
