// KPI actuals the registry can count (indicators with method 'registry' in data/evaluation/kpi_indicators.csv).
// Flows (contracts signed, projects started, B2B meetings held, clusters founded) are counted per calendar year;
// membership is counted at each year's end from the joined/left dates; snapshot figures that the registry keeps
// only as of now (employment, exports, the SME share, operating clusters) are given for the current year only.
import type { Queryable } from '../../db/database.ts';

/** indicator code -> year -> value */
export type RegistryKpis = Map<string, Map<number, number>>;

const SME = ['micro', 'small', 'medium'];

const CLUSTER_YEARLY: Record<string, string> = {
  members: `SELECT y.year, count(m.id)::float8 AS value FROM unnest($2::int[]) AS y(year)
    LEFT JOIN memberships m ON m.cluster_id = $1 AND (m.joined IS NULL OR m.joined <= make_date(y.year, 12, 31))
      AND (m.left IS NULL OR m.left > make_date(y.year, 12, 31))
    GROUP BY y.year`,
  joint_projects: `SELECT y.year, count(p.id)::float8 AS value FROM unnest($2::int[]) AS y(year)
    LEFT JOIN projects p ON p.cluster_id = $1 AND extract(year FROM p.start_date) = y.year GROUP BY y.year`,
  contracts: `SELECT y.year, count(c.id)::float8 AS value FROM unnest($2::int[]) AS y(year)
    LEFT JOIN contracts c ON c.cluster_id = $1 AND extract(year FROM c.signed) = y.year GROUP BY y.year`,
  b2b_meetings: `SELECT y.year, count(mt.id)::float8 AS value FROM unnest($2::int[]) AS y(year)
    LEFT JOIN calls ca ON ca.cluster_id = $1
    LEFT JOIN meeting_slots s ON s.call_id = ca.id AND extract(year FROM s.starts_at) = y.year
    LEFT JOIN meetings mt ON mt.slot_id = s.id
    GROUP BY y.year`,
};

const CLUSTER_NOW = `SELECT
    sum(o.employees)::float8 AS employment,
    sum(o.exports)::float8 AS exports,
    100 * count(*) FILTER (WHERE o.size_class = ANY($2::text[]))::float8 / nullif(count(o.size_class), 0) AS sme_share
  FROM memberships m JOIN organizations o ON o.id = m.organization_id
  WHERE m.cluster_id = $1 AND (m.left IS NULL OR m.left > now())`;

export function currentYear(): number {
  return new Date().getUTCFullYear();
}

export async function clusterRegistryKpis(db: Queryable, clusterId: number, years: readonly number[]): Promise<RegistryKpis> {
  const result: RegistryKpis = new Map();
  for (const [code, sql] of Object.entries(CLUSTER_YEARLY)) {
    const { rows } = await db.query<{ year: number; value: number }>(sql, [clusterId, years]);
    result.set(code, new Map(rows.map((r) => [Number(r.year), Number(r.value)])));
  }
  const { rows: [now] } = await db.query<{ employment: number | null; exports: number | null; sme_share: number | null }>(CLUSTER_NOW, [clusterId, SME]);
  const year = currentYear();
  for (const code of ['employment', 'exports', 'sme_share'] as const) {
    const value = now?.[code];
    if (value !== null && value !== undefined) result.set(code, new Map([[year, Number(value)]]));
  }
  return result;
}

/** Clusters founded in each year (operating or forming), optionally within a territory and its descendants. */
export async function clustersFounded(db: Queryable, years: readonly number[], territory?: string): Promise<{ id: number; name: string; foundedYear: number; territories: string[] }[]> {
  const { rows } = await db.query<{ id: number; name: string; founded_year: number; territories: string[] }>(
    `SELECT c.id, c.name_ru AS name, c.founded_year, c.territories FROM clusters c
     WHERE c.status IN ('operating', 'forming') AND c.founded_year = ANY($1::int[])
       AND ($2::text IS NULL OR EXISTS (
         SELECT 1 FROM unnest(c.territories) AS t(id)
         WHERE t.id = $2 OR t.id IN (SELECT id FROM territories WHERE parent_id = $2)))
     ORDER BY c.founded_year, c.id`,
    [years, territory ?? null],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, foundedYear: r.founded_year, territories: r.territories }));
}

export async function countryRegistryKpis(db: Queryable, country: string, years: readonly number[]): Promise<RegistryKpis> {
  const founded = await clustersFounded(db, years);
  const created = new Map(years.map((y) => [y, founded.filter((c) => c.foundedYear === y).length]));
  const { rows: [row] } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM clusters WHERE status = 'operating' AND country = $1", [country]);
  return new Map([
    ['clusters_created', created],
    ['clusters_operating', new Map([[currentYear(), row?.n ?? 0]])],
  ]);
}
