// Ranked partners: each with its score, a small bar per component and its reasons, translated by code with
// their parameters (English uses the server's own sentence; unknown codes fall back to it).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COMPONENTS, type PartnerMatch, type PartnerReason } from '../../api/partners.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { barPercent, matchName, reasonParams } from './view.ts';

export function useReasonText(): (reason: PartnerReason) => string {
  const { t, i18n } = useTranslation('partners');
  const format = useFormat();
  return (reason) => {
    const key = `reasons.${reason.code}`;
    if (i18n.language === 'en' || !i18n.exists(`partners:${key}`)) return reason.text;
    return t(key as 'reasons.same-group', reasonParams(reason.params, format.decimal));
  };
}

interface MatchListProps {
  items: PartnerMatch[];
  /** the subject organisation, for the compare links (null for a cluster subject) */
  subjectOrg: number | null;
  /** foreign clusters link to cluster profiles */
  clusters?: boolean;
  compact?: boolean;
  testId?: string;
}

export function MatchList({ items, subjectOrg, clusters = false, compact = false, testId = 'partner-list' }: MatchListProps) {
  const { t, i18n } = useTranslation('partners');
  const format = useFormat();
  const reasonText = useReasonText();
  if (items.length === 0) return <p className="ptn-muted" data-testid={`${testId}-empty`}>{t('results.none')}</p>;
  return (
    <ol className={`ptn-results${compact ? ' compact' : ''}`} data-testid={testId}>
      {items.map((item, index) => {
        const name = matchName(item, i18n.language);
        const isCluster = clusters || item.kind === 'cluster';
        return (
          <li key={`${item.kind ?? ''}${item.id}`} className="ptn-result" data-testid="partner-row" data-id={item.id} data-score={item.score}>
            <div className="ptn-result-head">
              <span className="ptn-rank">{t('results.rank', { rank: index + 1 })}</span>
              <Link to={isCluster ? `/clusters/${item.id}` : `/organizations/${item.id}`} className="ptn-name" data-testid="partner-name">{name}</Link>
              {item.country && <span className="ptn-muted">{item.country}</span>}
              <span className="ptn-score" title={t('results.score')} data-testid="partner-score">{format.decimal(item.score)}</span>
              {!isCluster && subjectOrg !== null && (
                <Link className="ptn-compare" to={`/partners/compare?a=${subjectOrg}&b=${item.id}`} data-testid="partner-compare">{t('results.compare')}</Link>
              )}
            </div>
            {!compact && (
              <ul className="ptn-bars" aria-label={t('results.score')}>
                {COMPONENTS.map((c) => {
                  const value = item.components?.[c];
                  const label = t(`components.${c}`);
                  return (
                    <li key={c} className="ptn-bar" data-component={c} title={t('results.componentValue', { name: label, value: format.decimal(value) })}>
                      <span className="ptn-bar-label">{label}</span>
                      <span className="ptn-bar-track"><span className={`ptn-bar-fill c-${c}`} style={{ width: `${barPercent(value)}%` }} /></span>
                      <span className="ptn-bar-value">{format.decimal(value)}</span>
                    </li>
                  );
                })}
              </ul>
            )}
            {item.reasons.length > 0 && (
              <ul className="ptn-reasons" aria-label={t('results.reasons')}>
                {item.reasons.map((r, i) => (
                  <li key={i} data-testid="partner-reason" data-code={r.code} data-component={r.component}>
                    <span className={`ptn-dot c-${r.component}`} aria-hidden="true" />{reasonText(r)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
