// Export opportunities (/opportunities): for a country of a trade dataset (Belarus and the demo's world HS4
// 2017 table by default), the products it could export next ranked with a strategy's weights, each explained
// by the nearest products it already exports; a feasibility vs attractiveness scatter of the candidates and
// the ECI vs COI chart of every country. A firm's or cluster's own product list replaces the country's exports
// (a personal export map). The dataset, country, strategy and product list are kept in the URL.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type ComplexityLocation, STRATEGY_NAMES, type StrategyName } from '../../api/opportunities.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useComplexityLocations, useComplexityProducts, useOpportunities } from '../../hooks/useOpportunities.ts';
import '../../i18n/opportunities.ts';
import { OpportunityTable } from './OpportunityTable.tsx';
import { ProductListForm } from './ProductListForm.tsx';
import './opportunities.css';
import { ProductSpace } from './ProductSpace.tsx';
import type { ScatterInput } from './scatter-chart.ts';
import { Scatter } from './Scatter.tsx';
import { countryNamer } from './countries.ts';
import { type OpportunitiesView, readView, writeView } from './view.ts';

/** Candidates fetched for the scatter (the API's page limit); the table shows the first TABLE_ROWS. */
const CANDIDATES = 500;
const TABLE_ROWS = 50;
const TOP = 20;

export default function OpportunitiesPage() {
  const { t, i18n } = useTranslation('opportunities');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const update = useCallback(
    (change: Partial<OpportunitiesView>) => setParams((current) => writeView(current, { ...readView(current), ...change }), { replace: true }),
    [setParams],
  );
  const locations = useComplexityLocations(view.dataset);
  const products = useComplexityProducts(view.dataset);
  const opportunities = useOpportunities(view, CANDIDATES);

  const localName = useMemo(() => {
    const ru = new Map((products.data?.items ?? []).map((p) => [p.product, p.nameRu]));
    const english = i18n.language === 'en';
    return (code: string, nameEn: string | null) => (english ? nameEn : ru.get(code) || nameEn) || '';
  }, [products.data, i18n.language]);

  const countryName = useMemo(() => countryNamer(format.locale), [format.locale]);
  const sortedLocations = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    return (locations.data?.items ?? []).map((l) => ({ ...l, name: countryName(l.location) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [locations.data, countryName, format.locale]);
  const ranked = (locations.data?.items ?? []).filter((l) => l.rank !== null).length;
  const current = opportunities.data && !opportunities.isPlaceholderData ? opportunities.data : undefined;
  const data = opportunities.data;

  // Stable between renders, so the charts are redrawn only when their data or the language change.
  const scatterInput = useMemo<ScatterInput>(() => {
    const points = (data?.items ?? []).filter((i) => i.density !== null && i.pci !== null)
      .map((i) => ({ x: i.density!, y: i.pci!, label: `${i.product} ${localName(i.product, i.nameEn)}` }));
    return {
      xName: t('scatter.x'), yName: t('scatter.y'), highlightedName: t('scatter.top', { top: TOP }), otherName: t('scatter.other'),
      highlighted: points.slice(0, TOP), others: points.slice(TOP),
    };
  }, [data, localName, t]);
  const strategicInput = useMemo<ScatterInput>(() => {
    const points = (locations.data?.items ?? []).filter((l) => l.eci !== null && l.coi !== null);
    const point = (l: ComplexityLocation) => ({ x: l.eci!, y: l.coi!, label: countryName(l.location) });
    return {
      xName: t('strategic.x'), yName: t('strategic.y'), highlightedName: t('strategic.selected'), otherName: t('strategic.others'),
      highlighted: points.filter((l) => l.location === view.location).map(point),
      others: points.filter((l) => l.location !== view.location).map(point),
    };
  }, [locations.data, view.location, t, countryName]);

  const header = (
    <header className="opp-head">
      <h1>{t('title')}</h1>
      <p className="opp-muted opp-credit" data-testid="opp-credit">{t('credit')}</p>
      <p className="opp-muted opp-intro">{t('intro')}</p>
    </header>
  );
  if (locations.isPending) return <div className="opp-page">{header}<Loading /></div>;
  if (locations.isError) return <div className="opp-page">{header}<ErrorMessage error={locations.error} onRetry={() => void locations.refetch()} /></div>;

  return (
    <div className="opp-page" data-testid="opp-page" data-state={current && !opportunities.isFetching ? 'ready' : 'loading'}>
      {header}
      <section className="opp-controls" aria-label={t('strategy.label')}>
        <label className="opp-control">
          {t('location.label')}
          <select data-testid="opp-location" value={view.location} onChange={(e) => update({ location: e.target.value })}>
            {sortedLocations.map((l) => (
              <option key={l.location} value={l.location}>
                {l.name} ({l.location.toUpperCase()}){l.rank !== null ? ` · ECI ${format.decimal(l.eci)} · #${l.rank}` : ''}
              </option>
            ))}
          </select>
        </label>
        {data && (
          <dl className="opp-figures" data-testid="opp-figures">
            <div><dt>{t('location.eci')}</dt><dd data-testid="opp-eci">{format.decimal(data.eci)}</dd></div>
            <div><dt>{t('location.coi')}</dt><dd data-testid="opp-coi">{format.decimal(data.coi)}</dd></div>
            <div>
              <dt>{t('location.rank')}</dt>
              <dd data-testid="opp-rank">{data.rank === null ? '—' : t('location.rankOf', { rank: data.rank, total: ranked })}</dd>
            </div>
          </dl>
        )}
        <fieldset className="opp-strategies" data-testid="opp-strategy">
          <legend>{t('strategy.label')}</legend>
          {STRATEGY_NAMES.map((name: StrategyName) => (
            <label key={name} className="opp-strategy">
              <input type="radio" name="strategy" value={name} checked={view.strategy === name} onChange={() => update({ strategy: name })} />
              <span><strong>{t(`strategy.${name}`)}</strong> <span className="opp-muted">{t(`strategy.${name}-hint`)}</span></span>
            </label>
          ))}
          {data && (
            <p className="opp-muted opp-weights" data-testid="opp-weights">
              {t('strategy.weights', {
                density: format.decimal(data.weights.density), pci: format.decimal(data.weights.pci),
                cog: format.decimal(data.weights.cog), size: format.decimal(data.weights.size),
              })}
              {data.growthFrom === null
                ? ` ${t('strategy.noGrowth')}`
                : t('strategy.growthWeight', { growth: format.decimal(data.weights.growth ?? 0), year: data.growthFrom })}
            </p>
          )}
        </fieldset>
        <ProductListForm
          value={view.products}
          onApply={(products) => update({ products, cluster: '', organization: '' })}
          unknown={current?.unknownProducts ?? []}
          subject={view.cluster || view.organization ? current?.subject ?? null : null}
          subjectName={(s) => (i18n.language === 'en' ? s.nameEn || s.nameRu : s.nameRu)}
        />
      </section>
      {opportunities.isError && <ErrorMessage error={opportunities.error} onRetry={() => void opportunities.refetch()} />}
      {!data && opportunities.isPending && <Loading />}
      {data && (
        <>
          <section className="opp-section">
            <h2>{t('scatter.title')}</h2>
            <p className="opp-muted">{t('scatter.hint', { top: TOP })}</p>
            <Scatter
              testId="opp-scatter"
              label={t('scatter.title')}
              input={scatterInput}
            />
          </section>
          <section className="opp-section">
            <h2>{t('table.title')}</h2>
            <p className="opp-muted" data-testid="opp-total">{t('table.total', { shown: Math.min(TABLE_ROWS, data.items.length), total: data.total })}</p>
            <OpportunityTable items={data.items.slice(0, TABLE_ROWS)} name={localName} path={current?.path ?? ''}
              dataset={view.dataset} location={view.location} growthFrom={data.growthFrom} />
          </section>
          <section className="opp-section" data-testid="opp-space-section">
            <h2>{t('space.title')}</h2>
            <p className="opp-muted">{t('space.hint')}</p>
            <ProductSpace dataset={view.dataset} location={view.location} name={localName} />
            <p className="opp-muted">{t('space.credit')}</p>
          </section>
          <section className="opp-section">
            <h2>{t('strategic.title')}</h2>
            <p className="opp-muted">{t('strategic.hint')}</p>
            <Scatter
              testId="opp-strategic"
              label={t('strategic.title')}
              input={strategicInput}
            />
          </section>
        </>
      )}
    </div>
  );
}
