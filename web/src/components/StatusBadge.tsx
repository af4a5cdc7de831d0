import { useTranslation } from 'react-i18next';
import type { ClusterStatus } from '../api/types.ts';

/** Okabe-Ito colours (safe for the common colour-vision deficiencies), with a distinct shape per status. */
export const STATUS_COLORS: Record<ClusterStatus, string> = { operating: '#009E73', forming: '#E69F00', potential: '#0072B2' };
export const STATUS_SHAPES: Record<ClusterStatus, string> = { operating: '●', forming: '◆', potential: '▲' };

export function StatusBadge({ status }: { status: ClusterStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} style={{ borderColor: STATUS_COLORS[status] }}>
      <span aria-hidden="true" style={{ color: STATUS_COLORS[status] }}>{STATUS_SHAPES[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
