import { useTranslation } from 'react-i18next';

// Placeholder, replaced by the view's own implementation.
export default function View() {
  const { t } = useTranslation('methods');
  return <section><h1>{t('title')}</h1></section>;
}
