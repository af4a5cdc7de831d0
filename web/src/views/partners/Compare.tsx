// Two organisations side by side (/partners/compare?a=ID&b=ID): their public profile facts and how B scores as a
// partner of A. The score comes from A's partner search (similar and complementary modes, top 100); when B is not
// among them the page says so and shows what the two profiles share, computed in the browser.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { COMPONENTS, type PartnerMatch } from '../../api/partners.ts';
import type { Organization } from '../../api/types.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useOrganization, usePartners } from '../../hooks/usePartners.ts';
import '../../i18n/partners.ts';
import { useSectorNames, useTerritoryNames } from '../cluster-profile/reference-data.ts';
import { useReasonText } from './MatchList.tsx';
import { OrgPicker } from './OrgPicker.tsx';
import './partners.css';
import { barPercent, compareProfiles, type CompareView, readCompare, sectorCodes, writeCompare } from './view.ts';

const PAIR_TOP = 100;

export default function ComparePage() {
  const { t } = useTranslation('partners');
  const localized = useLocalizedName();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readCompare(params), [params]);
  const update = useCallback((change: Partial<CompareView>) =>
    setParams((current) => writeCompare(current, { ...readCompare(current), ...change }), { replace: true }), [setParams]);
  const a = useOrganization(view.a || null);
  const b = useOrganization(view.b || null);
  const base = { territory: '', country: '', role: '', sizeClass: '', sector: '', cluster: '', top: PAIR_TOP, weights: {} };
  const similar = usePartners(view.a && view.b ? { ...base, subject: { kind: 'organization', id: Number(view.a) }, mode: 'similar' } : null);
  const complementary = usePartners(view.a && view.b ? { ...base, subject: { kind: 'organization', id: Number(view.a) }, mode: 'complementary' } : null);
  const find = (items: PartnerMatch[] | undefined) => items?.find((m) => String(m.id) === view.b) ?? null;
  const ready = a.data && b.data;

  return (
    <div className="ptn-page" data-testid="compare-page" data-state={ready && !similar.isFetching && !complementary.isFetching ? 'ready' : 'loading'}>
      <header>
        <p><Link to={view.a ? `/partners?org=${view.a}` : '/partners'}>← {t('title')}</Link></p>
        <h1>{t('compare.title')}</h1>
        <p className="ptn-muted ptn-intro">{t('compare.intro')}</p>
      </header>
      <section className="ptn-panel">
        {(['a', 'b'] as const).map((side) => {
          const org = side === 'a' ? a.data : b.data;
          return (
            <div key={side}>
              <p data-testid={`compare-${side}-name`}><strong>{t(`compare.${side}`)}:</strong> {org ? localized(org) : '—'}</p>
              <OrgPicker label={t('subject.search')} testId={`compare-${side}-picker`} onPick={(id) => update({ [side]: String(id) })} />
            </div>
          );
        })}
        <button type="button" className="secondary" data-testid="compare-swap" onClick={() => update({ a: view.b, b: view.a })}>{t('compare.swap')}</button>
      </section>
      {(!view.a || !view.b) && <p className="ptn-muted">{t('compare.choose')}</p>}
      {(a.isError || b.isError) && <ErrorMessage error={a.error ?? b.error} />}
      {view.a && view.b && !ready && !a.isError && !b.isError && <Loading />}
      {ready && (
        <>
          <Facts a={a.data} b={b.data} />
          <section>
            <h2>{t('compare.scores')}</h2>
            <p className="ptn-muted">{t('compare.scoresOf', { a: localized(a.data), b: localized(b.data) })}</p>
            <div className="ptn-two">
              {([['similar', similar], ['complementary', complementary]] as const).map(([mode, query]) => (
                <div key={mode} data-testid={`compare-score-${mode}`}>
                  <h3>{t(`mode.${mode}`)}</h3>
                  {query.isError && <ErrorMessage error={query.error} />}
                  {query.isPending && <Loading />}
                  {query.data && <PairScore match={find(query.data.items)} />}
                </div>
              ))}
            </div>
          </section>
          <Shared a={a.data} b={b.data} />
        </>
      )}
    </div>
  );
}

function PairScore({ match }: { match: PartnerMatch | null }) {
  const { t } = useTranslation('partners');
  const format = useFormat();
  const reasonText = useReasonText();
  if (!match) return <p className="ptn-muted" data-testid="compare-not-in-top">{t('compare.notInTop', { top: PAIR_TOP })}</p>;
  return (
    <div className="ptn-result" data-testid="compare-pair" data-score={match.score}>
      <p><strong>{t('results.score')}: {format.decimal(match.score)}</strong></p>
      <ul className="ptn-bars">
        {COMPONENTS.map((c) => (
          <li key={c} className="ptn-bar" data-component={c}>
            <span className="ptn-bar-label">{t(`components.${c}`)}</span>
            <span className="ptn-bar-track"><span className={`ptn-bar-fill c-${c}`} style={{ width: `${barPercent(match.components?.[c])}%` }} /></span>
            <span className="ptn-bar-value">{format.decimal(match.components?.[c])}</span>
          </li>
        ))}
      </ul>
      <ul className="ptn-reasons">
        {match.reasons.map((r, i) => <li key={i} data-testid="partner-reason" data-code={r.code}><span className={`ptn-dot c-${r.component}`} aria-hidden="true" />{reasonText(r)}</li>)}
      </ul>
    </div>
  );
}

function Facts({ a, b }: { a: Organization; b: Organization }) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const localized = useLocalizedName();
  const sectors = useSectorNames();
  const territoryName = useTerritoryNames();
  const rows: [string, (o: Organization) => React.ReactNode][] = [
    [t('compare.sectors'), (o) => sectorCodes(o).map((c) => <div key={c}>{sectors.label(c)}</div>)],
    [t('compare.territory'), (o) => territoryName(o.territoryId) || '—'],
    [t('compare.sizeClass'), (o) => (o.sizeClass ? tc(`size.${o.sizeClass}`) : '—')],
    [t('compare.roles'), (o) => o.roles.map((r) => tc(`orgRole.${r as 'producer'}`, { defaultValue: r })).join(', ') || '—'],
    [t('compare.certifications'), (o) => o.certifications?.join(', ') || '—'],
    [t('compare.labels'), (o) => o.labels?.join(', ') || '—'],
    [t('compare.foundedYear'), (o) => o.foundedYear ?? '—'],
    [t('compare.status'), (o) => (o.status ? t(`organization.status.${o.status}`) : '—')],
  ];
  return (
    <section className="table-scroll">
      <h2>{t('compare.facts')}</h2>
      <table className="ptn-compare-table" data-testid="compare-facts">
        <thead><tr><td /><th scope="col"><Link to={`/organizations/${a.id}`}>{localized(a)}</Link></th><th scope="col"><Link to={`/organizations/${b.id}`}>{localized(b)}</Link></th></tr></thead>
        <tbody>
          {rows.map(([label, cell]) => <tr key={label}><th scope="row">{label}</th><td>{cell(a)}</td><td>{cell(b)}</td></tr>)}
        </tbody>
      </table>
    </section>
  );
}

function Shared({ a, b }: { a: Organization; b: Organization }) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const shared = compareProfiles(a, b);
  const yesNo = (v: boolean) => (v ? t('compare.yes') : t('compare.no'));
  return (
    <section data-testid="compare-shared">
      <dl className="ptn-facts">
        <dt>{t('compare.sharedSectors')}</dt><dd data-testid="compare-shared-sectors">{[...shared.sharedSectors, ...shared.sharedDivisions.filter((d) => !shared.sharedSectors.includes(d))].join(', ') || t('compare.none')}</dd>
        <dt>{t('compare.sameTerritory')}</dt><dd>{yesNo(shared.sameTerritory)}</dd>
        <dt>{t('compare.sameSize')}</dt><dd>{yesNo(shared.sameSize)}</dd>
        <dt>{t('compare.sharedRoles')}</dt><dd>{shared.sharedRoles.map((r) => tc(`orgRole.${r as 'producer'}`, { defaultValue: r })).join(', ') || t('compare.none')}</dd>
      </dl>
      <p className="ptn-muted">{t('compare.computed')}</p>
    </section>
  );
}
