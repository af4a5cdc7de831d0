// Page controls of a server-paginated table: rows shown, page of pages, first/previous/next/last, page size.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../hooks/useFormat.ts';
import { PAGE_SIZES } from './table-state.ts';

interface Props { page: number; size: number; total: number; onPage: (page: number) => void; onSize: (size: number) => void }

export function Pager({ page, size, total, onPage, onSize }: Props) {
  const { t } = useTranslation('registry');
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : Math.min(total, (page - 1) * size + 1);
  const to = Math.min(total, page * size);
  return (
    <nav className="pager" aria-label={t('pagination')}>
      <span className="pager-rows" data-testid="pager-rows">
        {t('rows', { from: format.integer(from), to: format.integer(to), total: format.integer(total) })}
      </span>
      <span className="pager-buttons">
        <button type="button" className="secondary" onClick={() => onPage(1)} disabled={page <= 1}>{t('first')}</button>
        <button type="button" className="secondary" onClick={() => onPage(Math.min(page - 1, pages))} disabled={page <= 1} data-testid="page-previous">{t('previous')}</button>
        <span className="pager-page" aria-current="page">{t('page', { page: format.integer(page), pages: format.integer(pages) })}</span>
        <button type="button" className="secondary" onClick={() => onPage(page + 1)} disabled={page >= pages} data-testid="page-next">{t('next')}</button>
        <button type="button" className="secondary" onClick={() => onPage(pages)} disabled={page >= pages}>{t('last')}</button>
      </span>
      <label className="pager-size">
        <span>{t('pageSize')}</span>
        <select value={size} onChange={(e) => onSize(Number(e.target.value))} data-testid="page-size">
          {PAGE_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
    </nav>
  );
}
