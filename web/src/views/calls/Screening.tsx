// The screening of a call: run it, then every organisation considered, accepted or screened out, with the
// stage that decided and the reason (translated from the rule; the server's English sentence under it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Call, callPaths, type ScreeningItem } from '../../api/calls.ts';
import { ErrorMessage } from '../../components/QueryState.tsx';
import { useRunScreening, useScreeningReport } from '../../hooks/useCalls.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { screeningReason } from './form.ts';

type Show = 'all' | 'accepted' | 'screenedOut';

export function Screening({ call }: { call: Call }) {
  const { t, i18n } = useTranslation('calls');
  const format = useFormat();
  const id = String(call.id);
  const run = useRunScreening(id);
  const stored = useScreeningReport(id, true);
  const report = run.data ?? stored.data ?? null;
  const [show, setShow] = useState<Show>('all');
  const reasonOf = (item: ScreeningItem) => {
    const r = screeningReason(item, report?.fitThreshold ?? call.fitThreshold);
    return t(r.key, { rules: r.rules.map((rule) => t(`rules.${rule as 'sector'}`, { defaultValue: rule })).join(', '), score: format.decimal(r.score), threshold: format.decimal(r.threshold) });
  };
  const items = (report?.items ?? []).filter((i) => show === 'all' || (show === 'accepted') === i.accepted);
  return (
    <section className="call-section" data-testid="call-screening" data-state={run.isPending ? 'running' : report ? 'ready' : 'idle'}>
      <h2>{t('screening.title')}</h2>
      <div className="call-downloads">
        <button type="button" data-testid="call-screening-run" disabled={run.isPending} onClick={() => run.mutate()}>
          {run.isPending ? t('screening.running') : report ? t('screening.rerun') : t('screening.run')}
        </button>
        <a href={callPaths.report(call.id, 'csv')} data-testid="call-report-csv" download>{t('screening.csv')}</a>
        <a href={callPaths.report(call.id, 'xlsx')} data-testid="call-report-xlsx" download>{t('screening.xlsx')}</a>
      </div>
      {run.isError && <ErrorMessage error={run.error} />}
      {!report && !run.isPending && <p className="call-muted">{t('screening.none')}</p>}
      {report && (
        <>
          <p data-testid="call-screening-summary" data-accepted={report.accepted} data-screened={report.screenedOut}>
            {t('screening.summary', { accepted: report.accepted, screenedOut: report.screenedOut, total: report.considered })}
          </p>
          <fieldset className="call-inline" data-testid="call-screening-filter">
            {(['all', 'accepted', 'screenedOut'] as const).map((s) => (
              <label key={s} className="call-check">
                <input type="radio" name="screening-show" checked={show === s} onChange={() => setShow(s)} /> {t(`screening.filter.${s}`)}
              </label>
            ))}
          </fieldset>
          <div className="table-scroll">
            <table data-testid="call-report">
              <thead>
                <tr>
                  <th scope="col">{t('screening.organization')}</th>
                  <th scope="col">{t('screening.outcome')}</th>
                  <th scope="col">{t('screening.stage')}</th>
                  <th scope="col">{t('screening.reason')}</th>
                  <th scope="col" className="number">{t('screening.score')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.organizationId} data-testid="call-report-row" data-org={item.organizationId} data-decision={item.decision}
                    data-stage={item.stage} data-rule={item.rule ?? ''} className={item.accepted ? 'call-row-accepted' : 'call-row-screened'}>
                    <th scope="row"><Link to={`/organizations/${item.organizationId}`}>{item.name}</Link></th>
                    <td className="call-outcome">{item.accepted ? t('screening.accepted') : t('screening.screenedOut')}</td>
                    <td>{t(`screening.stages.${item.stage}`)}</td>
                    <td data-testid="call-report-reason">
                      {reasonOf(item)}
                      {(i18n.language !== 'en' || item.stage === 'rule') && <span className="call-reason-en" lang="en">{item.reason}</span>}
                    </td>
                    <td className="number">{format.decimal(item.fit)}</td>
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
