// What the page shows: the dataset, the year and the base year of growth. Plain selects; the choice is kept
// in the URL by the page.
import { useTranslation } from 'react-i18next';
import type { MappingDataset } from '../../api/mapping.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import '../../i18n/mapping.ts';
import { defaultBaseYear, type MappingView } from './transform.ts';

interface Props {
  datasets: MappingDataset[];
  dataset: MappingDataset;
  /** The year shown (the view's or the dataset's latest). */
  year: number;
  baseYear: number | null;
  onChange: (change: Partial<MappingView>) => void;
}

export function Selectors({ datasets, dataset, year, baseYear, onChange }: Props) {
  const { t } = useTranslation('mapping');
  const name = useLocalizedName();
  const latest = dataset.years[dataset.years.length - 1];
  const earlier = dataset.years.filter((y) => y < year);
  const automatic = defaultBaseYear(dataset.years, year);
  return (
    <form className="mapping-controls mapping-selectors" aria-label={t('selectors.label')} onSubmit={(e) => e.preventDefault()}>
      <label className="mapping-control mapping-control-wide">
        <span>{t('selectors.dataset')}</span>
        <select data-testid="dataset-select" value={dataset.id} onChange={(e) => onChange({ dataset: e.target.value === datasets[0]?.id ? '' : e.target.value })}>
          {datasets.map((d) => <option key={d.id} value={d.id}>{name(d)}</option>)}
        </select>
      </label>
      <label className="mapping-control">
        <span>{t('selectors.year')}</span>
        <select data-testid="year-select" value={year} onChange={(e) => onChange({ year: Number(e.target.value) === latest ? null : Number(e.target.value) })}>
          {[...dataset.years].reverse().map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label className="mapping-control">
        <span>{t('selectors.baseYear')}</span>
        <select
          data-testid="base-year-select"
          value={baseYear !== null && baseYear !== automatic ? baseYear : ''}
          disabled={earlier.length === 0}
          onChange={(e) => onChange({ baseYear: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{automatic === null ? t('selectors.noBaseYear') : t('selectors.baseYearAuto', { year: automatic })}</option>
          {[...earlier].reverse().filter((y) => y !== automatic).map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
    </form>
  );
}
