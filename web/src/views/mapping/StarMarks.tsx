// The four European Cluster Observatory stars of a cell, each filled when earned and named in its title, with
// the count and the kinds in words for screen readers.
import { useTranslation } from 'react-i18next';
import { STAR_KINDS, type StarKind } from '../../api/mapping.ts';
import '../../i18n/mapping.ts';
import './evidence.css';

export function StarMarks({ star }: { star: Record<StarKind, boolean> }) {
  const { t } = useTranslation('mapping');
  const words = useStarWords()(star);
  return (
    <span className="star-marks" data-stars={STAR_KINDS.filter((kind) => star[kind]).length}>
      {STAR_KINDS.map((kind) => (
        <span key={kind} className={star[kind] ? 'star earned' : 'star'} title={t(`stars.hints.${kind}`)} aria-hidden="true" data-kind={kind}>
          {star[kind] ? '★' : '☆'}
        </span>
      ))}
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

/** The earned stars in words ("3 of 4 stars: size, specialisation, focus"). */
export function useStarWords() {
  const { t } = useTranslation('mapping');
  return (star: Record<StarKind, boolean>) => {
    const earned = STAR_KINDS.filter((kind) => star[kind]);
    return earned.length === 0 ? t('stars.none') : t('stars.label', { n: earned.length, kinds: earned.map((k) => t(`stars.kinds.${k}`)).join(', ') });
  };
}
