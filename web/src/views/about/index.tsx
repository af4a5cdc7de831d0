import { useTranslation } from 'react-i18next';
import '../pages.css';

type SourceKey = 'geoboundaries' | 'bymaps' | 'belta' | 'seed' | 'anchors' | 'belstat' | 'nace' | 'okved' | 'uscmp' | 'concordance' | 'comtrade' | 'hs' | 'productspace' | 'worldbank' | 'brief' | 'fraunhofer' | 'eocic' | 'esca';

// Names, licences and addresses of the sources (proper names, the same in every language).
const SOURCES: { key: SourceKey; name: string; licence: string; url?: string }[] = [
  { key: 'geoboundaries', name: 'geoBoundaries / OpenStreetMap contributors', licence: 'ODbL 1.0', url: 'https://www.geoboundaries.org/' },
  { key: 'bymaps', name: 'BY_maps; geoBoundaries / OpenStreetMap contributors', licence: 'CC BY 4.0; ODbL 1.0' },
  { key: 'belta', name: 'BelTA, Ministry of Economy of the Republic of Belarus (28.06.2022)', licence: '—', url: 'https://economy.gov.by/ru/karta_klasterov-ru' },
  { key: 'seed', name: 'Public pages named in data/clusters.csv', licence: '—' },
  { key: 'anchors', name: 'BY_maps (hand-curated, per-row sources)', licence: 'CC BY 4.0' },
  { key: 'belstat', name: 'Belstat open data, via BY_maps', licence: 'CC BY 4.0', url: 'https://dataportal.belstat.gov.by/' },
  { key: 'nace', name: 'Eurostat RAMON, NACE Rev.2', licence: 'Reuse with acknowledgement', url: 'https://ec.europa.eu/eurostat/ramon/' },
  { key: 'okved', name: 'Rosstat, OKVED2 (OK 029-2014)', licence: 'Open data', url: 'https://rosstat.gov.ru/opendata' },
  { key: 'uscmp', name: 'U.S. Cluster Mapping Project (Delgado, Porter & Stern 2016)', licence: 'Public', url: 'https://clustermapping.us/' },
  { key: 'concordance', name: 'concordance R package data', licence: 'MIT' },
  { key: 'comtrade', name: 'UN Comtrade; Open Trade Statistics', licence: 'Open data', url: 'https://tradestatistics.io/' },
  { key: 'hs', name: 'datasets/harmonized-system', licence: 'ODC-PDDL', url: 'https://github.com/datasets/harmonized-system' },
  { key: 'productspace', name: 'Harvard Growth Lab, product space', licence: 'MIT', url: 'https://github.com/cid-harvard/product-space' },
  { key: 'worldbank', name: 'World Bank, World Development Indicators', licence: 'CC BY 4.0', url: 'https://data.worldbank.org/' },
  { key: 'brief', name: 'ClusterAtlas product brief', licence: '—' },
  { key: 'fraunhofer', name: 'Fraunhofer ISI (Neuhäusler, Frietsch & Kroll 2019)', licence: 'Public download' },
  { key: 'eocic', name: 'European Observatory for Clusters and Industrial Change (EOCIC)', licence: '—' },
  { key: 'esca', name: 'European Secretariat for Cluster Analysis (ESCA)', licence: '—', url: 'https://www.cluster-analysis.org/' },
];

const CAVEATS = ['partial', 'illustrative', 'statistics', 'okved', 'confidential'] as const;

export default function About() {
  const { t } = useTranslation('about');
  return (
    <article className="page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('users')}</p>
      <h2>{t('dataTitle')}</h2>
      <p>{t('dataIntro')}</p>
      <div className="table-scroll">
        <table data-testid="sources-table">
          <thead>
            <tr><th scope="col">{t('columns.source')}</th><th scope="col">{t('columns.what')}</th><th scope="col">{t('columns.licence')}</th></tr>
          </thead>
          <tbody>
            {SOURCES.map((s) => (
              <tr key={s.key}>
                <td>{s.url ? <a href={s.url} rel="noreferrer" target="_blank">{s.name}</a> : s.name}</td>
                <td>{t(`sources.${s.key}`)}</td>
                <td>{s.licence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('caveatsTitle')}</h2>
      <ul>{CAVEATS.map((c) => <li key={c}>{t(`caveats.${c}`)}</li>)}</ul>
      <h2>{t('codeTitle')}</h2>
      <p>{t('code')}</p>
    </article>
  );
}
