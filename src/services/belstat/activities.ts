// Economic activity labels of Belstat tables (ОКЭД-2011, ОКРБ 005-2011, as written in the "Виды экономической
// деятельности" dimension) to NACE Rev.2 codes: a section letter (`C`), a division (`10`), or an explicit
// aggregate of sections written as a range (`B-E` for "Промышленность", `A-U` for the total of all activities).
//
// ОКЭД-2011 is NACE Rev.2-based and agrees with it at section and division level, but Belstat words its section
// names differently from Rosstat's OKVED2 names in data/sectors.csv (the stand-in classifier). So the index holds
// Belstat's own section names first, then the names of data/sectors.csv (sections before divisions), and a label
// that starts with its code ("C Обрабатывающая промышленность", "Секция C", "10 Производство ...") is read by
// its code.

/** A row of the classifier (data/sectors.csv): only sections and divisions are used. */
export interface BelstatSector { code: string; level: string; name_ru: string | null }

/** Belstat's wording of the ОКЭД-2011 sections and the aggregates its tables use. */
export const BELSTAT_ACTIVITY_LABELS: Readonly<Record<string, string>> = {
  // Aggregates of sections.
  'Всего': 'A-U',
  'Итого': 'A-U',
  'Все виды экономической деятельности': 'A-U',
  'Всего по видам экономической деятельности': 'A-U',
  'Промышленность': 'B-E',
  // Sections.
  'Сельское, лесное и рыбное хозяйство': 'A',
  'Горнодобывающая промышленность': 'B',
  'Обрабатывающая промышленность': 'C',
  'Снабжение электроэнергией, газом, паром, горячей водой и кондиционированным воздухом': 'D',
  'Водоснабжение; сбор, обработка и удаление отходов, деятельность по ликвидации загрязнений': 'E',
  'Строительство': 'F',
  'Оптовая и розничная торговля; ремонт автомобилей и мотоциклов': 'G',
  'Транспортная деятельность, складирование, почтовая и курьерская деятельность': 'H',
  'Услуги по временному проживанию и питанию': 'I',
  'Информация и связь': 'J',
  'Финансовая и страховая деятельность': 'K',
  'Операции с недвижимым имуществом': 'L',
  'Профессиональная, научная и техническая деятельность': 'M',
  'Деятельность в сфере административных и вспомогательных услуг': 'N',
  'Государственное управление': 'O',
  'Образование': 'P',
  'Здравоохранение и социальные услуги': 'Q',
  'Творчество, спорт, развлечения и отдых': 'R',
  'Предоставление прочих видов услуг': 'S',
  'Деятельность домашних хозяйств': 'T',
  'Деятельность экстерриториальных организаций и органов': 'U',
};

export type ActivityIndex = ReadonlyMap<string, string>;

/** The label index: Belstat's names, then the sections and then the divisions of `sectors` (first name wins). */
export function buildActivityIndex(sectors: readonly BelstatSector[] = []): ActivityIndex {
  const index = new Map<string, string>();
  const add = (name: string | null, code: string) => {
    if (name === null || name.trim() === '') return;
    const key = activityKey(name);
    if (!index.has(key)) index.set(key, code);
  };
  for (const [name, code] of Object.entries(BELSTAT_ACTIVITY_LABELS)) add(name, code);
  for (const level of ['section', 'division']) {
    for (const s of sectors) if (s.level === level) add(s.name_ru, s.code);
  }
  return index;
}

// A Latin section letter (never a Cyrillic look-alike) or two division digits, alone or before the name.
const SECTION_PREFIX = /^(?:(?:секция|раздел|section)\s+)?([A-U])(?=$|[\s.:)–—-])/i;
const DIVISION_PREFIX = /^(\d{2})(?=$|\s|[.:)–—-]\s*\D)/;

/** The NACE code of an activity label, or null when the label is not known. */
export function activityCodeFor(label: string, index: ActivityIndex): string | null {
  const text = label.trim();
  const byName = index.get(activityKey(text));
  if (byName !== undefined) return byName;
  const section = SECTION_PREFIX.exec(text);
  if (section) return (section[1] as string).toUpperCase();
  const division = DIVISION_PREFIX.exec(text);
  if (division) return division[1] as string;
  return null;
}

/** Lower case, ё as е, punctuation and runs of spaces as one space. */
export function activityKey(label: string): string {
  return label.toLowerCase().replace(/ё/g, 'е').replace(/[«»"'()[\]{},;:.–—-]+/g, ' ').replace(/\s+/g, ' ').trim();
}
