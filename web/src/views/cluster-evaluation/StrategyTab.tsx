// The internationalisation strategy record: target markets, the roadmap (year, action, status) and partners
// (name, country, kind); staff and the cluster's managers edit it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useSession } from '../../hooks/useSession.ts';
import { canManage, FormErrors } from './common.tsx';
import { useSetStrategy, useStrategy } from './queries.ts';
import { parseMarkets, strategyBody, type StrategyBody } from './transform.ts';

const STATUSES = ['planned', 'doing', 'done'] as const;

export function StrategyTab({ id }: { id: number }) {
  const { t } = useTranslation('clusterEvaluation');
  const strategy = useStrategy(id);
  const user = useSession().data?.user;
  const [editing, setEditing] = useState(false);
  if (strategy.isPending) return <Loading />;
  if (strategy.isError) return <ErrorMessage error={strategy.error} onRetry={() => void strategy.refetch()} />;
  return (
    <div className="ce-tab-body" data-testid="ce-strategy">
      <h2>{t('strategy.title')}</h2>
      <p className="ce-muted">{t('strategy.hint')}</p>
      {editing
        ? <StrategyForm id={id} strategy={strategy.data} onDone={() => setEditing(false)} />
        : (
          <>
            <StrategyRecord strategy={strategy.data} />
            {canManage(user, id) && <button type="button" onClick={() => setEditing(true)} data-testid="ce-strategy-edit">{t('strategy.edit')}</button>}
          </>
        )}
    </div>
  );
}

export function StrategyRecord({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation('clusterEvaluation');
  const format = useFormat();
  const empty = strategy.targetMarkets.length === 0 && strategy.roadmap.length === 0 && strategy.partners.length === 0;
  return (
    <div className="ce-strategy-record" data-testid="ce-strategy-record">
      <p className="ce-muted">
        {strategy.updatedAt ? t('strategy.updated', { date: format.date(strategy.updatedAt) }) : t('strategy.notSaved')}
        <IllustrativeBadge show={strategy.illustrative} />
      </p>
      {empty && <p className="ce-muted">{t('strategy.empty')}</p>}
      <h3>{t('strategy.markets')}</h3>
      {strategy.targetMarkets.length === 0 ? <p className="ce-muted">—</p> : (
        <ul className="ce-markets" data-testid="ce-markets">{strategy.targetMarkets.map((m) => <li key={m}>{m}</li>)}</ul>
      )}
      <h3>{t('strategy.roadmap')}</h3>
      {strategy.roadmap.length === 0 ? <p className="ce-muted">—</p> : (
        <table className="ce-table" data-testid="ce-roadmap">
          <thead><tr><th className="ce-num">{t('strategy.year')}</th><th>{t('strategy.action')}</th><th>{t('strategy.status')}</th></tr></thead>
          <tbody>
            {[...strategy.roadmap].sort((a, b) => a.year - b.year).map((r, i) => (
              <tr key={i}><td className="ce-num">{r.year}</td><td>{r.action}</td><td><span className={`ce-step ce-step-${r.status}`}>{t(`strategy.statuses.${r.status}`)}</span></td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('strategy.partners')}</h3>
      {strategy.partners.length === 0 ? <p className="ce-muted">—</p> : (
        <table className="ce-table" data-testid="ce-partners">
          <thead><tr><th>{t('strategy.partnerName')}</th><th>{t('strategy.country')}</th><th>{t('strategy.kind')}</th></tr></thead>
          <tbody>{strategy.partners.map((p, i) => <tr key={i}><td>{p.name}</td><td>{p.country}</td><td>{p.kind}</td></tr>)}</tbody>
        </table>
      )}
    </div>
  );
}

function StrategyForm({ id, strategy, onDone }: { id: number; strategy: Strategy; onDone: () => void }) {
  const { t } = useTranslation('clusterEvaluation');
  const save = useSetStrategy(id);
  const [markets, setMarkets] = useState(strategy.targetMarkets.join(', '));
  const [roadmap, setRoadmap] = useState(strategy.roadmap.map((r) => ({ ...r, year: String(r.year) })));
  const [partners, setPartners] = useState(strategy.partners.map((p) => ({ ...p })));
  const year = new Date().getFullYear();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body: StrategyBody = strategyBody({
      targetMarkets: parseMarkets(markets),
      roadmap: roadmap.map((r) => ({ ...r, year: Number(r.year) })),
      partners,
      illustrative: strategy.illustrative,
    });
    save.mutate(body, { onSuccess: onDone });
  };
  const setRow = <T,>(list: T[], set: (next: T[]) => void, i: number, change: Partial<T>) => set(list.map((r, j) => (j === i ? { ...r, ...change } : r)));

  return (
    <form className="ce-card ce-form" onSubmit={submit} data-testid="ce-strategy-form">
      <label className="ce-block">{t('strategy.markets')} <span className="ce-muted">({t('strategy.marketsHint')})</span>
        <textarea rows={2} value={markets} onChange={(e) => setMarkets(e.target.value)} data-testid="ce-strategy-markets" />
      </label>
      <fieldset>
        <legend>{t('strategy.roadmap')}</legend>
        {roadmap.map((r, i) => (
          <div key={i} className="ce-row">
            <input type="number" min={1990} max={2100} value={r.year} onChange={(e) => setRow(roadmap, setRoadmap, i, { year: e.target.value })} aria-label={t('strategy.year')} placeholder={t('strategy.year')} />
            <input type="text" value={r.action} onChange={(e) => setRow(roadmap, setRoadmap, i, { action: e.target.value })} aria-label={t('strategy.action')} placeholder={t('strategy.action')} className="ce-grow" />
            <select value={r.status} onChange={(e) => setRow(roadmap, setRoadmap, i, { status: e.target.value as (typeof STATUSES)[number] })} aria-label={t('strategy.status')}>
              {STATUSES.map((s) => <option key={s} value={s}>{t(`strategy.statuses.${s}`)}</option>)}
            </select>
            <button type="button" onClick={() => setRoadmap(roadmap.filter((_, j) => j !== i))}>{t('form.remove')}</button>
          </div>
        ))}
        <button type="button" onClick={() => setRoadmap([...roadmap, { year: String(year), action: '', status: 'planned' }])} data-testid="ce-strategy-add-step">{t('strategy.addStep')}</button>
      </fieldset>
      <fieldset>
        <legend>{t('strategy.partners')}</legend>
        {partners.map((p, i) => (
          <div key={i} className="ce-row">
            <input type="text" value={p.name} onChange={(e) => setRow(partners, setPartners, i, { name: e.target.value })} aria-label={t('strategy.partnerName')} placeholder={t('strategy.partnerName')} className="ce-grow" />
            <input type="text" value={p.country} onChange={(e) => setRow(partners, setPartners, i, { country: e.target.value })} aria-label={t('strategy.country')} placeholder={t('strategy.country')} size={8} />
            <input type="text" value={p.kind} onChange={(e) => setRow(partners, setPartners, i, { kind: e.target.value })} aria-label={t('strategy.kind')} placeholder={t('strategy.kind')} />
            <button type="button" onClick={() => setPartners(partners.filter((_, j) => j !== i))}>{t('form.remove')}</button>
          </div>
        ))}
        <button type="button" onClick={() => setPartners([...partners, { name: '', country: '', kind: '' }])} data-testid="ce-strategy-add-partner">{t('strategy.addPartner')}</button>
      </fieldset>
      <div className="ce-row">
        <button type="submit" disabled={save.isPending} data-testid="ce-strategy-save">{save.isPending ? t('form.saving') : t('form.save')}</button>
        <button type="button" onClick={onDone}>{t('form.cancel')}</button>
      </div>
      <FormErrors error={save.error} testId="ce-strategy-errors" />
    </form>
  );
}
