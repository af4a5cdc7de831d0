/**
 * Builds the NACE-based benchmark cluster categories in data/categories/ from the U.S. Cluster Mapping Project
 * cluster definitions, through the NAICS 2012 -> ISIC Rev.4 -> NACE Rev.2 concordances.
 *
 *   cd /work/main && node --import tsx data/scripts/build-cluster-categories.ts [--shared ../shared/data]
 *
 * Reads (from --shared, else SHARED_DATA, else ../shared/data relative to the repository root):
 *   clusters_reference/us_cluster_list.csv, clusters_reference/us_cluster_naics2012_definitions.csv,
 *   classifications/concordance_naics2012_isic4.csv, classifications/nace_rev2_structure.csv
 * Writes:
 *   data/categories/us_benchmark_categories.csv   code,name_en,name_ru,name_be,traded,n_nace_classes,source
 *   data/categories/us_benchmark_nace.csv         category,nace,weight
 * and prints the coverage report (Markdown) that docs/cluster-categories.md quotes.
 *
 * Method (docs/cluster-categories.md): every NAICS-2012 code of the concordance is linked to the NACE classes of
 * its ISIC classes (each NACE class names one ISIC class in `isic4_ref`; an ISIC class split in NACE links to all
 * its NACE classes). The weight of cluster c in NACE class n is the number of n's linked NAICS codes that belong
 * to c, divided by the number of all NAICS codes linked to n (those in no cluster included: that part stays
 * unassigned). Weights are written with 6 decimals, rounded so that each class keeps its exact total.
 *
 * The output is deterministic: rows sorted by category code and NACE code, no dates, no randomness.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import {
  BENCHMARK_CATEGORIES_FILE,
  BENCHMARK_CATEGORY_COLUMNS,
  BENCHMARK_NACE_FILE,
  categoryCoverage,
  loadBenchmarkCategories,
  readSectorsFile,
  type CoverageRow,
} from '../../src/services/category-definitions.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(REPO, 'data');
const SHARED = path.resolve(REPO, argument('--shared') ?? process.env.SHARED_DATA ?? '../shared/data');
/** Weights are written in millionths. */
const SCALE = 1_000_000;

type Row = Record<string, string>;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value) throw new Error(`${name} needs a value`);
  return value;
}

function readCsv(rel: string): Row[] {
  const text = readFileSync(path.join(SHARED, rel), 'utf8').replace(/^\uFEFF/, '');
  const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  assert(result.errors.length === 0, `${rel}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.data;
}

function writeCsv(rel: string, columns: readonly string[], rows: (string | number)[][]): void {
  const file = path.join(OUT, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${Papa.unparse({ fields: [...columns], data: rows.map((r) => r.map(String)) }, { newline: '\n' })}\n`, 'utf8');
}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`ASSERTION FAILED: ${message}`);
}

const log = (line = '') => process.stdout.write(`${line}\n`);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

// ---------------------------------------------------------------------------------------------------------
// Names: English from the U.S. list; Russian and Belarusian translations written for ClusterAtlas (not official).
// ---------------------------------------------------------------------------------------------------------

const NAMES: Record<number, [ru: string, be: string]> = {
  1: ['Авиакосмическая техника и оборона', 'Авіякасмічная тэхніка і абарона'],
  2: ['Средства производства и услуги для сельского хозяйства', 'Сродкі вытворчасці і паслугі для сельскай гаспадаркі'],
  3: ['Одежда', 'Адзенне'],
  4: ['Автомобилестроение', 'Аўтамабілебудаванне'],
  5: ['Биофармацевтика', 'Біяфармацэўтыка'],
  6: ['Деловые услуги', 'Дзелавыя паслугі'],
  7: ['Добыча угля', 'Здабыча вугалю'],
  8: ['Оборудование и услуги связи', 'Абсталяванне і паслугі сувязі'],
  9: ['Строительная продукция и услуги', 'Будаўнічая прадукцыя і паслугі'],
  10: ['Дистрибуция и электронная торговля', 'Дыстрыбуцыя і электронны гандаль'],
  11: ['Химическая продукция глубокой переработки', 'Хімічная прадукцыя глыбокай перапрацоўкі'],
  12: ['Готовые металлические изделия', 'Гатовыя металічныя вырабы'],
  13: ['Образование и создание знаний', 'Адукацыя і стварэнне ведаў'],
  14: ['Производство и передача электроэнергии', 'Вытворчасць і перадача электраэнергіі'],
  15: ['Экологические услуги', 'Экалагічныя паслугі'],
  16: ['Финансовые услуги', 'Фінансавыя паслугі'],
  17: ['Рыболовство и рыбная продукция', 'Рыбалоўства і рыбная прадукцыя'],
  18: ['Переработка и производство пищевых продуктов', 'Перапрацоўка і вытворчасць харчовых прадуктаў'],
  19: ['Обувь', 'Абутак'],
  20: ['Лесное хозяйство', 'Лясная гаспадарка'],
  21: ['Мебель', 'Мэбля'],
  22: ['Гостеприимство и туризм', 'Гасціннасць і турызм'],
  23: ['Информационные технологии и аналитические приборы', 'Інфармацыйныя тэхналогіі і аналітычныя прыборы'],
  24: ['Страховые услуги', 'Страхавыя паслугі'],
  25: ['Ювелирные изделия и драгоценные металлы', 'Ювелірныя вырабы і каштоўныя металы'],
  26: ['Кожа и изделия из кожи', 'Скура і вырабы са скуры'],
  27: ['Осветительное и электрическое оборудование', 'Асвятляльнае і электрычнае абсталяванне'],
  28: ['Переработка продукции животноводства', 'Перапрацоўка прадукцыі жывёлагадоўлі'],
  29: ['Маркетинг, дизайн и издательское дело', 'Маркетынг, дызайн і выдавецкая справа'],
  30: ['Медицинские изделия', 'Медыцынскія вырабы'],
  31: ['Добыча металлических руд', 'Здабыча металічных руд'],
  32: ['Металлообрабатывающие технологии', 'Металаапрацоўчыя тэхналогіі'],
  33: ['Музыка и звукозапись', 'Музыка і гуказапіс'],
  34: ['Добыча неметаллических полезных ископаемых', 'Здабыча неметалічных карысных выкапняў'],
  35: ['Добыча и транспортировка нефти и газа', 'Здабыча і транспарціроўка нафты і газу'],
  36: ['Бумага и упаковка', 'Папера і ўпакоўка'],
  37: ['Исполнительские искусства', 'Выканальніцкія мастацтвы'],
  38: ['Пластмассы', 'Пластмасы'],
  39: ['Полиграфические услуги', 'Паліграфічныя паслугі'],
  40: ['Производственное оборудование и тяжёлое машиностроение', 'Вытворчае абсталяванне і цяжкае машынабудаванне'],
  41: ['Товары для отдыха и малая электротехника', 'Тавары для адпачынку і малая электратэхніка'],
  42: ['Текстильное производство', 'Тэкстыльная вытворчасць'],
  43: ['Табак', 'Тытунь'],
  44: ['Прицепы, дома на колёсах и бытовая техника', 'Прычэпы, дамы на колах і бытавая тэхніка'],
  45: ['Транспорт и логистика', 'Транспарт і лагістыка'],
  46: ['Базовая химическая продукция', 'Базавая хімічная прадукцыя'],
  47: ['Металлургическое производство', 'Металургічная вытворчасць'],
  48: ['Производство и распространение видео', 'Вытворчасць і распаўсюджванне відэа'],
  49: ['Вулканизированные и обожжённые материалы', 'Вулканізаваныя і абпаленыя матэрыялы'],
  50: ['Водный транспорт', 'Водны транспарт'],
  51: ['Изделия из древесины', 'Вырабы з драўніны'],
  101: ['Местное производство и распределение продуктов питания и напитков', 'Мясцовая вытворчасць і размеркаванне прадуктаў харчавання і напояў'],
  102: ['Местные бытовые услуги населению (немедицинские)', 'Мясцовыя бытавыя паслугі насельніцтву (немедыцынскія)'],
  103: ['Местные услуги здравоохранения', 'Мясцовыя паслугі аховы здароўя'],
  104: ['Местные коммунальные услуги', 'Мясцовыя камунальныя паслугі'],
  105: ['Местные логистические услуги', 'Мясцовыя лагістычныя паслугі'],
  106: ['Местные товары и услуги для дома', 'Мясцовыя тавары і паслугі для дома'],
  107: ['Местные финансовые услуги', 'Мясцовыя фінансавыя паслугі'],
  108: ['Местные товары и услуги для автотранспорта', 'Мясцовыя тавары і паслугі для аўтатранспарту'],
  109: ['Местная розничная торговля одеждой и товарами широкого потребления', 'Мясцовы рознічны гандаль адзеннем і таварамі шырокага спажывання'],
  110: ['Местные развлечения и медиа', 'Мясцовыя забавы і медыя'],
  111: ['Местные заведения гостеприимства', 'Мясцовыя ўстановы гасціннасці'],
  112: ['Местные коммерческие услуги', 'Мясцовыя камерцыйныя паслугі'],
  113: ['Местное образование и обучение', 'Мясцовая адукацыя і навучанне'],
  114: ['Местные общественные и гражданские организации', 'Мясцовыя грамадскія і грамадзянскія арганізацыі'],
  115: ['Местная недвижимость, строительство и девелопмент', 'Мясцовая нерухомасць, будаўніцтва і дэвелапмент'],
  116: ['Местные промышленные товары и услуги', 'Мясцовыя прамысловыя тавары і паслугі'],
};

/** `us001` ... `us051` (traded), `us101` ... `us116` (local): the U.S. cluster code, padded so that text order is numeric. */
const categoryCode = (usCode: number) => `us${String(usCode).padStart(3, '0')}`;

// ---------------------------------------------------------------------------------------------------------
// 1. Inputs
// ---------------------------------------------------------------------------------------------------------

interface Cluster { usCode: number; code: string; name: string; traded: boolean; naics: string[] }

const clusterList = readCsv('clusters_reference/us_cluster_list.csv');
const definitionRows = readCsv('clusters_reference/us_cluster_naics2012_definitions.csv');
const concordanceRows = readCsv('classifications/concordance_naics2012_isic4.csv');
const naceRows = readCsv('classifications/nace_rev2_structure.csv');

const clusters = new Map<number, Cluster>();
for (const r of clusterList) {
  const usCode = Number(r.cluster_code);
  assert(Number.isInteger(usCode) && !clusters.has(usCode), `cluster code ${r.cluster_code}`);
  assert(r.traded === 'True' || r.traded === 'False', `traded flag of cluster ${usCode}: ${r.traded}`);
  assert(NAMES[usCode], `no translation for cluster ${usCode}`);
  clusters.set(usCode, { usCode, code: categoryCode(usCode), name: r.cluster_name!, traded: r.traded === 'True', naics: [] });
}
const clusterOfNaics = new Map<string, Cluster>();
for (const r of definitionRows) {
  const cluster = clusters.get(Number(r.cluster_code));
  assert(cluster, `definition of unknown cluster ${r.cluster_code}`);
  assert(r.cluster_name === cluster.name && (r.traded === 'True') === cluster.traded, `cluster ${cluster.usCode} differs between the two files`);
  assert(/^\d{6}$/.test(r.naics2012!), `NAICS code ${r.naics2012}`);
  assert(!clusterOfNaics.has(r.naics2012!), `NAICS ${r.naics2012} in two clusters`);
  clusterOfNaics.set(r.naics2012!, cluster);
  cluster.naics.push(r.naics2012!);
}
for (const r of clusterList) {
  const cluster = clusters.get(Number(r.cluster_code))!;
  assert(cluster.naics.length === Number(r.n_naics2012), `cluster ${cluster.usCode}: ${cluster.naics.length} NAICS codes, the list says ${r.n_naics2012}`);
}
const traded = [...clusters.values()].filter((c) => c.traded).length;

// NAICS -> ISIC links (duplicate rows of the concordance dropped).
const isicOfNaics = new Map<string, Set<string>>();
let duplicateLinks = 0;
for (const r of concordanceRows) {
  const naics = r.NAICS2012_6d!;
  const isic = r.ISIC4_4d!;
  let set = isicOfNaics.get(naics);
  if (!set) isicOfNaics.set(naics, (set = new Set()));
  if (set.has(isic)) duplicateLinks += 1;
  set.add(isic);
}

// NACE classes, their sections and ISIC references.
const sectionName = new Map(naceRows.filter((r) => r.level === '1').map((r) => [r.code!, r.description_en!]));
const naceClasses = naceRows.filter((r) => r.level === '4').map((r) => r.code!).sort(compare);
const naceOfIsic = new Map<string, string[]>();
for (const r of naceRows.filter((x) => x.level === '4')) {
  assert(/^\d{4}$/.test(r.isic4_ref!), `NACE ${r.code}: ISIC reference ${r.isic4_ref}`);
  const list = naceOfIsic.get(r.isic4_ref!) ?? [];
  list.push(r.code!);
  naceOfIsic.set(r.isic4_ref!, list);
}

// ---------------------------------------------------------------------------------------------------------
// 2. NAICS -> NACE links
// ---------------------------------------------------------------------------------------------------------

/** ISIC codes of the concordance that are no ISIC class (a group padded with 0, such as 3310): their group's classes. */
const expandedIsic = new Map<string, { nace: string[]; naics: string[] }>();
const naceOfIsicCode = (isic: string): string[] => {
  const direct = naceOfIsic.get(isic);
  if (direct) return direct;
  assert(/^\d{3}0$/.test(isic), `ISIC ${isic} is neither a class nor a padded group`);
  const group = isic.slice(0, 3);
  const nace = [...naceOfIsic].filter(([i]) => i.startsWith(group)).flatMap(([, n]) => n).sort(compare);
  assert(nace.length > 0, `ISIC ${isic}: no NACE class under group ${group}`);
  return nace;
};
const naicsOfNace = new Map<string, Set<string>>(naceClasses.map((n) => [n, new Set()]));
for (const [naics, isics] of [...isicOfNaics].sort(([a], [b]) => compare(a, b))) {
  for (const isic of [...isics].sort(compare)) {
    const nace = naceOfIsicCode(isic);
    if (!naceOfIsic.has(isic)) {
      const e = expandedIsic.get(isic) ?? { nace, naics: [] };
      e.naics.push(naics);
      expandedIsic.set(isic, e);
    }
    for (const n of nace) naicsOfNace.get(n)!.add(naics);
  }
}

// ---------------------------------------------------------------------------------------------------------
// 3. Weights
// ---------------------------------------------------------------------------------------------------------

/** Rounds k_c / n to millionths so that the rounded weights sum to round(sum_c k_c / n) exactly (largest remainder). */
function roundedWeights(counts: Map<string, number>, n: number): Map<string, number> {
  const codes = [...counts.keys()].sort(compare);
  const exact = codes.map((c) => (counts.get(c)! * SCALE) / n);
  const floors = exact.map(Math.floor);
  const target = Math.round(exact.reduce((s, x) => s + x, 0));
  let remainder = target - floors.reduce((s, x) => s + x, 0);
  const order = codes.map((_, i) => i).sort((a, b) => (exact[b]! - floors[b]!) - (exact[a]! - floors[a]!) || a - b);
  for (const i of order) {
    if (remainder <= 0) break;
    floors[i]! += 1;
    remainder -= 1;
  }
  return new Map(codes.map((c, i) => [c, floors[i]!]));
}

const naceRowsOut: [string, string, string][] = [];
const naceCount = new Map<string, number>();
for (const nace of naceClasses) {
  const linked = naicsOfNace.get(nace)!;
  if (linked.size === 0) continue;
  const counts = new Map<string, number>();
  for (const naics of linked) {
    const cluster = clusterOfNaics.get(naics);
    if (cluster) counts.set(cluster.code, (counts.get(cluster.code) ?? 0) + 1);
  }
  for (const [code, millionths] of roundedWeights(counts, linked.size)) {
    if (millionths === 0) continue;
    naceRowsOut.push([code, nace, (millionths / SCALE).toFixed(6).replace(/\.?0+$/, '')]);
    naceCount.set(code, (naceCount.get(code) ?? 0) + 1);
  }
}
naceRowsOut.sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));

const SOURCE = 'U.S. Cluster Mapping Project cluster definitions (Delgado, Porter and Stern 2016) via NAICS 2012 > ISIC Rev.4 > NACE Rev.2';
const categoryRowsOut = [...clusters.values()]
  .sort((a, b) => compare(a.code, b.code))
  .map((c) => [c.code, c.name, NAMES[c.usCode]![0], NAMES[c.usCode]![1], c.traded ? 'true' : 'false', naceCount.get(c.code) ?? 0,
    `${SOURCE}: U.S. cluster ${c.usCode}, ${c.naics.length} NAICS-2012 codes`]);

writeCsv(BENCHMARK_CATEGORIES_FILE, BENCHMARK_CATEGORY_COLUMNS, categoryRowsOut);
writeCsv(BENCHMARK_NACE_FILE, ['category', 'nace', 'weight'], naceRowsOut);

// ---------------------------------------------------------------------------------------------------------
// 4. Coverage report, from the files just written (what the tests read too)
// ---------------------------------------------------------------------------------------------------------

const sectors = readSectorsFile(path.join(OUT, 'sectors.csv'));
assert(sectors.classes.map((c) => c.code).join() === naceClasses.join(), 'data/sectors.csv and the NACE structure have different classes');
const definitions = loadBenchmarkCategories({ dataDir: OUT, knownCodes: sectors.codes });
const coverage = categoryCoverage(definitions, sectors.classes);
const { total } = coverage;

log(`Wrote data/${BENCHMARK_CATEGORIES_FILE} (${categoryRowsOut.length} rows) and data/${BENCHMARK_NACE_FILE} (${naceRowsOut.length} rows).`);
log();
log('## Coverage');
log();
log(`- Categories: ${clusters.size} (${traded} traded, ${clusters.size - traded} local); category x NACE class rows: ${naceRowsOut.length}.`);
log(`- NACE classes assigned (any weight > 0): ${total.assigned} of ${total.classes} (${pct(total.assigned, total.classes)}); fully assigned (weights sum to 1): ${total.full} (${pct(total.full, total.classes)}); not assigned at all: ${total.classes - total.assigned}.`);
log(`- Weighted shares of the ${total.classes} classes (a class counts by its weights): traded ${pct(total.traded, total.classes)}, local ${pct(total.local, total.classes)}, unassigned ${pct(total.unassigned, total.classes)}.`);
const split = sectors.classes.map((c) => definitions.entries.filter((e) => e.nace === c.code));
const hasType = (list: typeof split[number], t: boolean) => list.some((e) => definitions.categories[e.category]!.traded === t);
log(`- Classes with a traded part: ${split.filter((l) => hasType(l, true)).length}; with a local part: ${split.filter((l) => hasType(l, false)).length}; with both: ${split.filter((l) => hasType(l, true) && hasType(l, false)).length}.`);
log(`- Classes in one category only: ${split.filter((l) => l.length === 1).length}; split between 2 or more categories: ${split.filter((l) => l.length > 1).length}; largest number of categories in one class: ${Math.max(...split.map((l) => l.length))}.`);
const majority = split.filter((l) => l.some((e) => e.weight > 0.5)).length;
log(`- A hard assignment (each class to its largest category) would be clear-cut for ${majority} classes (one category > 0.5 of the class); the other ${total.assigned - majority} assigned classes have no majority category.`);
log();
log('| section | name | classes | assigned | assigned % | fully assigned | traded | local | unassigned |');
log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
const tableRow = (r: CoverageRow, name: string) =>
  `| ${r.section} | ${name} | ${r.classes} | ${r.assigned} | ${pct(r.assigned, r.classes)} | ${r.full} | ${pct(r.traded, r.classes)} | ${pct(r.local, r.classes)} | ${pct(r.unassigned, r.classes)} |`;
for (const r of coverage.sections) log(tableRow(r, sectionTitle(sectionName.get(r.section) ?? '')));
log(tableRow(total, 'all sections'));
log();
log('Traded, local and unassigned are weighted shares of the section\'s classes; they add up to 100%.');
log();

log('### Concordance');
log();
const defNaics = [...clusterOfNaics.keys()];
const lost = defNaics.filter((n) => !isicOfNaics.has(n));
log(`- NAICS-2012 codes in the U.S. definitions: ${defNaics.length}; with an ISIC link: ${defNaics.length - lost.length}; lost (no link): ${lost.length}${lost.length ? ` (${lost.join(', ')})` : ''}.`);
log(`- NAICS-2012 codes in the concordance: ${isicOfNaics.size}; NAICS -> ISIC links: ${[...isicOfNaics.values()].reduce((s, x) => s + x.size, 0)} (${duplicateLinks} duplicate rows dropped); codes with more than one ISIC class: ${[...isicOfNaics.values()].filter((x) => x.size > 1).length}.`);
for (const [isic, e] of [...expandedIsic].sort(([a], [b]) => compare(a, b))) {
  const inDefs = e.naics.filter((n) => clusterOfNaics.has(n));
  log(`- ISIC ${isic} is not an ISIC class (a group padded with 0): its NAICS link${e.naics.length > 1 ? 's' : ''} (${e.naics.join(', ')}${inDefs.length ? `; in the definitions: ${inDefs.join(', ')}` : '; none in the definitions'}) ${e.naics.length > 1 ? 'go' : 'goes'} to all ${e.nace.length} NACE classes of the group (${e.nace[0]}-${e.nace[e.nace.length - 1]}).`);
}
const notInDefs = [...isicOfNaics.keys()].filter((n) => !clusterOfNaics.has(n)).sort(compare);
const bySector = new Map<string, string[]>();
for (const n of notInDefs) bySector.set(n.slice(0, 3), [...(bySector.get(n.slice(0, 3)) ?? []), n]);
log(`- NAICS-2012 codes in no U.S. cluster: ${notInDefs.length}, by NAICS subsector: ${[...bySector].map(([s, l]) => `${s} (${l.length})`).join(', ')}. Their links make the unassigned part of a class.`);
const noLink = naceClasses.filter((n) => naicsOfNace.get(n)!.size === 0);
log(`- NACE classes with no NAICS link at all: ${noLink.length}${noLink.length ? ` (${noLink.join(', ')})` : ''}.`);
const onlyOutside = naceClasses.filter((n) => naicsOfNace.get(n)!.size > 0 && [...naicsOfNace.get(n)!].every((x) => !clusterOfNaics.has(x)));
log(`- NACE classes linked only to NAICS codes in no cluster: ${onlyOutside.length} (${onlyOutside.join(', ')}).`);
const splitIsic = [...naceOfIsic.values()].filter((l) => l.length > 1);
log(`- ISIC classes split into several NACE classes: ${splitIsic.length} (into ${splitIsic.reduce((s, l) => s + l.length, 0)} NACE classes); each NACE class gets all the NAICS links of its ISIC class.`);
log();

log('### Classes per category');
log();
log('| category | U.S. name | traded | NACE classes |');
log('|---|---|---|---:|');
for (const [i, c] of definitions.categories.entries()) log(`| ${c.code} | ${c.nameEn} | ${c.traded ? 'traded' : 'local'} | ${coverage.classesPerCategory[i]} |`);

function sectionTitle(upper: string): string {
  const lower = upper.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
