// KPI progress against targets (issue 8, docs/methods-evaluation-kpi.md): share of the planned change
// achieved, the linear trajectory between a baseline and a target, and a red/amber/green status.

/** Whether more (`up`: members, exports) or less (`down`: costs, lead times) of an indicator is better. */
export type KpiDirection = 'up' | 'down';
export type KpiStatus = 'green' | 'amber' | 'red' | 'no-data';

export interface KpiThresholds {
  /** progress at or above this is green */
  green: number;
  /** progress at or above this (and below green) is amber; below it red */
  amber: number;
}

export const DEFAULT_KPI_THRESHOLDS: Readonly<KpiThresholds> = Object.freeze({ green: 0.9, amber: 0.7 });

/**
 * Share of the planned change achieved.
 *
 *   progress = (actual - baseline) / (target - baseline)
 *
 * where baseline is the value the plan starts from, target the planned value and actual the observed value.
 *
 * Conventions:
 *   - the formula is the same for both directions: for a `down` indicator target < baseline, so a fall of the
 *     actual value gives a positive progress (baseline 10, target 6, actual 8 -> 0.5);
 *   - NOT clipped: over-achievement gives progress > 1 (baseline 10, target 20, actual 25 -> 1.5) and a move
 *     away from the target gives progress < 0, so reports can show both; clip for display if needed;
 *   - target == baseline (keep the level): 1 when the actual is at least as good as the target by `direction`
 *     (up: actual >= target, down: actual <= target), else 0; `direction` matters only in this case;
 *   - NaN when actual, target or baseline is NaN (no data).
 *
 * @example kpiProgress(20, 30, 27, 'up') // 0.7
 * @example kpiProgress(50, 40, 44, 'down') // 0.6
 *
 * Reference: the "percentage of target achieved" of results-based monitoring, Kusek, J. Z. & Rist, R. C.
 * (2004) "Ten Steps to a Results-Based Monitoring and Evaluation System", World Bank, chapters 4-5
 * (baselines and targets), doi:10.1596/0-8213-5823-5.
 */
export function kpiProgress(baseline: number, target: number, actual: number, direction: KpiDirection): number {
  if (Number.isNaN(actual) || Number.isNaN(target) || Number.isNaN(baseline)) return NaN;
  if (target === baseline) {
    const good = direction === 'up' ? actual >= target : actual <= target;
    return good ? 1 : 0;
  }
  return (actual - baseline) / (target - baseline);
}

/**
 * The value a linear trajectory from the baseline to the target expects in an intermediate year.
 *
 *   expected(year) = baseline + (target - baseline) * (year - baselineYear) / (targetYear - baselineYear)
 *
 * Conventions: before the baseline year the baseline, after the target year the target (the plan holds the
 * level it reached); targetYear == baselineYear gives the target from that year on. NaN when baseline,
 * target or year is NaN. A linear path is the simplest interim milestone; a plan with its own yearly targets
 * should use those instead (kpiSeries does).
 *
 * @example expectedTarget(100, 2021, 200, 2025, 2023) // 150
 *
 * Reference: interim targets on the way to a final target, Kusek & Rist (2004), chapter 5 (see kpiProgress).
 */
export function expectedTarget(baseline: number, baselineYear: number, target: number, targetYear: number, year: number): number {
  if (Number.isNaN(baseline) || Number.isNaN(target) || Number.isNaN(year)) return NaN;
  if (year >= targetYear) return target;
  if (year <= baselineYear) return baseline;
  return baseline + ((target - baseline) * (year - baselineYear)) / (targetYear - baselineYear);
}

/**
 * Red/amber/green status of a progress value (kpiProgress).
 *
 *   green  if progress >= thresholds.green   (default 0.9)
 *   amber  if progress >= thresholds.amber   (default 0.7)
 *   red    otherwise
 *   no-data when progress is NaN
 *
 * Progress is compared after rounding to 9 decimals, so that a figure that meets a threshold on paper is not
 * pushed below it by floating-point error ((5.6 - 2) / (6 - 2) = 0.8999999999999999 is green).
 *
 * The defaults follow common RAG ("red, amber, green") reporting practice of programme monitoring, where
 * "on track" means about 90% of the milestone or more and a large shortfall is red; they are configurable,
 * and ClusterAtlas does not claim them as an official standard.
 *
 * @throws {RangeError} when thresholds.amber > thresholds.green or either is NaN
 * @example kpiStatus(0.9) // 'green'; kpiStatus(0.89) // 'amber'; kpiStatus(0.69) // 'red'
 *
 * Reference: RAG status reporting, e.g. UK Infrastructure and Projects Authority, "Annual Report on Major
 * Projects" (delivery confidence assessment); Kusek & Rist (2004), chapter 6 (see kpiProgress).
 */
export function kpiStatus(progress: number, thresholds: KpiThresholds = DEFAULT_KPI_THRESHOLDS): KpiStatus {
  if (!(thresholds.amber <= thresholds.green)) throw new RangeError('`kpiStatus` requires thresholds.amber <= thresholds.green');
  if (Number.isNaN(progress)) return 'no-data';
  const rounded = Math.round(progress * 1e9) / 1e9;
  if (rounded >= thresholds.green) return 'green';
  if (rounded >= thresholds.amber) return 'amber';
  return 'red';
}

export interface KpiYear {
  year: number;
  /** the year's own target; NaN when the plan has none for that year */
  target: number;
  /** NaN when missing */
  actual: number;
  /** the linear trajectory towards the final target (years after the baseline year only) */
  expected?: number;
  /** kpiProgress against the year's target, or against `expected` when the year has no target */
  progress: number;
  status: KpiStatus;
}

export interface KpiSeries {
  /** the actual of the first year that has one; NaN when no year has an actual */
  baseline: number;
  /** the year of the baseline; NaN when none */
  baselineYear: number;
  /** the last year with a target and its target; NaN when none after the baseline year */
  finalTarget: number;
  finalTargetYear: number;
  years: KpiYear[];
  /** the last year whose progress could be computed; null when none */
  latest: { year: number; progress: number; status: KpiStatus } | null;
  /** latest?.status, or 'no-data' */
  latestStatus: KpiStatus;
}

/**
 * Progress of one indicator in one scope (a cluster, a programme, a country) year by year.
 *
 *   baseline     = actual of the first year (in year order) that has an actual
 *   final target = target of the last year after the baseline year that has a target
 *   expected_y   = expectedTarget(baseline, baselineYear, finalTarget, finalTargetYear, y), for y > baselineYear
 *   progress_y   = kpiProgress(baseline, target_y if set else expected_y, actual_y, direction)
 *   status_y     = kpiStatus(progress_y, thresholds)
 *
 * Conventions: years must be strictly increasing. The baseline year and the years before it get progress NaN
 * ('no-data'): they are the reference, not a result. Targets are levels for that year (not increments), so
 * progress is cumulative since the baseline. A year without an actual is 'no-data'. The latest status is that
 * of the last year with a computable progress, so a missing latest figure does not erase the last known one.
 *
 * @throws {RangeError} when the three arrays differ in length or the years do not increase
 * @example kpiSeries([2021, 2022, 2023], [NaN, 30, 40], [20, 28, 38], 'up').latestStatus // 'green' (18 / 20 = 0.9)
 *
 * Reference: baseline, targets and interim milestones of results-based monitoring, Kusek & Rist (2004),
 * chapters 4-6 (see kpiProgress).
 */
export function kpiSeries(
  years: ArrayLike<number>,
  targets: ArrayLike<number>,
  actuals: ArrayLike<number>,
  direction: KpiDirection,
  thresholds: KpiThresholds = DEFAULT_KPI_THRESHOLDS,
): KpiSeries {
  const n = years.length;
  if (targets.length !== n || actuals.length !== n) throw new RangeError('`kpiSeries` requires years, targets and actuals of one length');
  for (let i = 1; i < n; i++) {
    if (!((years[i] as number) > (years[i - 1] as number))) throw new RangeError('`kpiSeries` requires strictly increasing years');
  }
  let b = -1;
  for (let i = 0; i < n && b < 0; i++) if (!Number.isNaN(actuals[i] as number)) b = i;
  const baseline = b >= 0 ? (actuals[b] as number) : NaN;
  const baselineYear = b >= 0 ? (years[b] as number) : NaN;
  let t = -1;
  if (b >= 0) for (let i = n - 1; i > b && t < 0; i--) if (!Number.isNaN(targets[i] as number)) t = i;
  const finalTarget = t >= 0 ? (targets[t] as number) : NaN;
  const finalTargetYear = t >= 0 ? (years[t] as number) : NaN;

  const rows: KpiYear[] = [];
  let latest: KpiSeries['latest'] = null;
  for (let i = 0; i < n; i++) {
    const year = years[i] as number;
    const target = targets[i] as number;
    const actual = actuals[i] as number;
    if (b < 0 || i <= b) {
      rows.push({ year, target, actual, progress: NaN, status: 'no-data' });
      continue;
    }
    const row: KpiYear = { year, target, actual, progress: NaN, status: 'no-data' };
    if (t >= 0) row.expected = expectedTarget(baseline, baselineYear, finalTarget, finalTargetYear, year);
    const against = Number.isNaN(target) ? (row.expected ?? NaN) : target;
    row.progress = kpiProgress(baseline, against, actual, direction);
    row.status = kpiStatus(row.progress, thresholds);
    if (!Number.isNaN(row.progress)) latest = { year, progress: row.progress, status: row.status };
    rows.push(row);
  }
  return { baseline, baselineYear, finalTarget, finalTargetYear, years: rows, latest, latestStatus: latest?.status ?? 'no-data' };
}
