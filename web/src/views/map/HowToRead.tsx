// A short, plain explanation of what the shading, the markers and the filters mean.
import { useTranslation } from 'react-i18next';

export function HowToRead() {
  const { t } = useTranslation('map');
  return (
    <details className="map-how-to">
      <summary>{t('howTo.title')}</summary>
      <ul>
        <li>{t('howTo.areas')}</li>
        <li>{t('howTo.markers')}</li>
        <li>{t('howTo.spread')}</li>
        <li>{t('howTo.filters')}</li>
        <li>{t('howTo.potential')}</li>
        <li>{t('howTo.partial')}</li>
      </ul>
    </details>
  );
}
