// The form that posts a call: kind, titles, description, requirements, deadline and fit threshold. Staff may
// post for any cluster or none; a cluster manager for their own clusters.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { CALL_KINDS, type Call, type CallKind } from '../../api/calls.ts';
import type { SessionUser } from '../../api/types.ts';
import { usePostCall } from '../../hooks/useCalls.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { useClusterList } from '../../hooks/usePartners.ts';
import { ORG_ROLES, SIZE_CLASSES } from '../partners/view.ts';
import { type CallForm, EMPTY_FORM, toCallInput } from './form.ts';

export function CallFormPanel({ user, onPosted, onCancel }: { user: SessionUser; onPosted: (call: Call) => void; onCancel: () => void }) {
  const { t } = useTranslation('calls');
  const { t: tc } = useTranslation();
  const localized = useLocalizedName();
  const clusters = useClusterList();
  const staff = user.role === 'admin' || user.role === 'analyst';
  const ownClusters = (clusters.data?.items ?? []).filter((c) => staff || user.clusterIds.includes(c.id));
  const [form, setForm] = useState<CallForm>(() => ({ ...EMPTY_FORM, clusterId: staff ? '' : String(user.clusterIds[0] ?? '') }));
  const [problem, setProblem] = useState<string | null>(null);
  const post = usePostCall();
  const set = <K extends keyof CallForm>(key: K, value: CallForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'sizeClasses' | 'roles', value: string) =>
    setForm((f) => ({ ...f, [key]: f[key].includes(value) ? f[key].filter((v) => v !== value) : [...f[key], value] }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { input, invalid } = toCallInput(form);
    if (invalid.length > 0) {
      setProblem(t('form.invalid', { message: invalid.map((f) => t(`form.${f as 'minEmployees'}`)).join(', ') }));
      return;
    }
    setProblem(null);
    post.mutate(input, {
      onSuccess: onPosted,
      onError: (error) => setProblem(error instanceof ApiError && error.errors.length > 0
        ? t('form.invalid', { message: error.errors.map((e) => `${e.column}: ${e.message}`).join('; ') })
        : error.message),
    });
  };

  const text = (key: 'titleRu' | 'titleEn' | 'sectors' | 'territories' | 'certifications' | 'minEmployees' | 'minCompetitiveness' | 'minReliability' | 'fitThreshold', hint?: string, extra: Record<string, unknown> = {}) => (
    <label className="call-field">
      <span>{t(`form.${key}`)}</span>
      <input name={key} data-testid={`call-form-${key}`} value={form[key]} onChange={(e) => set(key, e.target.value)} {...extra} />
      {hint && <small className="call-muted">{hint}</small>}
    </label>
  );

  return (
    <form className="call-form card" data-testid="call-form" onSubmit={submit} noValidate>
      <h2>{t('form.title')}</h2>
      <div className="call-grid">
        <label className="call-field">
          <span>{t('kind.label')}</span>
          <select name="kind" data-testid="call-form-kind" value={form.kind} onChange={(e) => set('kind', e.target.value as CallKind)}>
            {CALL_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </label>
        <label className="call-field">
          <span>{t('form.cluster')}</span>
          <select name="clusterId" data-testid="call-form-cluster" value={form.clusterId} onChange={(e) => set('clusterId', e.target.value)}>
            {staff && <option value="">{t('form.noCluster')}</option>}
            {ownClusters.map((c) => <option key={c.id} value={c.id}>{localized(c)}</option>)}
          </select>
        </label>
        {text('titleRu', undefined, { required: true })}
        {text('titleEn')}
        <label className="call-field wide">
          <span>{t('form.description')}</span>
          <textarea name="description" data-testid="call-form-description" rows={3} value={form.description} onChange={(e) => set('description', e.target.value)} />
        </label>
      </div>
      <fieldset className="call-grid">
        <legend>{t('form.requirements')}</legend>
        {text('sectors', t('form.sectorsHint'))}
        {text('territories', t('form.territoriesHint'))}
        <div className="call-field">
          <span>{t('form.sizeClasses')}</span>
          <div className="call-checks" data-testid="call-form-sizeClasses">
            {SIZE_CLASSES.map((s) => (
              <label key={s}><input type="checkbox" value={s} checked={form.sizeClasses.includes(s)} onChange={() => toggle('sizeClasses', s)} /> {tc(`size.${s}`)}</label>
            ))}
          </div>
        </div>
        <div className="call-field">
          <span>{t('form.roles')}</span>
          <div className="call-checks" data-testid="call-form-roles">
            {ORG_ROLES.map((r) => (
              <label key={r}><input type="checkbox" value={r} checked={form.roles.includes(r)} onChange={() => toggle('roles', r)} /> {tc(`orgRole.${r}`)}</label>
            ))}
          </div>
        </div>
        {text('minEmployees', undefined, { inputMode: 'numeric' })}
        {text('certifications', t('form.certificationsHint'))}
        {text('minCompetitiveness', undefined, { inputMode: 'decimal' })}
        {text('minReliability', undefined, { inputMode: 'decimal' })}
        <label className="call-field">
          <span>{t('form.deadline')}</span>
          <input type="date" name="deadline" data-testid="call-form-deadline" value={form.deadline} onChange={(e) => set('deadline', e.target.value)} />
        </label>
        {text('fitThreshold', t('form.fitThresholdHint'), { inputMode: 'decimal' })}
        <label className="call-check wide">
          <input type="checkbox" data-testid="call-form-requireInterest" checked={form.requireInterest} onChange={(e) => set('requireInterest', e.target.checked)} />
          {t('form.requireInterest')}
        </label>
      </fieldset>
      {problem && <p className="error" role="alert" data-testid="call-form-error">{problem}</p>}
      <div className="call-actions">
        <button type="submit" data-testid="call-submit" disabled={post.isPending}>{t('form.submit')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}
