// Response types and paths of opportunity calls (/api/calls/...): the call, responses (interest), screening
// and its report, B2B slots and meetings. Shapes follow src/api/routes/calls.ts.
import { queryString } from './client.ts';

export const CALL_KINDS = ['joint_project', 'tender', 'export_mission', 'event', 'staff'] as const;
export type CallKind = (typeof CALL_KINDS)[number];
export const INTERESTS = ['interested', 'declined'] as const;
export type Interest = (typeof INTERESTS)[number];

export interface CallRequirements {
  sectors: string[];
  territories: string[];
  sizeClasses: string[];
  roles: string[];
  certifications: string[];
  minEmployees: number | null;
  minCompetitiveness: number | null;
  minReliability: number | null;
  fitThreshold: number;
  requireInterest: boolean;
  deadline: string | null;
}

export interface Call extends CallRequirements {
  id: number;
  clusterId: number | null;
  kind: CallKind | string;
  titleRu: string;
  titleEn: string | null;
  description: string | null;
  status: string;
  createdAt?: string;
  illustrative?: boolean;
  /** counts of answers, when the list carries them */
  interested?: number;
  declined?: number;
}

/** What the form posts (POST /api/calls) or patches. */
export type CallInput = Omit<Call, 'id' | 'status' | 'createdAt' | 'illustrative' | 'interested' | 'declined'>;

export interface OrganizationRef { id: number; nameRu: string; nameBe?: string | null; nameEn?: string | null }

export interface CallResponse {
  callId: number;
  organizationId: number;
  interest: Interest;
  note: string | null;
  respondedAt: string;
  organization?: OrganizationRef;
  nameRu?: string;
  nameEn?: string | null;
}

export type ScreeningStage = 'rule' | 'interest' | 'fit';
export const HARD_RULES = ['status', 'sector', 'territory', 'size', 'role', 'employees', 'certifications', 'deadline', 'competitiveness', 'reliability'] as const;
export type ScreeningRule = (typeof HARD_RULES)[number] | 'declined' | 'no-answer' | 'low-fit';

/** One organisation considered (src/services/calls/screening.ts): the decision, the stage that decided, the rule. */
export interface ScreeningItem {
  organizationId: number;
  name: string;
  decision: 'accepted' | 'screened_out';
  accepted: boolean;
  stage: ScreeningStage;
  /** the first failed rule, 'declined', 'no-answer', 'low-fit', or null when accepted */
  rule: ScreeningRule | null;
  /** the English reason: every failed rule, or the interest / fit reason */
  reason: string;
  failedRules: { rule: string; reason: string }[];
  interest: Interest | null;
  fit: number;
  sectorFit: number;
  sizeFit: number;
}

export interface ScreeningReport {
  callId: number;
  title: string;
  ranAt: string;
  fitThreshold: number;
  requireInterest: boolean;
  considered: number;
  accepted: number;
  screenedOut: number;
  items: ScreeningItem[];
}

/** A B2B slot; `busy` lists the organisations already meeting in it. */
export interface MeetingSlot { id: number; callId: number; startsAt: string; endsAt: string; busy: number[] }

export interface Meeting {
  id: number;
  slotId: number;
  startsAt: string;
  endsAt: string;
  requestedBy: number;
  requestedByName: string;
  withOrganization: number;
  withOrganizationName: string;
  createdAt: string;
}

/** A call that fits an organisation (GET /api/organizations/:id/calls). */
export interface CallForOrganization extends Call { score?: number | null; fits?: boolean; interest?: Interest | null }

export const callPaths = {
  list: (params: { status?: string; clusterId?: number | string } = {}) => `/api/calls${queryString(params)}`,
  one: (id: number | string) => `/api/calls/${id}`,
  close: (id: number | string) => `/api/calls/${id}/close`,
  responses: (id: number | string) => `/api/calls/${id}/responses`,
  screening: (id: number | string) => `/api/calls/${id}/screening`,
  report: (id: number | string, format: 'csv' | 'xlsx') => `/api/calls/${id}/screening.${format}`,
  slots: (id: number | string) => `/api/calls/${id}/slots`,
  meetings: (id: number | string) => `/api/calls/${id}/meetings`,
  forOrganization: (orgId: number | string) => `/api/organizations/${orgId}/calls`,
};
