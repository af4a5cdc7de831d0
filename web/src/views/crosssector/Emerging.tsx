// The emerging industries dashboard: the ten industries of the European Observatory for Clusters and Industrial
// Change with their size (bar), growth, interconnectedness and the regions where they are most concentrated.
import { useTranslation } from 'react-i18next';
import type { LinkSource } from '../../api/crosssector.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useEmergingIndustries } from '../../hooks/useCrosssector.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { growthText, growthTrend, topRegions } from './view.ts';

const TOP_REGIONS = 3;

export function Emerging({ source, territoryName }: { source: LinkSource; territoryName: (code: string) => string }) {
  const { t } = useTranslation('crosssector');
  const format = useFormat();
  const name = useLocalizedName();
  const emerging = useEmergingIndustries(source);
  if (emerging.isPending) return <Loading />;
  if (emerging.isError) return <ErrorMessage error={emerging.error} onRetry={() => void emerging.refetch()} />;
  const items = emerging.data.items;
  if (items.length === 0) return <p className="cs-muted">{t('emerging.empty')}</p>;
  const maxSize = Math.max(0, ...items.map((i) => i.size ?? 0));
  return (
    <div className="cs-table-scroll">
      <table className="cs-table cs-emerging" data-testid="cs-emerging" data-state={emerging.isFetching ? 'loading' : 'ready'} data-count={items.length}>
        <thead>
          <tr>
            <th>{t('emerging.industry')}</th>
            <th>{t('emerging.size')}</th>
            <th className="cs-num">{t('emerging.growth')}</th>
            <th className="cs-num">{t('emerging.interconnectedness')}</th>
            <th>{t('emerging.regions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const trend = growthTrend(item.growth);
            const regions = topRegions(item.regions, TOP_REGIONS);
            return (
              <tr key={item.id} data-testid="cs-industry" data-id={item.id}>
                <td>
                  <strong>{name(item)}</strong>
                  <div className="cs-muted cs-codes" title={t('emerging.codes')}>{item.codes.join(', ')}</div>
                </td>
                <td className="cs-size">
                  <span className="cs-bar" style={{ width: `${maxSize > 0 ? (100 * (item.size ?? 0)) / maxSize : 0}%` }} aria-hidden="true" />
                  <span>{format.decimal(item.size)}</span>
                </td>
                <td className={`cs-num cs-trend-${trend}`}>{growthText(item.growth, format.integer)}</td>
                <td className="cs-num">{format.integer(item.interconnectedness)}</td>
                <td>
                  {regions.length === 0 ? <span className="cs-muted">{t('emerging.noRegions')}</span> : (
                    <ul className="cs-regions">
                      {regions.map((r) => <li key={r.territory}>{territoryName(r.territory)} <span className="cs-muted">{format.decimal(r.lq)}</span></li>)}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
