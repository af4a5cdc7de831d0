// The `opportunities` namespace is not part of the main bundle: the export opportunities page imports this
// module, which adds the three catalogs to i18next before it renders. Its type is declared in index.ts.
import i18n from './index.ts';
import { opportunities as be } from './locales/be/opportunities.ts';
import { opportunities as en } from './locales/en/opportunities.ts';
import { opportunities as ru } from './locales/ru/opportunities.ts';

for (const [language, catalog] of Object.entries({ ru, be, en })) {
  if (!i18n.hasResourceBundle(language, 'opportunities')) i18n.addResourceBundle(language, 'opportunities', catalog);
}
