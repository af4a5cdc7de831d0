// Partner search (/partners): for an organisation (?org=) or a cluster (?cluster=), ranked partners in a mode
// (similar, complementary, foreign clusters) with filters and a weight per score component, every result
// explained. Everything the user chooses is kept in the URL.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { COMPONENTS, type PartnerMode } from '../../api/partners.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useClusterList, useOrganization, usePartners } from '../../hooks/usePartners.ts';
import '../../i18n/partners.ts';
import { useTerritoryOptions } from '../edit/lookups.ts';
import { MatchList } from './MatchList.tsx';
import { OrgPicker } from './OrgPicker.tsx';
import './partners.css';
import {
  DEFAULT_VIEW, modesFor, ORG_ROLES, SIZE_CLASSES, type PartnersView, readView, setWeight, sliderWeights, toQuery, TOP_CHOICES, WEIGHT_MAX, WEIGHT_STEP, writeView,
} from './view.ts';

export default function PartnersPage() {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const localized = useLocalizedName();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const update = useCallback(
    (change: Partial<PartnersView>) => setParams((current) => writeView(current, { ...readView(current), ...change }), { replace: true }),
    [setParams],
  );
  const query = useMemo(() => toQuery(view), [view]);
  const partners = usePartners(query);
  const clusters = useClusterList();
  const organization = useOrganization(view.org || null);
  const territories = useTerritoryOptions();
  const subjectKind = view.cluster ? 'cluster' : 'organization';
  const cluster = (clusters.data?.items ?? []).find((c) => String(c.id) === view.cluster);
  const subjectName = view.cluster ? localized(cluster) : localized(organization.data);
  const current = partners.data && !partners.isPlaceholderData ? partners.data : undefined;
  const weights = sliderWeights(view.weights, partners.data?.weights);

  return (
    <div className="ptn-page" data-testid="partners-page" data-state={!query ? 'idle' : current && !partners.isFetching ? 'ready' : 'loading'}>
      <header>
        <h1>{t('title')}</h1>
        <p className="ptn-muted ptn-intro">{t('intro')}</p>
      </header>
      <section className="ptn-panel" aria-label={t('subject.label')}>
        <fieldset data-testid="partners-subject-kind">
          <legend>{t('subject.label')}</legend>
          {(['organization', 'cluster'] as const).map((kind) => (
            <label key={kind} className="ptn-option">
              <input type="radio" name="subject" value={kind} checked={subjectKind === kind}
                onChange={() => update(kind === 'cluster'
                  ? { org: '', cluster: String(cluster?.id ?? clusters.data?.items[0]?.id ?? ''), mode: view.mode === 'foreign' ? 'similar' : view.mode }
                  : { cluster: '', mode: view.mode === 'foreign' ? 'similar' : view.mode })} />
              {t(`subject.${kind}`)}
            </label>
          ))}
        </fieldset>
        {subjectKind === 'organization' ? (
          <div>
            {view.org && <p data-testid="partners-subject">{t('subject.chosen', { name: subjectName || `#${view.org}` })}</p>}
            <OrgPicker label={t('subject.search')} testId="partners-picker" onPick={(id) => update({ org: String(id), cluster: '' })} />
          </div>
        ) : (
          <label className="ptn-control">
            {t('subject.cluster_select')}
            <select data-testid="partners-cluster" value={view.cluster} onChange={(e) => update({ cluster: e.target.value, org: '' })}>
              {(clusters.data?.items ?? []).map((c) => <option key={c.id} value={c.id}>{localized(c)}</option>)}
            </select>
          </label>
        )}
        <fieldset data-testid="partners-mode">
          <legend>{t('mode.label')}</legend>
          {modesFor(subjectKind).map((mode: PartnerMode) => (
            <label key={mode} className="ptn-option">
              <input type="radio" name="mode" value={mode} checked={view.mode === mode} onChange={() => update({ mode, weights: {} })} />
              <span><strong>{t(`mode.${mode}`)}</strong> <span className="ptn-muted">{t(`mode.${mode}-hint`)}</span></span>
            </label>
          ))}
        </fieldset>
      </section>
      <section className="ptn-panel" aria-label={t('filters.label')} data-testid="partners-filters">
        <label className="ptn-control">
          {t('filters.territory')}
          <select data-testid="filter-territory" value={view.territory} onChange={(e) => update({ territory: e.target.value })}>
            <option value="">{t('filters.any')}</option>
            {territories.map((o) => <option key={o.code} value={o.code}>{o.group && o.group !== o.name ? `— ${o.name}` : o.name}</option>)}
          </select>
        </label>
        {view.mode === 'foreign' && (
          <label className="ptn-control">
            {t('filters.country')}
            <input data-testid="filter-country" value={view.country} maxLength={3} size={5} onChange={(e) => update({ country: e.target.value.toUpperCase() })} />
          </label>
        )}
        {view.mode !== 'foreign' && (
          <>
            <label className="ptn-control">
              {t('filters.role')}
              <select data-testid="filter-role" value={view.role} onChange={(e) => update({ role: e.target.value })}>
                <option value="">{t('filters.any')}</option>
                {ORG_ROLES.map((r) => <option key={r} value={r}>{tc(`orgRole.${r}`)}</option>)}
              </select>
            </label>
            <label className="ptn-control">
              {t('filters.sizeClass')}
              <select data-testid="filter-size" value={view.sizeClass} onChange={(e) => update({ sizeClass: e.target.value })}>
                <option value="">{t('filters.any')}</option>
                {SIZE_CLASSES.map((s) => <option key={s} value={s}>{tc(`size.${s}`)}</option>)}
              </select>
            </label>
            <label className="ptn-control">
              {t('filters.member')}
              <select data-testid="filter-member" value={view.member} onChange={(e) => update({ member: e.target.value })}>
                <option value="">{t('filters.any')}</option>
                {(clusters.data?.items ?? []).map((c) => <option key={c.id} value={c.id}>{localized(c)}</option>)}
              </select>
            </label>
          </>
        )}
        <label className="ptn-control">
          {t('filters.sector')}
          <input data-testid="filter-sector" defaultValue={view.sector} key={view.sector} size={8}
            onBlur={(e) => update({ sector: e.target.value.trim() })}
            onKeyDown={(e) => { if (e.key === 'Enter') update({ sector: e.currentTarget.value.trim() }); }} />
        </label>
        <label className="ptn-control">
          {t('filters.top')}
          <select data-testid="filter-top" value={view.top} onChange={(e) => update({ top: Number(e.target.value) })}>
            {TOP_CHOICES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        <button type="button" className="secondary" data-testid="filters-reset"
          onClick={() => update({ territory: '', country: '', role: '', sizeClass: '', sector: '', member: '', top: DEFAULT_VIEW.top })}>
          {t('filters.reset')}
        </button>
      </section>
      <section className="ptn-panel ptn-weights-panel" aria-label={t('weights.label')}>
        <fieldset>
          <legend>{t('weights.label')}</legend>
          <p className="ptn-muted">{t('weights.hint')}</p>
          <div className="ptn-weights" data-testid="partners-weights">
            {COMPONENTS.map((c) => (
              <label key={c} className="ptn-weight">
                <span>{t(`components.${c}`)}</span>
                <input type="range" min={0} max={WEIGHT_MAX} step={WEIGHT_STEP} value={weights[c]} data-testid={`weight-${c}`}
                  onChange={(e) => update({ weights: setWeight(weights, c, Number(e.target.value)) })} />
                <output data-testid={`weight-${c}-value`}>{format.decimal(weights[c])}</output>
              </label>
            ))}
          </div>
          <button type="button" className="secondary" data-testid="weights-reset" onClick={() => update({ weights: {} })}>{t('weights.reset')}</button>
        </fieldset>
      </section>
      {!query && <p className="ptn-muted" data-testid="partners-none">{t('subject.none')}</p>}
      {query && (
        <section aria-label={t('results.title')}>
          <h2>{t('results.title')}</h2>
          {partners.isError && <ErrorMessage error={partners.error} onRetry={() => void partners.refetch()} />}
          {partners.isPending && <Loading />}
          {partners.data && (
            <>
              <p className="ptn-muted" data-testid="partners-count">{t('results.count', { count: partners.data.items.length })}</p>
              <MatchList items={partners.data.items} subjectOrg={view.org ? Number(view.org) : null} clusters={view.mode === 'foreign'} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
