// Choosing an organisation from the registry: a search box (GET /api/organizations?q=) and a list of hits.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useOrganizationSearch } from '../../hooks/usePartners.ts';

export function OrgPicker({ label, onPick, testId }: { label: string; onPick: (id: number) => void; testId: string }) {
  const { t } = useTranslation('partners');
  const localized = useLocalizedName();
  const [q, setQ] = useState('');
  const hits = useOrganizationSearch(q);
  const items = q.trim().length >= 2 ? (hits.data?.items ?? []) : [];
  return (
    <div className="ptn-picker" data-testid={testId}>
      <label className="ptn-control">
        {label}
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('subject.searchPlaceholder')}
          data-testid={`${testId}-input`} autoComplete="off" />
      </label>
      {items.length > 0 && (
        <ul className="ptn-hits" data-testid={`${testId}-hits`}>
          {items.map((o) => (
            <li key={o.id}>
              <button type="button" className="secondary" data-testid={`${testId}-hit`} data-id={o.id} onClick={() => { onPick(o.id); setQ(''); }}>
                {localized(o)}{o.unp ? ` · ${o.unp}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {q.trim().length >= 2 && hits.data && !hits.isPlaceholderData && items.length === 0 && <p className="ptn-muted">{t('subject.noHits', { q: q.trim() })}</p>}
    </div>
  );
}
