// Peer learning: clusters of the same specialisation (sharing a NACE division) in other regions or countries,
// and where the cluster stands among them on each KPI's latest actual and on its excellence score
// (analytics/evaluation/peer-comparison.ts).
import type { Queryable } from '../../db/database.ts';
import { peerPosition } from '../../analytics/evaluation/peer-comparison.ts';
import { clusterName, divisionsOf } from './cluster-names.ts';
import { latestExcellence } from './excellence.ts';
import { kpiBoard, type KpiBoard } from './kpis.ts';
import { finiteOrNull } from '../json-numbers.ts';

export interface PeerView {
  clusterId: number;
  clusterName: string;
  peers: { clusterId: number; name: string; country: string; territories: string[]; similarity: number; excellence: number | null }[];
  indicators: { code: string; value: number | null; peerMedian: number | null; percentile: number | null; n: number }[];
  excellence: { value: number | null; peerMedian: number | null; percentile: number | null; n: number };
}


function latestActuals(board: KpiBoard): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of board.items) {
    const last = item.points.filter((p) => p.actual !== null).at(-1);
    if (last?.actual !== null && last?.actual !== undefined) out.set(item.indicator.code, last.actual);
  }
  return out;
}

/** Peers: share a NACE division, and no territory (another region) or another country; similarity = Jaccard of divisions. */
export async function peerView(db: Queryable, clusterId: number): Promise<PeerView> {
  const name = await clusterName(db, clusterId);
  const { rows: peers } = await db.query<{ id: number; name: string; country: string; territories: string[]; similarity: number }>(
    `WITH d AS (SELECT c.id, c.name_ru AS name, c.country, c.territories,
                  ${divisionsOf('c.specialisation')} AS divisions FROM clusters c),
          me AS (SELECT * FROM d WHERE id = $1)
     SELECT d.id, d.name, d.country, d.territories,
       (SELECT count(*) FROM unnest(d.divisions) x WHERE x = ANY(me.divisions))::float8
         / (SELECT count(DISTINCT x) FROM unnest(d.divisions || me.divisions) x) AS similarity
     FROM d, me
     WHERE d.id <> me.id AND d.divisions && me.divisions AND (d.country <> me.country OR NOT d.territories && me.territories)
     ORDER BY similarity DESC, d.id`, [clusterId]);
  const board = await kpiBoard(db, 'cluster', String(clusterId));
  const own = latestActuals(board);
  const boards: Map<string, number>[] = [];
  for (const p of peers) boards.push(latestActuals(await kpiBoard(db, 'cluster', String(p.id))));
  const excellence: (number | null)[] = [];
  for (const p of peers) excellence.push((await latestExcellence(db, p.id))?.overall ?? null);
  const indicators = board.items.map(({ indicator }) => {
    const value = own.get(indicator.code) ?? NaN;
    const position = peerPosition(value, Float64Array.from(boards, (b) => b.get(indicator.code) ?? NaN), indicator.direction);
    return { code: indicator.code, value: finiteOrNull(value), peerMedian: finiteOrNull(position.median), percentile: finiteOrNull(position.percentile), n: position.n };
  });
  const ownExcellence = (await latestExcellence(db, clusterId))?.overall ?? null;
  const e = peerPosition(ownExcellence ?? NaN, Float64Array.from(excellence, (v) => v ?? NaN), 'up');
  return {
    clusterId, clusterName: name,
    peers: peers.map((p, i) => ({ clusterId: p.id, name: p.name, country: p.country, territories: p.territories, similarity: p.similarity, excellence: excellence[i] ?? null })),
    indicators,
    excellence: { value: ownExcellence, peerMedian: finiteOrNull(e.median), percentile: finiteOrNull(e.percentile), n: e.n },
  };
}
