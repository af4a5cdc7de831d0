// The management excellence self-assessment: the radar of area scores (latest over the previous one), overall
// score and level, the change per area, the weakest areas with advice and good practices, and the
// questionnaire for a new self-assessment (staff and the cluster's managers).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExcellenceView, GoodPractice } from '../../api/evaluation.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useSession } from '../../hooks/useSession.ts';
import { Chart } from './Chart.tsx';
import { radarOption } from './chart-options.ts';
import { canManage, FormErrors } from './common.tsx';
import { useAddAssessment, useExcellence } from './queries.ts';
import { areaName, changeText, pick, radarData, scaleOptions, suggestionsByArea, today } from './transform.ts';

export function ExcellenceTab({ id }: { id: number }) {
  const { t } = useTranslation('clusterEvaluation');
  const excellence = useExcellence(id);
  const user = useSession().data?.user;
  if (excellence.isPending) return <Loading />;
  if (excellence.isError) return <ErrorMessage error={excellence.error} onRetry={() => void excellence.refetch()} />;
  const data = excellence.data;
  return (
    <div className="ce-tab-body" data-testid="ce-excellence" data-assessments={data.assessments.length}>
      <h2>{t('excellence.title')}</h2>
      <p className="ce-muted">{t('excellence.hint')}</p>
      {data.assessments.length === 0 ? <p className="ce-muted" data-testid="ce-no-assessment">{t('excellence.none')}</p> : <ExcellenceResults data={data} />}
      {canManage(user, id) && <AssessmentForm id={id} data={data} />}
    </div>
  );
}

/** The scores, radar, change and suggestions (also used by the report). */
export function ExcellenceResults({ data, print = false }: { data: ExcellenceView; print?: boolean }) {
  const { t, i18n } = useTranslation('clusterEvaluation');
  const format = useFormat();
  const language = i18n.language;
  const radar = useMemo(() => radarData(data, language), [data, language]);
  const option = useMemo(() => radarOption(radar, { latest: t('excellence.latest'), previous: t('excellence.previous') }), [radar, t]);
  const latest = data.assessments.at(-1)!;
  const previous = data.assessments.length > 1 ? data.assessments.at(-2)! : null;
  const change = new Map((data.comparison?.areas ?? []).map((a) => [a.area, a.change]));
  const scoreOf = (a: typeof latest | null, area: string) => a?.scores.areas.find((s) => s.area === area)?.score ?? null;
  const suggestions = suggestionsByArea(data, language);

  return (
    <>
      <div className="ce-excellence-top">
        <dl className="ce-kv" data-testid="ce-overall" data-overall={latest.scores.overall ?? ''} data-level={latest.scores.level ?? ''}>
          <dt>{t('excellence.assessedOn')}</dt><dd>{format.date(latest.assessedOn)}{latest.assessor ? ` · ${latest.assessor}` : ''}<IllustrativeBadge show={latest.illustrative} /></dd>
          <dt>{t('excellence.overall')}</dt><dd><strong>{format.decimal(latest.scores.overall === null ? null : Math.round(latest.scores.overall * 10) / 10)}</strong> / 100</dd>
          <dt>{t('excellence.level')}</dt><dd><span className={`ce-level ce-level-${latest.scores.level ?? 'none'}`}>{latest.scores.level ? t(`level.${latest.scores.level}`) : t('rag.no-data')}</span></dd>
          <dt>{t('excellence.answered')}</dt><dd>{format.integer(Math.round(latest.scores.answered * 100))}%</dd>
          {data.comparison && (<><dt>{t('excellence.overallChange')}</dt><dd>{changeText(data.comparison.overall, format.decimal)}</dd></>)}
        </dl>
        <div className="ce-radar-box">
          <Chart option={option} label={t('excellence.radar')} testId="ce-radar" height={print ? 300 : 360} />
        </div>
      </div>
      <div className="ce-table-scroll">
        <table className="ce-table" data-testid="ce-area-table">
          <thead>
            <tr>
              <th>{t('excellence.area')}</th>
              <th className="ce-num">{t('excellence.latest')}</th>
              <th className="ce-num">{t('excellence.previous')}</th>
              <th className="ce-num">{t('excellence.change')}</th>
            </tr>
          </thead>
          <tbody>
            {data.questionnaire.areas.map((area) => (
              <tr key={area.code} data-area={area.code} className={data.weakestAreas.includes(area.code) ? 'ce-weak' : undefined}>
                <td>{pick(area.name, language)}{area.weight !== 1 && <span className="ce-muted"> ×{area.weight}</span>}</td>
                <td className="ce-num">{format.decimal(round1(scoreOf(latest, area.code)))}</td>
                <td className="ce-num">{format.decimal(round1(scoreOf(previous, area.code)))}</td>
                <td className="ce-num">{changeText(change.get(area.code), format.decimal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('excellence.suggestions')}</h3>
      {suggestions.length === 0 ? <p className="ce-muted">{t('excellence.noSuggestions')}</p> : (
        <ol className="ce-suggestions" data-testid="ce-suggestions">
          {suggestions.map((s) => (
            <li key={s.area} data-area={s.area}>
              <h4>{s.areaName} <span className="ce-muted">{format.decimal(round1(scoreOf(latest, s.area)))} / 100</span></h4>
              <ul>
                {s.items.map((item) => (
                  <li key={item.question} data-question={item.question}>
                    <span className="ce-question">{item.text}</span>
                    {item.answer !== null && <span className="ce-muted"> ({t('excellence.answer', { value: item.answer })})</span>}
                    {item.advice && <p className="ce-advice">{item.advice}</p>}
                  </li>
                ))}
              </ul>
              {!print && <Practices practices={data.practices.filter((p) => p.area === s.area)} />}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

function Practices({ practices }: { practices: GoodPractice[] }) {
  const { t, i18n } = useTranslation('clusterEvaluation');
  if (practices.length === 0) return null;
  return (
    <div className="ce-practices" data-testid="ce-practices">
      {practices.map((p) => (
        <article key={p.id} className="ce-practice" data-id={p.id}>
          <h5>{pick(p.title, i18n.language)}<IllustrativeBadge show={p.illustrative} /></h5>
          <p>{pick(p.summary, i18n.language)}</p>
          <p className="ce-muted ce-small">{[p.country, p.sectors.join(', '), p.source].filter(Boolean).join(' · ') || t('excellence.practiceNoSource')}</p>
        </article>
      ))}
    </div>
  );
}

function AssessmentForm({ id, data }: { id: number; data: ExcellenceView }) {
  const { t, i18n } = useTranslation('clusterEvaluation');
  const save = useAddAssessment(id);
  const scale = scaleOptions(data.questionnaire.scale, i18n.language);
  const [date, setDate] = useState(today());
  const [assessor, setAssessor] = useState('');
  // starts from the latest answers, so a new assessment changes only what moved
  const [answers, setAnswers] = useState<Record<string, string>>(() => {
    const latest = data.assessments.at(-1)?.answers ?? {};
    return Object.fromEntries(Object.entries(latest).map(([q, v]) => [q, String(Math.round(v))]));
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body: Record<string, number> = {};
    for (const [q, v] of Object.entries(answers)) if (v !== '') body[q] = Number(v);
    save.mutate({ assessedOn: date, ...(assessor.trim() ? { assessor: assessor.trim() } : {}), answers: body });
  };

  return (
    <form className="ce-card ce-form" onSubmit={submit} data-testid="ce-assessment-form" aria-labelledby="ce-assessment-title">
      <h3 id="ce-assessment-title">{t('assessment.title')}</h3>
      <p className="ce-muted">{t('assessment.hint')}</p>
      <p className="ce-scale" data-testid="ce-scale">{scale.map((s) => <span key={s.value}><strong>{s.value}</strong> — {s.label}</span>)}</p>
      <div className="ce-fields">
        <label>{t('excellence.assessedOn')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required data-testid="ce-assessment-date" />
        </label>
        <label>{t('assessment.assessor')}
          <input type="text" value={assessor} onChange={(e) => setAssessor(e.target.value)} data-testid="ce-assessment-assessor" />
        </label>
      </div>
      {data.questionnaire.areas.map((area) => (
        <fieldset key={area.code} className="ce-area-questions">
          <legend>{areaName(data, area.code, i18n.language)}</legend>
          {area.questions.map((q) => (
            <label key={q.code} className="ce-question-row">
              <span>{pick(q.text, i18n.language)}</span>
              <select value={answers[q.code] ?? ''} onChange={(e) => setAnswers((a) => ({ ...a, [q.code]: e.target.value }))} data-question={q.code}>
                <option value="">{t('assessment.unanswered')}</option>
                {scale.map((s) => <option key={s.value} value={s.value}>{s.value} — {s.label}</option>)}
              </select>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" disabled={save.isPending} data-testid="ce-assessment-submit">{save.isPending ? t('form.saving') : t('assessment.submit')}</button>
      <FormErrors error={save.error} testId="ce-assessment-errors" />
      {save.isSuccess && <p className="ce-ok" role="status" data-testid="ce-assessment-saved">{t('assessment.saved')}</p>}
    </form>
  );
}
