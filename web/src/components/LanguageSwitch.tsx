import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/index.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select data-testid="lang-switch" value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)} aria-label={t('language.label')}>
        {LANGUAGES.map((lng) => <option key={lng} value={lng}>{t(`language.${lng}`)}</option>)}
      </select>
    </label>
  );
}
