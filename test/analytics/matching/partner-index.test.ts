// The partner index: on a hand-built registry the nearest partner is the one that should be, the reasons
// name the real cause, updates and removals take effect, and search equals brute force on random registries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWeights } from '../../../src/analytics/matching/combine.ts';
import { chainProfile, valueChain } from '../../../src/analytics/matching/complementarity.ts';
import { explain } from '../../../src/analytics/matching/explain.ts';
import { partnerColumns } from '../../../src/analytics/matching/partner-columns.ts';
import { PartnerIndex, type PartnerQuery, type PartnerRecord } from '../../../src/analytics/matching/partner-index.ts';
import { EMPTY_VECTOR } from '../../../src/analytics/matching/sparse-vector.ts';
import { fitText, NGRAM_SPACE, textVector } from '../../../src/analytics/matching/text-ngrams.ts';
import { mulberry32 } from '../../../src/analytics/random.ts';
import { sectorTree } from '../../helpers/sector-tree.ts';

const tree = sectorTree({ C: ['26.51', '26.52', '29.32'], J: ['62.01'] });
const isDivision = Uint8Array.from(tree.levels, (l) => (l === 'division' ? 1 : 0));
// places: 0 Minsk, 1 Barysau (~70 km), 2 Gomel (~280 km)
const lat = Float64Array.of(53.9, 54.227, 52.4345);
const lon = Float64Array.of(27.5667, 28.505, 30.9754);
const texts = ['измерительные приборы и датчики', 'вымяральныя прыборы і датчыкі', 'автомобильные компоненты', 'software development', 'измерительные приборы'];
const model = fitText(texts);

function org(id: number, codes: string[], text: string, location: number, sizeClass: number, competitiveness = 0.5, reliability = 0.5): PartnerRecord {
  return { id, sector: tree.vector(codes), text: textVector(text, model), location, sizeClass, country: 0, roles: 1, competitiveness, reliability };
}

// 1 the query: measuring instruments (26.51), Minsk, small
const records = [
  org(1, ['26.51'], texts[0] as string, 0, 1),
  org(2, ['26.52'], texts[1] as string, 1, 1), // same group, be-language profile, near
  org(3, ['29.32'], texts[2] as string, 2, 3), // car parts: a customer of 26 through contracts
  org(4, ['62.01'], texts[3] as string, 0, 1), // software, same city
  org(5, ['26.51'], texts[4] as string, 2, 2, 0.9, 0.9), // same class, far away, strong
];
// contracts: 26 supplies 29 (twice), 62 supplies 26 once
const d = (code: string) => tree.id(code);
const chain = valueChain(tree.codes.length, { supplier: Int32Array.of(d('26'), d('26'), d('62')), customer: Int32Array.of(d('29'), d('29'), d('26')) });
const options = { nSectorNodes: tree.codes.length, isDivision, chain, locationLat: lat, locationLon: lon, nTextFeatures: NGRAM_SPACE };
const query = (r: PartnerRecord, weights: Parameters<typeof checkWeights>[0], k = 3, exclude = true): PartnerQuery => ({
  sector: r.sector, text: r.text, divisions: [d('26')], location: r.location, sizeClass: r.sizeClass,
  weights: checkWeights(weights), k, filter: exclude ? { exclude: new Set([r.id]) } : undefined,
});

test('similar partners: the same class ranks first on sector alone, the near same-group one when place and size count more', () => {
  const index = new PartnerIndex(partnerColumns(records), options);
  const q = records[0] as PartnerRecord;
  assert.deepEqual(index.search(query(q, { sector: 1 })).map((m) => m.id), [5, 2, 3]);
  // place-heavy weights: the software firm next door first, then the same-group neighbour before the far same-class one
  // 4: (0 + 0 + 2 * 1 + 1) / 5; 2: (0.495 + 0.328 + 2 * 0.491 + 1) / 5; 5: (1 + 0.763 + 2 * 0.061 + 0.667) / 5
  const mixed = index.search(query(q, { sector: 1, text: 1, geography: 2, size: 1 }));
  assert.deepEqual(mixed.map((m) => m.id), [4, 2, 5]);
  assert.ok(Math.abs((mixed[0]?.score as number) - 3 / 5) < 1e-12);
  assert.ok((mixed[1]?.components.text as number) > 0.3, 'the Belarusian profile matches the Russian one');
});

test('complementary partners: the car-parts maker is the customer of what the instrument maker sells', () => {
  const index = new PartnerIndex(partnerColumns(records), options);
  const q = records[0] as PartnerRecord;
  const top = index.search(query(q, { complementarity: 1 }));
  assert.equal(top[0]?.id, 3);
  assert.equal(top[0]?.components.complementarity, 1); // ln(p/(p p)) / -ln p with p(26->29) = 2/3, p(26.) = 2/3, p(.29) = 2/3
  assert.ok((top[1]?.components.complementarity as number) > 0);
});

test('explanations name the real reasons', () => {
  const index = new PartnerIndex(partnerColumns(records), options);
  const q = records[0] as PartnerRecord;
  const w = checkWeights({ sector: 1, complementarity: 1, competitiveness: 1, geography: 1, size: 1 });
  const side = (r: PartnerRecord) => ({ sector: r.sector, sizeClass: r.sizeClass, lat: lat[r.location] as number, lon: lon[r.location] as number });
  const cand = (r: PartnerRecord, pct = NaN) => ({ ...side(r), productivityPct: pct, growthPct: NaN, exportPct: NaN, yearsActive: 12, completed: 2, memberships: 1, labels: 0 });
  const profile = chainProfile(chain, [d('26')]);
  const reasons2 = explain(tree, side(q), cand(records[1] as PartnerRecord, 0.95), index.search(query(q, w)).find((m) => m.id === 2)!.components, w, profile);
  const texts2 = reasons2.map((r) => r.text);
  assert.ok(texts2.includes('same NACE group 26.5'), texts2.join('; '));
  assert.ok(texts2.includes('top 10% productivity in its sector'));
  assert.ok(texts2.some((t) => /^(6\d|7\d) km away$/.test(t)), texts2.join('; '));
  assert.ok(texts2.includes('same size class (small)'));
  const r3 = records[2] as PartnerRecord;
  const reasons3 = explain(tree, side(q), cand(r3), { sector: 0.05, complementarity: 1, text: 0, competitiveness: 0, reliability: 0, geography: 0, size: 0 }, w, profile);
  assert.ok(reasons3.some((r) => r.code === 'buys-from-you' && r.params.sector === '29' && r.params.yourSector === '26'), JSON.stringify(reasons3));
  assert.ok(reasons3.some((r) => r.text === 'same NACE section C'));
});

test('incremental update and removal change the answer like a rebuild', () => {
  const index = new PartnerIndex(partnerColumns(records), options);
  const q = records[0] as PartnerRecord;
  index.upsert(org(4, ['26.51'], texts[0] as string, 0, 1, 1, 1)); // the software firm turns into an instrument maker next door
  assert.equal(index.search(query(q, { sector: 1, text: 1, geography: 1 }))[0]?.id, 4);
  index.remove(4);
  assert.ok(!index.search(query(q, { sector: 1 }, 10)).some((m) => m.id === 4));
  index.upsert(org(6, ['62.01'], 'software', 0, 1));
  const rebuilt = new PartnerIndex(partnerColumns([...records.filter((r) => r.id !== 4), org(6, ['62.01'], 'software', 0, 1)]), options);
  const qq = query(q, { sector: 1, text: 0.5, geography: 1, reliability: 0.2 }, 10);
  assert.deepEqual(index.search(qq), rebuilt.search(qq));
  assert.equal(index.size, 5);
});

test('filters: place, size class, sector node, roles, only ids', () => {
  const index = new PartnerIndex(partnerColumns(records), options);
  const q = records[0] as PartnerRecord;
  const run = (filter: PartnerQuery['filter']) => index.search({ ...query(q, { sector: 1 }, 10), filter: { exclude: new Set([1]), ...filter } }).map((m) => m.id);
  assert.deepEqual(run({ locations: new Set([2]) }), [5, 3]);
  assert.deepEqual(run({ sizeClasses: new Set([1]) }), [2, 4]);
  assert.deepEqual(run({ sectorNode: d('26') }), [5, 2]);
  assert.deepEqual(run({ roles: 2 }), []);
  assert.deepEqual(run({ ids: new Set([3, 4]) }), [3, 4]);
});

test('search returns the same top 20 as brute force on 3,000 random organisations, with updates', () => {
  const rnd = mulberry32(7);
  const classes = tree.codes.filter((_, i) => tree.levels[i] === 'class');
  const words = ['приборы', 'датчики', 'software', 'станки', 'металл', 'пластик', 'логистика', 'обучение', 'прыборы', 'machine'];
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)] as T;
  const make = (id: number) => org(id, rnd() < 0.3 ? [pick(classes), pick(classes)] : [pick(classes)],
    Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(words)).join(' '), Math.floor(rnd() * 4) - 1, Math.floor(rnd() * 5) - 1, rnd(), rnd());
  const recs = Array.from({ length: 3000 }, (_, i) => make(i + 1));
  // the default index, and one that leaves lists out of the walk and never takes the narrow-filter path
  const indexes = [new PartnerIndex(partnerColumns(recs), options), new PartnerIndex(partnerColumns(recs), { ...options, cheapList: 8, narrowFilter: 0 })];
  const updates = Array.from({ length: 200 }, () => make(1 + Math.floor(rnd() * 3500)));
  const removals = Array.from({ length: 50 }, () => 1 + Math.floor(rnd() * 3000));
  for (const index of indexes) {
    for (const u of updates) index.upsert(u);
    for (const r of removals) index.remove(r);
  }
  const weightSets = [{ sector: 1, text: 0.5, competitiveness: 0.25, reliability: 0.25, geography: 0.25, size: 0.25 }, { complementarity: 1, text: 0.2, geography: 0.5 }, { geography: 1, reliability: 1 }, { text: 1 }];
  let leftOut = 0;
  for (let i = 0; i < 40; i++) {
    const q = make(-1);
    const pq: PartnerQuery = { ...query(q, pick(weightSets), 20, false), divisions: q.sector.index.filter((n) => isDivision[n] === 1), text: i % 5 === 0 ? EMPTY_VECTOR : q.text };
    if (i % 4 === 1) pq.filter = { locations: new Set([0, 1]) };
    if (i % 8 === 2) pq.filter = { sizeClasses: new Set([1, 2]), exclude: new Set([5, 6]) };
    if (i % 8 === 6) pq.filter = { ids: new Set(Array.from({ length: 300 }, (_, j) => j * 7)), roles: 1 };
    if (i % 10 === 3) pq.filter = { sectorNode: d('26') };
    for (const index of indexes) {
      assert.deepEqual(index.search(pq), index.bruteForce(pq));
      if (index === indexes[1] && index.lastStats.essential < index.lastStats.features) leftOut++;
    }
  }
  assert.ok(leftOut > 5, `lists were left out of the walk in ${leftOut} searches`);
});
