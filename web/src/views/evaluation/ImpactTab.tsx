// The Impact tab: the effect of cluster membership on firms of a panel (matched difference in differences):
// per outcome the ATT with its interval, the verdict and its reasons, the pre-trend check and the event
// study; the matching summary and the covariate balance.
import { useTranslation } from 'react-i18next';
import type { ImpactOutcome, ImpactView, PanelSummary } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { EventStudyChart } from './EventStudyChart.tsx';
import { useImpact } from './queries.ts';
import { effectUnit, imbalanced, knownReason, numberText, percentText, relativeChange, unmatchedShare } from './transform.ts';
import { REPLICATIONS } from './view.ts';

interface Props { panels: PanelSummary[]; panel: string; replications: number; onChange: (change: { panel?: string; replications?: number }) => void }

const OUTCOMES = ['employment', 'revenue', 'exports', 'productivity'] as const;

export function ImpactTab({ panels, panel, replications, onChange }: Props) {
  const { t } = useTranslation('evaluation');
  const impact = useImpact(panel, replications);
  const summary = panels.find((p) => p.id === panel);
  const data = impact.data;
  const ready = Boolean(data && !impact.isPlaceholderData && !impact.isFetching);

  if (panels.length === 0) return <p className="ev-muted">{t('impact.none')}</p>;
  return (
    <div className="ev-tab" data-testid="ev-impact" data-state={ready ? 'ready' : 'loading'} data-panel={panel} data-replications={replications}>
      <p className="ev-muted">{t('impact.intro')}</p>
      <div className="ev-controls">
        <label className="ev-control">
          {t('impact.panel')}
          <select data-testid="ev-panel-select" value={panel} onChange={(e) => onChange({ panel: e.target.value })}>
            {panels.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label className="ev-control">
          {t('impact.replications')}
          <select data-testid="ev-replications" value={replications} onChange={(e) => onChange({ replications: Number(e.target.value) })}>
            {REPLICATIONS.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        {summary && (
          <p className="ev-panel-info">
            {t('impact.firms', { firms: summary.firms, from: summary.years[0], to: summary.years[1] })}
            {summary.source && <> · {t('impact.source', { source: summary.source })}</>}
            <IllustrativeBadge show={summary.illustrative} />
            {summary.illustrative && <span className="ev-muted ev-small"> {t('illustrativeNote')}</span>}
          </p>
        )}
      </div>
      {impact.isFetching && <p className="ev-muted" role="status">{t('impact.computing')}</p>}
      {impact.isPending && !impact.isFetching && <Loading />}
      {impact.isError && <ErrorMessage error={impact.error} onRetry={() => void impact.refetch()} />}
      {data && (
        <>
          <div className="ev-outcomes">
            {data.outcomes.map((o) => <OutcomeCard key={o.outcome} outcome={o} />)}
          </div>
          <Matching view={data} />
        </>
      )}
    </div>
  );
}

function useOutcomeName() {
  const { t } = useTranslation('evaluation');
  return (code: string) => ((OUTCOMES as readonly string[]).includes(code) ? t(`impact.outcome.${code as 'employment'}`) : code);
}

function OutcomeCard({ outcome }: { outcome: ImpactOutcome }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const outcomeName = useOutcomeName();
  const n = (v: number) => numberText(v, format.locale, 3);
  const unit = effectUnit(outcome);
  const unitLabel = unit === 'logPoints' ? t('impact.logPoints') : t('impact.level');
  const pre = outcome.preTrend;
  return (
    <article className={`ev-card ev-outcome ev-verdict-${outcome.verdict}`} data-testid="ev-outcome" data-outcome={outcome.outcome} data-verdict={outcome.verdict}>
      <h3>{outcomeName(outcome.outcome)}</h3>
      <div className="ev-outcome-head">
        <div>
          <span className="ev-label">{t('impact.att')}, {unitLabel}</span>
          <strong className="ev-att" data-testid="ev-att" data-value={outcome.att}>{n(outcome.att)}</strong>
          <span className="ev-ci" data-testid="ev-ci">{t('impact.ci', { low: n(outcome.ciLow), high: n(outcome.ciHigh) })}</span>
          {unit === 'logPoints' && (
            <span className="ev-muted ev-small">{t('impact.logHint', { att: n(outcome.att), relative: percentText(relativeChange(outcome.att), format.locale, 1) })}</span>
          )}
        </div>
        <div className="ev-verdict" data-testid="ev-verdict">
          <strong>{t(`impact.verdict.${outcome.verdict}`)}</strong>
          {outcome.reasons.length > 0 && (
            <>
              <span className="ev-label">{t('impact.reasonsTitle')}</span>
              <ul className="ev-reasons">
                {outcome.reasons.map((code) => {
                  const known = knownReason(code);
                  return <li key={code} data-reason={code}>{known ? t(`impact.reason.${known}`) : code}</li>;
                })}
              </ul>
            </>
          )}
        </div>
        <div className="ev-pretrend" data-testid="ev-pretrend" data-pass={pre ? String(pre.pass) : ''}>
          <span className="ev-label">{t('impact.preTrend')}</span>
          {pre === null
            ? <span>{t('impact.preTrendNone')}</span>
            : <span className={pre.pass ? 'ev-pass' : 'ev-fail'}>{pre.pass ? '✓ ' : '✗ '}{t(pre.pass ? 'impact.preTrendPass' : 'impact.preTrendFail', { estimate: n(pre.estimate), low: n(pre.ciLow), high: n(pre.ciHigh) })}</span>}
        </div>
      </div>
      <h4>{t('impact.eventStudy')}</h4>
      <EventStudyChart outcome={outcome} yName={unitLabel} />
    </article>
  );
}

function Matching({ view }: { view: ImpactView }) {
  const { t } = useTranslation('evaluation');
  const format = useFormat();
  const share = unmatchedShare(view);
  return (
    <section className="ev-section ev-matching" data-testid="ev-matching">
      <h3>{t('impact.matching')}</h3>
      <dl className="ev-facts">
        <div><dt>{t('impact.treated')}</dt><dd data-testid="ev-n-treated">{format.integer(view.nTreated)}</dd></div>
        <div><dt>{t('impact.controls')}</dt><dd>{format.integer(view.nControls)}</dd></div>
        <div><dt>{t('impact.matched')}</dt><dd>{format.integer(view.nMatched)}</dd></div>
        <div><dt>{t('impact.unmatched')}</dt><dd>{format.integer(view.nUnmatched)}{share !== null && ` (${percentText(share, format.locale, 0)})`}</dd></div>
      </dl>
      <p className="ev-muted ev-small">{t('impact.caliper', { value: numberText(view.caliper, format.locale, 3) })}</p>
      <h4>{t('impact.balance')}</h4>
      <p className="ev-muted ev-small">{t('impact.balanceHint')}</p>
      <div className="ev-scroll">
        <table className="ev-table ev-balance" data-testid="ev-balance">
          <thead>
            <tr><th>{t('impact.covariate')}</th><th className="ev-num">{t('impact.smdBefore')}</th><th className="ev-num">{t('impact.smdAfter')}</th></tr>
          </thead>
          <tbody>
            {view.balance.map((b) => (
              <tr key={b.covariate}>
                <td>{b.covariate}</td>
                <td className={`ev-num${imbalanced(b.smdBefore) ? ' ev-imbalanced' : ''}`}>{numberText(b.smdBefore, format.locale, 3)}</td>
                <td className={`ev-num${imbalanced(b.smdAfter) ? ' ev-imbalanced' : ''}`} data-imbalanced={imbalanced(b.smdAfter)}>{numberText(b.smdAfter, format.locale, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
