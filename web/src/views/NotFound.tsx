import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('notFound')}</h1>
      <Link to="/">{t('backHome')}</Link>
    </section>
  );
}
