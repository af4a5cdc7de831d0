// The `partners` namespace is not part of the main bundle: its views import this module, which adds the three
// catalogs to i18next before they render. Its type is declared in index.ts.
import i18n from './index.ts';
import { partners as be } from './locales/be/partners.ts';
import { partners as en } from './locales/en/partners.ts';
import { partners as ru } from './locales/ru/partners.ts';

for (const [language, catalog] of Object.entries({ ru, be, en })) {
  if (!i18n.hasResourceBundle(language, 'partners')) i18n.addResourceBundle(language, 'partners', catalog);
}
