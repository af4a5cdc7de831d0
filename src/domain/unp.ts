// Belarusian payer account number (УНП, UNP) validation.
// Rule (public descriptions, as summarised in the python-stdnum `by.unp` documentation and the Ministry of
// Taxes and Duties' description of the УНП structure): 9 characters; legal entities all digits, individual
// entrepreneurs two letters from ABCEHKMOPT (Cyrillic look-alikes АВСЕНКМОРТ accepted) then 7 digits; the
// first character is a region code from 1234567ABCEHKM; the last is a check digit: the weighted sum of the first
// 8 characters with weights 29, 23, 19, 17, 13, 7, 5, 3, modulo 11 (a letter in the second position counts as
// its index in ABCEHKMOPT, in the first position as its base-36 value); a result of 10 is invalid.

const CYRILLIC_TO_LATIN: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T',
};
const SECOND_LETTERS = 'ABCEHKMOPT';
const REGION_CODES = '1234567ABCEHKM';
const WEIGHTS = [29, 23, 19, 17, 13, 7, 5, 3];

export type UnpResult = { valid: true; unp: string } | { valid: false; reason: string };

/** Upper-cases, drops spaces and maps Cyrillic look-alike letters to Latin. */
export function normalizeUnp(input: string): string {
  return input
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/[АВСЕНКМОРТ]/g, (c) => CYRILLIC_TO_LATIN[c]!);
}

export function validateUnp(input: string): UnpResult {
  const unp = normalizeUnp(input);
  if (unp.length !== 9) return { valid: false, reason: 'must have 9 characters' };
  if (!/^[0-9A-Z]{2}[0-9]{7}$/.test(unp)) return { valid: false, reason: 'characters 3 to 9 must be digits' };
  const first = unp[0]!;
  const second = unp[1]!;
  const firstIsLetter = /[A-Z]/.test(first);
  const secondIsLetter = /[A-Z]/.test(second);
  if (firstIsLetter !== secondIsLetter) {
    return { valid: false, reason: 'the first two characters must be both digits or both letters' };
  }
  if (!REGION_CODES.includes(first)) return { valid: false, reason: `"${first}" is not a region code` };
  if (secondIsLetter && !SECOND_LETTERS.includes(second)) {
    return { valid: false, reason: `"${second}" is not an allowed letter` };
  }
  const values = [
    parseInt(first, 36),
    secondIsLetter ? SECOND_LETTERS.indexOf(second) : Number(second),
    ...unp.slice(2, 8).split('').map(Number),
  ];
  const check = values.reduce((sum, v, i) => sum + v * WEIGHTS[i]!, 0) % 11;
  if (check === 10) return { valid: false, reason: 'check value is 10, which no valid number has' };
  if (check !== Number(unp[8])) return { valid: false, reason: 'wrong check digit' };
  return { valid: true, unp };
}
