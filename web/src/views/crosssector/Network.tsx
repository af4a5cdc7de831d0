// The network of sectors (network-chart.ts, loaded on demand): every sector of the answer as a node, the
// significant links at or above the threshold as edges. A click on a node selects the sector.
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrossSectorLinks } from '../../api/crosssector.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLazyChart } from '../../hooks/useLazyChart.ts';
import type { NetworkChartHandle, NetworkTexts } from './network-chart.ts';
import { escapeHtml, sectorName } from './names.ts';
import { NO_COMMUNITY, toNetwork } from './transform.ts';

interface Props { data: CrossSectorLinks; threshold: number; selected: string; ready: boolean; onSector: (code: string) => void }

export function Network({ data, threshold, selected, ready, onSector }: Props) {
  const { t, i18n } = useTranslation('crosssector');
  const format = useFormat();
  const { box, chart, state } = useLazyChart<NetworkChartHandle>(() => import('./network-chart.ts').then((m) => m.createNetworkChart));
  const language = i18n.language;
  const communityLabel = useCallback((n: number) => (n === NO_COMMUNITY ? t('network.noCommunity') : t('network.community', { n: n + 1 })), [t]);
  const network = useMemo(
    () => toNetwork(data.sectors, data.items, { threshold, selected, name: (s) => sectorName(s, language) }),
    [data, threshold, selected, language],
  );
  const texts = useMemo<NetworkTexts>(() => {
    const sectors = new Map(data.sectors.map((s) => [s.sector, s]));
    const edges = new Map(network.edges.map((e) => [`${e.source}\u0000${e.target}`, e]));
    const label = (code: string) => {
      const s = sectors.get(code);
      return s ? `${code} ${sectorName(s, language)}` : code;
    };
    const link = new Map(data.items.map((l) => [`${l.from}\u0000${l.to}`, l]));
    return {
      community: (n) => communityLabel(n),
      node: (id) => {
        const s = sectors.get(id);
        if (!s) return escapeHtml(id);
        return [
          `<strong>${escapeHtml(label(id))}</strong>`,
          escapeHtml(t('network.tooltipActivity', { value: format.decimal(s.activity) })),
          escapeHtml(t('network.tooltipCross', { value: s.crossShare === null ? '—' : `${format.integer(s.crossShare * 100)}%` })),
          escapeHtml(t('network.tooltipDegree', { value: format.integer(s.degree) })),
        ].join('<br>');
      },
      edge: (source, target) => {
        const e = edges.get(`${source}\u0000${target}`);
        const l = link.get(`${source}\u0000${target}`);
        return [
          `<strong>${escapeHtml(label(source))} → ${escapeHtml(label(target))}</strong>`,
          escapeHtml(t('network.tooltipRatio', { value: format.decimal(e?.ratio) })),
          ...(l ? [escapeHtml(t('network.tooltipWeight', { value: format.decimal(l.weight), expected: format.decimal(l.expected) }))] : []),
        ].join('<br>');
      },
    };
  }, [data, network, t, format, language, communityLabel]);

  useEffect(() => {
    if (state === 'ready') chart.current?.update(network, texts, onSector);
  }, [state, network, texts, onSector]);

  return (
    <div className="cs-chart-box">
      <p className="cs-muted" data-testid="cs-network-counts">{t('network.counts', { nodes: network.nodes.length, edges: network.edges.length })}</p>
      {network.nodes.length === 0 && <p className="cs-muted">{t('network.empty')}</p>}
      <div
        ref={box}
        className="cs-chart cs-network"
        data-testid="cs-network"
        data-state={state === 'ready' && ready ? 'ready' : state === 'failed' ? 'failed' : 'loading'}
        data-nodes={network.nodes.length}
        data-edges={network.edges.length}
        data-communities={network.communities.length}
        role="img"
        aria-label={t('network.title')}
      />
      {state === 'loading' && <p className="cs-muted" role="status">{t('chart.loading')}</p>}
      {state === 'failed' && <p className="error" role="alert">{t('chart.failed')}</p>}
      <ul className="cs-legend" data-testid="cs-communities">
        {network.communities.map((c) => (
          <li key={c}><span className="cs-swatch" style={{ background: network.nodes.find((n) => n.community === c)?.color }} aria-hidden="true" />{communityLabel(c)}</li>
        ))}
      </ul>
    </div>
  );
}
