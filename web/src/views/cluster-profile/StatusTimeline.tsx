// The cluster's status over time: one entry per recorded status, oldest first, the last one current.
import { useTranslation } from 'react-i18next';
import type { ClusterProfile, ClusterStatus } from '../../api/types.ts';
import { CLUSTER_STATUSES } from '../../api/types.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';

export function StatusTimeline({ history }: { history: ClusterProfile['statusHistory'] }) {
  const { t } = useTranslation('cluster');
  const { t: tc } = useTranslation();
  const format = useFormat();
  if (history.length === 0) return <p className="muted">{t('history.empty')}</p>;

  // Known machine notes are translated; anything else was typed by a person and is shown as it is.
  const note = (text: string | null): string | null => {
    if (!text) return null;
    if (text === 'imported') return t('history.imported');
    if (text === 'created') return t('history.created');
    const from = /^changed from (\w+)$/.exec(text)?.[1];
    if (from && (CLUSTER_STATUSES as string[]).includes(from)) return t('history.changedFrom', { status: tc(`status.${from as ClusterStatus}`) });
    return text;
  };

  return (
    <ol className="timeline" data-testid="status-timeline">
      {history.map((entry, i) => {
        const current = i === history.length - 1;
        const text = note(entry.note);
        return (
          <li key={entry.id} className={current ? 'current' : undefined} data-testid="timeline-entry">
            <span className={`timeline-dot status-${entry.status}`} aria-hidden="true" />
            <div>
              <StatusBadge status={entry.status} />
              {' '}
              {entry.validFrom
                ? <time dateTime={entry.validFrom}>{t('history.since', { date: format.date(entry.validFrom) })}</time>
                : <span className="muted">{t('history.undated')}</span>}
              {current && <strong className="timeline-current"> · {t('history.current')}</strong>}
              {text && <p className="timeline-note">{text}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
