// The maturity check of a registered cluster: the evidence for each life-cycle stage and the status it
// supports, to set next to the status the registry records.

export type MaturityStage = 'potential' | 'forming' | 'operating';

export interface MaturityEvidence {
  hasCoordinator: boolean;
  hasAgreement: boolean;
  /** Current members (memberships without an end date). */
  members: number;
  /** Distinct member types: producer, supplier, R&D, education, finance, government, ... */
  memberTypes: number;
  /** Contracts whose supplier and customer are both members. */
  contractsBetweenMembers: number;
  jointProjects: number;
  /** Staff of the cluster's management organisation; null when unknown. */
  managementStaff: number | null;
}

export interface MaturityThresholds {
  formingMembers: number;
  formingMemberTypes: number;
  operatingMembers: number;
  operatingContracts: number;
  operatingProjects: number;
  operatingStaff: number;
}

export const MATURITY_DEFAULTS: MaturityThresholds = {
  formingMembers: 3,
  formingMemberTypes: 2,
  operatingMembers: 5,
  operatingContracts: 1,
  operatingProjects: 1,
  operatingStaff: 1,
};

export type MaturityCriterion =
  | 'coordinator' | 'agreement' | 'members' | 'memberTypes' | 'operatingMembers' | 'contracts' | 'projects' | 'staff';

export interface MaturityCheck {
  criterion: MaturityCriterion;
  /** The stage this criterion is needed for. */
  stage: Exclude<MaturityStage, 'potential'>;
  value: number;
  required: number;
  met: boolean;
}

export interface MaturityResult {
  suggested: MaturityStage;
  checks: MaturityCheck[];
}

/**
 * The stage the evidence supports; each stage needs all criteria of the stages before it.
 *
 *   forming   = coordinator and agreement and members >= formingMembers and memberTypes >= formingMemberTypes
 *   operating = forming and members >= operatingMembers and contracts between members >= operatingContracts
 *               and joint projects >= operatingProjects and management staff >= operatingStaff
 *   potential otherwise
 *
 * The stages follow the Concept of innovation-industrial clusters of the Republic of Belarus (Council of
 * Ministers Resolution No. 27 of 16.01.2014): a cluster is formed by a cooperation agreement of organisations of
 * more than one kind with a coordinating organisation, and operates when its members cooperate (contracts, joint
 * projects) under a staffed management organisation. The numeric thresholds are ClusterAtlas defaults,
 * configurable; unknown management staff counts as 0.
 */
export function suggestMaturity(evidence: MaturityEvidence, thresholds: Partial<MaturityThresholds> = {}): MaturityResult {
  const t = { ...MATURITY_DEFAULTS, ...thresholds };
  const check = (criterion: MaturityCriterion, stage: MaturityCheck['stage'], value: number, required: number): MaturityCheck =>
    ({ criterion, stage, value, required, met: value >= required });
  const checks: MaturityCheck[] = [
    check('coordinator', 'forming', evidence.hasCoordinator ? 1 : 0, 1),
    check('agreement', 'forming', evidence.hasAgreement ? 1 : 0, 1),
    check('members', 'forming', evidence.members, t.formingMembers),
    check('memberTypes', 'forming', evidence.memberTypes, t.formingMemberTypes),
    check('operatingMembers', 'operating', evidence.members, t.operatingMembers),
    check('contracts', 'operating', evidence.contractsBetweenMembers, t.operatingContracts),
    check('projects', 'operating', evidence.jointProjects, t.operatingProjects),
    check('staff', 'operating', evidence.managementStaff ?? 0, t.operatingStaff),
  ];
  const stageMet = (stage: MaturityCheck['stage']) => checks.every((c) => c.stage !== stage || c.met);
  const suggested: MaturityStage = !stageMet('forming') ? 'potential' : stageMet('operating') ? 'operating' : 'forming';
  return { suggested, checks };
}
