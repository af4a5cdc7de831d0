// The cooperation network: a graph of the contracts between members (ECharts, loaded on demand) and the
// same contracts as a plain table for keyboard and screen-reader users.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyChart } from '../../hooks/useLazyChart.ts';
import type { Contract } from '../../api/types.ts';
import { IllustrativeBadge } from '../../components/IllustrativeBadge.tsx';
import { useFormat } from '../../hooks/useFormat.ts';
import { useLocalizedName } from '../../hooks/useLocalizedName.ts';
import type { NetworkChart, NetworkLabels } from './network-chart.ts';
import { CONTRACT_KINDS, KIND_COLORS, type NetworkMember, toNetwork } from './to-network.ts';

interface Props { members: NetworkMember[]; contracts: Contract[] }

export function CooperationNetwork({ members, contracts }: Props) {
  const { t, i18n } = useTranslation('cluster');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const localized = useLocalizedName();
  const network = useMemo(
    () => toNetwork(members, contracts, { member: localized, outsider: (id) => t('network.outsider', { id }) }),
    // `localized` is a new function on every render; what it returns changes only with the language.
    [members, contracts, i18n.language, t],
  );
  const names = useMemo(() => new Map(network.nodes.map((n) => [n.id, n.name])), [network]);
  const labels = useMemo<NetworkLabels>(() => ({
    kind: (kind) => t(`contractKind.${kind}`),
    contracts: (count) => t('contractCount', { count, formatted: format.integer(count) }),
    illustrative: tc('illustrative'),
  }), [t, tc, format]);

  if (contracts.length === 0) return <p className="muted">{t('network.empty')}</p>;
  const kinds = CONTRACT_KINDS.filter((k) => network.links.some((l) => l.kind === k));
  return (
    <>
      <p className="muted">{t('network.intro')}</p>
      <NetworkGraph network={network} labels={labels} summary={t('network.summary', { nodes: format.integer(network.nodes.length), links: format.integer(network.links.length) })} />
      <ul className="network-legend" aria-label={t('network.legend')}>
        {kinds.map((kind) => (
          <li key={kind}><span className="swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />{t(`contractKind.${kind}`)}</li>
        ))}
      </ul>
      <h3>{t('network.listTitle')}</h3>
      <div className="table-scroll">
        <table data-testid="contracts-table">
          <thead>
            <tr>
              <th scope="col">{t('network.supplier')}</th>
              <th scope="col">{t('network.customer')}</th>
              <th scope="col">{t('network.kind')}</th>
              <th scope="col">{t('network.subject')}</th>
              <th scope="col">{t('network.signed')}</th>
              <th scope="col">{t('network.status')}</th>
              {contracts.some((c) => c.value !== undefined) && <th scope="col" className="number">{t('network.value')}</th>}
            </tr>
          </thead>
          <tbody>
            {contracts.map((c) => (
              <tr key={c.id} data-testid="contract-row">
                <td>{names.get(c.supplierId)}</td>
                <td>{names.get(c.customerId)}</td>
                <td className="nowrap"><span className="swatch" style={{ background: KIND_COLORS[c.kind] }} aria-hidden="true" />{t(`contractKind.${c.kind}`)}</td>
                <td>{c.title ?? '—'}<IllustrativeBadge show={c.illustrative} /></td>
                <td className="nowrap">{format.date(c.signed)}</td>
                <td>{isContractStatus(c.status) ? t(`contractStatus.${c.status}`) : c.status}</td>
                {contracts.some((x) => x.value !== undefined) && <td className="number">{format.decimal(c.value)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const CONTRACT_STATUSES = ['planned', 'active', 'completed', 'terminated'] as const;
const isContractStatus = (s: string): s is (typeof CONTRACT_STATUSES)[number] => (CONTRACT_STATUSES as readonly string[]).includes(s);

/** The graph itself: fetches the ECharts chunk once, draws, redraws on new data or language, resizes with its box. */
function NetworkGraph({ network, labels, summary }: { network: ReturnType<typeof toNetwork>; labels: NetworkLabels; summary: string }) {
  const { t } = useTranslation('cluster');
  const { box, chart, state } = useLazyChart<NetworkChart>(() => import('./network-chart.ts').then((m) => m.createNetworkChart));

  useEffect(() => {
    if (state === 'ready') chart.current?.update(network, labels);
  }, [state, network, labels]);

  return (
    <div className="network-wrap">
      <div ref={box} className="network-chart" data-testid="cooperation-network" data-state={state} role="img" aria-label={summary} />
      {state === 'loading' && <p className="network-status" role="status">{t('network.loading')}</p>}
      {state === 'failed' && <p className="network-status error" role="alert">{t('network.failed')}</p>}
    </div>
  );
}
