import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import '../../i18n/mapping.ts';
import '../pages.css';

const ITEMS = ['status', 'counts', 'perMillion', 'size', 'unp', 'imports', 'confidential', 'illustrative'] as const;
const MAPPING_ITEMS = ['lq', 'strong', 'stars', 'strength', 'growth', 'potential', 'maturity'] as const;
const REFERENCES = ['dps2014', 'dps2016', 'eco', 'resolution'] as const;
const EVALUATION_ITEMS = ['kpi', 'programme', 'impact', 'excellence', 'support', 'ahp'] as const;

export default function Methods() {
  const { t } = useTranslation('methods');
  const { t: tm } = useTranslation('mapping');
  const { hash } = useLocation();
  // A link to a part of the page (/methods#mapping-maturity) lands on it once the lazily loaded page is shown.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
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
      <section aria-labelledby="mapping" data-testid="methods-mapping">
        <h2 id="mapping">{tm('methods.title')}</h2>
        <p>{tm('methods.intro')}</p>
        <dl>
          {MAPPING_ITEMS.map((item) => (
            <div key={item}>
              <dt id={`mapping-${item}`}>{tm(`methods.items.${item}.term`)}</dt>
              <dd>{tm(`methods.items.${item}.text`)}</dd>
            </div>
          ))}
        </dl>
        <h3>{tm('methods.referencesTitle')}</h3>
        <ul className="references">
          {REFERENCES.map((ref) => <li key={ref}>{tm(`methods.references.${ref}`)}</li>)}
        </ul>
      </section>
      <section aria-labelledby="evaluation" data-testid="methods-evaluation">
        <h2 id="evaluation">{t('evaluationTitle')}</h2>
        <dl>
          {EVALUATION_ITEMS.map((item) => (
            <div key={item}>
              <dt id={`evaluation-${item}`}>{t(`evaluation.${item}.term`)}</dt>
              <dd>{t(`evaluation.${item}.text`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p>{t('more')}</p>
    </article>
  );
}
