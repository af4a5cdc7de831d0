import type { Catalog } from '../../catalog.ts';
import type { methods as en } from '../en/methods.ts';

export const methods: Catalog<typeof en> = {
  title: 'Методы простыми словами',
};
