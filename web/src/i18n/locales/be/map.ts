import type { Catalog } from '../../catalog.ts';
import type { map as en } from '../en/map.ts';

export const map: Catalog<typeof en> = {
  title: 'Карта кластараў Беларусі',
};
