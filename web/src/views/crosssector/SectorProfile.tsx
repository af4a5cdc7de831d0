// One sector's profile: "who does it cooperate with, and how is that changing" — its partners with the ratio,
// the significance and the growth of each link, and its activity by year as bars.
import { useTranslation } from 'react-i18next';
import type { LinkSource, SectorMeasures } from '../../api/crosssector.ts';
import { ErrorMessage, Loading } from '../../components/QueryState.tsx';
import { useSectorProfile } from '../../hooks/useCrosssector.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { sectorName } from './names.ts';
import { growthText, growthTrend } from './view.ts';

const ARROWS = { up: '↑', down: '↓', flat: '→', none: '' } as const;

interface Props { code: string; source: LinkSource; sectors: SectorMeasures[]; onSector: (code: string) => void }

export function SectorProfile({ code, source, sectors, onSector }: Props) {
  const { t, i18n } = useTranslation('crosssector');
  const format = useFormat();
  const profile = useSectorProfile(code, source);
  const language = i18n.language;
  const sorted = [...sectors].sort((a, b) => a.sector.localeCompare(b.sector, undefined, { numeric: true }));
  const data = profile.data;
  const maxActivity = Math.max(0, ...(data?.activityByYear ?? []).map((a) => a.activity));

  return (
    <div className="cs-profile" data-testid="cs-profile" data-sector={code} data-state={code === '' ? 'none' : data && !profile.isFetching ? 'ready' : 'loading'}>
      <div className="cs-profile-head">
        <label className="cs-control">
          {t('profile.choose')}
          <select data-testid="cs-sector" value={code} onChange={(e) => onSector(e.target.value)}>
            <option value="">—</option>
            {sorted.map((s) => <option key={s.sector} value={s.sector}>{s.sector} {sectorName(s, language)}</option>)}
          </select>
        </label>
        {code !== '' && <button type="button" className="cs-close" onClick={() => onSector('')}>{t('profile.close')}</button>}
      </div>
      {code === '' && <p className="cs-muted">{t('profile.none')}</p>}
      {code !== '' && profile.isError && <ErrorMessage error={profile.error} onRetry={() => void profile.refetch()} />}
      {code !== '' && profile.isPending && <Loading />}
      {code !== '' && data && (
        <>
          <h3 data-testid="cs-profile-question">{t('profile.question', { name: `${data.sector} ${sectorName(data, language)}` })}</h3>
          <div className="cs-profile-body">
            <div className="cs-table-scroll">
              <h4>{t('profile.partners')}</h4>
              {data.partners.length === 0 ? <p className="cs-muted">{t('profile.noPartners')}</p> : (
                <table className="cs-table" data-testid="cs-partners">
                  <thead>
                    <tr>
                      <th>{t('profile.partner')}</th>
                      <th className="cs-num">{t('profile.weight')}</th>
                      <th className="cs-num">{t('profile.ratio')}</th>
                      <th className="cs-num">{t('profile.growth')}</th>
                      <th>{t('profile.significant')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.partners.map((p) => {
                      const trend = growthTrend(p.growth);
                      return (
                        <tr key={p.sector} data-testid="cs-partner" data-sector={p.sector} className={p.significant ? 'cs-significant' : undefined}>
                          <td><button type="button" className="cs-link" onClick={() => onSector(p.sector)}>{p.sector} {sectorName(p, language)}</button></td>
                          <td className="cs-num">{format.decimal(p.weight)}</td>
                          <td className="cs-num">{format.decimal(p.ratio)}</td>
                          <td className={`cs-num cs-trend-${trend}`}>{ARROWS[trend]} {growthText(p.growth, format.integer)}</td>
                          <td>{p.significant ? t('profile.yes') : t('profile.no')}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </div>
            <div>
              <h4>{t('profile.activity')}</h4>
              <ul className="cs-bars" data-testid="cs-activity">
                {data.activityByYear.map((a) => (
                  <li key={a.year}>
                    <span className="cs-bar-label">{a.year}</span>
                    <span className="cs-bar" style={{ width: `${maxActivity > 0 ? (100 * a.activity) / maxActivity : 0}%` }} aria-hidden="true" />
                    <span className="cs-bar-value">{format.decimal(a.activity)}</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
