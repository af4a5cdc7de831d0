// The `mapping` namespace is not part of the main bundle: the views that use it (the mapping page, the
// potential-cluster layer of the map, the maturity panel, the Methods page) import this module, which adds
// the three catalogs to i18next before they render. Its type is declared with the others in index.ts.
import i18n from './index.ts';
import { mapping as be } from './locales/be/mapping.ts';
import { mapping as en } from './locales/en/mapping.ts';
import { mapping as ru } from './locales/ru/mapping.ts';

for (const [language, catalog] of Object.entries({ ru, be, en })) {
  if (!i18n.hasResourceBundle(language, 'mapping')) i18n.addResourceBundle(language, 'mapping', catalog);
}
