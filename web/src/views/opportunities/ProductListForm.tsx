// A firm's or cluster's own product list (HS codes): with one, the opportunities are ranked by the list's
// personal density against the dataset's proximity matrix instead of the country's exports. A registered
// cluster or organisation (?cluster= / ?organization=) brings a list derived from its sector codes.
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationOpportunities } from '../../api/opportunities.ts';
import { parseProductList } from './view.ts';

interface Props {
  /** the applied list, comma-separated ('' for none) */
  value: string;
  onApply: (products: string) => void;
  /** codes of the applied list the dataset does not know */
  unknown: readonly string[];
  /** the registered cluster or organisation whose derived list is applied */
  subject: LocationOpportunities['subject'];
  subjectName: (subject: NonNullable<LocationOpportunities['subject']>) => string;
}

export function ProductListForm({ value, onApply, unknown, subject, subjectName }: Props) {
  const { t } = useTranslation('opportunities');
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(parseProductList(text).join(','));
  };
  const count = value === '' ? 0 : value.split(',').length;
  return (
    <form className="opp-products" data-testid="opp-products" onSubmit={submit}>
      <label className="opp-control">
        {t('products.label')}
        <input data-testid="opp-products-input" value={text} placeholder={t('products.placeholder')} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" data-testid="opp-products-apply">{t('products.apply')}</button>
      {(value !== '' || subject) && <button type="button" data-testid="opp-products-clear" onClick={() => onApply('')}>{t('products.clear')}</button>}
      <p className="opp-muted" data-testid="opp-products-note">
        {subject
          ? t(`products.derived-${subject.kind}`, { name: subjectName(subject), sectors: subject.sectors.join(', '), count: subject.products.length })
          : value === '' ? t('products.hint') : t('products.active', { count: count - unknown.length })}
        {!subject && unknown.length > 0 && ` ${t('products.unknown', { codes: unknown.join(', ') })}`}
      </p>
    </form>
  );
}
