/**
 * The IPC 3-character class of an IPC code: section letter + two-digit class ("H04L 9/32" -> "H04",
 * "a61k" -> "A61", "H04" -> "H04").
 *
 *   class = upper(code)[0..3)   when upper(code) matches /^[A-H][0-9]{2}/ after removing spaces
 *
 * Convention: leading and inner spaces are ignored, letters are upper-cased; anything else returns null (the
 * caller reports it with its row and column).
 *
 * Complexity O(length of code).
 *
 * @throws never; an unreadable code returns null
 * @example ipcClass('H04L 9/32') // 'H04'
 *
 * Reference: WIPO, International Patent Classification (IPC) Guide (the
 * section / class / subclass / group hierarchy).
 */
export function ipcClass(code: string): string | null {
  const compact = code.replace(/\s+/g, '').toUpperCase();
  return /^[A-H]\d{2}/.test(compact) ? compact.slice(0, 3) : null;
}
