import { useTranslation } from 'react-i18next';

export function IllustrativeBadge({ show = true }: { show?: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return <span className="illustrative-badge" title={t('illustrativeHint')}>{t('illustrative')}</span>;
}
