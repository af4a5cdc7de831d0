// RAG (red / amber / green) status badge of the policy-evaluation views. The labels come from the
// `evaluation` namespace (loaded by the import below) unless the caller passes its own.
import { useTranslation } from 'react-i18next';
import type { RagStatus } from '../api/evaluation.ts';
import '../i18n/evaluation.ts';

/** Okabe-Ito colours (safe for the common colour-vision deficiencies), with a distinct shape per status. */
export const RAG_COLORS: Record<RagStatus, string> = { green: '#009E73', amber: '#E69F00', red: '#D55E00', 'no-data': '#8a8a8a' };
export const RAG_SHAPES: Record<RagStatus, string> = { green: '●', amber: '◆', red: '▲', 'no-data': '○' };

export function RagBadge({ status, labels }: { status: RagStatus; labels?: Partial<Record<RagStatus, string>> }) {
  const { t } = useTranslation('evaluation');
  const label = labels?.[status] ?? t(`rag.${status}`);
  return (
    <span className={`status-badge rag-badge rag-${status}`} style={{ borderColor: RAG_COLORS[status] }} data-rag={status}>
      <span aria-hidden="true" style={{ color: RAG_COLORS[status] }}>{RAG_SHAPES[status]}</span> {label}
    </span>
  );
}
