// The sectors ranked by strength of their significant links, with their other network measures; a row opens
// the sector's profile.
import { useTranslation } from 'react-i18next';
import type { SectorMeasures } from '../../api/crosssector.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { sectorName } from './names.ts';
import { communityColor } from './transform.ts';

const TOP = 15;

export function Centrality({ sectors, selected, onSector }: { sectors: SectorMeasures[]; selected: string; onSector: (code: string) => void }) {
  const { t, i18n } = useTranslation('crosssector');
  const format = useFormat();
  const top = [...sectors].sort((a, b) => b.strength - a.strength || b.degree - a.degree || a.sector.localeCompare(b.sector)).slice(0, TOP);
  return (
    <div className="cs-table-scroll">
      <table className="cs-table" data-testid="cs-centrality">
        <thead>
          <tr>
            <th>{t('centrality.sector')}</th>
            <th className="cs-num">{t('centrality.activity')}</th>
            <th className="cs-num">{t('centrality.crossShare')}</th>
            <th className="cs-num">{t('centrality.degree')}</th>
            <th className="cs-num">{t('centrality.strength')}</th>
            <th className="cs-num">{t('centrality.betweenness')}</th>
            <th className="cs-num">{t('centrality.eigenvector')}</th>
            <th>{t('centrality.community')}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((s) => (
            <tr key={s.sector} className={s.sector === selected ? 'cs-selected' : undefined}>
              <td><button type="button" className="cs-link" onClick={() => onSector(s.sector)}>{s.sector} {sectorName(s, i18n.language)}</button></td>
              <td className="cs-num">{format.decimal(s.activity)}</td>
              <td className="cs-num">{s.crossShare === null ? '—' : `${format.integer(s.crossShare * 100)}%`}</td>
              <td className="cs-num">{format.integer(s.degree)}</td>
              <td className="cs-num">{format.decimal(s.strength)}</td>
              <td className="cs-num">{format.decimal(s.betweenness)}</td>
              <td className="cs-num">{format.decimal(s.eigenvector)}</td>
              <td><span className="cs-swatch" style={{ background: communityColor(s.community) }} aria-hidden="true" />{s.community === null ? '—' : s.community + 1}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
