// National policy evaluation (/evaluation): tabs for the programme's execution and the national KPIs, the
// allocation of support among clusters within a budget, the eligibility of organisations for support
// measures, and the impact of cluster membership on firms. The tab and the choices are kept in the URL.
import { type KeyboardEvent, type ReactNode, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import '../../i18n/evaluation.ts';
import { EligibilityTab } from './EligibilityTab.tsx';
import './evaluation.css';
import { ImpactTab } from './ImpactTab.tsx';
import { ProgrammeTab } from './ProgrammeTab.tsx';
import { usePanels, useProgrammes, useSupportMeasures } from './queries.ts';
import { SupportTab } from './SupportTab.tsx';
import { chosen, type EvaluationTab, type EvaluationView, readView, TABS, writeView } from './view.ts';

type Update = (change: Partial<EvaluationView>) => void;

/** A list's loading and error states around its tab. */
function Listed<T>({ query, children }: { query: { isPending: boolean; isError: boolean; error: unknown; data?: T; refetch: () => unknown }; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

function Programme({ view, update }: { view: EvaluationView; update: Update }) {
  const programmes = useProgrammes();
  return (
    <Listed query={programmes}>
      {(items) => <ProgrammeTab programmes={items} programme={chosen(view.programme, items, (p) => p.id)} onProgramme={(programme) => update({ programme })} />}
    </Listed>
  );
}

function Eligibility({ view, update }: { view: EvaluationView; update: Update }) {
  const measures = useSupportMeasures();
  return (
    <Listed query={measures}>
      {(items) => <EligibilityTab measures={items} measure={chosen(view.measure, items, (m) => m.code)} cluster={view.cluster} territory={view.territory} onChange={update} />}
    </Listed>
  );
}

function Impact({ view, update }: { view: EvaluationView; update: Update }) {
  const panels = usePanels();
  return (
    <Listed query={panels}>
      {(items) => <ImpactTab panels={items} panel={chosen(view.panel, items, (p) => p.id)} replications={view.replications} onChange={update} />}
    </Listed>
  );
}

export default function EvaluationPage() {
  const { t } = useTranslation('evaluation');
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const update = useCallback<Update>(
    (change) => setParams((current) => writeView(current, { ...readView(current), ...change }), { replace: true }),
    [setParams],
  );
  // arrow keys, Home and End move between the tabs (WAI-ARIA tabs pattern)
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.indexOf(view.tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = TABS[(next + TABS.length) % TABS.length] as EvaluationTab;
    update({ tab });
    document.getElementById(`ev-tab-${tab}`)?.focus();
  };
  return (
    <div className="ev-page" data-testid="ev-page" data-tab={view.tab}>
      <header className="ev-head">
        <h1>{t('title')}</h1>
        <p className="ev-muted ev-intro">{t('intro')}</p>
      </header>
      <div className="ev-tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onTabKey}>
        {TABS.map((tab) => (
          <button key={tab} type="button" role="tab" id={`ev-tab-${tab}`} aria-selected={view.tab === tab} aria-controls="ev-panel"
            tabIndex={view.tab === tab ? 0 : -1} className={view.tab === tab ? 'active' : undefined} data-testid={`ev-tab-${tab}`} onClick={() => update({ tab })}>
            {t(`tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div id="ev-panel" role="tabpanel" aria-labelledby={`ev-tab-${view.tab}`}>
        {view.tab === 'programme' && <Programme view={view} update={update} />}
        {view.tab === 'support' && <SupportTab />}
        {view.tab === 'eligibility' && <Eligibility view={view} update={update} />}
        {view.tab === 'impact' && <Impact view={view} update={update} />}
      </div>
    </div>
  );
}
