// Belstat territory names to the project's territory ids (data/territories.csv: BY, BY-MI, BY-HM, r-...).
//
// Belstat writes a territory as a bare name plus a level: 0 the country ("Республика Беларусь"), 1 an oblast or
// Minsk city ("Минская область", "г. Минск"), 2 a raion or a city of oblast subordination ("Минский",
// "г. Жодино"). The same stem appears at several levels ("Минский" raion, "г. Минск", "Минская область"), and
// raion names repeat across oblasts, so a name is matched by (level, kind, stem) where kind is oblast, raion or
// city, and a level-2 name only among the territories under its parent oblast: the preceding level-1 row.
// A city of oblast subordination is not part of the raion around it (Жодино is not Смолевичский район); it
// resolves only to a territory of its own, else to null.

/** A row of the territory list (data/territories.csv); level is country, oblast, raion or city (or 0, 1, 2). */
export interface BelstatTerritory { id: string; level: string | number; parent_id?: string | null; name_ru: string }

type Kind = 'country' | 'oblast' | 'raion' | 'city';

interface Entry { id: string; level: number; parentId: string | null; kind: Kind; stem: string; guessed: boolean }

export type Resolution =
  | { id: string; problem?: undefined }
  | { id: null; problem: string };

export interface TerritoryResolver {
  /** Resolves a name at a Belstat level under a parent (the resolved id of the preceding level-1 row, if any). */
  resolve(name: string, level: number, parentId: string | null): Resolution;
}

/** A resolver over `territories`; their levels must be country, oblast, raion or city (or 0, 1, 2). */
export function territoryResolver(territories: readonly BelstatTerritory[]): TerritoryResolver {
  const entries: Entry[] = [];
  for (const t of territories) {
    const level = levelNumber(t.level);
    if (level === null) continue;
    const { kind, stem, guessed } = nameParts(t.name_ru, level, typeof t.level === 'string' && t.level.toLowerCase() === 'city');
    entries.push({ id: t.id, level, parentId: t.parent_id ? t.parent_id : null, kind, stem, guessed });
  }
  const byLevel = (level: number) => entries.filter((e) => e.level === level);
  const levels = [byLevel(0), byLevel(1), byLevel(2)];

  return {
    resolve(name, level, parentId) {
      const pool = levels[level];
      if (pool === undefined) return { id: null, problem: `level ${level} is not a territory level (0 country, 1 oblast, 2 raion or city)` };
      if (level === 0) {
        const { stem } = nameParts(name, 0, false);
        const named = pool.filter((e) => e.stem === stem);
        const found = named.length === 1 ? named : pool.length === 1 ? pool : [];
        return found[0] ? { id: found[0].id } : { id: null, problem: pool.length === 0 ? 'the territory list has no country' : 'no single country matches' };
      }
      const { kind, stem, guessed } = nameParts(name, level, false);
      const scoped = level === 2 && parentId !== null ? pool.filter((e) => e.parentId === parentId) : pool;
      let found = scoped.filter((e) => e.kind === kind && e.stem === stem);
      // A kind guessed from the level alone may be wrong ("Минск" in a list at oblast level is a city): then a
      // single territory with the same stem matches.
      if (found.length === 0) {
        const sameStem = scoped.filter((e) => e.stem === stem && (guessed || e.guessed));
        if (sameStem.length === 1) found = sameStem;
      }
      if (found.length === 1) return { id: (found[0] as Entry).id };
      if (found.length > 1) return { id: null, problem: `ambiguous: ${found.map((e) => e.id).join(', ')}` };
      const where = level === 2 && parentId !== null ? ` under ${parentId}` : '';
      const elsewhere = level === 2 && parentId !== null
        ? pool.filter((e) => e.kind === kind && e.stem === stem && e.parentId !== parentId).map((e) => e.id) : [];
      const tail = elsewhere.length > 0 ? ` (a territory of that name is under another oblast: ${elsewhere.join(', ')})` : '';
      const cityNote = kind === 'city' && level === 2 ? '; a city of oblast subordination is not part of the raion around it' : '';
      return { id: null, problem: `no ${kind} of that name at level ${level}${where} in the territory list${cityNote}${tail}` };
    },
  };
}

function levelNumber(level: string | number): number | null {
  if (typeof level === 'number') return level >= 0 && level <= 2 ? level : null;
  switch (level.trim().toLowerCase()) {
    case 'country': case '0': return 0;
    case 'oblast': case '1': return 1;
    case 'raion': case 'city': case '2': return 2;
    default: return null;
  }
}

const CITY = /^(?:г\.|город\s)\s*/;
const OBLAST = /\s+(?:область|обл\.?)$/;
const RAION = /\s+(?:район|р-н)$/;

/** The kind and the bare stem of a name: "г. Минск" is (city, минск), "Минская область" (oblast, минская);
 * `guessed` when the name has no marker and the kind comes from the level alone. */
function nameParts(name: string, level: number, isCity: boolean): { kind: Kind; stem: string; guessed: boolean } {
  let n = normalise(name);
  if (level === 0) return { kind: 'country', stem: n.replace(/^республика\s+/, ''), guessed: false };
  let kind: Kind | null = isCity ? 'city' : null;
  if (CITY.test(n)) { kind = 'city'; n = n.replace(CITY, ''); }
  if (OBLAST.test(n)) { kind = 'oblast'; n = n.replace(OBLAST, ''); }
  if (RAION.test(n)) { kind = 'raion'; n = n.replace(RAION, ''); }
  return kind === null ? { kind: level === 1 ? 'oblast' : 'raion', stem: n, guessed: true } : { kind, stem: n, guessed: false };
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
