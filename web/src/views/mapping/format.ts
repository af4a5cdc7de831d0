// Number formats of the mapping figures in the interface language: LQ, shares, growth rates, and the names
// the cell answers carry as {ru, be, en}.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Names } from '../../api/mapping.ts';
import { useFormat } from '../../hooks/useFormat.ts';

export function useMappingFormat() {
  const format = useFormat();
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const lq = new Intl.NumberFormat(format.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const share = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 });
    const rate = new Intl.NumberFormat(format.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const missing = (x: number | null | undefined): x is null | undefined => x === null || x === undefined || !Number.isFinite(x);
    return {
      ...format,
      lq: (x: number | null | undefined) => (missing(x) ? '—' : lq.format(x)),
      /** A share 0..1 as a whole percentage. */
      share: (x: number | null | undefined) => (missing(x) ? '—' : share.format(x)),
      /** A growth rate (a fraction a year), signed, one decimal. */
      rate: (x: number | null | undefined) => (missing(x) ? '—' : rate.format(x)),
      names: (names: Names) => (language === 'en' ? names.en : language === 'be' ? names.be : null) || names.ru,
    };
  }, [format, language]);
}
