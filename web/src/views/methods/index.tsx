import { useTranslation } from 'react-i18next';
import '../pages.css';

const ITEMS = ['status', 'counts', 'perMillion', 'size', 'unp', 'imports', 'confidential', 'illustrative'] as const;

export default function Methods() {
  const { t } = useTranslation('methods');
  return (
    <article className="page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <dl>
        {ITEMS.map((item) => (
          <div key={item}>
            <dt>{t(`items.${item}.term`)}</dt>
            <dd>{t(`items.${item}.text`)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('nextTitle')}</h2>
      <p>{t('next')}</p>
    </article>
  );
}
