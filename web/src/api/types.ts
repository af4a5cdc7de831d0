// Shapes of the API's answers that the web app reads.
export type ClusterStatus = 'operating' | 'forming' | 'potential';
export const CLUSTER_STATUSES: ClusterStatus[] = ['operating', 'forming', 'potential'];

export interface Paged<T> { items: T[]; total: number }

export interface Cluster {
  id: number;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  status: ClusterStatus;
  specialisation: string[];
  territories: string[];
  coordinatorId: number | null;
  foundedYear: number | null;
  agreementDate: string | null;
  agreementRef: string | null;
  managementStaff: number | null;
  description: string | null;
  /** cluster management excellence labels */
  labels?: string[];
  website: string | null;
  source: string | null;
  illustrative: boolean;
  memberCount?: number;
}

export interface Organization {
  id: number;
  kind: 'legal' | 'individual';
  unp: string | null;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  roles: string[];
  primarySector: string | null;
  secondarySectors: string[];
  territoryId: string | null;
  address: string | null;
  sizeClass: 'micro' | 'small' | 'medium' | 'large' | null;
  employees?: number | null;
  revenue?: number | null;
  exports?: number | null;
  /** year-on-year revenue growth as a fraction; confidential like the revenue */
  revenueGrowth?: number | null;
  foundedYear?: number | null;
  status?: 'active' | 'liquidating' | 'liquidated';
  certifications?: string[];
  labels?: string[];
  website: string | null;
  profile: string | null;
  source: string | null;
  illustrative: boolean;
}

export interface Membership {
  id: number;
  organizationId: number;
  clusterId: number;
  role: 'member' | 'coordinator' | 'anchor' | 'associate';
  joined: string | null;
  left: string | null;
  illustrative: boolean;
}

export interface Contract {
  id: number;
  supplierId: number;
  customerId: number;
  kind: 'supply' | 'rnd' | 'service' | 'joint_project';
  clusterId: number | null;
  title: string | null;
  signed: string | null;
  startDate: string | null;
  endDate: string | null;
  value?: number | null;
  status: string;
  illustrative: boolean;
}

export interface Project {
  id: number;
  clusterId: number | null;
  titleRu: string;
  titleEn: string | null;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  budget: number | null;
  status: string;
  participants: number[];
  illustrative: boolean;
}

export interface ClusterProfile extends Cluster {
  members: (Membership & { organization: Organization })[];
  statusHistory: { id: number; status: ClusterStatus; validFrom: string | null; note: string | null }[];
  projects: Project[];
}

export interface TerritoryProperties {
  id: string;
  level: 'oblast' | 'raion';
  parentId: string | null;
  isoCode: string | null;
  nameRu: string;
  nameBe: string | null;
  nameEn: string | null;
  areaKm2: number | null;
  centroid: [number, number] | null;
  clusters: { operating: number; forming: number; potential: number; total: number };
}

export interface TerritoryCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: string; geometry: GeoJSON.Geometry; properties: TerritoryProperties }[];
}

export interface OfficialFigure {
  country: string;
  asOf: string;
  total: number;
  operating: number | null;
  forming: number | null;
  potential: number | null;
  sourceUrl: string | null;
  sourceNote: string | null;
}

export interface SessionUser { userId: number; email: string; role: 'admin' | 'analyst' | 'cluster_manager' | 'member'; clusterIds: number[]; organizationId: number | null }
