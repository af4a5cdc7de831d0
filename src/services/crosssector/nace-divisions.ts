// The 88 divisions of NACE Rev. 2 (two-digit codes; ОКЭД of Belarus uses the same divisions), and the reduction
// of a finer NACE code (group 26.1, class 26.11) or an unpadded one (1 for 01) to its division.

const RANGES: [number, number][] = [
  [1, 3], [5, 33], [35, 35], [36, 39], [41, 43], [45, 47], [49, 53], [55, 56], [58, 63], [64, 66], [68, 68],
  [69, 75], [77, 82], [84, 84], [85, 85], [86, 88], [90, 93], [94, 96], [97, 98], [99, 99],
];

/** The NACE Rev. 2 division codes, two digits each ('01' ... '99'). */
export const NACE_DIVISIONS: ReadonlySet<string> = new Set(
  RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => String(from + k).padStart(2, '0'))),
);

/**
 * The division of a NACE code: '26' for '26', '26.1', '26.11' or 'C26.11'; a one-digit code is padded ('1' -> '01').
 * Null when the text is not a NACE code or its division does not exist.
 */
export function naceDivision(code: string): string | null {
  const m = /^(?:[A-U])?(\d{1,2})(?:\.\d{1,2})?$/.exec(code.trim().toUpperCase());
  if (!m) return null;
  const division = (m[1] as string).padStart(2, '0');
  return NACE_DIVISIONS.has(division) ? division : null;
}
