import type { Catalog } from '../../catalog.ts';
import type { importer as en } from '../en/importer.ts';

export const importer: Catalog<typeof en> = {
  title: 'Імпарт даных',
};
