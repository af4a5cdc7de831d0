// Target markets of one product for the selected country (GET /api/complexity/markets): the importing countries
// ranked by import size, growth and peer exporters' share, each with its reasons; without bilateral trade data,
// a note that says so with the product's world market size.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarketItem } from '../../api/opportunities.ts';
import { ErrorMessage } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useTargetMarkets } from '../../hooks/useOpportunities.ts';
import { countryNamer } from './countries.ts';
import { moneyScale } from './view.ts';

export function TargetMarkets({ dataset, location, product, label, onClose }: {
  dataset: string; location: string; product: string; label: string; onClose: () => void;
}) {
  const { t } = useTranslation('opportunities');
  const format = useFormat();
  const markets = useTargetMarkets(dataset, product, location);
  const show = useMemo(() => {
    const one = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
    const two = new Intl.NumberFormat(format.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      money: (value: number) => {
        const scaled = moneyScale(value);
        return t(`money.${scaled.key}`, { value: one.format(scaled.value) });
      },
      score: (v: number) => two.format(v),
      percent: (v: number | null) => (v === null ? '—' : percent.format(v)),
      country: countryNamer(format.locale),
    };
  }, [format.locale, t]);
  const data = markets.data;
  const reasons = (item: MarketItem) => item.reasons.map((r) => t(`markets.reason.${r}`)).join(', ');

  return (
    <section className="opp-section opp-markets" data-testid="markets-panel" data-product={product}
      data-state={markets.isPending ? 'loading' : markets.isError ? 'error' : 'ready'}>
      <div className="opp-markets-head">
        <h2>{t('markets.title', { product: `${product} ${label}`.trim() })}</h2>
        <button type="button" onClick={onClose} data-testid="markets-close">{t('markets.close')}</button>
      </div>
      <p className="opp-muted">{t('markets.hint')}</p>
      {markets.isPending && <p className="opp-muted">{t('markets.loading')}</p>}
      {markets.isError && <ErrorMessage error={markets.error} onRetry={() => void markets.refetch()} />}
      {data && !data.bilateral && (
        <p data-testid="markets-nodata" data-world={data.worldValue}>{t('markets.noData', { value: show.money(data.worldValue) })}</p>
      )}
      {data && data.bilateral && (
        <>
          <p className="opp-muted" data-testid="markets-peers">
            {t('markets.peers', { list: data.peers.length > 0 ? data.peers.map(show.country).join(', ') : '—' })}
            {data.year !== null && data.firstYear !== null ? ` · ${t('markets.years', { year: data.year, first: data.firstYear })}` : ''}
          </p>
          <div className="opp-table-scroll">
            <table className="opp-table" data-testid="markets-table">
              <thead>
                <tr>
                  <th scope="col">#</th><th scope="col">{t('markets.importer')}</th><th scope="col">{t('markets.size')}</th>
                  <th scope="col">{t('markets.growth')}</th><th scope="col">{t('markets.peerShare')}</th><th scope="col">{t('markets.already')}</th>
                  <th scope="col">{t('markets.score')}</th><th scope="col">{t('markets.reasons')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.importer} data-testid="markets-row" data-importer={item.importer}>
                    <td>{item.rank}</td>
                    <td>{show.country(item.importer)} <code>{item.importer.toUpperCase()}</code></td>
                    <td>{show.money(item.size)}</td>
                    <td>{show.percent(item.growth)}</td>
                    <td>{show.percent(item.peerShare)}</td>
                    <td>{item.alreadyExports ? t('markets.yes') : '—'}</td>
                    <td>{show.score(item.score)}</td>
                    <td className="opp-muted">{reasons(item)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
