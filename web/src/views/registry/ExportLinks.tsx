// Downloads of the current view (every page of it) as CSV or XLSX, through the export API with the same
// filters and sort as the table.
import { useTranslation } from 'react-i18next';
import { exportUrl, type Language, type RegistryKind, type TableState } from './table-state.ts';

export function ExportLinks({ kind, state, language }: { kind: RegistryKind; state: TableState; language: Language }) {
  const { t } = useTranslation('registry');
  return (
    <div className="export-links" role="group" aria-label={t('export')}>
      <span className="export-label">{t('export')}:</span>
      {(['csv', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          className="button-link"
          href={exportUrl(kind, state, format, language)}
          download={`${kind}.${format}`}
          title={t('exportHint')}
          data-testid={`export-${format}`}
        >
          {t(format === 'csv' ? 'exportCsv' : 'exportXlsx')}
        </a>
      ))}
    </div>
  );
}
