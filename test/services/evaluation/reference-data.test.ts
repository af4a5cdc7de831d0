// The reference files of data/evaluation/: each parses and holds what the evaluation pages rely on; bad input is
// named by file, row and column.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EXCELLENCE_AREAS } from '../../../src/analytics/evaluation/excellence.ts';
import { SIZE_CLASSES } from '../../../src/domain/enums.ts';
import { ValidationError } from '../../../src/services/errors.ts';
import {
  excellenceQuestionnaire,
  goodPractices,
  KPI_GROUPS,
  KPI_LEVELS,
  kpiIndicators,
  parseExcellenceQuestionnaire,
  parseGoodPractices,
  parseKpiIndicators,
  parseSupportMeasures,
  questionnaireQuestions,
  supportMeasures,
} from '../../../src/services/evaluation/reference-data.ts';

const CYRILLIC = /[А-Яа-яЁёІіЎў]/;
const BELARUSIAN_ONLY = /[ІіЎў]/;

function rejects(fn: () => unknown, cell: { row: number; column: string }, pattern: RegExp, file: RegExp) {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ValidationError, String(error));
    assert.match(error.message, file);
    const hit = error.errors.find((e) => e.row === cell.row && e.column === cell.column);
    assert.ok(hit, JSON.stringify(error.errors));
    assert.match(hit.message, pattern);
    return true;
  });
}

describe('kpi_indicators.csv', () => {
  test('every indicator has three names, a unit, a valid direction, level, group and method', () => {
    const list = kpiIndicators();
    assert.ok(list.length >= 17);
    for (const k of list) {
      assert.ok(CYRILLIC.test(k.name.ru) && CYRILLIC.test(k.name.be) && /[A-Za-z]/.test(k.name.en), k.code);
      assert.notEqual(k.name.ru, k.name.be, `${k.code}: the Belarusian name repeats the Russian one`);
      assert.ok(k.unit !== '');
      assert.ok(k.direction === 'up' || k.direction === 'down');
      assert.ok((KPI_LEVELS as readonly string[]).includes(k.level));
      assert.ok((KPI_GROUPS as readonly string[]).includes(k.group));
    }
    assert.equal(new Set(list.map((k) => k.code)).size, list.length);
  });

  test('the indicators of the brief, with registry counting where the registry can count', () => {
    const by = new Map(kpiIndicators().map((k) => [k.code, k]));
    const cluster = ['members', 'sme_share', 'employment', 'exports', 'patents', 'joint_projects', 'contracts', 'partnerships', 'b2b_meetings', 'c2c_meetings', 'mous', 'smes_international', 'target_markets', 'foreign_partners'];
    for (const code of cluster) assert.equal(by.get(code)?.level, 'cluster', code);
    for (const code of ['members', 'sme_share', 'employment', 'exports', 'joint_projects', 'contracts', 'b2b_meetings']) assert.equal(by.get(code)!.method, 'registry', code);
    for (const code of ['patents', 'partnerships', 'c2c_meetings', 'mous', 'smes_international', 'target_markets', 'foreign_partners']) assert.equal(by.get(code)!.method, 'reported', code);
    assert.deepEqual([by.get('clusters_created')!.level, by.get('clusters_created')!.method], ['programme', 'registry']);
    assert.deepEqual([by.get('budget_execution')!.level, by.get('budget_execution')!.unit], ['programme', '%']);
    assert.deepEqual([by.get('clusters_operating')!.level, by.get('clusters_operating')!.method], ['country', 'registry']);
    assert.equal(by.get('members')!.name.be, 'Колькасць удзельнікаў');
    assert.equal(by.get('sme_share')!.unit, '%');
  });

  test('bad rows are named by row and column', () => {
    const head = 'code,name_ru,name_be,name_en,unit,direction,level,grp,method\n';
    rejects(() => parseKpiIndicators(`${head}members,Число,Колькасць,Members,count,sideways,cluster,size,registry\n`), { row: 2, column: 'direction' }, /not one of up, down/, /^data\/evaluation\/kpi_indicators\.csv: row 2, column direction/);
    rejects(() => parseKpiIndicators(`${head}a,А,А,A,count,up,cluster,size,registry\nb,Б,,B,count,up,region,size,registry\n`), { row: 3, column: 'name_be' }, /empty/, /kpi_indicators/);
    rejects(() => parseKpiIndicators(`${head}a,А,А,A,count,up,cluster,size,registry\na,А,А,A,count,up,cluster,size,registry\n`), { row: 3, column: 'code' }, /repeated/, /kpi_indicators/);
    rejects(() => parseKpiIndicators('code,name_ru\nx,y\n', 'k.csv'), { row: 1, column: 'direction' }, /missing/, /^k\.csv: /);
  });
});

describe('excellence_questionnaire.json', () => {
  test('every area of EXCELLENCE_AREAS, in order, with its weight and at least 3 questions', () => {
    const q = excellenceQuestionnaire();
    assert.deepEqual(q.areas.map((a) => a.code), EXCELLENCE_AREAS.map((a) => a.code));
    assert.deepEqual(q.areas.map((a) => a.weight), EXCELLENCE_AREAS.map((a) => a.weight));
    for (const a of q.areas) assert.ok(a.questions.length >= 3, a.code);
    const flat = questionnaireQuestions(q);
    assert.ok(flat.length >= 24 && flat.length <= 32, String(flat.length));
    assert.equal(new Set(flat.map((x) => x.code)).size, flat.length);
    assert.equal(flat[0]!.area, 'structure');
  });

  test('every text, advice, area name and scale point in ru, be and en', () => {
    const q = excellenceQuestionnaire();
    const texts = [...Object.values(q.scale), ...q.areas.map((a) => a.name), ...questionnaireQuestions(q).flatMap((x) => [x.text, x.advice])];
    assert.deepEqual(Object.keys(q.scale), ['0', '1', '2', '3', '4']);
    for (const t of texts) {
      assert.ok(CYRILLIC.test(t.ru) && CYRILLIC.test(t.be) && /[A-Za-z]/.test(t.en), JSON.stringify(t));
      assert.notEqual(t.ru, t.be);
    }
    // the Belarusian texts are Belarusian: letters Russian does not have appear throughout
    const belarusian = texts.filter((t) => BELARUSIAN_ONLY.test(t.be)).length;
    assert.ok(belarusian / texts.length > 0.9, `${belarusian} of ${texts.length}`);
  });

  test('bad documents are named by path', () => {
    const good = JSON.parse(JSON.stringify(excellenceQuestionnaire())) as { areas: { code: string; questions: unknown[]; weight: number }[] };
    const file = /^data\/evaluation\/excellence_questionnaire\.json: /;
    const tooFew = structuredClone(good);
    tooFew.areas[2]!.questions = tooFew.areas[2]!.questions.slice(0, 2);
    rejects(() => parseExcellenceQuestionnaire(JSON.stringify(tooFew)), { row: 0, column: 'areas[2].questions' }, /at least 3/, file);
    const noBe = structuredClone(good) as unknown as { areas: { questions: { text: { be?: string } }[] }[] };
    delete noBe.areas[4]!.questions[1]!.text.be;
    rejects(() => parseExcellenceQuestionnaire(JSON.stringify(noBe)), { row: 0, column: 'areas[4].questions[1].text.be' }, /non-empty/, file);
    const missing = structuredClone(good);
    missing.areas = missing.areas.filter((a) => a.code !== 'financing');
    rejects(() => parseExcellenceQuestionnaire(JSON.stringify(missing)), { row: 0, column: 'areas' }, /"financing" is missing/, file);
    const weight = structuredClone(good);
    weight.areas[4]!.weight = 1;
    rejects(() => parseExcellenceQuestionnaire(JSON.stringify(weight)), { row: 0, column: 'areas[4].weight' }, /weight 2/, file);
    rejects(() => parseExcellenceQuestionnaire('{'), { row: 0, column: '(file)' }, /not valid JSON/, file);
  });
});

describe('good_practices.csv', () => {
  test('16 illustrative cases, at least two per known area, sectors as NACE divisions', () => {
    const list = goodPractices();
    assert.equal(list.length, 16);
    for (const area of EXCELLENCE_AREAS) assert.ok(list.filter((p) => p.area === area.code).length >= 2, area.code);
    for (const p of list) {
      assert.ok(EXCELLENCE_AREAS.some((a) => a.code === p.area));
      assert.equal(p.illustrative, true);
      assert.equal(p.source, 'ClusterAtlas demo (illustrative)');
      for (const s of p.sectors) assert.match(s, /^\d{2}$/);
      assert.ok(p.title.ru && p.title.be && p.title.en && p.summary.ru && p.summary.be && p.summary.en);
      assert.ok(BELARUSIAN_ONLY.test(p.summary.be), p.title.en);
    }
  });

  test('an unknown area or a bad sector is named by row and column', () => {
    const head = 'area,sectors,country,title_ru,title_be,title_en,summary_ru,summary_be,summary_en,source,illustrative\n';
    rejects(() => parseGoodPractices(`${head}marketing,,,т,т,t,с,с,s,src,true\n`), { row: 2, column: 'area' }, /not one of structure/, /good_practices/);
    rejects(() => parseGoodPractices(`${head}strategy,10;C,,т,т,t,с,с,s,src,true\n`), { row: 2, column: 'sectors' }, /"C" is not a two-digit NACE division/, /good_practices/);
    rejects(() => parseGoodPractices(`${head}strategy,,,т,т,t,с,с,s,src,yes\n`), { row: 2, column: 'illustrative' }, /true or false/, /good_practices/);
  });
});

describe('support_measures.csv', () => {
  test('3 illustrative measures with known size classes, divisions and territories', () => {
    const list = supportMeasures();
    assert.equal(list.length, 3);
    for (const m of list) {
      assert.equal(m.illustrative, true);
      for (const s of m.sizeClasses) assert.ok((SIZE_CLASSES as readonly string[]).includes(s));
      assert.ok(m.name.ru && m.name.be && m.name.en);
    }
    const innovation = list.find((m) => m.code === 'innovation_voucher')!;
    assert.equal(innovation.sectors.length, 24); // manufacturing divisions 10-33
    assert.deepEqual(list.find((m) => m.code === 'regional_startup_grant')!.territories, ['BY-VI']);
    assert.equal(list.find((m) => m.code === 'export_voucher')!.membership, 'member');
  });

  test('an unknown size class, territory or employee limit is named by row and column', () => {
    const head = 'code,name_ru,name_be,name_en,size_classes,sectors,territories,membership,max_employees,illustrative\n';
    const known = new Set(['BY-VI']);
    rejects(() => parseSupportMeasures(`${head}x,н,н,n,tiny,,,any,,true\n`, 's.csv', known), { row: 2, column: 'size_classes' }, /"tiny"/, /^s\.csv: /);
    rejects(() => parseSupportMeasures(`${head}x,н,н,n,micro,,BY-XX,any,,true\n`, 's.csv', known), { row: 2, column: 'territories' }, /BY-XX/, /^s\.csv: /);
    rejects(() => parseSupportMeasures(`${head}x,н,н,n,micro,,,any,1.5,true\n`, 's.csv', known), { row: 2, column: 'max_employees' }, /whole number/, /^s\.csv: /);
    rejects(() => parseSupportMeasures(`${head}x,н,н,n,micro,,,members,,true\n`, 's.csv', known), { row: 2, column: 'membership' }, /not one of member, any/, /^s\.csv: /);
    assert.equal(parseSupportMeasures(`${head}x,н,н,n,,,,any,,false\n`)[0]!.maxEmployees, null);
  });
});
