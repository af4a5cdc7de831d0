// Small form pieces shared by the edit views: a labelled field with its hint and its error, and the
// summary of errors at the top of a form.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props that bind a control to its label, hint and error. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

export const fieldId = (name: string) => `field-${name}`;

interface FieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  /** The server's message(s) for this field, already translated. */
  error?: string[] | undefined;
  /** A wide field takes the whole row of the form grid. */
  wide?: boolean;
  children: (props: ControlProps) => ReactNode;
}

export function Field({ name, label, hint, error, wide, children }: FieldProps) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${wide ? ' field-wide' : ''}${errorId ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-invalid': errorId ? true : undefined, 'aria-describedby': describedBy })}
      {hint && <p className="field-hint" id={hintId}>{hint}</p>}
      {errorId && (
        <p className="field-error" id={errorId} data-testid={`field-error-${name}`}>
          {error!.join(' ')}
        </p>
      )}
    </div>
  );
}

/** A group of checkboxes (or radios) under one legend, with the same hint and error handling. */
export function FieldSet({ name, legend, hint, error, children }: { name: string; legend: string; hint?: ReactNode; error?: string[] | undefined; children: ReactNode }) {
  const id = fieldId(name);
  const errorId = error?.length ? `${id}-error` : undefined;
  return (
    <fieldset className={`field field-wide${errorId ? ' field-invalid' : ''}`} id={id} tabIndex={-1} aria-describedby={errorId}>
      <legend>{legend}</legend>
      {children}
      {hint && <p className="field-hint">{hint}</p>}
      {errorId && <p className="field-error" id={errorId} data-testid={`field-error-${name}`}>{error!.join(' ')}</p>}
    </fieldset>
  );
}

export interface SummaryItem { field?: string; label?: string; message: string }

/** The errors of a failed save: field errors link to their field, the others are listed as they are. */
export function ErrorSummary({ items, title }: { items: SummaryItem[]; title: string }) {
  const { t } = useTranslation('edit');
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" data-testid="edit-error-summary" tabIndex={-1}>
      <h2>{title}</h2>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {item.field ? (
              <a
                href={`#${fieldId(item.field)}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(fieldId(item.field!))?.focus();
                }}
              >
                {t('summary.fieldLink', { label: item.label ?? item.field, message: item.message })}
              </a>
            ) : item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
