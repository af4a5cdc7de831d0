// The map's legend: the shading classes of the areas and the marker of each status (colour and shape).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CLUSTER_STATUSES, type ClusterStatus } from '../../api/types.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { MarkerShape } from './MarkerShape.tsx';
import { ZERO_COLOR, type ChoroplethClass } from './transform.ts';

interface Props {
  classes: ChoroplethClass[];
  statusCounts: Record<ClusterStatus, number>;
  /** Entries of extra layers (the potential clusters of cluster mapping). */
  children?: ReactNode;
}

export function Legend({ classes, statusCounts, children }: Props) {
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation('common');
  const format = useFormat();
  return (
    <div className="map-legend" data-testid="map-legend">
      <h2 className="visually-hidden">{t('legend.title')}</h2>
      <p className="map-legend-title">{t('legend.areas')}</p>
      <ul className="map-legend-classes">
        <li><span className="swatch" style={{ background: ZERO_COLOR }} aria-hidden="true" />{t('legend.none')}</li>
        {classes.map((c) => (
          <li key={c.from}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            {c.from === c.to ? format.integer(c.from) : t('legend.range', { from: format.integer(c.from), to: format.integer(c.to) })}
          </li>
        ))}
      </ul>
      <p className="map-legend-title">{t('legend.markers')}</p>
      <ul className="map-legend-statuses">
        {CLUSTER_STATUSES.map((s) => (
          <li key={s}>
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <MarkerShape status={s} size={6} />
            </svg>
            <span>{tc(`status.${s}`)}</span>
            <span className="map-legend-count">{format.integer(statusCounts[s])}</span>
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
