import type { Catalog } from '../../catalog.ts';
import type { edit as en } from '../en/edit.ts';

export const edit: Catalog<typeof en> = {
  title: 'Рэдагаванне',
};
