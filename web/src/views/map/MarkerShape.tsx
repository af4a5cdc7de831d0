// The SVG marker of a status: the colour and the shape of components/StatusBadge (● ◆ ▲), so the status
// reads without colour too.
import type { ClusterStatus } from '../../api/types.ts';
import { STATUS_COLORS, STATUS_SHAPES } from '../../components/StatusBadge.tsx';

/** Path of a shape of about the same area as a circle of radius r, centred on 0,0. */
function shapePath(glyph: string, r: number): string {
  if (glyph === '◆') {
    const d = r * 1.3;
    return `M0 ${-d}L${d} 0L0 ${d}L${-d} 0Z`;
  }
  if (glyph === '▲') {
    const s = r * 1.55;
    return `M0 ${-s}L${s * 0.95} ${s * 0.65}L${-s * 0.95} ${s * 0.65}Z`;
  }
  return `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

export function MarkerShape({ status, size }: { status: ClusterStatus; size: number }) {
  return <path className="marker-shape" d={shapePath(STATUS_SHAPES[status], size)} fill={STATUS_COLORS[status]} />;
}
