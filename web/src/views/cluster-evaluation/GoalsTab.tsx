// The members' priorities among the cluster's candidate goals (AHP): the aggregated ranking with its
// consistency ratio, each member's weights and CR (flagged above 0.1), the members who have not judged every
// pair, and the form where a member's pairwise judgements are entered on Saaty's 1-9 scale.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalsView } from '../../api/evaluation.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useSession } from '../../hooks/useSession.ts';
import { Chart } from './Chart.tsx';
import { barsHeight, rankingOption } from './chart-options.ts';
import { FormErrors, judgeableMembers } from './common.tsx';
import { useGoals, useSetJudgements } from './queries.ts';
import {
  goalMembers, goalName, goalPairs, isConsistent, judgementsRequest, pairKey, positionSide, positionsFromWeights, rankedGoals, SAATY_POSITIONS,
} from './transform.ts';

export function GoalsTab({ id }: { id: number }) {
  const { t } = useTranslation('clusterEvaluation');
  const goals = useGoals(id);
  const user = useSession().data?.user;
  if (goals.isPending) return <Loading />;
  if (goals.isError) return <ErrorMessage error={goals.error} onRetry={() => void goals.refetch()} />;
  const data = goals.data;
  const judgeable = judgeableMembers(user, id, goalMembers(data));
  return (
    <div className="ce-tab-body" data-testid="ce-goals">
      <h2>{t('goals.title')}</h2>
      <p className="ce-muted">{t('goals.hint')}</p>
      <GoalResults data={data} />
      {judgeable.length > 0 && data.goals.length > 1 && <JudgementForm id={id} data={data} members={judgeable} />}
    </div>
  );
}

export function GoalResults({ data, members = true }: { data: GoalsView; members?: boolean }) {
  const { t, i18n } = useTranslation('clusterEvaluation');
  const format = useFormat();
  const ranked = useMemo(() => rankedGoals(data, i18n.language), [data, i18n.language]);
  const option = useMemo(() => rankingOption(ranked, { axis: t('goals.weight') }), [ranked, t]);
  const percent = (w: number) => `${format.decimal(Math.round(w * 1000) / 10)}%`;
  return (
    <>
      <h3>{t('goals.candidates')}</h3>
      <ul className="ce-goal-list" data-testid="ce-goal-list">
        {data.goals.map((g) => <li key={g.code} data-code={g.code}><code>{g.code}</code> {goalName(g, i18n.language)}</li>)}
      </ul>
      <h3>{t('goals.ranking')}</h3>
      {!data.aggregate ? <p className="ce-muted" data-testid="ce-no-ranking">{t('goals.noRanking')}</p> : (
        <div className="ce-ranking-box">
          <ol className="ce-ranking" data-testid="ce-ranking" data-cr={data.aggregate.cr}>
            {ranked.map((r) => <li key={r.code} data-code={r.code}>{r.name} <strong>{format.decimal(r.percent)}%</strong></li>)}
          </ol>
          <p data-testid="ce-aggregate-cr">
            {t('goals.cr', { value: format.decimal(Math.round(data.aggregate.cr * 1000) / 1000) })}{' '}
            <Consistency cr={data.aggregate.cr} consistent={data.aggregate.consistent} />
          </p>
          <Chart option={option} label={t('goals.ranking')} testId="ce-ranking-chart" height={barsHeight(ranked.length)} />
        </div>
      )}
      {members && (
        <>
          <h3>{t('goals.members')}</h3>
          {data.members.length === 0 ? <p className="ce-muted">{t('goals.noMembers')}</p> : (
            <div className="ce-table-scroll">
              <table className="ce-table" data-testid="ce-member-weights">
                <thead>
                  <tr>
                    <th>{t('goals.member')}</th>
                    {data.goals.map((g) => <th key={g.code} className="ce-num" title={goalName(g, i18n.language)}>{g.code}</th>)}
                    <th className="ce-num">CR</th>
                    <th>{t('goals.consistency')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.members.map((m) => (
                    <tr key={m.memberId} data-member={m.memberId} data-consistent={String(m.consistent)} className={m.consistent ? undefined : 'ce-inconsistent-row'}>
                      <td>{m.name}</td>
                      {data.goals.map((g, i) => <td key={g.code} className="ce-num">{m.weights[i] === undefined ? '—' : percent(m.weights[i]!)}</td>)}
                      <td className="ce-num">{format.decimal(Math.round(m.cr * 1000) / 1000)}</td>
                      <td><Consistency cr={m.cr} consistent={m.consistent} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.incomplete.length > 0 && (
            <>
              <h3>{t('goals.incomplete')}</h3>
              <ul data-testid="ce-incomplete">
                {data.incomplete.map((m) => <li key={m.memberId} data-member={m.memberId}>{m.name}: {t('goals.missing', { count: m.missing })}</li>)}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}

export function Consistency({ cr, consistent }: { cr: number; consistent: boolean }) {
  const { t } = useTranslation('clusterEvaluation');
  const ok = consistent && isConsistent(cr);
  return ok
    ? <span className="ce-consistent" data-consistent="true">{t('goals.consistent')}</span>
    : <span className="ce-inconsistent" data-consistent="false" data-testid="ce-inconsistent" role="note">{t('goals.inconsistent')}</span>;
}

function JudgementForm({ id, data, members }: { id: number; data: GoalsView; members: { memberId: number; name: string }[] }) {
  const { t, i18n } = useTranslation('clusterEvaluation');
  const format = useFormat();
  const save = useSetJudgements(id);
  const codes = useMemo(() => data.goals.map((g) => g.code), [data.goals]);
  const names = useMemo(() => new Map(data.goals.map((g) => [g.code, goalName(g, i18n.language)])), [data.goals, i18n.language]);
  const [memberId, setMemberId] = useState(members[0]!.memberId);
  const weightsOf = (member: number) => data.members.find((m) => m.memberId === member)?.weights;
  // the form starts from the member's current weights (the nearest scale positions to their ratios)
  const [positions, setPositions] = useState(() => positionsFromWeights(codes, weightsOf(members[0]!.memberId)));
  const [submitted, setSubmitted] = useState<number | null>(null);
  const result = submitted === null ? undefined : data.members.find((m) => m.memberId === submitted);

  const chooseMember = (member: number) => {
    setMemberId(member);
    setPositions(positionsFromWeights(codes, weightsOf(member)));
    setSubmitted(null);
    save.reset();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(null);
    save.mutate(judgementsRequest(memberId, codes, positions), { onSuccess: () => setSubmitted(memberId) });
  };
  const label = (position: string, a: string, b: string) => {
    const { side, by } = positionSide(position);
    if (side === null) return t('saaty.equal');
    return t('saaty.favour', { n: by, goal: side === 'A' ? a : b, strength: t(`saaty.s${by as 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`) });
  };

  return (
    <form className="ce-card ce-form" onSubmit={submit} data-testid="ce-judgement-form" aria-labelledby="ce-judgement-title">
      <h3 id="ce-judgement-title">{t('judgements.title')}</h3>
      <p className="ce-muted">{t('judgements.hint')}</p>
      <label className="ce-inline">{t('goals.member')}{' '}
        <select value={memberId} onChange={(e) => chooseMember(Number(e.target.value))} data-testid="ce-judgement-member">
          {members.map((m) => <option key={m.memberId} value={m.memberId}>{m.name}</option>)}
        </select>
      </label>
      <table className="ce-table ce-pairs">
        <thead><tr><th>{t('judgements.goalA')}</th><th>{t('judgements.judgement')}</th><th>{t('judgements.goalB')}</th></tr></thead>
        <tbody>
          {goalPairs(codes).map(([a, b]) => {
            const key = pairKey(a, b);
            const nameA = names.get(a) ?? a;
            const nameB = names.get(b) ?? b;
            return (
              <tr key={key} data-pair={key}>
                <td>{nameA}</td>
                <td>
                  <div className="ce-saaty" role="radiogroup" aria-label={t('judgements.pairLabel', { a: nameA, b: nameB })} data-pair={key} data-value={positions[key] ?? '1'}>
                    {SAATY_POSITIONS.map((position) => {
                      const { side, by } = positionSide(position);
                      const checked = (positions[key] ?? '1') === position;
                      return (
                        <label key={position} className={`ce-saaty-${side ?? 'equal'}${checked ? ' checked' : ''}`} title={label(position, nameA, nameB)} data-strength={by}>
                          <input type="radio" name={`pair-${key}`} value={position} checked={checked} onChange={() => setPositions((p) => ({ ...p, [key]: position }))} aria-label={label(position, nameA, nameB)} />
                          <span aria-hidden="true">{by}</span>
                        </label>
                      );
                    })}
                  </div>
                  <p className="ce-choice">{label(positions[key] ?? '1', nameA, nameB)}</p>
                </td>
                <td>{nameB}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit" disabled={save.isPending} data-testid="ce-judgement-submit">{save.isPending ? t('form.saving') : t('judgements.submit')}</button>
      <FormErrors error={save.error} testId="ce-judgement-errors" />
      {save.isSuccess && (
        <p className="ce-ok" role="status" data-testid="ce-judgement-result" data-cr={result?.cr ?? ''} data-consistent={result ? String(result.consistent) : ''}>
          {t('judgements.saved')}{' '}
          {result && <>{t('goals.cr', { value: format.decimal(Math.round(result.cr * 1000) / 1000) })} <Consistency cr={result.cr} consistent={result.consistent} /></>}
        </p>
      )}
      <p className="ce-muted ce-small">{t('judgements.scaleNote')}</p>
    </form>
  );
}
