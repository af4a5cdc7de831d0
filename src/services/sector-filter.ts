import { sql, type SQL } from 'drizzle-orm';

/** True when the NACE code expression `code` is `sector` or lies inside it: a section letter (C) takes
 * every code of its divisions, a division (26) or group (26.5) every code that starts with it. */
export function sectorMatches(code: SQL, sector: string): SQL {
  if (/^[A-U]$/.test(sector)) {
    return sql`(${code} = ${sector} OR EXISTS (SELECT 1 FROM sectors d WHERE d.code = split_part(${code}, '.', 1) AND d.parent_code = ${sector}))`;
  }
  return sql`(${code} = ${sector} OR ${code} LIKE ${`${sector}.%`})`;
}
