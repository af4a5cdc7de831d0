// The `crosssector` namespace is not part of the main bundle: the cross-sector cooperation page imports this
// module, which adds the three catalogs to i18next before it renders. Its type is declared in index.ts.
import i18n from './index.ts';
import { crosssector as be } from './locales/be/crosssector.ts';
import { crosssector as en } from './locales/en/crosssector.ts';
import { crosssector as ru } from './locales/ru/crosssector.ts';

for (const [language, catalog] of Object.entries({ ru, be, en })) {
  if (!i18n.hasResourceBundle(language, 'crosssector')) i18n.addResourceBundle(language, 'crosssector', catalog);
}
