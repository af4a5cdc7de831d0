import type { Catalog } from '../../catalog.ts';
import type { about as en } from '../en/about.ts';

export const about: Catalog<typeof en> = {
  title: 'Пра ClusterAtlas',
};
