import type { Catalog } from '../../catalog.ts';
import type { registry as en } from '../en/registry.ts';

export const registry: Catalog<typeof en> = {
  title: 'Рэестр',
};
