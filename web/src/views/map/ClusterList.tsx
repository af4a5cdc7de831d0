// The filtered clusters as a list of links next to the map, so the page works without the map (keyboard,
// screen readers, phones): name, status, territory, and the illustrative label where it applies.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Cluster, TerritoryProperties } from '../../api/types.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';

interface Props {
  /** "14 clusters shown", announced when the filters change it. */
  summary: string;
  clusters: Cluster[];
  /** The API's total when it answered fewer clusters than match (its page limit), else null. */
  truncated: { shown: number; total: number } | null;
  territories: Map<string, TerritoryProperties>;
  activeCluster: number | null;
  onActiveCluster: (id: number | null) => void;
}

export function ClusterList({ summary, clusters, truncated, territories, activeCluster, onActiveCluster }: Props) {
  const { t } = useTranslation('map');
  const name = useLocalizedName();
  const format = useFormat();
  const collator = new Intl.Collator(format.locale, { sensitivity: 'base' });
  const sorted = [...clusters].sort((a, b) => collator.compare(name(a), name(b)));
  return (
    <section className="map-list" aria-labelledby="map-list-title">
      <div className="map-list-head">
        <h2 id="map-list-title">{t('list.title')}</h2>
        <p className="map-summary" aria-live="polite" data-testid="map-summary">{summary}</p>
      </div>
      {sorted.length === 0 ? (
        <p className="map-list-empty" data-testid="map-list-empty">{t('list.empty')}</p>
      ) : (
        <ul aria-label={t('list.label')}>
          {sorted.map((cluster) => (
            <li
              key={cluster.id}
              data-testid="map-cluster-item"
              data-cluster-id={cluster.id}
              className={cluster.id === activeCluster ? 'active' : undefined}
              onMouseEnter={() => onActiveCluster(cluster.id)}
              onMouseLeave={() => onActiveCluster(null)}
            >
              <Link to={`/clusters/${cluster.id}`}>{name(cluster)}</Link>
              <span className="map-list-meta">
                <StatusBadge status={cluster.status} />
                <IllustrativeBadge show={cluster.illustrative} />
                <span className="map-list-region">
                  <span className="visually-hidden">{t('list.region')}: </span>
                  {cluster.territories.map((id) => name(territories.get(id)) || id).join(', ')}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {truncated && <p className="map-list-note">{t('list.truncated', { shown: format.integer(truncated.shown), total: format.integer(truncated.total) })}</p>}
    </section>
  );
}
