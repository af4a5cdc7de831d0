// The map's filters: status, sector (NACE section, then a division within it), region and the level of
// the areas. Plain form controls, so they work with the keyboard and on a phone.
import { useTranslation } from 'react-i18next';
import { CLUSTER_STATUSES, type ClusterStatus } from '../../api/types.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import { isFiltered, sectionOf, type Level, type MapFilters, type SectorIndex, type TerritoryFeature } from './transform.ts';

interface Props {
  filters: MapFilters;
  onChange: (next: Partial<MapFilters>) => void;
  onReset: () => void;
  sectors: SectorIndex | undefined;
  regions: TerritoryFeature[];
  /** The potential-cluster layer of cluster mapping, on or off. */
  potentialLayer: boolean;
  onPotentialLayer: (on: boolean) => void;
}

export function Filters({ filters, onChange, onReset, sectors, regions, potentialLayer, onPotentialLayer }: Props) {
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation('common');
  const name = useLocalizedName();
  const section = sectionOf(filters.sector, sectors);
  const divisions = (section && sectors?.divisionsOf.get(section)) || [];
  const sectorLabel = (code: string, record: { nameRu: string | null; nameEn: string }) =>
    t('filters.sectorOption', { code, name: name({ ...record, nameRu: record.nameRu ?? record.nameEn }) });

  return (
    <form className="map-filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <label className="map-filter">
        <span>{t('filters.status')}</span>
        <select data-testid="status-filter" value={filters.status} onChange={(e) => onChange({ status: e.target.value as ClusterStatus | '' })}>
          <option value="">{tc('status.all')}</option>
          {CLUSTER_STATUSES.map((s) => <option key={s} value={s}>{tc(`status.${s}`)}</option>)}
        </select>
      </label>
      <label className="map-filter map-filter-wide">
        <span>{t('filters.sector')}</span>
        <select data-testid="section-filter" value={section} onChange={(e) => onChange({ sector: e.target.value })} disabled={!sectors}>
          <option value="">{t('filters.allSectors')}</option>
          {sectors?.sections.map((s) => <option key={s.code} value={s.code}>{sectorLabel(s.code, s)}</option>)}
        </select>
      </label>
      <label className="map-filter map-filter-wide">
        <span>{t('filters.division')}</span>
        <select
          data-testid="division-filter"
          value={section && filters.sector !== section ? filters.sector : ''}
          onChange={(e) => onChange({ sector: e.target.value || section })}
          disabled={divisions.length === 0}
        >
          <option value="">{t('filters.allDivisions')}</option>
          {divisions.map((d) => <option key={d.code} value={d.code}>{sectorLabel(d.code, d)}</option>)}
        </select>
      </label>
      <label className="map-filter">
        <span>{t('filters.region')}</span>
        <select data-testid="region-filter" value={filters.region} onChange={(e) => onChange({ region: e.target.value })}>
          <option value="">{t('filters.allRegions')}</option>
          {regions.map((r) => <option key={r.id} value={r.properties.id}>{name(r.properties)}</option>)}
        </select>
      </label>
      <div className="map-filter">
        <span id="map-level-label">{t('filters.level')}</span>
        <div className="map-segmented" role="radiogroup" aria-labelledby="map-level-label" data-testid="level-toggle">
          {(['oblast', 'raion'] as Level[]).map((level) => (
            <label key={level} className={filters.level === level ? 'checked' : undefined}>
              <input type="radio" name="map-level" value={level} checked={filters.level === level} onChange={() => onChange({ level })} />
              {t(`filters.${level}`)}
            </label>
          ))}
        </div>
      </div>
      <label className="map-filter map-layer-toggle">
        <input type="checkbox" data-testid="potential-layer-toggle" checked={potentialLayer} onChange={(e) => onPotentialLayer(e.target.checked)} />
        <span className="map-layer-swatch" aria-hidden="true" />
        <span>{t('filters.potential')}</span>
      </label>
      {isFiltered(filters) && (
        <button type="button" className="secondary map-reset" onClick={onReset}>{t('filters.reset')}</button>
      )}
    </form>
  );
}
