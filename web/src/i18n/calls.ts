// The `calls` namespace is not part of the main bundle: its views import this module, which adds the three
// catalogs to i18next before they render. Its type is declared in index.ts.
import i18n from './index.ts';
import { calls as be } from './locales/be/calls.ts';
import { calls as en } from './locales/en/calls.ts';
import { calls as ru } from './locales/ru/calls.ts';

for (const [language, catalog] of Object.entries({ ru, be, en })) {
  if (!i18n.hasResourceBundle(language, 'calls')) i18n.addResourceBundle(language, 'calls', catalog);
}
