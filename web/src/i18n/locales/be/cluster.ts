import type { Catalog } from '../../catalog.ts';
import type { cluster as en } from '../en/cluster.ts';

export const cluster: Catalog<typeof en> = {
  title: 'Профіль кластара',
};
