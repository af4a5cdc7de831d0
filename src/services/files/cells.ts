// Turns text cells into typed values by column type; a failure is a message for the row/column report.
import type { CellType } from '../../domain/columns.ts';

export type CellResult = { value: unknown } | { error: string };

const TRUE = new Set(['true', '1', 'yes', 'y', 'да', 'так', 't']);
const FALSE = new Set(['false', '0', 'no', 'n', 'нет', 'не', 'f']);

export function readCell(raw: string, type: CellType): CellResult {
  const text = raw.trim();
  if (text === '') return { value: type === 'list' || type === 'intlist' ? [] : undefined };
  switch (type) {
    case 'text':
      return { value: text };
    case 'int':
      return readInt(text);
    case 'number': {
      const n = Number(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
      return Number.isFinite(n) ? { value: n } : { error: `expected a number, got "${text}"` };
    }
    case 'date':
      return readDate(text);
    case 'bool': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return { error: `expected true or false, got "${text}"` };
    }
    case 'list':
      return { value: splitList(text) };
    case 'intlist': {
      const values: number[] = [];
      for (const part of splitList(text)) {
        const result = readInt(part);
        if ('error' in result) return result;
        values.push(result.value as number);
      }
      return { value: values };
    }
  }
}

function readInt(text: string): CellResult {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return /^-?\d+$/.test(compact) ? { value: Number(compact) } : { error: `expected a whole number, got "${text}"` };
}

/** ISO dates, and the day.month.year form of Russian-language spreadsheets. */
function readDate(text: string): CellResult {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { value: text };
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dotted) return { value: `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` };
  return { error: `expected a date YYYY-MM-DD, got "${text}"` };
}

function splitList(text: string): string[] {
  return text.split('|').map((s) => s.trim()).filter(Boolean);
}
