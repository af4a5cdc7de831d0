// What a dataset is and how far its figures can be trusted: its name, the illustrative and partial badges,
// its source, note and categories. `FiguresBadge` repeats the warning next to every block of its figures.
import { useTranslation } from 'react-i18next';
import type { MappingDataset } from '../../api/mapping.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import '../../i18n/mapping.ts';

type Label = Pick<MappingDataset, 'nameRu' | 'nameBe' | 'nameEn' | 'source' | 'note' | 'illustrative' | 'partial' | 'classification'>;

export function FiguresBadge({ dataset }: { dataset: Pick<MappingDataset, 'illustrative' | 'partial'> | undefined }) {
  const { t } = useTranslation('mapping');
  if (!dataset) return null;
  return (
    <>
      {dataset.illustrative && (
        <span className="illustrative-badge" title={t('dataset.illustrativeText')} data-testid="figures-illustrative">{t('dataset.illustrative')}</span>
      )}
      {dataset.partial && <span className="illustrative-badge" title={t('dataset.partialText')}>{t('dataset.partial')}</span>}
    </>
  );
}

interface Props {
  dataset: Label;
  scheme: string;
  coverage: { regions: number; categories: number; from?: number; to?: number };
}

export function DatasetLabel({ dataset, scheme, coverage }: Props) {
  const { t } = useTranslation('mapping');
  const name = useLocalizedName();
  const schemeName = scheme === 'nace' ? t('dataset.schemes.nace') : scheme === 'us-benchmark' ? t('dataset.schemes.usBenchmark') : scheme;
  return (
    <section className="mapping-dataset" data-testid="dataset-label" aria-label={t('selectors.dataset')}>
      <p className="mapping-dataset-name">
        <strong>{name(dataset)}</strong>
        <FiguresBadge dataset={dataset} />
      </p>
      {dataset.illustrative && <p className="partial-note" data-testid="dataset-illustrative-note">{t('dataset.illustrativeText')}</p>}
      {dataset.partial && <p className="partial-note">{t('dataset.partialText')}</p>}
      <dl className="mapping-dataset-facts">
        {dataset.source && (<><dt>{t('dataset.source')}</dt><dd data-testid="dataset-source">{dataset.source}</dd></>)}
        {dataset.note && (<><dt>{t('dataset.note')}</dt><dd>{dataset.note}</dd></>)}
        <dt>{t('dataset.scheme')}</dt>
        <dd>
          {schemeName}
          {coverage.from !== undefined && coverage.to !== undefined && (
            <span className="mapping-muted"> · {t('dataset.coverage', { regions: coverage.regions, categories: coverage.categories, from: coverage.from, to: coverage.to })}</span>
          )}
        </dd>
      </dl>
    </section>
  );
}
