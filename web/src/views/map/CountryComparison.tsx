// Official cluster counts of Belarus, Poland and Russia by status, as numbers or per million inhabitants,
// with the source of every count and population.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLUSTER_STATUSES } from '../../api/types.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { perMillion, type CountryFigure } from './transform.ts';

type Mode = 'absolute' | 'perMillion';
const FIRST = 'BY';

export function CountryComparison({ figures }: { figures: CountryFigure[] }) {
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation('common');
  const format = useFormat();
  const [mode, setMode] = useState<Mode>('absolute');
  // Per-million figures with two decimals throughout, so the column lines up.
  const twoDecimals = useMemo(() => new Intl.NumberFormat(format.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), [format.locale]);
  const rate = (n: number | null) => (n === null ? '—' : twoDecimals.format(n));
  const rows = [...figures].sort((a, b) => Number(b.country === FIRST) - Number(a.country === FIRST));
  const countryName = (code: string) => t(`comparison.countries.${code}` as 'comparison.countries.BY', { defaultValue: code });
  const value = (count: number | null, population: number | null) => {
    if (count === null) {
      return <span title={t('comparison.noSplit')}>—<span className="visually-hidden"> ({t('comparison.noSplit')})</span></span>;
    }
    return mode === 'absolute' ? format.integer(count) : rate(perMillion(count, population));
  };
  const densities = rows.map((r) => perMillion(r.total, r.population) ?? 0);
  const maxDensity = Math.max(...densities, 0);

  return (
    <section className="card map-comparison" aria-labelledby="map-comparison-title" data-testid="country-comparison">
      <h2 id="map-comparison-title">{t('comparison.title')}</h2>
      <p className="map-muted">{t('comparison.intro')}</p>
      <div className="map-segmented" role="radiogroup" aria-label={t('comparison.mode')}>
        {(['absolute', 'perMillion'] as Mode[]).map((m) => (
          <label key={m} className={mode === m ? 'checked' : undefined}>
            <input type="radio" name="comparison-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(`comparison.${m}`)}
          </label>
        ))}
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('comparison.title')}: {t(`comparison.${mode}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('comparison.country')}</th>
              {CLUSTER_STATUSES.map((s) => <th key={s} scope="col" className="num">{tc(`status.${s}`)}</th>)}
              <th scope="col" className="num">{t('comparison.total')}</th>
              <th scope="col" className="num">{t('comparison.population')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.country} data-country={r.country}>
                <th scope="row">{countryName(r.country)}</th>
                {CLUSTER_STATUSES.map((s) => <td key={s} className="num">{value(r[s], r.population)}</td>)}
                <td className="num">{value(r.total, r.population)}</td>
                <td className="num">{r.population === null ? '—' : t('comparison.populationValue', { n: format.integer(r.population), year: r.populationYear })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('comparison.perMillionTotal')}</h3>
      <ul className="map-bars">
        {rows.map((r, i) => (
          <li key={r.country}>
            <span className="map-bar-label">{countryName(r.country)}</span>
            <span className="map-bar-track" aria-hidden="true">
              <span className="map-bar" style={{ width: `${maxDensity ? (densities[i]! / maxDensity) * 100 : 0}%` }} />
            </span>
            <span className="map-bar-value">{rate(perMillion(r.total, r.population))}</span>
          </li>
        ))}
      </ul>
      <h3>{t('comparison.sources')}</h3>
      <ul className="map-sources" data-testid="comparison-sources">
        {rows.map((r) => (
          <li key={r.country}>
            <strong>{countryName(r.country)}.</strong>{' '}
            {t('comparison.clusterSource', { date: format.date(r.asOf) })}{' '}
            {r.sourceUrl && <a href={r.sourceUrl} rel="noreferrer" target="_blank">{hostOf(r.sourceUrl)}</a>}
            {r.sourceUrl && r.sourceNote && '; '}
            {r.sourceNote}
            {r.populationSource && (
              <span className="map-source-line">{t('comparison.populationSource', { year: r.populationYear })} {r.populationSource}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
