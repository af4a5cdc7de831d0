// Numbers and dates formatted for the interface language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Language } from '../i18n/index.ts';

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[(i18n.language as Language)] ?? LOCALES.ru;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' });
    return {
      locale,
      integer: (n: number | null | undefined) => (n === null || n === undefined ? '—' : integer.format(n)),
      decimal: (n: number | null | undefined) => (n === null || n === undefined ? '—' : decimal.format(n)),
      date: (iso: string | null | undefined) => (iso ? day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '—'),
    };
  }, [locale]);
}
