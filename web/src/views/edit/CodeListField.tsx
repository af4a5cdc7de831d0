// A list of codes typed into one box ("BY-HO, r-dobrusski"), with the names of the known codes under it
// and, when there are suggestions, a picker that adds one more code.
import { useTranslation } from 'react-i18next';
import { Field } from './Field.tsx';
import { formatList, parseList } from './form.ts';
import { describeCodes, type Option } from './lookups.ts';

interface CodeListFieldProps {
  name: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  addLabel: string;
  error?: string[] | undefined;
}

export function CodeListField({ name, label, hint, value, onChange, options, addLabel, error }: CodeListFieldProps) {
  const { t } = useTranslation('edit');
  const codes = parseList(value);
  const known = describeCodes(codes, options);
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const add = (code: string) => {
    if (code && !codes.includes(code)) onChange(formatList([...codes, code]));
  };
  return (
    <Field name={name} label={label} hint={hint} error={error} wide>
      {(props) => (
        <div className="code-list">
          <input {...props} type="text" value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" spellCheck={false} />
          {known.length > 0 && (
            <ul className="code-names" aria-label={t('form.recognised')}>
              {known.map((k) => <li key={k}>{k}</li>)}
            </ul>
          )}
          {options.length > 0 && (
            <select className="code-add" aria-label={addLabel} value="" onChange={(e) => add(e.target.value)}>
              <option value="">{addLabel}</option>
              {groups.map((group) => {
                const items = options.filter((o) => (o.group ?? '') === group).map((o) => (
                  <option key={o.code} value={o.code} disabled={codes.includes(o.code)}>{`${o.name} (${o.code})`}</option>
                ));
                return group ? <optgroup key={group} label={group}>{items}</optgroup> : items;
              })}
            </select>
          )}
        </div>
      )}
    </Field>
  );
}
