// Shapes a cluster's members and contracts into the nodes and links of the cooperation network. Pure: no
// React, no DOM, no ECharts, so it is tested on its own.
import type { Contract } from '../../api/types.ts';

export type ContractKind = Contract['kind'];

export interface NetworkMember {
  organizationId: number;
  illustrative: boolean;
  organization: { nameRu: string; nameBe?: string | null; nameEn?: string | null; illustrative: boolean };
}

export interface NetworkNode {
  /** The organisation id. */
  id: number;
  name: string;
  /** Contracts in which the organisation is a party. */
  contracts: number;
  /** False for a party that is not (or no longer) a member of the cluster. */
  member: boolean;
  illustrative: boolean;
}

export interface NetworkLink {
  /** The contract id. */
  id: number;
  source: number;
  target: number;
  kind: ContractKind;
  title: string | null;
  illustrative: boolean;
}

export interface Network { nodes: NetworkNode[]; links: NetworkLink[] }

export interface NetworkNames {
  /** The member organisation's name in the interface language. */
  member: (organization: NetworkMember['organization']) => string;
  /** A label for a contract party that is not a member. */
  outsider: (organizationId: number) => string;
}

/**
 * One node per member organisation (in the members' order), then one per other contract party (in order of
 * first appearance); one link per contract, from the supplier to the customer. A node counts the contracts
 * it is a party to, each contract once.
 */
export function toNetwork(members: readonly NetworkMember[], contracts: readonly Contract[], names: NetworkNames): Network {
  const nodes = new Map<number, NetworkNode>();
  for (const m of members) {
    if (nodes.has(m.organizationId)) continue;
    nodes.set(m.organizationId, {
      id: m.organizationId, name: names.member(m.organization), contracts: 0, member: true,
      illustrative: m.illustrative || m.organization.illustrative,
    });
  }
  const links: NetworkLink[] = [];
  for (const c of contracts) {
    for (const party of new Set([c.supplierId, c.customerId])) {
      let node = nodes.get(party);
      if (!node) {
        node = { id: party, name: names.outsider(party), contracts: 0, member: false, illustrative: false };
        nodes.set(party, node);
      }
      node.contracts += 1;
    }
    links.push({ id: c.id, source: c.supplierId, target: c.customerId, kind: c.kind, title: c.title, illustrative: c.illustrative });
  }
  return { nodes: [...nodes.values()], links };
}

/** Circle diameter in pixels: grows with the square root of the contract count (area ~ count), bounded. */
export function nodeSize(contracts: number): number {
  return Math.min(64, 14 + 10 * Math.sqrt(contracts));
}

/** Colour-blind-safe (Okabe-Ito) colours of the contract kinds, distinct from the status colours' roles. */
export const KIND_COLORS: Record<ContractKind, string> = {
  supply: '#0072B2',
  rnd: '#CC79A7',
  service: '#009E73',
  joint_project: '#D55E00',
};

export const CONTRACT_KINDS: ContractKind[] = ['supply', 'rnd', 'service', 'joint_project'];
