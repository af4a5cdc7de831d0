// Execution of a programme of measures (issue 8, docs/methods-evaluation-kpi.md): how much of the plan was
// delivered, in total and by group (a region, a ministry), how much of the budget was spent, and which measures lag.

export interface ProgrammeMeasure {
  /** planned output of the measure (clusters created, events held...), >= 0 */
  planned: number;
  /** achieved output, >= 0; NaN when not reported (counted as 0 and reported in `unknown`) */
  achieved: number;
  /** planned budget; 0 or NaN when the measure has no budget */
  budgetPlanned: number;
  /** budget spent; NaN counts as 0 (reported in `unknownBudget`) */
  budgetSpent: number;
  /** the group the measure is reported under, e.g. a region id */
  group: string;
}

export interface GroupExecution {
  group: string;
  planned: number;
  /** sum of achieved (missing as 0), not capped */
  achieved: number;
  /** sum of min(achieved, planned) */
  counted: number;
  /** counted / planned (capped per measure, see programmeExecution); NaN when planned is 0 */
  rate: number;
}

export interface LaggingMeasure {
  /** index of the measure in the input */
  index: number;
  group: string;
  planned: number;
  /** achieved, 0 where not reported */
  achieved: number;
  /** min(achieved, planned) / planned */
  rate: number;
  /** 1 - rate: the share of the plan not delivered (unit-free, so measures in different units compare) */
  gap: number;
  /** planned - achieved, in the measure's own units */
  shortfall: number;
  /** whether achieved was not reported */
  unknown: boolean;
}

export interface ProgrammeExecution {
  /** sum_i min(achieved_i, planned_i) / sum_i planned_i; NaN when nothing is planned */
  executionRate: number;
  /** sum_i achieved_i / sum_i planned_i (over-delivery counts); NaN when nothing is planned */
  rawRate: number;
  /** sum spent / sum planned budget over measures with a budget; NaN when none has one */
  budgetExecution: number;
  /** measures with a planned budget (> 0) */
  budgeted: number;
  byGroup: GroupExecution[];
  /** measures with planned > 0 and rate < lagThreshold, by gap descending */
  lagging: LaggingMeasure[];
  /** measures whose achieved value is NaN (counted as 0) */
  unknown: number;
  /** budgeted measures whose spent value is NaN (counted as 0) */
  unknownBudget: number;
}

/**
 * Execution rate of a programme of measures.
 *
 *   executionRate   = sum_i min(a_i, p_i) / sum_i p_i
 *   rawRate         = sum_i a_i / sum_i p_i
 *   budgetExecution = sum_{i: B_i > 0} S_i / sum_{i: B_i > 0} B_i
 *   rate_i          = min(a_i, p_i) / p_i,    lagging when p_i > 0 and rate_i < lagThreshold (default 0.9)
 *
 * where p_i is the planned and a_i the achieved output of measure i, B_i its planned budget and S_i the budget
 * spent.
 *
 * Conventions:
 *   - capping: over-delivery in one measure does not hide a lag in another (Minsk creating 4 clusters instead of
 *     3 does not make up for a region that created none); rawRate shows the uncapped total;
 *   - a missing achieved value (NaN) counts as 0 achieved (nothing reported, nothing counted) and is reported in
 *     `unknown` and on the lagging entry;
 *   - budget execution is not capped (overspending shows as > 1); a measure without a planned budget (0 or NaN)
 *     is left out of it, and NaN spent counts as 0 (`unknownBudget`);
 *   - groups in the order of their first measure; their rate is capped per measure like the total;
 *   - lagging measures sorted by gap = 1 - rate descending, then shortfall descending, then input order.
 *
 * @throws {RangeError} when a planned value is negative or NaN, an achieved value is negative, or a budget
 *   figure is negative
 * @example two measures planned 3 and 2, achieved 4 and 1: executionRate (3 + 1) / 5 = 0.8, rawRate 5 / 5 = 1
 *
 * Reference: output targets and financial implementation in public programme monitoring, e.g. European
 * Commission, DG Regional and Urban Policy (2014) "Guidance Document on Monitoring and Evaluation: European
 * Regional Development Fund and Cohesion Fund, Concepts and Recommendations", programming period 2014-2020.
 */
export function programmeExecution(measures: readonly ProgrammeMeasure[], lagThreshold = 0.9): ProgrammeExecution {
  let planned = 0;
  let counted = 0;
  let achievedTotal = 0;
  let budgetPlanned = 0;
  let budgetSpent = 0;
  let budgeted = 0;
  let unknown = 0;
  let unknownBudget = 0;
  const groups = new Map<string, GroupExecution>();
  const lagging: LaggingMeasure[] = [];
  measures.forEach((m, index) => {
    if (!(m.planned >= 0)) throw new RangeError(`\`programmeExecution\`: measure ${index} has planned ${m.planned}; expected a number >= 0`);
    if (m.achieved < 0) throw new RangeError(`\`programmeExecution\`: measure ${index} has achieved ${m.achieved}; expected >= 0 or NaN`);
    if (m.budgetPlanned < 0 || m.budgetSpent < 0) throw new RangeError(`\`programmeExecution\`: measure ${index} has a negative budget figure`);
    const missing = Number.isNaN(m.achieved);
    if (missing) unknown++;
    const achieved = missing ? 0 : m.achieved;
    const capped = Math.min(achieved, m.planned);
    planned += m.planned;
    counted += capped;
    achievedTotal += achieved;
    if (m.budgetPlanned > 0) {
      budgeted++;
      budgetPlanned += m.budgetPlanned;
      if (Number.isNaN(m.budgetSpent)) unknownBudget++;
      else budgetSpent += m.budgetSpent;
    }
    let g = groups.get(m.group);
    if (!g) {
      g = { group: m.group, planned: 0, achieved: 0, counted: 0, rate: NaN };
      groups.set(m.group, g);
    }
    g.planned += m.planned;
    g.achieved += achieved;
    g.counted += capped;
    if (m.planned > 0) {
      const rate = capped / m.planned;
      if (rate < lagThreshold) {
        lagging.push({ index, group: m.group, planned: m.planned, achieved, rate, gap: 1 - rate, shortfall: m.planned - achieved, unknown: missing });
      }
    }
  });
  for (const g of groups.values()) g.rate = g.planned > 0 ? g.counted / g.planned : NaN;
  lagging.sort((x, y) => y.gap - x.gap || y.shortfall - x.shortfall || x.index - y.index);
  return {
    executionRate: planned > 0 ? counted / planned : NaN,
    rawRate: planned > 0 ? achievedTotal / planned : NaN,
    budgetExecution: budgeted > 0 ? budgetSpent / budgetPlanned : NaN,
    budgeted,
    byGroup: [...groups.values()],
    lagging,
    unknown,
    unknownBudget,
  };
}
