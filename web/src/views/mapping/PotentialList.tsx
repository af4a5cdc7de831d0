// Potential clusters, best first, each with the evidence that makes it one; more on request, and a button
// that shows the pair in the table of strong clusters.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingQuery } from '../../api/mapping.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { usePotentialClusters } from '../../hooks/useMapping.ts';
import '../../i18n/mapping.ts';
import { Evidence } from './Evidence.tsx';
import { useMappingFormat } from './format.ts';

const STEP = 10;

export function PotentialList({ query, onShow }: { query: MappingQuery; onShow: (region: string, category: string) => void }) {
  const { t } = useTranslation('mapping');
  const format = useMappingFormat();
  const [limit, setLimit] = useState(STEP);
  const potential = usePotentialClusters(query, { limit, offset: 0 });
  if (potential.isPending) return <Loading />;
  if (potential.isError) return <ErrorMessage error={potential.error} onRetry={() => void potential.refetch()} />;
  const { items, total } = potential.data;
  if (total === 0) return <p className="mapping-muted" data-testid="potential-empty">{t('potential.empty')}</p>;
  return (
    <>
      <p className="mapping-muted" data-testid="potential-total" data-total={total}>{t('potential.total', { n: format.integer(total) })}</p>
      <ol className="potential-list" data-testid="potential-list">
        {items.map((cell) => (
          <li key={`${cell.region}|${cell.category}`} data-testid="potential-item" data-rank={cell.rank} data-region={cell.region} data-category={cell.category}>
            <p className="potential-head">
              <span className="potential-rank">{t('potential.rank', { rank: cell.rank })}</span>
              <strong>{format.names(cell.regionName)}</strong>
              <span>— <code>{cell.category}</code> {format.names(cell.categoryName)}</span>
            </p>
            <Evidence cell={cell} />
            <button type="button" className="secondary potential-show" onClick={() => onShow(cell.region, cell.category)}>{t('potential.inTable')}</button>
          </li>
        ))}
      </ol>
      {items.length < total && (
        <button type="button" className="secondary" data-testid="potential-more" disabled={potential.isFetching} onClick={() => setLimit((n) => Math.min(n + STEP, 500))}>
          {t('potential.more')}
        </button>
      )}
    </>
  );
}
