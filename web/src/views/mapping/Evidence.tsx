// Why a region and industry pair counts as a potential cluster: its class by the U.S. rule, its LQ,
// employment and growth, its stars, and that no registered cluster covers it. Shared by the mapping page's
// list and the potential-cluster layer of the map.
import { useTranslation } from 'react-i18next';
import type { MappingCell } from '../../api/mapping.ts';
import '../../i18n/mapping.ts';
import { useMappingFormat } from './format.ts';
import { StarMarks, useStarWords } from './StarMarks.tsx';

export function Evidence({ cell }: { cell: MappingCell }) {
  const { t } = useTranslation('mapping');
  const format = useMappingFormat();
  const starWords = useStarWords();
  const figures = [
    t('potential.lq', { value: format.lq(cell.lq) }),
    t('potential.employment', { value: format.integer(cell.employment) }),
    ...(cell.growth === null ? [] : [t('potential.growth', { value: format.rate(cell.growth) })]),
  ];
  return (
    <ul className="evidence" data-testid="evidence">
      <li className={cell.strong ? 'evidence-strong' : undefined}>{t(cell.strong10 ? 'potential.strong10' : cell.strong ? 'potential.strong' : 'potential.notStrong')}</li>
      <li>{figures.join(' · ')}</li>
      <li><StarMarks star={cell.star} /> <span aria-hidden="true">{starWords(cell.star)}</span></li>
      {cell.registeredClusters.length === 0 && <li>{t('potential.unregistered')}</li>}
    </ul>
  );
}
