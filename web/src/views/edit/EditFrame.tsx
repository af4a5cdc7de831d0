// The frame both edit pages share: breadcrumb, heading, the error summary (focused when a save fails),
// the form and its save / cancel actions.
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryItem } from './Field.tsx';
import type { SaveOutcome } from './useEditSave.ts';

/** The summary lines of a save outcome: each field's errors in form order, then the rest. */
export function summaryItems(outcome: SaveOutcome, fields: readonly string[], label: (field: string) => string, failed: (message: string) => string): SummaryItem[] {
  if (outcome.kind === 'failed') return [{ message: failed(outcome.message) }];
  if (outcome.kind !== 'invalid') return [];
  const { byField, other } = outcome.errors;
  return [
    ...fields.flatMap((f) => (byField[f] ?? []).map((message) => ({ field: f, label: label(f), message }))),
    ...other.map((e) => ({ message: e.column ? `${e.column}: ${e.message}` : e.message })),
  ];
}

interface EditFrameProps {
  back: string;
  backLabel: string;
  heading: string;
  outcome: SaveOutcome;
  summary: SummaryItem[];
  saving: boolean;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}

export function EditFrame({ back, backLabel, heading, outcome, summary, saving, onSubmit, children }: EditFrameProps) {
  const { t } = useTranslation('edit');
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome.kind === 'invalid' || outcome.kind === 'failed') summaryRef.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [outcome]);
  return (
    <section className="edit-page">
      <p className="breadcrumbs"><Link to={back}>{backLabel}</Link></p>
      <h1>{heading}</h1>
      <div ref={summaryRef}>
        <ErrorSummary items={summary} title={t('summary.title')} />
      </div>
      {outcome.kind === 'unchanged' && <p className="form-note" role="status">{t('form.unchanged')}</p>}
      <form className="edit-form" data-testid="edit-form" noValidate onSubmit={onSubmit} aria-busy={saving}>
        {children}
        <div className="form-actions">
          <button type="submit" data-testid="edit-save" disabled={saving}>{saving ? t('form.saving') : t('form.save')}</button>
          <Link to={back}>{t('form.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
